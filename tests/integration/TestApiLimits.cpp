// The client against Salesforce's request limits: usage past the daily allowance, and the
// concurrent long-running request limit that shares the daily limit's error code.
#include "core/orgsim/OrgSimServer.h"
#include "tests/support/HostileServer.h"
#include "tests/support/OrgSimFixture.h"

#include "core/cache/CacheStore.h"
#include "core/salesforce/BulkQueryStream.h"
#include "core/salesforce/DailyApiAllowance.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"
#include "core/sync/ImportRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

OAuthTokens tokensFor(const QString& baseUrl)
{
    OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("00D000000000001!api-limits-test-access-token");
    tokens.instanceUrl = QUrl(baseUrl);
    tokens.orgId = QStringLiteral("00D000000000001AAA");
    tokens.userId = QStringLiteral("005000000000001AAA");
    return tokens;
}

const QByteArray overUsed = "api-usage=110018/100000";

// A running orgsim and a client signed in to it as the integration user, with quick retries.
struct OrgClient
{
    explicit OrgClient(QNetworkAccessManager* network)
        : session(network)
        , client(network, &session)
    {
        session.setTokens(std::get<OAuthTokens>(
            OAuthTokens::parse(QJsonDocument(org.tokensFor(OrgSimFixture::integrationUser())).toJson())));
        client.setRetryPolicy({ 4, 5, 20 });
    }

    OrgSimFixture org;
    SalesforceSession session;
    RestClient client;
};

} // namespace

class TestApiLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usagePastTheAllowanceLeavesNone_data();
    void usagePastTheAllowanceLeavesNone();
    void concurrencyLimitIsWaitedOut();
    void concurrencyLimitThatDoesNotClearIsNotTheDailyLimit();
    void waitingOutTheConcurrencyLimitCanBeCancelled();
    void bulkPollingIsBoundedAndCounted();

private:
    QNetworkAccessManager m_network;
};

void TestApiLimits::usagePastTheAllowanceLeavesNone_data()
{
    QTest::addColumn<bool>("viewSetup");
    QTest::newRow("limits says Remaining -10018") << true;
    QTest::newRow("only Sforce-Limit-Info tells") << false;
}

// Usage can run past the allowance (Sforce-Limit-Info: api-usage=110018/100000); then nothing
// is left, not a negative amount that a budget share turns into something.
void TestApiLimits::usagePastTheAllowanceLeavesNone()
{
    QFETCH(bool, viewSetup);
    HostileServer salesforce;
    salesforce.setHandler([viewSetup](const HostileServer::Request& request) {
        HostileServer::Response response = HostileServer::Response::json(
            R"([{"message":"The requested resource does not exist","errorCode":"NOT_FOUND"}])", 404);
        if (request.path().endsWith(QLatin1String("/limits"))) {
            response = viewSetup
                ? HostileServer::Response::json(R"({"DailyApiRequests":{"Max":100000,"Remaining":-10018}})")
                : HostileServer::Response::json(
                    R"([{"message":"insufficient access rights on object id","errorCode":"INSUFFICIENT_ACCESS"}])",
                    403);
        }
        response.headers.append({ "Sforce-Limit-Info", overUsed });
        return response;
    });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce.baseUrl()));
    RestClient client(&m_network, &session);

    DailyApiAllowance allowance(&client);
    QSignalSpy read(&allowance, &DailyApiAllowance::finished);
    allowance.start();
    QVERIFY(read.wait(15000));
    QCOMPARE(allowance.max(), 100000);
    QCOMPARE(allowance.remaining(), 0);

    // The import's budget is then nothing: it reads nothing at all.
    QTemporaryDir dir;
    CacheStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite")), QStringLiteral("00D000000000001AAA")).ok());
    const ObjectImportPlan plan { QStringLiteral("Contact"),
        { { QStringLiteral("Id"), QStringLiteral("id") },
            { QStringLiteral("SystemModstamp"), QStringLiteral("datetime") } },
        {}, true };
    ImportRun importRun(&client, &cache, { plan });
    importRun.setBudgetShare(1.0);
    QSignalSpy finished(&importRun, &ImportRun::finished);
    const qsizetype before = salesforce.requests().size();
    importRun.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(importRun.outcome(), ImportRun::Outcome::BudgetReached);
    QCOMPARE(importRun.budget(), 0);
    QCOMPARE(salesforce.requests().size(), before + 1); // `limits` only
    QVERIFY2(importRun.message().contains(QLatin1String("(0 remaining)")), qPrintable(importRun.message()));
}

// "ConcurrentPerOrgLongTxn Limit exceeded." clears in seconds: the request is sent again after
// a wait, a POST too (the refused request did nothing), instead of stopping for the day.
void TestApiLimits::concurrencyLimitIsWaitedOut()
{
    OrgClient sim(&m_network);
    OrgSimFixture& org = sim.org;
    RestClient& client = sim.client;

    org.host().run([](orgsim::OrgSimServer& server) { server.faults().concurrencyLimitNextRequests = 5; });
    RestRequest request;
    request.method = "POST";
    request.path = QStringLiteral("sobjects/Task");
    request.body = R"({"Subject": "Concurrency limit test"})";
    RestReply* reply = client.send(request);
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &RestReply::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->status(), 201);
    QCOMPARE(reply->attempts(), 6); // more than the 4 other transient errors get
    delete reply;
}

// A concurrency limit that outlasts the waits fails that request with its own words, not the
// daily limit's "try again in 24 hours".
void TestApiLimits::concurrencyLimitThatDoesNotClearIsNotTheDailyLimit()
{
    OrgClient sim(&m_network);
    OrgSimFixture& org = sim.org;
    RestClient& client = sim.client;
    org.host().run([](orgsim::OrgSimServer& server) { server.faults().concurrencyLimitNextRequests = 100; });
    RestReply* reply = client.get(QStringLiteral("limits"));
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &RestReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->error().kind, SalesforceError::Kind::ConcurrencyLimit);
    QCOMPARE(reply->attempts(), 6);
    QVERIFY(reply->error().isTransient());
    QVERIFY2(!reply->error().toString().contains(QLatin1String("daily")), qPrintable(reply->error().toString()));

    // The daily limit is still the daily limit.
    org.host().run([](orgsim::OrgSimServer& server) {
        server.faults().concurrencyLimitNextRequests = 0;
        server.usage().count(server.usage().max());
    });
    RestReply* daily = client.get(QStringLiteral("limits"));
    daily->setAutoDelete(false);
    QSignalSpy dailyFinished(daily, &RestReply::finished);
    QVERIFY(dailyFinished.wait(30000));
    QCOMPARE(daily->error().kind, SalesforceError::Kind::LimitExceeded);
    QCOMPARE(daily->attempts(), 1);
    delete reply;
    delete daily;
}

// The waits are long (seconds): a cancel during one ends the request at once.
void TestApiLimits::waitingOutTheConcurrencyLimitCanBeCancelled()
{
    OrgClient sim(&m_network);
    sim.client.setRetryPolicy({}); // the real waits
    sim.org.host().run([](orgsim::OrgSimServer& server) { server.faults().concurrencyLimitNextRequests = 100; });
    RestReply* reply = sim.client.get(QStringLiteral("limits"));
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &RestReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(reply->error().kind, SalesforceError::Kind::ConcurrencyLimit, 10000); // waiting
    QVERIFY(finished.isEmpty());
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, SalesforceError::Kind::Cancelled);
    QVERIFY(reply->attempts() < RetryPolicy().maxAttempts + RetryPolicy::concurrencyExtraAttempts);
    delete reply;
}

// Waiting for a Bulk API job had no limit, and its polls (API requests) were not reported, so a
// budget only heard of the job when rows arrived.
void TestApiLimits::bulkPollingIsBoundedAndCounted()
{
    OrgClient sim(&m_network);
    RestClient& client = sim.client;

    BulkQueryStream stream(&client, QStringLiteral("SELECT Id FROM Lead"));
    QSignalSpy polled(&stream, &BulkQueryStream::polled);
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(stream.ok(), qPrintable(stream.error().toString()));
    QCOMPARE(polled.size(), 1); // orgsim reports InProgress once before JobComplete

    BulkQueryStream slow(&client, QStringLiteral("SELECT Id FROM Lead"));
    slow.setCompletionWaitMs(1); // the job takes longer than this
    QSignalSpy slowFinished(&slow, &BulkQueryStream::finished);
    slow.start();
    QVERIFY(slowFinished.wait(30000));
    QCOMPARE(slowFinished.size(), 1);
    QCOMPARE(slow.error().kind, SalesforceError::Kind::Timeout);
    QVERIFY2(slow.error().toString().contains(slow.jobId()), qPrintable(slow.error().toString()));
}

QTEST_GUILESS_MAIN(TestApiLimits)
#include "TestApiLimits.moc"
