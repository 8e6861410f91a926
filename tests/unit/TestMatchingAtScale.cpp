#include "core/cache/CacheStore.h"
#include "core/matching/CallMatcher.h"

#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

// Matching against a cache large enough to be read in several statements and on two threads.
class TestMatchingAtScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyAccountsMatchAsEachAlone();
};

namespace {
using Column = CacheStore::Column;
} // namespace

// Thousands of accounts: the cache is read in several statements, the opportunities by two
// threads sharing the accounts, and the keys are sorted on two threads (every email twice:
// each contact is on two calls). Every call still gets its account's newest open opportunity
// (the lowest Id among the equally new ones), computed here on its own, also when the cache does
// not hold the account itself. Each call's contact is found by its participant's position among
// the calls prepared for, and a copy of a call by its email.
void TestMatchingAtScale::manyAccountsMatchAsEachAlone()
{
    QTemporaryDir dir;
    CacheStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("many.sqlite")), QStringLiteral("00D000000000002AAA")).ok());
    const Column id { QStringLiteral("Id"), QStringLiteral("id"), 18 };
    const Column accountId { QStringLiteral("AccountId"), QStringLiteral("reference"), 18 };
    const Column owner { QStringLiteral("OwnerId"), QStringLiteral("reference"), 18 };
    auto table = [&cache](const QString& object, const QList<Column>& columns, const QList<QVariantMap>& rows) {
        Status status = Status::success();
        cache.ensureTable(object, columns, &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QVERIFY(cache.upsert(object, rows).ok());
    };
    constexpr int accounts = 20000; // ten portions of 2,000 ids; more than one thread sorts alone
    QList<QVariantMap> accountRows;
    QList<QVariantMap> contactRows;
    QList<QVariantMap> opportunityRows;
    QStringList expected; // each account's opportunity, or empty
    QList<int> openCounts; // each account's open opportunities
    QList<Call> calls;
    for (int i = 0; i < accounts; ++i) {
        const QString account = QStringLiteral("001A%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString email = QStringLiteral("p%1@company%1.com").arg(i);
        if (i % 7 != 0) { // every seventh account is not in the cache: only its contact and opportunities are
            accountRows.append(
                { { QStringLiteral("Id"), account }, { QStringLiteral("OwnerId"), QStringLiteral("005U9") } });
        }
        contactRows.append({ { QStringLiteral("Id"), QStringLiteral("003C%1").arg(i, 6, 10, QLatin1Char('0')) },
            { QStringLiteral("Email"), email }, { QStringLiteral("AccountId"), account } });
        QString newest;
        QString newestModified;
        int open = 0;
        for (int j = 0; j < i % 4; ++j) {
            // Opportunity ids in the opposite order of the accounts': read order is not Id order.
            const QString opportunity = QStringLiteral("006O%1").arg(4 * (accounts - i) + j, 6, 10, QLatin1Char('0'));
            const QString modified = QStringLiteral("2026-0%1-01T00:00:00.000Z").arg(1 + (i + j) % 2);
            const bool closed = j == 2 && i % 3 == 0;
            opportunityRows.append({ { QStringLiteral("Id"), opportunity }, { QStringLiteral("AccountId"), account },
                { QStringLiteral("IsClosed"), closed }, { QStringLiteral("LastModifiedDate"), modified },
                { QStringLiteral("OwnerId"), QStringLiteral("005U9") } });
            open += closed ? 0 : 1;
            if (!closed
                && (newest.isEmpty() || modified > newestModified
                    || (modified == newestModified && opportunity < newest))) {
                newest = opportunity;
                newestModified = modified;
            }
        }
        expected.append(newest);
        openCounts.append(open);
        Call call;
        call.id = QStringLiteral("c%1").arg(i);
        call.started = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
        call.primaryUser = QStringLiteral("rep@ourco.com");
        call.participants = { { call.primaryUser, {}, CallParticipant::Affiliation::Internal },
            { email, {}, CallParticipant::Affiliation::External } };
        if (i % 100 == 0) { // ten emails no contact has, in order just before another contact's
            for (int j = 0; j < 10; ++j) {
                call.participants.append({ QStringLiteral("p%1-%2@elsewhere.com").arg(i).arg(j), {},
                    CallParticipant::Affiliation::External });
            }
        }
        calls.append(call);
    }
    table(QStringLiteral("Account"), { id, owner }, accountRows);
    table(QStringLiteral("Contact"), { id, { QStringLiteral("Email"), QStringLiteral("email"), 80 }, accountId },
        contactRows);
    table(QStringLiteral("Opportunity"),
        { id, accountId, { QStringLiteral("IsClosed"), QStringLiteral("boolean"), 0 },
            { QStringLiteral("LastModifiedDate"), QStringLiteral("datetime"), 0 }, owner },
        opportunityRows);

    for (int i = 0; i < accounts; ++i) {
        Call again = calls.at(i);
        again.id = QStringLiteral("again-%1").arg(i);
        calls.append(again);
    }

    CallMatcher matcher;
    QVERIFY(matcher.prepare(cache, calls).ok());
    for (int i = 0; i < calls.size(); ++i) {
        const CallMatch match = matcher.match(calls.at(i));
        const int contactNumber = i % accounts;
        QCOMPARE(match.contacts.size(), 1);
        QCOMPARE(match.contacts.first().id, QStringLiteral("003C%1").arg(contactNumber, 6, 10, QLatin1Char('0')));
        QCOMPARE(match.unmatchedEmails.size(), contactNumber % 100 == 0 ? 10 : 0);
        // A copy of a call, which prepare() was not given, matches as the call.
        const Call copy = calls.at(i);
        const CallMatch copyMatch = matcher.match(copy);
        QCOMPARE(copyMatch.contacts.first().id, match.contacts.first().id);
        QCOMPARE(copyMatch.unmatchedEmails, match.unmatchedEmails);
        QCOMPARE(copyMatch.accountId, match.accountId);
        QCOMPARE(copyMatch.opportunityId, match.opportunityId);
        if (i >= accounts) {
            QCOMPARE(match.accountId, matcher.match(calls.at(i - accounts)).accountId);
            QCOMPARE(match.opportunityId, expected.at(i - accounts));
            continue;
        }
        QCOMPARE(match.accountId, QStringLiteral("001A%1").arg(i, 6, 10, QLatin1Char('0')));
        QCOMPARE(match.opportunityId, expected.at(i));
        QCOMPARE(match.opportunity.value(QStringLiteral("Id")).toString(), expected.at(i));
        // Each account has all its open opportunities, wherever the runs that handed them out ended.
        using Kind = CallMatch::Reason::Kind;
        const CallMatch::Reason& chosen = match.decisions.constLast();
        const int counted = chosen.kind == Kind::NoOpenOpportunity ? 0
            : chosen.kind == Kind::OneOpenOpportunity              ? 1
                                                                   : chosen.count;
        QCOMPARE(counted, openCounts.at(i));
        // Whichever thread read it, a record has the columns the filter binds to (it reads a
        // value by position only then).
        QVERIFY(match.opportunity.isNull() || match.opportunity.columns() == matcher.opportunityColumns());
        if (i % 7 == 0) {
            QVERIFY(match.account.isNull());
        } else {
            QCOMPARE(match.account.columns(), matcher.accountColumns());
        }
    }
}

QTEST_GUILESS_MAIN(TestMatchingAtScale)
#include "TestMatchingAtScale.moc"
