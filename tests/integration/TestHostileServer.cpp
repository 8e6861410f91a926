// The client against a Salesforce that is not what it should be: it redirects credentialed
// requests to another server, names another host as the next query page, or answers the
// identity queries with ids that are not ids. Nothing secret may reach the other server, and
// nothing the server says may name a file.
#include "tests/support/HostileServer.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/TestHttp.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/salesforce/BulkQueryStream.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/OAuthAuthorization.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"
#include "core/salesforce/SignInRevocation.h"
#include "core/salesforce/TokenStore.h"
#include "core/sync/ObjectImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QString validOrgId = QStringLiteral("00D000000000001AAA");
const QString validUserId = QStringLiteral("005000000000001AAA");
const QByteArray accessToken = "00D000000000001!hostile-test-access-token";
const QByteArray refreshToken = "hostile-test-refresh-token";
const QByteArray clientSecret = "hostile-test-client-secret";
const QByteArray authorizationCode = "hostile-test-authorization-code";

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray tokenResponse(const QString& instanceUrl)
{
    return compact(QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(accessToken) },
        { QStringLiteral("instance_url"), instanceUrl },
        { QStringLiteral("id"), QStringLiteral("%1/id/%2/%3").arg(instanceUrl, validOrgId, validUserId) },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("issued_at"), QStringLiteral("1700000000000") } });
}

// A server that plays Salesforce well enough for ConnectionManager::establish, answering the
// identity queries with these ids.
HostileServer::Handler identityAnswering(const QString& orgId, const QString& userId)
{
    return [orgId, userId](const HostileServer::Request& request) {
        if (request.path() == QLatin1String("/services/data")) {
            return HostileServer::Response::json(
                R"([{"label":"Spring 24","url":"/services/data/v60.0","version":"60.0"}])");
        }
        if (request.path().endsWith(QLatin1String("/composite"))) {
            auto item = [](const char* reference, const QJsonObject& record) {
                return QJsonObject { { QStringLiteral("referenceId"), QString::fromLatin1(reference) },
                    { QStringLiteral("httpStatusCode"), 200 },
                    { QStringLiteral("body"),
                        QJsonObject { { QStringLiteral("totalSize"), 1 }, { QStringLiteral("done"), true },
                            { QStringLiteral("records"), QJsonArray { record } } } } };
            };
            const QJsonArray items {
                item("org",
                    { { QStringLiteral("Id"), orgId }, { QStringLiteral("Name"), QStringLiteral("Hostile Org") },
                        { QStringLiteral("IsSandbox"), false },
                        { QStringLiteral("OrganizationType"), QStringLiteral("Enterprise Edition") } }),
                item("user",
                    { { QStringLiteral("Id"), userId },
                        { QStringLiteral("Username"), QStringLiteral("int@hostile.example") },
                        { QStringLiteral("Name"), QStringLiteral("Integration") },
                        { QStringLiteral("ProfileId"), QStringLiteral("00e000000000001AAA") } }),
                item("license",
                    { { QStringLiteral("UserLicense"),
                        QJsonObject { { QStringLiteral("Name"), QStringLiteral("Salesforce Integration") } } } })
            };
            return HostileServer::Response::json(
                compact(QJsonObject { { QStringLiteral("compositeResponse"), items } }));
        }
        return HostileServer::Response::notFound();
    };
}

OAuthTokens tokensFor(const HostileServer& server, const QString& userId = validUserId)
{
    OAuthTokens tokens;
    tokens.accessToken = QString::fromLatin1(accessToken);
    tokens.instanceUrl = QUrl(server.baseUrl());
    tokens.orgId = validOrgId;
    tokens.userId = userId;
    return tokens;
}

ConnectionSettings settingsFor(const HostileServer& server)
{
    ConnectionSettings settings;
    settings.environment = Environment::Demo;
    settings.loginUrl = QUrl(server.baseUrl());
    settings.clientId = QStringLiteral("hostile-test-client-id");
    settings.orgId = validOrgId;
    settings.userId = validUserId;
    return settings;
}

QString authority(const HostileServer& server)
{
    return QStringLiteral("127.0.0.1:%1").arg(server.port());
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsThatAreNotIdsRefuseTheConnection_data();
    void idsThatAreNotIdsRefuseTheConnection();
    void identityUserIdThatIsNotAnIdIsNotQueried();
    void redirectedDataRequestKeepsTheToken_data();
    void redirectedDataRequestKeepsTheToken();
    void redirectedClientCredentialsKeepTheSecret();
    void redirectedRefreshKeepsTheRefreshToken();
    void redirectedCodeExchangeKeepsTheCode();
    void redirectedRevocationKeepsTheRefreshToken();
    void nextRecordsUrlOffTheInstanceIsRefused_data();
    void nextRecordsUrlOffTheInstanceIsRefused();
    void nextRecordsUrlOnTheInstanceIsFollowed();
    void bulkJobIdThatIsNotAnIdIsNotAPath();
    void bulkResultsThatAreNotTheJobsRowsAreRefused_data();
    void bulkResultsThatAreNotTheJobsRowsAreRefused();
    void bulkResultsAreReadAtMostTwoPagesAhead();
    void pagesBeforeAFailedPageAreDelivered();
    void rowsWithoutARealIdAreNotStored_data();
    void rowsWithoutARealIdAreNotStored();
    void describesAnsweredWithNothingAreRefused_data();
    void describesAnsweredWithNothingAreRefused();

private:
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge tests") };
};

void TestHostileServer::idsThatAreNotIdsRefuseTheConnection_data()
{
    QTest::addColumn<QString>("orgId");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("named");
    const QString path = QStringLiteral("../../../../tmp/x/victim");
    QTest::newRow("org id is a path") << path << validUserId << path;
    QTest::newRow("org id is a user id") << validUserId << validUserId << validUserId;
    QTest::newRow("org id has 16 characters")
        << QStringLiteral("00D0000000000012") << validUserId << QStringLiteral("00D0000000000012");
    QTest::newRow("user id is a path") << validOrgId << QStringLiteral("../victim") << QStringLiteral("../victim");
    QTest::newRow("user id is an org id") << validOrgId << validOrgId << validOrgId;
}

void TestHostileServer::idsThatAreNotIdsRefuseTheConnection()
{
    QFETCH(QString, orgId);
    QFETCH(QString, userId);
    QFETCH(QString, named);
    HostileServer salesforce;
    salesforce.setHandler(identityAnswering(orgId, userId));
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    QSignalSpy failed(&manager, &ConnectionManager::failed);
    manager.establish(settingsFor(salesforce), tokensFor(salesforce));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !established.isEmpty(), 15000);
    QCOMPARE(established.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(manager.state(), ConnectionManager::State::Disconnected);
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(named), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not a Salesforce")), qPrintable(message));
    QVERIFY(manager.summary().orgId.isEmpty());
    QVERIFY(manager.summary().userId.isEmpty());
}

void TestHostileServer::identityUserIdThatIsNotAnIdIsNotQueried()
{
    // The user id from the token response's identity URL goes into the identity query's SOQL.
    const QString injected = QStringLiteral("005' OR Name != '");
    HostileServer salesforce;
    salesforce.setHandler(identityAnswering(validOrgId, validUserId));
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    QSignalSpy failed(&manager, &ConnectionManager::failed);
    manager.establish(settingsFor(salesforce), tokensFor(salesforce, injected));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !established.isEmpty(), 15000);
    QCOMPARE(established.size(), 0);
    const QString message = failed.value(0).value(0).toString();
    QVERIFY2(message.contains(injected), qPrintable(message));
    for (const HostileServer::Request& request : salesforce.requests()) {
        QVERIFY2(!request.path().endsWith(QLatin1String("/composite")), qPrintable(request.target));
    }
}

void TestHostileServer::redirectedDataRequestKeepsTheToken_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    for (const int status : { 301, 302, 303, 307, 308 }) {
        QTest::addRow("GET %d", status) << status << QByteArray("GET");
    }
    QTest::addRow("POST 307") << 307 << QByteArray("POST");
    QTest::addRow("PATCH 308") << 308 << QByteArray("PATCH");
}

void TestHostileServer::redirectedDataRequestKeepsTheToken()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    HostileServer salesforce;
    HostileServer elsewhere;
    salesforce.setHandler([&](const HostileServer::Request& request) {
        return HostileServer::Response::redirect(status, elsewhere.url(request.target));
    });
    elsewhere.setHandler([](const HostileServer::Request&) { return HostileServer::Response::json("{}"); });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    client.setRetryPolicy({ 1, 5, 20 });
    RestRequest request;
    request.method = method;
    request.path = QStringLiteral("sobjects/Account/001000000000001AAA");
    if (method != "GET") {
        request.body = R"({"Name":"Acme"})";
    }
    RestReply* reply = client.send(request);
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &RestReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(salesforce.requests().size(), 1);
    QVERIFY(salesforce.received("Bearer " + accessToken)); // it was sent where it belongs
    QVERIFY2(elsewhere.requests().isEmpty(), elsewhere.requests().value(0).raw.constData());
    QCOMPARE(reply->error().kind, SalesforceError::Kind::Redirect);
    QCOMPARE(reply->attempts(), 1);
    const QString message = reply->error().toString();
    QVERIFY2(message.contains(QLatin1String("redirect")), qPrintable(message));
    QVERIFY2(message.contains(authority(elsewhere)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("does not follow redirects")), qPrintable(message));
    delete reply;
}

void TestHostileServer::redirectedClientCredentialsKeepTheSecret()
{
    HostileServer login;
    HostileServer elsewhere;
    login.setHandler([&](const HostileServer::Request& request) {
        return HostileServer::Response::redirect(307, elsewhere.url(request.target));
    });
    elsewhere.setHandler([&](const HostileServer::Request&) {
        return HostileServer::Response::json(tokenResponse(elsewhere.baseUrl()));
    });
    SalesforceSession session(&m_network);
    session.setLoginUrl(QUrl(login.baseUrl()));
    session.setClientId(QStringLiteral("hostile-test-client-id"));
    session.setClientSecret(QString::fromLatin1(clientSecret));
    QSignalSpy failed(&session, &SalesforceSession::refreshFailed);
    QSignalSpy refreshed(&session, &SalesforceSession::refreshed);
    session.authenticateWithClientCredentials();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !refreshed.isEmpty(), 15000);
    QVERIFY(login.received(clientSecret));
    QVERIFY(!elsewhere.received(clientSecret));
    QVERIFY(elsewhere.requests().isEmpty());
    QCOMPARE(refreshed.size(), 0);
    QVERIFY(session.accessToken().isEmpty());
    const QString message = failed.value(0).value(0).value<SalesforceError>().toString();
    QVERIFY2(
        message.contains(authority(elsewhere)) && message.contains(QLatin1String("redirect")), qPrintable(message));
}

void TestHostileServer::redirectedRefreshKeepsTheRefreshToken()
{
    HostileServer login;
    HostileServer elsewhere;
    login.setHandler([&](const HostileServer::Request& request) {
        return HostileServer::Response::redirect(308, elsewhere.url(request.target));
    });
    elsewhere.setHandler([&](const HostileServer::Request&) {
        return HostileServer::Response::json(tokenResponse(elsewhere.baseUrl()));
    });
    SalesforceSession session(&m_network);
    session.setLoginUrl(QUrl(login.baseUrl()));
    session.setClientId(QStringLiteral("hostile-test-client-id"));
    OAuthTokens tokens = tokensFor(login);
    tokens.refreshToken = QString::fromLatin1(refreshToken);
    session.setTokens(tokens);
    QSignalSpy failed(&session, &SalesforceSession::refreshFailed);
    QSignalSpy refreshed(&session, &SalesforceSession::refreshed);
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !refreshed.isEmpty(), 15000);
    QVERIFY(login.received(refreshToken));
    QVERIFY(elsewhere.requests().isEmpty());
    QCOMPARE(refreshed.size(), 0);
    QCOMPARE(session.tokens().instanceUrl, QUrl(login.baseUrl()));
    const QString message = failed.value(0).value(0).value<SalesforceError>().toString();
    QVERIFY2(
        message.contains(authority(elsewhere)) && message.contains(QLatin1String("redirect")), qPrintable(message));
}

void TestHostileServer::redirectedCodeExchangeKeepsTheCode()
{
    HostileServer login;
    HostileServer elsewhere;
    login.setHandler([&](const HostileServer::Request& request) {
        return HostileServer::Response::redirect(307, elsewhere.url(request.target));
    });
    elsewhere.setHandler([&](const HostileServer::Request&) {
        return HostileServer::Response::json(tokenResponse(elsewhere.baseUrl()));
    });
    const quint16 port = freeLoopbackPort();
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(login.baseUrl()));
    flow.setClientId(QStringLiteral("hostile-test-client-id"));
    flow.setCallbackPort(port);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    connect(&flow, &OAuthAuthorization::browserRequested, this, [&](const QUrl& url) {
        // The browser comes back with a code, as after a login at Salesforce.
        const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QUrlQuery redirect;
        redirect.addQueryItem(QStringLiteral("code"), QString::fromLatin1(authorizationCode));
        redirect.addQueryItem(QStringLiteral("state"), state);
        TestHttp browser(QStringLiteral("http://localhost:%1").arg(port));
        browser.get(QStringLiteral("/OauthRedirect?") + redirect.toString(QUrl::FullyEncoded));
    });
    flow.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(login.received(authorizationCode));
    QVERIFY(elsewhere.requests().isEmpty());
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Failed);
    QVERIFY(flow.tokens().accessToken.isEmpty());
    QVERIFY2(flow.errorMessage().contains(authority(elsewhere)), qPrintable(flow.errorMessage()));
    QVERIFY2(flow.errorMessage().contains(QLatin1String("redirect")), qPrintable(flow.errorMessage()));
}

void TestHostileServer::redirectedRevocationKeepsTheRefreshToken()
{
    HostileServer login;
    HostileServer elsewhere;
    login.setHandler([&](const HostileServer::Request& request) {
        return HostileServer::Response::redirect(307, elsewhere.url(request.target));
    });
    elsewhere.setHandler([](const HostileServer::Request&) { return HostileServer::Response::json("{}"); });
    auto* revocation =
        new SignInRevocation(&m_network, &m_store, settingsFor(login), QString::fromLatin1(refreshToken));
    QSignalSpy finished(revocation, &SignInRevocation::finished);
    revocation->start();
    QVERIFY(finished.wait(30000));
    QVERIFY(login.received(refreshToken));
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestHostileServer::nextRecordsUrlOffTheInstanceIsRefused_data()
{
    QTest::addColumn<QString>("next"); // %1: the other server's port
    QTest::newRow("absolute http") << QStringLiteral("http://127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
    QTest::newRow("absolute, upper case")
        << QStringLiteral("HTTP://127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
    QTest::newRow("scheme-relative") << QStringLiteral("//127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
    QTest::newRow("backslash") << QStringLiteral("/\\127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
}

void TestHostileServer::nextRecordsUrlOffTheInstanceIsRefused()
{
    QFETCH(QString, next);
    HostileServer salesforce;
    HostileServer elsewhere;
    next = next.arg(elsewhere.port());
    const QByteArray lastPage = R"({"totalSize":2,"done":true,"records":[{"Id":"003000000000002AAA"}]})";
    salesforce.setHandler([&](const HostileServer::Request& request) {
        if (request.target.contains(QLatin1String("query?q="))) {
            return HostileServer::Response::json(compact(QJsonObject { { QStringLiteral("totalSize"), 2 },
                { QStringLiteral("done"), false }, { QStringLiteral("nextRecordsUrl"), next },
                { QStringLiteral("records"),
                    QJsonArray { QJsonObject { { QStringLiteral("Id"), QStringLiteral("003000000000001AAA") } } } } }));
        }
        return HostileServer::Response::json(lastPage);
    });
    elsewhere.setHandler([&](const HostileServer::Request&) { return HostileServer::Response::json(lastPage); });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    client.setRetryPolicy({ 1, 5, 20 });
    QueryStream stream(&client, QStringLiteral("SELECT Id FROM Contact"));
    QSignalSpy finished(&stream, &QueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QVERIFY(elsewhere.requests().isEmpty());
    QCOMPARE(salesforce.requests().size(), 1);
    QCOMPARE(stream.error().kind, SalesforceError::Kind::OffInstance);
    QCOMPARE(stream.received(), 1);
    const QString message = stream.error().toString();
    QVERIFY2(message.contains(QLatin1String("not on the org's instance")), qPrintable(message));
}

void TestHostileServer::nextRecordsUrlOnTheInstanceIsFollowed()
{
    HostileServer salesforce;
    salesforce.setHandler([&](const HostileServer::Request& request) {
        if (request.target.contains(QLatin1String("query?q="))) {
            // A full URL is accepted when it is the instance itself.
            const QString next = salesforce.url(QStringLiteral("/services/data/v60.0/query/01gNEXT-2000")).toString();
            return HostileServer::Response::json(compact(QJsonObject { { QStringLiteral("totalSize"), 2 },
                { QStringLiteral("done"), false }, { QStringLiteral("nextRecordsUrl"), next },
                { QStringLiteral("records"),
                    QJsonArray { QJsonObject { { QStringLiteral("Id"), QStringLiteral("003000000000001AAA") } } } } }));
        }
        return HostileServer::Response::json(R"({"totalSize":2,"done":true,"records":[{"Id":"003000000000002AAA"}]})");
    });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    QueryStream stream(&client, QStringLiteral("SELECT Id FROM Contact"));
    QSignalSpy finished(&stream, &QueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QVERIFY2(stream.ok(), qPrintable(stream.error().toString()));
    QCOMPARE(stream.received(), 2);
    QCOMPARE(salesforce.requests().size(), 2);
    QCOMPARE(salesforce.requests().at(1).path(), QStringLiteral("/services/data/v60.0/query/01gNEXT-2000"));
}

void TestHostileServer::bulkJobIdThatIsNotAnIdIsNotAPath()
{
    // The job id goes into the next requests' paths (jobs/query/<id>).
    HostileServer salesforce;
    salesforce.setHandler([](const HostileServer::Request& request) {
        if (request.method == "POST") {
            return HostileServer::Response::json(
                R"({"id":"../../../../services/oauth2/revoke","state":"UploadComplete"})");
        }
        return HostileServer::Response::json(R"({"state":"JobComplete","numberRecordsProcessed":0})");
    });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    client.setRetryPolicy({ 1, 5, 20 });
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id FROM Contact"));
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(salesforce.requests().size(), 1);
    QCOMPARE(stream.error().kind, SalesforceError::Kind::Malformed);
    QVERIFY2(stream.error().toString().contains(QLatin1String("not a Salesforce id")),
        qPrintable(stream.error().toString()));
}

// A Bulk job that processed 60,000 rows, and results that are not those rows. Each used to end
// "completed" with nothing or junk stored, and the object's cursor marked complete.
void TestHostileServer::bulkResultsThatAreNotTheJobsRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("an HTML page") << QByteArray("text/html; charset=utf-8")
                                  << QByteArray("<html><body>Maintenance</body></html>") << QStringLiteral("not CSV");
    QTest::newRow("only the header") << QByteArray("text/csv") << QByteArray("\"Id\",\"Email\"\n")
                                     << QStringLiteral("held 0 rows, but the job processed 60,000");
    QTest::newRow("a row with too many fields")
        << QByteArray("text/csv") << QByteArray("\"Id\",\"Email\"\n\"003000000000001AAA\",\"a@b.example\",\"junk\"\n")
        << QStringLiteral("row 1 has 3 fields, the header 2");
}

void TestHostileServer::bulkResultsThatAreNotTheJobsRowsAreRefused()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    HostileServer salesforce;
    salesforce.setHandler([contentType, body](const HostileServer::Request& request) {
        if (request.method == "POST") {
            return HostileServer::Response::json(R"({"id":"750000000000001AAA","state":"UploadComplete"})");
        }
        if (request.path().endsWith(QLatin1String("/results"))) {
            HostileServer::Response results;
            results.headers = { { "Content-Type", contentType }, { "Sforce-Locator", "null" } };
            results.body = body;
            return results;
        }
        return HostileServer::Response::json(R"({"state":"JobComplete","numberRecordsProcessed":60000})");
    });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    client.setRetryPolicy({ 1, 5, 20 });
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id, Email FROM Contact"));
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(stream.error().kind, SalesforceError::Kind::Malformed);
    QVERIFY2(stream.error().toString().contains(named), qPrintable(stream.error().toString()));
}

namespace {

// A Bulk job of `pages` result pages of two rows each, locators "1", "2", ...
HostileServer::Response bulkPage(const HostileServer::Request& request, int pages)
{
    if (request.method == "POST") {
        return HostileServer::Response::json(R"({"id":"750000000000001AAA","state":"UploadComplete"})");
    }
    if (!request.path().endsWith(QLatin1String("/results"))) {
        return HostileServer::Response::json(
            QByteArray(R"({"state":"JobComplete","numberRecordsProcessed":)") + QByteArray::number(pages * 2) + '}');
    }
    const int page = QUrlQuery(QUrl(request.target)).queryItemValue(QStringLiteral("locator")).toInt();
    HostileServer::Response results;
    results.headers = { { "Content-Type", "text/csv" },
        { "Sforce-Locator", page + 1 < pages ? QByteArray::number(page + 1) : QByteArray("null") } };
    results.body = "\"Id\",\"Email\"\n";
    for (int row = 0; row < 2; ++row) {
        results.body += QStringLiteral("\"003%1AAA\",\"p%2@example.com\"\n")
                            .arg(page * 2 + row, 12, 10, QLatin1Char('0'))
                            .arg(page * 2 + row)
                            .toUtf8();
    }
    return results;
}

int resultRequests(const HostileServer& server)
{
    int count = 0;
    for (const HostileServer::Request& request : server.requests()) {
        count += request.path().endsWith(QLatin1String("/results")) ? 1 : 0;
    }
    return count;
}

} // namespace

// A consumer that stores rows on another thread paces the stream: pages are fetched while the
// consumer works, but never more than two wait (memory stays flat however large the job).
// Before, every page was fetched as fast as the network gave them.
void TestHostileServer::bulkResultsAreReadAtMostTwoPagesAhead()
{
    HostileServer salesforce;
    salesforce.setHandler([](const HostileServer::Request& request) { return bulkPage(request, 6); });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id, Email FROM Contact"));
    stream.setConsumerPaced(true);
    QStringList pagesRead;
    connect(&stream, &BulkQueryStream::pageRead, this, [&pagesRead](const QString& next) { pagesRead << next; });
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(pagesRead.size(), 2, 15000);
    QTest::qWait(300); // time for more requests, were any to be made
    QCOMPARE(resultRequests(salesforce), BulkQueryStream::pagesHeld);
    QCOMPARE(pagesRead.size(), 2);
    stream.pageConsumed();
    QTRY_COMPARE_WITH_TIMEOUT(pagesRead.size(), 3, 15000);
    QCOMPARE(resultRequests(salesforce), 3);
    // The consumer keeps up from here: two pages wait, each later one is consumed when read.
    connect(&stream, &BulkQueryStream::pageRead, this,
        [&stream] { QTimer::singleShot(0, &stream, [&stream] { stream.pageConsumed(); }); });
    stream.pageConsumed();
    stream.pageConsumed();
    QVERIFY(finished.isEmpty() ? finished.wait(15000) : true);
    QVERIFY2(stream.ok(), qPrintable(stream.error().toString()));
    QCOMPARE(resultRequests(salesforce), 6);
    QCOMPARE(stream.received(), 12);
}

// The next page is asked for while this one is parsed; when that request fails, the rows already
// received are still delivered before the error (a resume then starts after them).
void TestHostileServer::pagesBeforeAFailedPageAreDelivered()
{
    HostileServer salesforce;
    salesforce.setHandler([](const HostileServer::Request& request) {
        if (request.path().endsWith(QLatin1String("/results")) && request.target.contains(QLatin1String("locator"))) {
            return HostileServer::Response::json(
                R"([{"errorCode":"INVALIDLOCATOR","message":"Invalid locator"}])", 400);
        }
        return bulkPage(request, 3);
    });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id, Email FROM Contact"));
    qint64 rows = 0;
    QStringList pagesRead;
    connect(&stream, &BulkQueryStream::rows, this, [&rows](const TextRows& batch) { rows += batch.rowCount(); });
    connect(&stream, &BulkQueryStream::pageRead, this, [&pagesRead](const QString& next) { pagesRead << next; });
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(stream.error().httpStatus, 400);
    QCOMPARE(rows, 2);
    QCOMPARE(pagesRead, QStringList { QStringLiteral("1") });
}

// Query pages whose records have a null or made-up Id: stored under that key they used to
// become rows (the cache's TEXT key allows NULL). Nothing of such a page is stored now.
void TestHostileServer::rowsWithoutARealIdAreNotStored_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("named");
    QTest::newRow("null Id") << QByteArray(R"({"Id":null,"SystemModstamp":"2026-11-01T10:00:00.000+0000"})")
                             << QStringLiteral("row 2 of a page has the Id \"\"");
    QTest::newRow("made-up Id") << QByteArray(R"({"Id":"../x","SystemModstamp":"2026-11-01T10:00:00.000+0000"})")
                                << QStringLiteral("row 2 of a page has the Id \"../x\"");
    // 18 bytes, but not 18 letters and digits: the Id is checked as text, not by its length in bytes.
    QTest::newRow("non-ASCII Id") << QByteArray(
        R"({"Id":"003000000000002\u00e9A","SystemModstamp":"2026-11-01T10:00:00.000+0000"})")
                                  << QStringLiteral("row 2 of a page has the Id \"003000000000002\u00e9A\"");
}

void TestHostileServer::rowsWithoutARealIdAreNotStored()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, named);
    HostileServer salesforce;
    salesforce.setHandler([record](const HostileServer::Request&) {
        return HostileServer::Response::json(R"({"totalSize":2,"done":true,"records":[{"Id":"003000000000001AAA",)"
                                             R"("SystemModstamp":"2026-11-01T09:00:00.000+0000"},)"
            + record + "]}");
    });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    QTemporaryDir dir;
    CacheStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite")), validOrgId).ok());
    const QList<CacheStore::Column> columns { { QStringLiteral("Id"), QStringLiteral("id") },
        { QStringLiteral("SystemModstamp"), QStringLiteral("datetime") } };
    Status status = Status::success();
    cache.ensureTable(QStringLiteral("Contact"), columns, &status);
    QVERIFY(status.ok());
    ObjectImport import(&client, &cache, { QStringLiteral("Contact"), columns, {}, true });
    QSignalSpy finished(&import, &ObjectImport::finished);
    import.start();
    QVERIFY(finished.wait(15000));
    QVERIFY(!import.ok());
    QVERIFY2(import.errorText().contains(named), qPrintable(import.errorText()));
    QCOMPARE(cache.count(QStringLiteral("Contact")), 0);
    QVERIFY(!cache.cursor(QStringLiteral("Contact")).complete);
}

// The fields' describes in one composite: an answer with no results used to be "completed"
// with no objects at all.
void TestHostileServer::describesAnsweredWithNothingAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("an empty array") << QByteArray("[]");
    QTest::newRow("no results") << QByteArray(R"({"compositeResponse":[]})");
}

void TestHostileServer::describesAnsweredWithNothingAreRefused()
{
    QFETCH(QByteArray, body);
    HostileServer salesforce;
    salesforce.setHandler([body](const HostileServer::Request&) { return HostileServer::Response::json(body); });
    SalesforceSession session(&m_network);
    session.setTokens(tokensFor(salesforce));
    RestClient client(&m_network, &session);
    FieldCatalogLoader loader(&client);
    QSignalSpy finished(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(finished.wait(15000));
    QVERIFY(!loader.ok());
    QCOMPARE(loader.error().kind, SalesforceError::Kind::Malformed);
    QVERIFY(loader.catalog().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "TestHostileServer.moc"
