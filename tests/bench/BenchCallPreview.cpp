// Filter + match for many calls against a large cache: 100,000 calls and 1,000,000 contacts
// with CALLBRIDGE_BENCH_SCALE=large (1,000 calls and 10,000 contacts otherwise, for CI).
// Figures only; no thresholds.
#include "core/cache/CacheStore.h"
#include "core/exporting/ExportPreview.h"
#include "core/filter/FilterEvaluator.h"
#include "core/filter/FilterParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

class BenchCallPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filterAndMatch();

private:
    QTemporaryDir m_dir;
    CacheStore m_cache;
    QList<Call> m_calls;
    qint64 m_contacts = 0;
};

void BenchCallPreview::initTestCase()
{
    const bool large = qEnvironmentVariable("CALLBRIDGE_BENCH_SCALE") == QLatin1String("large");
    m_contacts = large ? 1000000 : 10000;
    const qint64 callCount = large ? 100000 : 1000;
    const qint64 accounts = m_contacts / 10;
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("00Dbench")).ok());
    using Column = CacheStore::Column;
    const Column id { QStringLiteral("Id"), QStringLiteral("id"), 18 };
    const Column owner { QStringLiteral("OwnerId"), QStringLiteral("reference"), 18 };
    const Column accountId { QStringLiteral("AccountId"), QStringLiteral("reference"), 18 };
    const Column name { QStringLiteral("Name"), QStringLiteral("string"), 255 };

    QElapsedTimer timer;
    timer.start();
    auto load = [this](const QString& object, const QList<Column>& columns, qint64 count,
                    const std::function<QVariantList(qint64)>& row) {
        m_cache.ensureTable(object, columns);
        m_cache.dropIndexes(object);
        CacheStore::Rows rows;
        for (const Column& column : columns) {
            rows.fields.append(column.name);
        }
        for (qint64 i = 0; i < count; ++i) {
            rows.values.append(row(i));
            if (rows.values.size() == 50000 || i == count - 1) {
                QVERIFY(m_cache.upsert(object, rows).ok());
                rows.values.clear();
            }
        }
        QVERIFY(m_cache.createIndexes(object).ok());
    };
    load(QStringLiteral("User"), { id, { QStringLiteral("Email"), QStringLiteral("email"), 80 } }, 50, [](qint64 i) {
        return QVariantList { QStringLiteral("005U%1").arg(i), QStringLiteral("rep%1@ourco.com").arg(i) };
    });
    load(QStringLiteral("Account"),
        { id, name, owner, { QStringLiteral("Website"), QStringLiteral("url"), 255 },
            { QStringLiteral("Industry"), QStringLiteral("picklist"), 40 } },
        accounts, [](qint64 i) {
            return QVariantList { QStringLiteral("001A%1").arg(i), QStringLiteral("Company %1").arg(i),
                QStringLiteral("005U%1").arg(i % 50), QStringLiteral("https://www.company%1.com").arg(i),
                i % 3 == 0 ? QStringLiteral("Manufacturing") : QStringLiteral("Software") };
        });
    load(QStringLiteral("Contact"), { id, { QStringLiteral("Email"), QStringLiteral("email"), 80 }, accountId, owner },
        m_contacts, [](qint64 i) {
            return QVariantList { QStringLiteral("003C%1").arg(i),
                QStringLiteral("person%1@company%2.com").arg(i).arg(i / 10), QStringLiteral("001A%1").arg(i / 10),
                QStringLiteral("005U%1").arg(i % 50) };
        });
    load(QStringLiteral("Opportunity"),
        { id, name, accountId, owner, { QStringLiteral("IsClosed"), QStringLiteral("boolean"), 0 },
            { QStringLiteral("StageName"), QStringLiteral("picklist"), 40 },
            { QStringLiteral("LastModifiedDate"), QStringLiteral("datetime"), 0 } },
        accounts * 2, [](qint64 i) {
            return QVariantList { QStringLiteral("006O%1").arg(i), QStringLiteral("Deal %1").arg(i),
                QStringLiteral("001A%1").arg(i / 2), QStringLiteral("005U%1").arg(i % 50), i % 4 == 0,
                i % 2 ? QStringLiteral("Negotiation") : QStringLiteral("Prospecting"),
                QStringLiteral("2026-01-%1T00:00:00.000Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')) };
        });
    qInfo("cache: %lld contacts, %lld accounts, %lld opportunities built in %lld ms", m_contacts, accounts,
        accounts * 2, timer.elapsed());

    QRandomGenerator random(42);
    for (qint64 i = 0; i < callCount; ++i) {
        Call call;
        call.id = QStringLiteral("call-%1").arg(i);
        call.title = QStringLiteral("Call %1").arg(i);
        call.started = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
        call.duration = random.bounded(3600);
        call.direction = i % 2 ? QStringLiteral("outbound") : QStringLiteral("inbound");
        call.primaryUser = QStringLiteral("rep%1@ourco.com").arg(i % 50);
        call.participants.append({ call.primaryUser, {}, CallParticipant::Affiliation::Internal });
        const qint64 contact = random.bounded(m_contacts);
        switch (i % 10) {
        case 0: // unknown person of a known company: matched by domain
            call.participants.append({ QStringLiteral("new%1@company%2.com").arg(i).arg(contact / 10), {},
                CallParticipant::Affiliation::External });
            break;
        case 1:
            call.participants.append(
                { QStringLiteral("x%1@gmail.com").arg(i), {}, CallParticipant::Affiliation::External });
            break;
        default:
            for (qint64 k = 0; k < 1 + i % 3; ++k) {
                call.participants.append(
                    { QStringLiteral("person%1@company%2.com").arg(contact + k).arg((contact + k) / 10), {},
                        CallParticipant::Affiliation::External });
            }
        }
        if (i % 3 == 0) {
            call.trackers = { QStringLiteral("Pricing") };
        }
        m_calls.append(call);
    }
}

void BenchCallPreview::filterAndMatch()
{
    const FilterSchema schema = ExportPreview::schemaFor(m_cache);
    const FilterParser::Result filter = FilterParser::parse(
        QStringLiteral("scope = \"external\" and duration >= 2m and (trackers contains \"pricing\" or "
                       "opportunity.StageName = \"Negotiation\") and account.Industry != \"Manufacturing\""),
        schema);
    QVERIFY2(filter.ok(), qPrintable(filter.error));

    QElapsedTimer timer;
    // The first read of the cache after building it, then a second one: the figures of a
    // cache the OS has (partly) in memory and of one it has just read.
    timer.start();
    {
        CallMatcher first;
        QVERIFY(first.prepare(m_cache, m_calls).ok());
    }
    const qint64 firstPrepareMs = timer.restart();
    CallMatcher matcher;
    QVERIFY(matcher.prepare(m_cache, m_calls).ok());
    const qint64 prepareMs = timer.elapsed();
    // Filter + match alone, on one thread: what deciding which calls export costs.
    timer.restart();
    qint64 passing = 0;
    {
        const FilterEvaluator evaluator(filter.root, schema);
        for (const Call& call : std::as_const(m_calls)) {
            const CallMatch match = matcher.match(call);
            passing += evaluator.matches({ &call, match.account, match.opportunity }) ? 1 : 0;
        }
    }
    const qint64 filterAndMatchMs = timer.restart();
    ExportPreview::Input input;
    input.calls = &m_calls;
    input.matcher = &matcher;
    input.schema = &schema;
    input.filter = filter.root;
    input.savedFilter = FilterNode::makeGroup(FilterNode::Group::All);
    const QList<ExportPreview::CallPlan> plans = ExportPreview::plan(input);
    const qint64 planMs = timer.elapsed();
    const ExportPreview::Totals totals = ExportPreview::totals(plans);
    qsizetype matchedAccounts = 0;
    for (const ExportPreview::CallPlan& plan : plans) {
        matchedAccounts += plan.match.accountId.isEmpty() ? 0 : 1;
    }
    QCOMPARE(plans.size(), m_calls.size());
    QCOMPARE(passing, totals.exporting);
    QVERIFY(totals.exporting > 0 && totals.exporting < totals.calls);
    qInfo("%lld calls against %lld contacts: matching read the cache in %lld ms (first read %lld ms); "
          "filter + match %lld ms (one thread); the whole preview (reasons, activities, diff) %lld ms; "
          "%lld export, %lld matched an account",
        qint64(m_calls.size()), m_contacts, prepareMs, firstPrepareMs, filterAndMatchMs, planMs,
        qint64(totals.exporting), qint64(matchedAccounts));
}

QTEST_GUILESS_MAIN(BenchCallPreview)
#include "BenchCallPreview.moc"
