#include "tests/support/HostileServer.h"
#include "tests/support/OrgSimFixture.h"

#include "core/fields/FieldCatalogLoader.h"
#include "core/orgsim/OrgSimServer.h"
#include "core/salesforce/CompositeRequest.h"
#include "core/salesforce/DescribeRequest.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace callbridge;
using namespace callbridge::test;

namespace {

OAuthTokens tokensFrom(const QJsonObject& json)
{
    auto parsed = OAuthTokens::parse(QJsonDocument(json).toJson());
    return std::get<OAuthTokens>(parsed);
}

// Waits for a reply and keeps it (tests read it after finished()).
RestReply* wait(RestReply* reply)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &RestReply::finished);
        finished.wait(30000);
    }
    return reply;
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void negotiatesTheVersion();
    void clientCredentialsSession();
    void expiredSessionIsRenewedAndReplayed();
    void concurrentExpiriesShareOneRefresh();
    void revokedRefreshTokenDisconnects();
    void transientErrorsAreRetried();
    void postsAreNotRetriedAfterServerErrors();
    void dailyLimitIsNotRetried();
    void malformedJsonIsAnError();
    void plainHttpToARemoteHostIsRefused();
    void reportsApiUsage();
    void cancelAndTimeout();
    void saysWhatItIsWaitingFor();
    void deadlineEndsATrickledAnswer();
    void silentEndpointIsSentTwiceAtMost();
    void tokenRequestHasADeadline();
    void queryStreamDeliversEveryPage();
    void queryStreamCancels();
    void compositeHelperIsOneCall();
    void tooLongRequestSaysSo();
    void describeIsConditional();
    void fieldCatalogIsCachedAndConditional();

private:
    void pointInstanceAt(const QUrl& url);
    void connectAs(const QString& username, orgsim::OrgSimOptions options = {});

    QNetworkAccessManager m_network;
    std::unique_ptr<OrgSimFixture> m_org;
    std::unique_ptr<SalesforceSession> m_session;
    std::unique_ptr<RestClient> m_client;
};

void TestRestClient::init()
{
    connectAs(OrgSimFixture::adminUser());
}

void TestRestClient::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_org.reset();
}

void TestRestClient::connectAs(const QString& username, orgsim::OrgSimOptions options)
{
    m_client.reset();
    m_session.reset();
    m_org = std::make_unique<OrgSimFixture>(options);
    m_session = std::make_unique<SalesforceSession>(&m_network);
    m_session->setLoginUrl(QUrl(m_org->baseUrl()));
    m_session->setClientId(m_org->options().clientId);
    m_session->setClientSecret(m_org->options().clientSecret); // the app requires it for the refresh flow
    m_session->setTokens(tokensFrom(m_org->tokensFor(username)));
    m_client = std::make_unique<RestClient>(&m_network, m_session.get());
    m_client->setRetryPolicy({ 4, 5, 20 });
}

void TestRestClient::pointInstanceAt(const QUrl& url)
{
    OAuthTokens tokens = m_session->tokens();
    tokens.instanceUrl = url;
    m_session->setTokens(tokens);
}

void TestRestClient::negotiatesTheVersion()
{
    RestReply* reply = wait(m_client->negotiateVersion());
    QVERIFY(reply->ok());
    QCOMPARE(m_client->apiVersion(), QStringLiteral("62.0")); // orgsim offers up to 66.0; Callbridge pins 62.0
    QVERIFY(m_client->urlFor(QStringLiteral("sobjects"))
                .toString()
                .endsWith(QStringLiteral("/services/data/v62.0/sobjects")));
    delete reply;
}

void TestRestClient::clientCredentialsSession()
{
    SalesforceSession session(&m_network);
    session.setLoginUrl(QUrl(m_org->instanceUrl())); // the client credentials flow: My Domain only
    session.setClientId(m_org->options().clientId);
    session.setClientSecret(m_org->options().clientSecret);
    QSignalSpy refreshed(&session, &SalesforceSession::refreshed);
    session.authenticateWithClientCredentials();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!session.accessToken().isEmpty());
    QVERIFY(session.refreshToken().isEmpty());
    RestClient client(&m_network, &session);
    RestReply* reply = wait(client.get(QStringLiteral("/services/oauth2/userinfo")));
    QCOMPARE(reply->json().object().value(QStringLiteral("preferred_username")).toString(),
        OrgSimFixture::integrationUser());
    delete reply;
}

void TestRestClient::expiredSessionIsRenewedAndReplayed()
{
    const QString before = m_session->accessToken();
    m_org->host().run([&](orgsim::OrgSimServer& server) { server.org().advanceClock(3 * 3600 * 1000); });
    RestReply* reply = wait(m_client->get(QStringLiteral("limits")));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(m_session->refreshCount(), 1);
    QVERIFY(m_session->accessToken() != before);
    QCOMPARE(reply->attempts(), 2); // the first answer was 401, the replay succeeded
    delete reply;
}

void TestRestClient::concurrentExpiriesShareOneRefresh()
{
    m_org->host().run([&](orgsim::OrgSimServer& server) { server.org().advanceClock(3 * 3600 * 1000); });
    QList<RestReply*> replies;
    for (int i = 0; i < 5; ++i) {
        RestReply* reply = m_client->get(QStringLiteral("sobjects/Account/describe"));
        reply->setAutoDelete(false);
        replies.append(reply);
    }
    for (RestReply* reply : replies) {
        wait(reply);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    }
    QCOMPARE(m_session->refreshCount(), 1);
    qDeleteAll(replies);
}

void TestRestClient::revokedRefreshTokenDisconnects()
{
    TestHttp http(m_org->baseUrl());
    QCOMPARE(http.postForm(QStringLiteral("/services/oauth2/revoke"),
                     { { QStringLiteral("token"), m_session->refreshToken() } })
                 .status,
        200);
    QSignalSpy disconnected(m_client.get(), &RestClient::disconnected);
    RestReply* reply = wait(m_client->get(QStringLiteral("limits")));
    QCOMPARE(reply->error().kind, SalesforceError::Kind::Disconnected);
    QCOMPARE(reply->error().errorCode, QStringLiteral("invalid_grant"));
    QCOMPARE(disconnected.size(), 1);
    QVERIFY(reply->error().toString().contains(QLatin1String("Reconnect")));
    delete reply;
}

void TestRestClient::transientErrorsAreRetried()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 2; });
    RestReply* reply = wait(m_client->get(QStringLiteral("sobjects")));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 3);
    delete reply;

    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 10; });
    RestReply* exhausted = wait(m_client->get(QStringLiteral("sobjects")));
    QCOMPARE(exhausted->error().httpStatus, 503);
    QCOMPARE(exhausted->error().errorCode, QStringLiteral("SERVER_UNAVAILABLE"));
    QCOMPARE(exhausted->attempts(), 4); // bounded
    delete exhausted;
}

void TestRestClient::postsAreNotRetriedAfterServerErrors()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 1; });
    RestRequest request;
    request.method = "POST";
    request.path = QStringLiteral("sobjects/Task");
    request.body = R"({"Subject": "once"})";
    RestReply* reply = wait(m_client->send(request));
    QCOMPARE(reply->error().httpStatus, 503);
    QCOMPARE(reply->attempts(), 1);
    delete reply;
}

void TestRestClient::dailyLimitIsNotRetried()
{
    orgsim::OrgSimOptions options;
    options.apiDailyLimit = 1;
    connectAs(OrgSimFixture::adminUser(), options);
    delete wait(m_client->get(QStringLiteral("sobjects")));
    RestReply* reply = wait(m_client->get(QStringLiteral("sobjects")));
    QCOMPARE(reply->error().kind, SalesforceError::Kind::LimitExceeded);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->error().toString().contains(QLatin1String("daily API requests")));
    delete reply;
}

void TestRestClient::malformedJsonIsAnError()
{
    // A server that claims JSON and sends half of it.
    HostileServer server;
    server.setHandler([](const HostileServer::Request&) {
        return HostileServer::Response::rawBytes(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: 9\r\n\r\n"
            "{\"a\": [1,");
    });
    pointInstanceAt(server.url(QString()));
    RestReply* reply = wait(m_client->get(QStringLiteral("sobjects")));
    QCOMPARE(reply->error().kind, SalesforceError::Kind::Malformed);
    QVERIFY(reply->error().toString().contains(QLatin1String("could not read")));
    delete reply;
}

void TestRestClient::plainHttpToARemoteHostIsRefused()
{
    OAuthTokens tokens = m_session->tokens();
    tokens.instanceUrl = QUrl(QStringLiteral("http://na1.salesforce.com"));
    m_session->setTokens(tokens);
    RestReply* reply = wait(m_client->get(QStringLiteral("sobjects")));
    QCOMPARE(reply->error().kind, SalesforceError::Kind::InsecureUrl);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->error().toString().contains(QLatin1String("only reached over https")));
    delete reply;
}

void TestRestClient::reportsApiUsage()
{
    QSignalSpy usage(m_client.get(), &RestClient::apiUsageChanged);
    delete wait(m_client->get(QStringLiteral("sobjects")));
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.first().at(0).toLongLong(), 1);
    QCOMPARE(usage.first().at(1).toLongLong(), m_org->options().apiDailyLimit);
}

void TestRestClient::cancelAndTimeout()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.setLatencyMs(3000); });
    RestReply* cancelled = m_client->get(QStringLiteral("sobjects"));
    cancelled->setAutoDelete(false);
    QSignalSpy finished(cancelled, &RestReply::finished);
    QTimer::singleShot(100, cancelled, &RestReply::cancel);
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(cancelled->error().kind, SalesforceError::Kind::Cancelled);
    delete cancelled;

    m_client->setRetryPolicy({ 1, 5, 20 });
    RestRequest request;
    request.path = QStringLiteral("sobjects");
    request.timeoutMs = 300;
    RestReply* timedOut = wait(m_client->send(request));
    QCOMPARE(timedOut->error().kind, SalesforceError::Kind::Timeout);
    delete timedOut;
}

namespace {

// 1,000 spaces, one byte every 100 ms.
HostileServer::Handler trickling()
{
    return [](const HostileServer::Request&) {
        return HostileServer::Response::json(QByteArray(1000, ' ')).trickled(100);
    };
}

} // namespace

void TestRestClient::deadlineEndsATrickledAnswer()
{
    // One byte every 100 ms never trips the inactivity timeout; the deadline ends it.
    HostileServer server;
    server.setHandler(trickling());
    pointInstanceAt(server.url(QString()));
    RestRequest request;
    request.path = QStringLiteral("limits");
    request.deadlineMs = 500;
    RestReply* reply = wait(m_client->send(request));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, SalesforceError::Kind::Timeout);
    QCOMPARE(reply->attempts(), 1); // the deadline is for the whole request, retries included
    QCOMPARE(server.requests().size(), 1);
    const QString message = reply->error().toString();
    QVERIFY2(message.contains(QStringLiteral("GET /services/data/v%1/limits").arg(m_client->apiVersion())),
        qPrintable(message));
    delete reply;
}

void TestRestClient::silentEndpointIsSentTwiceAtMost()
{
    // A server that never answers is asked once more, not maxAttempts times: it stays silent.
    HostileServer server;
    server.setHandler([](const HostileServer::Request&) { return HostileServer::Response::silence(); });
    pointInstanceAt(server.url(QString()));
    RestRequest request;
    request.path = QStringLiteral("limits");
    request.timeoutMs = 200;
    RestReply* reply = wait(m_client->send(request));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, SalesforceError::Kind::Timeout);
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY2(reply->error().toString().contains(QLatin1String("/limits")), qPrintable(reply->error().toString()));
    delete reply;
}

void TestRestClient::tokenRequestHasADeadline()
{
    HostileServer server;
    server.setHandler(trickling());
    SalesforceSession session(&m_network);
    session.setLoginUrl(server.url(QString()));
    session.setClientId(QStringLiteral("client"));
    OAuthTokens tokens;
    tokens.refreshToken = QStringLiteral("refresh");
    session.setTokens(tokens);
    session.setTimeouts(60000, 500);
    bool finished = false;
    SalesforceError error;
    TokenRequest* renewal = session.refresh();
    connect(renewal, &TokenRequest::finished, this, [&finished, &error, renewal] {
        finished = true;
        error = renewal->error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    QCOMPARE(error.kind, SalesforceError::Kind::Timeout);
    QVERIFY2(error.toString().contains(QLatin1String("POST /services/oauth2/token")), qPrintable(error.toString()));
}

void TestRestClient::queryStreamDeliversEveryPage()
{
    QueryStream stream(m_client.get(), QStringLiteral("SELECT Id FROM Contact"), false, 200);
    QSignalSpy finished(&stream, &QueryStream::finished);
    QSet<QString> ids;
    int pages = 0;
    connect(&stream, &QueryStream::page, this, [&](const QJsonArray& records) {
        ++pages;
        for (const QJsonValue& record : records) {
            ids.insert(record.toObject().value(QStringLiteral("Id")).toString());
        }
    });
    stream.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(stream.ok());
    QCOMPARE(pages, 2);
    QCOMPARE(stream.totalSize(), 400);
    QCOMPARE(ids.size(), 400);
}

void TestRestClient::queryStreamCancels()
{
    QueryStream stream(m_client.get(), QStringLiteral("SELECT Id FROM Contact"), false, 200);
    QSignalSpy finished(&stream, &QueryStream::finished);
    connect(&stream, &QueryStream::page, &stream, &QueryStream::cancel);
    stream.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(stream.error().kind, SalesforceError::Kind::Cancelled);
    QCOMPARE(stream.received(), 200);
}

void TestRestClient::compositeHelperIsOneCall()
{
    CompositeRequest composite;
    const QString base = QStringLiteral("/services/data/v60.0/");
    QVERIFY(composite.add(
        QStringLiteral("contact"), "GET", base + QStringLiteral("query?q=SELECT+Id+FROM+Contact+LIMIT+1")));
    QVERIFY(composite.add(QStringLiteral("task"), "POST", base + QStringLiteral("sobjects/Task"),
        QJsonObject { { QStringLiteral("Subject"), QStringLiteral("Helper") },
            { QStringLiteral("WhoId"), QStringLiteral("@{contact.records[0].Id}") } }));
    // What Salesforce refuses for the whole request is refused here: referenceIds other than
    // letters, digits and underscores, the same referenceId twice, headers subrequests inherit.
    QVERIFY(!composite.add(QStringLiteral("new-account"), "GET", base + QStringLiteral("sobjects/Account")));
    QVERIFY(!composite.add(QStringLiteral("contact"), "GET", base + QStringLiteral("sobjects/Account")));
    QVERIFY(!composite.add(QStringLiteral("account"), "GET", base + QStringLiteral("sobjects/Account"), {},
        QJsonObject { { QStringLiteral("Accept"), QStringLiteral("application/json") } }));
    // Composite serves sObject, query and collection resources (not limits).
    for (int i = composite.size(); i < CompositeRequest::maxSubrequests; ++i) {
        QVERIFY(composite.add(QStringLiteral("account%1").arg(i), "GET", base + QStringLiteral("sobjects/Account")));
    }
    QVERIFY(!composite.add(QStringLiteral("oneTooMany"), "GET", base + QStringLiteral("sobjects/Account")));
    QSignalSpy usage(m_client.get(), &RestClient::apiUsageChanged);
    RestReply* reply = wait(m_client->send(composite.toRequest()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    const auto responses = CompositeRequest::responses(*reply);
    QCOMPARE(responses.size(), CompositeRequest::maxSubrequests);
    QCOMPARE(responses.value(QStringLiteral("task")).value(QStringLiteral("httpStatusCode")).toInt(), 201);
    QCOMPARE(usage.last().at(0).toLongLong(), 1); // 25 subrequests, one API call
    delete reply;
}

void TestRestClient::tooLongRequestSaysSo()
{
    // Salesforce's front end answers an over-long URI with 414 and a page, not the API's JSON.
    const QString soql =
        QStringLiteral("SELECT Id FROM Account WHERE Name != '%1'").arg(QString(17000, QLatin1Char('x')));
    RestReply* reply =
        wait(m_client->get(QStringLiteral("query?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql))));
    QCOMPARE(reply->status(), 414);
    QVERIFY2(reply->error().toString().contains(QLatin1String("16,384")), qPrintable(reply->error().toString()));
    delete reply;
}

void TestRestClient::describeIsConditional()
{
    RestReply* first = wait(requestDescribe(m_client.get(), QStringLiteral("Account")));
    QCOMPARE(first->status(), 200);
    const QDateTime lastModified = lastModifiedOf(*first);
    QVERIFY(lastModified.isValid());
    RestReply* second = wait(requestDescribe(m_client.get(), QStringLiteral("Account"), lastModified));
    QVERIFY(second->ok());
    QCOMPARE(second->status(), 304);
    QVERIFY(second->body().isEmpty());
    RestReply* stale = wait(requestDescribe(m_client.get(), QStringLiteral("Account"), lastModified.addDays(-1)));
    QCOMPARE(stale->status(), 200);
    delete first;
    delete second;
    delete stale;
}

void TestRestClient::fieldCatalogIsCachedAndConditional()
{
    QTemporaryDir cache;
    QSignalSpy usage(m_client.get(), &RestClient::apiUsageChanged);
    FieldCatalogLoader first(m_client.get());
    first.setCacheDirectory(cache.path());
    QSignalSpy firstDone(&first, &FieldCatalogLoader::finished);
    first.start();
    QVERIFY(firstDone.wait(20000));
    QVERIFY(first.ok());
    QCOMPARE(first.catalog().size(), 14);
    QCOMPARE(first.notModifiedCount(), 0);
    QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 14);

    FieldCatalogLoader second(m_client.get());
    second.setCacheDirectory(cache.path());
    QSignalSpy secondDone(&second, &FieldCatalogLoader::finished);
    second.start();
    QVERIFY(secondDone.wait(20000));
    QCOMPARE(second.notModifiedCount(), 14); // every describe answered 304 inside the composite
    QCOMPARE(second.catalog().size(), 14);
    for (int i = 0; i < 14; ++i) {
        QCOMPARE(second.catalog().at(i).second.size(), first.catalog().at(i).second.size());
    }
    QCOMPARE(usage.size(), 2); // one API call each time
}

void TestRestClient::saysWhatItIsWaitingFor()
{
    HostileServer server;
    server.setHandler([](const HostileServer::Request&) { return HostileServer::Response::silence(); });
    pointInstanceAt(server.url(QString()));
    QVERIFY(!m_client->waitingFor());
    RestReply* reply = m_client->get(QStringLiteral("limits"));
    reply->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->waitingFor(300).has_value(), 10000);
    QCOMPARE(
        m_client->waitingFor()->request, QStringLiteral("GET /services/data/v%1/limits").arg(m_client->apiVersion()));
    QVERIFY(m_client->waitingFor()->ms >= 300);
    reply->cancel();
    QVERIFY(!m_client->waitingFor()); // a finished request is waited for no more
    delete reply;
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "TestRestClient.moc"
