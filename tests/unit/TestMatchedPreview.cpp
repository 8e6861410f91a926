#include "core/cache/CacheStore.h"
#include "core/exporting/ActivityPlanner.h"
#include "core/exporting/ExportPreview.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/filter/FilterParser.h"
#include "core/matching/CallMatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/unit/MatchingCache.h"

using namespace callbridge;
using namespace callbridge::test;

using Column = CacheStore::Column;

// The preview over matched calls: what an edit of the filter keeps, and what a preview asked for
// early waits for.
class TestMatchedPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aFilterEditKeepsThePlannedRecords();
    void aFilterEditDoesNotReadTheCacheAgain();
    void aPreviewAskedForBeforeTheCallsEnds();

private:
    QTemporaryDir m_dir;
    CacheStore m_cache;
};

void TestMatchedPreview::initTestCase()
{
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite")), QStringLiteral("00D000000000001AAA")).ok());
    QVERIFY(fillMatchingCache(&m_cache).ok());
}

// Matching is done once for the calls, and with full call data a call's records are planned
// once, when it first exports: an edit of the filter plans only the calls it newly exports. The
// activity is planned when asked, as a preview from scratch plans it.
void TestMatchedPreview::aFilterEditKeepsThePlannedRecords()
{
    using A = CallParticipant::Affiliation;
    QList<Call> calls { callWith({ person(QStringLiteral("ann@acme.com"), A::External) }),
        callWith({ person(QStringLiteral("cat@acme.eu"), A::External) }),
        callWith({ person(QStringLiteral("zed@acme.com"), A::External) }) };
    calls[0].id = QStringLiteral("short");
    calls[0].duration = 30;
    calls[1].id = QStringLiteral("long");
    calls[1].duration = 300;
    calls[2].id = QStringLiteral("middle");
    calls[2].duration = 90;
    CallMatcher matcher;
    QVERIFY(matcher.prepare(m_cache, calls).ok());
    const QList<CallMatch> matches = ExportPreview::matchAll(calls, matcher);
    QCOMPARE(matches.size(), calls.size());
    for (int i = 0; i < calls.size(); ++i) {
        const CallMatch alone = matcher.match(calls.at(i));
        QCOMPARE(matches.at(i).accountId, alone.accountId);
        QCOMPARE(matches.at(i).opportunityId, alone.opportunityId);
        QCOMPARE(matches.at(i).reasons(), alone.reasons());
    }

    const FilterSchema schema = ExportPreview::schemaFor(m_cache);
    const FilterParser::Result longCalls = FilterParser::parse(QStringLiteral("duration >= 2m"), schema);
    const FilterParser::Result most = FilterParser::parse(QStringLiteral("duration >= 1m"), schema);
    QVERIFY(longCalls.ok() && most.ok());
    ExportPreview::Input input;
    input.calls = &calls;
    input.matcher = &matcher;
    input.matches = &matches;
    input.schema = &schema;
    input.filter = longCalls.root;
    input.savedFilter = longCalls.root;
    input.settings.target = ExportTarget::Both;
    QList<std::shared_ptr<const ConversationPlan>> planned(calls.size());
    input.plannedRecords = &planned;
    QList<qint8> savedPasses(calls.size(), qint8(-1));
    input.savedPasses = &savedPasses;
    const QList<ExportPreview::CallPlan> earlier = ExportPreview::plan(input);
    QCOMPARE(earlier.at(0).action, ExportPreview::Action::Skip);
    QCOMPARE(earlier.at(1).action, ExportPreview::Action::Create);
    QCOMPARE(earlier.at(2).action, ExportPreview::Action::Skip);
    // The preview under the saved filter keeps each call's result for the edits to come.
    QCOMPARE(savedPasses, (QList<qint8> { 0, 1, 0 }));
    QVERIFY(!planned.at(0) && planned.at(1) && !planned.at(2)); // planned when a call exports
    QVERIFY(earlier.at(1).records == planned.at(1));
    const std::shared_ptr<const ConversationPlan> plannedBefore = planned.at(1);

    input.filter = most.root;
    const QList<ExportPreview::CallPlan> edited = ExportPreview::plan(input);
    QCOMPARE(edited.at(0).action, ExportPreview::Action::Skip);
    QVERIFY(!edited.at(0).records);
    QCOMPARE(edited.at(1).action, ExportPreview::Action::Create);
    QVERIFY(edited.at(1).records == plannedBefore); // the same plan, not planned again
    QCOMPARE(edited.at(1).change, ExportPreview::Change::Same);
    // Newly exported: planned now, as a preview from scratch plans it.
    QCOMPARE(edited.at(2).action, ExportPreview::Action::Create);
    QCOMPARE(edited.at(2).change, ExportPreview::Change::Starts);
    QVERIFY(planned.at(2));
    const ConversationPlan freshRecords = ConversationPlanner::plan(calls.at(2), matches.at(2), input.settings, {});
    QCOMPARE(edited.at(2).records->fingerprint, freshRecords.fingerprint);
    const PlannedActivity fresh = ActivityPlanner::plan(calls.at(2), matches.at(2), input.settings);
    QCOMPARE(edited.at(2).activity().fields, fresh.fields);
    QCOMPARE(edited.at(2).activity().notes, fresh.notes);
    QCOMPARE(edited.at(0).activity().fields, QJsonObject()); // only an exporting call has one
    QCOMPARE(edited.at(0).reason(), QStringLiteral("Filtered out: duration >= 1m (the call lasted 30s)"));
    QCOMPARE(savedPasses, (QList<qint8> { 0, 1, 0 }));

    // An edit compares with the kept results and does not evaluate the saved filter again: had
    // the saved filter passed the short call, the edit would stop it.
    savedPasses[0] = 1;
    QCOMPARE(ExportPreview::plan(input).at(0).change, ExportPreview::Change::Stops);
}

// The preview reads the cache when calls are loaded; an edit of the filter is evaluated on what
// it read. Here the cache's tables are gone by the time of the edit, and the edit still sees the
// matched account's fields.
void TestMatchedPreview::aFilterEditDoesNotReadTheCacheAgain()
{
    QTemporaryDir dir;
    const QString orgId = QStringLiteral("00D000000000001AAA");
    CacheStore cache;
    QVERIFY(cache.open(CacheStore::pathFor(dir.path(), orgId), orgId).ok());
    Status status = Status::success();
    const Column id { QStringLiteral("Id"), QStringLiteral("id"), 18 };
    cache.ensureTable(
        QStringLiteral("Account"), { id, { QStringLiteral("Industry"), QStringLiteral("picklist"), 40 } }, &status);
    QVERIFY(status.ok());
    QVERIFY(cache
                .upsert(QStringLiteral("Account"),
                    QList<QVariantMap> { { { QStringLiteral("Id"), QStringLiteral("001A1") },
                                             { QStringLiteral("Industry"), QStringLiteral("Software") } },
                        { { QStringLiteral("Id"), QStringLiteral("001A2") },
                            { QStringLiteral("Industry"), QStringLiteral("Manufacturing") } } })
                .ok());
    cache.ensureTable(QStringLiteral("Contact"),
        { id, { QStringLiteral("Email"), QStringLiteral("email"), 80 },
            { QStringLiteral("AccountId"), QStringLiteral("reference"), 18 } },
        &status);
    QVERIFY(status.ok());
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    QList<QVariantMap> { { { QStringLiteral("Id"), QStringLiteral("003C1") },
                                             { QStringLiteral("Email"), QStringLiteral("ann@soft.com") },
                                             { QStringLiteral("AccountId"), QStringLiteral("001A1") } },
                        { { QStringLiteral("Id"), QStringLiteral("003C2") },
                            { QStringLiteral("Email"), QStringLiteral("bob@works.com") },
                            { QStringLiteral("AccountId"), QStringLiteral("001A2") } } })
                .ok());

    ExportWorkspace workspace;
    QVERIFY(workspace.openOrg(dir.path(), orgId).ok());
    auto call = [](const char* callId, const char* email) {
        return QJsonObject { { QStringLiteral("id"), QLatin1String(callId) },
            { QStringLiteral("title"), QStringLiteral("Call") },
            { QStringLiteral("started"), QStringLiteral("2026-03-02T15:00:00Z") }, { QStringLiteral("duration"), 300 },
            { QStringLiteral("direction"), QStringLiteral("outbound") },
            { QStringLiteral("primaryUser"), QStringLiteral("rep@ourco.com") },
            { QStringLiteral("participants"),
                QJsonArray { QJsonObject { { QStringLiteral("email"), QLatin1String(email) },
                    { QStringLiteral("affiliation"), QStringLiteral("external") } } } } };
    };
    QVERIFY(workspace
                .loadCalls(
                    QJsonDocument(QJsonArray { call("soft", "ann@soft.com"), call("works", "bob@works.com") }).toJson(),
                    QStringLiteral("test"))
                .ok());
    auto preview = [&workspace](const QString& text, const QString& savedText = {}) {
        const FilterParser::Result filter = FilterParser::parse(text, workspace.schema());
        const FilterParser::Result saved =
            FilterParser::parse(savedText.isEmpty() ? text : savedText, workspace.schema());
        QVERIFY2(filter.ok() && saved.ok(), qPrintable(filter.error + saved.error));
        QSignalSpy ready(&workspace, &ExportWorkspace::previewReady);
        workspace.requestPreview(filter.root, saved.root, ExportSettings());
        QVERIFY(ready.wait());
        QVERIFY(!workspace.isComputing());
    };
    auto exporting = [&workspace] {
        QStringList ids;
        for (const ExportPreview::CallPlan& plan : workspace.plans()) {
            if (plan.action == ExportPreview::Action::Create) {
                ids.append(workspace.calls().at(plan.index).id);
            }
        }
        return ids;
    };
    preview(QStringLiteral("account.Industry = \"Software\""));
    QCOMPARE(exporting(), QStringList { QStringLiteral("soft") });

    for (const QString& object : { QStringLiteral("Account"), QStringLiteral("Contact") }) {
        QSqlQuery drop(cache.database());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE ") + CacheStore::tableName(object)));
    }
    preview(QStringLiteral("account.Industry = \"Manufacturing\""));
    QCOMPARE(exporting(), QStringList { QStringLiteral("works") });
    QCOMPARE(workspace.plans().at(1).match().accountId, QStringLiteral("001A2"));
    QCOMPARE(workspace.plans().at(0).reason(),
        QStringLiteral("Filtered out: account.Industry = \"Manufacturing\" (account.Industry: Software)"));

    // Against a saved filter: its results are kept between edits, and only while it is the same.
    auto changes = [&workspace] {
        QList<ExportPreview::Change> perCall;
        for (const ExportPreview::CallPlan& plan : workspace.plans()) {
            perCall.append(plan.change);
        }
        return perCall;
    };
    const QString manufacturing = QStringLiteral("account.Industry = \"Manufacturing\"");
    preview(manufacturing, QStringLiteral("account.Industry = \"Software\""));
    QCOMPARE(changes(), (QList<ExportPreview::Change> { ExportPreview::Change::Stops, ExportPreview::Change::Starts }));
    preview(QStringLiteral("duration >= 1m"), QStringLiteral("account.Industry = \"Software\""));
    QCOMPARE(changes(), (QList<ExportPreview::Change> { ExportPreview::Change::Same, ExportPreview::Change::Starts }));
    preview(manufacturing, QStringLiteral("account.Industry exists"));
    QCOMPARE(changes(), (QList<ExportPreview::Change> { ExportPreview::Change::Stops, ExportPreview::Change::Same }));
}

// Defect: without an org (the demo's first screen), a preview asked for before any calls were
// loaded stayed "wanted" for ever: isComputing() never became false again and the Preview
// page's busy bar never went away.
void TestMatchedPreview::aPreviewAskedForBeforeTheCallsEnds()
{
    ExportWorkspace workspace;
    workspace.requestPreview(FilterNode(), FilterNode(), ExportSettings()); // as the page does when it is built
    QVERIFY(workspace.openOrg(QString(), QString()).ok()); // no org: the call fields only
    const QByteArray json = R"([{"id":"c1","title":"T","started":"2026-03-02T15:04:05Z","duration":60,)"
                            R"("direction":"inbound","primaryUser":"rep@ourco.com","participants":[]}])";
    QVERIFY(workspace.loadCalls(json, QStringLiteral("test")).ok());
    workspace.requestPreview(FilterNode(), FilterNode(), ExportSettings());
    QTRY_COMPARE(workspace.plans().size(), 1);
    QTRY_VERIFY(!workspace.isComputing());
}

QTEST_GUILESS_MAIN(TestMatchedPreview)
#include "TestMatchedPreview.moc"
