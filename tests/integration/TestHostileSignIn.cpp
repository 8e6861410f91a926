// Signing in to a Salesforce that is not what it should be: it redirects credentialed requests
// to another server, or answers the identity queries with ids that are not ids. Nothing secret
// may reach the other server, and nothing the server says may name a file. (Its data answers:
// TestHostileData.)
#include "tests/support/HostileServer.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/TestHttp.h"

#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/OAuthAuthorization.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"
#include "core/salesforce/SignInRevocation.h"
#include "core/salesforce/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace callbridge;
using namespace callbridge::test;

namespace {

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
    return compact(QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(HostileServer::accessToken) },
        { QStringLiteral("instance_url"), instanceUrl },
        { QStringLiteral("id"),
            QStringLiteral("%1/id/%2/%3").arg(instanceUrl, HostileServer::orgId, HostileServer::userId) },
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

ConnectionSettings settingsFor(const HostileServer& server)
{
    ConnectionSettings settings;
    settings.environment = Environment::Demo;
    settings.loginUrl = QUrl(server.baseUrl());
    settings.clientId = QStringLiteral("hostile-test-client-id");
    settings.orgId = HostileServer::orgId;
    settings.userId = HostileServer::userId;
    return settings;
}

// Every request to `from` is redirected with `status` to the same path on `to`: a server that
// would pass on what it was sent to another host.
void redirectEverything(HostileServer* from, const HostileServer* to, int status)
{
    from->setHandler([to, status](const HostileServer::Request& request) {
        return HostileServer::Response::redirect(status, to->url(request.target));
    });
}

// A token endpoint that signs in whoever asks.
void answerWithTokens(HostileServer* server)
{
    server->setHandler([server](const HostileServer::Request&) {
        return HostileServer::Response::json(tokenResponse(server->baseUrl()));
    });
}

QString authority(const HostileServer& server)
{
    return QStringLiteral("127.0.0.1:%1").arg(server.port());
}

} // namespace

class TestHostileSignIn : public QObject
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

private:
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge tests") };
};

void TestHostileSignIn::idsThatAreNotIdsRefuseTheConnection_data()
{
    QTest::addColumn<QString>("orgId");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("named");
    const QString path = QStringLiteral("../../../../tmp/x/victim");
    QTest::newRow("org id is a path") << path << HostileServer::userId << path;
    QTest::newRow("org id is a user id") << HostileServer::userId << HostileServer::userId << HostileServer::userId;
    QTest::newRow("org id has 16 characters")
        << QStringLiteral("00D0000000000012") << HostileServer::userId << QStringLiteral("00D0000000000012");
    QTest::newRow("user id is a path") << HostileServer::orgId << QStringLiteral("../victim")
                                       << QStringLiteral("../victim");
    QTest::newRow("user id is an org id") << HostileServer::orgId << HostileServer::orgId << HostileServer::orgId;
}

void TestHostileSignIn::idsThatAreNotIdsRefuseTheConnection()
{
    QFETCH(QString, orgId);
    QFETCH(QString, userId);
    QFETCH(QString, named);
    HostileServer salesforce;
    salesforce.setHandler(identityAnswering(orgId, userId));
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    QSignalSpy failed(&manager, &ConnectionManager::failed);
    manager.establish(settingsFor(salesforce), salesforce.sessionTokens());
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

void TestHostileSignIn::identityUserIdThatIsNotAnIdIsNotQueried()
{
    // The user id from the token response's identity URL goes into the identity query's SOQL.
    const QString injected = QStringLiteral("005' OR Name != '");
    HostileServer salesforce;
    salesforce.setHandler(identityAnswering(HostileServer::orgId, HostileServer::userId));
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    QSignalSpy failed(&manager, &ConnectionManager::failed);
    manager.establish(settingsFor(salesforce), salesforce.sessionTokens(injected));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !established.isEmpty(), 15000);
    QCOMPARE(established.size(), 0);
    const QString message = failed.value(0).value(0).toString();
    QVERIFY2(message.contains(injected), qPrintable(message));
    for (const HostileServer::Request& request : salesforce.requests()) {
        QVERIFY2(!request.path().endsWith(QLatin1String("/composite")), qPrintable(request.target));
    }
}

void TestHostileSignIn::redirectedDataRequestKeepsTheToken_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    for (const int status : { 301, 302, 303, 307, 308 }) {
        QTest::addRow("GET %d", status) << status << QByteArray("GET");
    }
    QTest::addRow("POST 307") << 307 << QByteArray("POST");
    QTest::addRow("PATCH 308") << 308 << QByteArray("PATCH");
}

void TestHostileSignIn::redirectedDataRequestKeepsTheToken()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    HostileServer salesforce;
    HostileServer elsewhere;
    redirectEverything(&salesforce, &elsewhere, status);
    elsewhere.setHandler([](const HostileServer::Request&) { return HostileServer::Response::json("{}"); });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
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
    QVERIFY(salesforce.received("Bearer " + HostileServer::accessToken)); // it was sent where it belongs
    QVERIFY2(elsewhere.requests().isEmpty(), elsewhere.requests().value(0).raw.constData());
    QCOMPARE(reply->error().kind, SalesforceError::Kind::Redirect);
    QCOMPARE(reply->attempts(), 1);
    const QString message = reply->error().toString();
    QVERIFY2(message.contains(QLatin1String("redirect")), qPrintable(message));
    QVERIFY2(message.contains(authority(elsewhere)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("does not follow redirects")), qPrintable(message));
    delete reply;
}

void TestHostileSignIn::redirectedClientCredentialsKeepTheSecret()
{
    HostileServer login;
    HostileServer elsewhere;
    redirectEverything(&login, &elsewhere, 307);
    answerWithTokens(&elsewhere);
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

void TestHostileSignIn::redirectedRefreshKeepsTheRefreshToken()
{
    HostileServer login;
    HostileServer elsewhere;
    redirectEverything(&login, &elsewhere, 308);
    answerWithTokens(&elsewhere);
    SalesforceSession session(&m_network);
    session.setLoginUrl(QUrl(login.baseUrl()));
    session.setClientId(QStringLiteral("hostile-test-client-id"));
    OAuthTokens tokens = login.sessionTokens();
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

void TestHostileSignIn::redirectedCodeExchangeKeepsTheCode()
{
    HostileServer login;
    HostileServer elsewhere;
    redirectEverything(&login, &elsewhere, 307);
    answerWithTokens(&elsewhere);
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

void TestHostileSignIn::redirectedRevocationKeepsTheRefreshToken()
{
    HostileServer login;
    HostileServer elsewhere;
    redirectEverything(&login, &elsewhere, 307);
    elsewhere.setHandler([](const HostileServer::Request&) { return HostileServer::Response::json("{}"); });
    auto* revocation =
        new SignInRevocation(&m_network, &m_store, settingsFor(login), QString::fromLatin1(refreshToken));
    QSignalSpy finished(revocation, &SignInRevocation::finished);
    revocation->start();
    QVERIFY(finished.wait(30000));
    QVERIFY(login.received(refreshToken));
    QVERIFY(elsewhere.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileSignIn)
#include "TestHostileSignIn.moc"
