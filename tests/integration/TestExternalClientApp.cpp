// Connecting through an External Client App as Salesforce sets one up today: the consumer secret
// on the code exchange and on every refresh, refresh token rotation across restarts, the OAuth
// policies, the scopes, and the client credentials flow only on My Domain.
#include "tests/support/FakeBrowser.h"
#include "tests/support/OrgSimFixture.h"

#include "core/config/ConfigDocument.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/logging/LogHandler.h"
#include "core/logging/RotatingLogFile.h"
#include "core/orgsim/OrgSimServer.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/OAuthAuthorization.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

// Counts what would go on the wire, to prove a decision was made before any request.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// An External Client App with its default settings, accepting the callback on `port`.
orgsim::OrgSimOptions externalClientApp(quint16 port)
{
    orgsim::OrgSimOptions options;
    options.callbackUrls = { QStringLiteral("http://localhost:%1/OauthRedirect").arg(port) };
    return options;
}

ConnectionSettings demoSettings(const OrgSimFixture& org)
{
    ConnectionSettings settings;
    settings.environment = Environment::Demo;
    settings.loginUrl = QUrl(org.baseUrl());
    settings.clientId = org.options().clientId;
    settings.callbackPort = quint16(QUrl(org.options().callbackUrls.first()).port());
    return settings;
}

struct Login
{
    OAuthAuthorization::Result result = OAuthAuthorization::Result::Pending;
    QString message;
    OAuthTokens tokens;
};

// The product's browser login, the browser played by the fixture.
Login logIn(QNetworkAccessManager* network, OrgSimFixture& org, const QString& username, const QString& secret)
{
    OAuthAuthorization flow(network);
    flow.setLoginUrl(QUrl(org.baseUrl()));
    flow.setClientId(org.options().clientId);
    flow.setClientSecret(secret);
    flow.setCallbackPort(quint16(QUrl(org.options().callbackUrls.first()).port()));
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    QObject::connect(&flow, &OAuthAuthorization::browserRequested, &flow, [&org, username](const QUrl& url) {
        const QUrl redirect = org.authorizeInBrowser(url, username);
        TestHttp(org.baseUrl()).get(redirect.toString());
    });
    flow.start();
    finished.wait(20000);
    return { flow.result(), flow.errorMessage(), flow.tokens() };
}

// Logs in through the browser with the app's secret and establishes the connection with it.
bool connectThroughBrowser(ConnectionManager& manager, QNetworkAccessManager* network, OrgSimFixture& org)
{
    const Login login = logIn(network, org, OrgSimFixture::integrationUser(), org.options().clientSecret);
    if (login.result != OAuthAuthorization::Result::Success) {
        return false;
    }
    QSignalSpy established(&manager, &ConnectionManager::established);
    manager.establish(demoSettings(org), login.tokens, org.options().clientSecret);
    return established.wait(15000);
}

QString keychainValue(TokenStore& store, KeychainJob* job)
{
    Q_UNUSED(store);
    QSignalSpy done(job, &KeychainJob::finished);
    QString value;
    QObject::connect(job, &KeychainJob::finished, job, [&value, job] { value = job->secret(); });
    done.wait(10000);
    return value;
}

} // namespace

class TestExternalClientApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codeExchangeWithPkceAndSecret();
    void refreshSendsTheSecret();
    void missingSecretIsRefusedWithTheFix();
    void rotationAcrossReconnectAndRestart();
    void clientCredentialsOnLoginHostsDecidedBeforeAnyRequest();
    void clientCredentialsOnTheLoginHostIsExplained();
    void userOutsidePermittedUsersIsRefused();
    void scopeWithoutRefreshTokenIsSessionOnly();
    void secretsNeverLeaveTheKeychain();

private:
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge ECA tests") };
};

void TestExternalClientApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CALLBRIDGE_REQUIRE_SECRET_SERVICE();
}

void TestExternalClientApp::codeExchangeWithPkceAndSecret()
{
    OrgSimFixture org(externalClientApp(freeLoopbackPort()));
    const Login login = logIn(&m_network, org, OrgSimFixture::integrationUser(), org.options().clientSecret);
    QCOMPARE(login.result, OAuthAuthorization::Result::Success);
    QVERIFY(!login.tokens.refreshToken.isEmpty());
    QCOMPARE(login.tokens.instanceUrl, QUrl(org.instanceUrl()));
}

void TestExternalClientApp::refreshSendsTheSecret()
{
    OrgSimFixture org(externalClientApp(freeLoopbackPort()));
    ConnectionManager manager(&m_network, &m_store);
    QVERIFY(connectThroughBrowser(manager, &m_network, org));
    QCOMPARE(manager.state(), ConnectionManager::State::Connected);

    // The session expires; the renewal needs the secret, and gets it.
    org.host().run([](orgsim::OrgSimServer& server) { server.org().advanceClock(3 * 3600 * 1000); });
    RestReply* reply = manager.client()->get(QStringLiteral("limits"));
    QSignalSpy done(reply, &RestReply::finished);
    QVERIFY(done.wait(15000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(manager.session()->refreshCount(), 1);

    // The secret is in the keychain beside the refresh token.
    const ConnectionSummary summary = manager.summary();
    QCOMPARE(
        keychainValue(m_store, m_store.readConsumerSecret(summary.orgId, summary.userId)), org.options().clientSecret);
    QSignalSpy gone(&manager, &ConnectionManager::disconnectFinished);
    manager.disconnectFrom(manager.settingsFor(demoSettings(org)));
    QVERIFY(gone.wait(15000));
    QVERIFY(keychainValue(m_store, m_store.readConsumerSecret(summary.orgId, summary.userId)).isEmpty());
}

void TestExternalClientApp::missingSecretIsRefusedWithTheFix()
{
    OrgSimFixture org(externalClientApp(freeLoopbackPort()));
    const Login login = logIn(&m_network, org, OrgSimFixture::integrationUser(), QString());
    QCOMPARE(login.result, OAuthAuthorization::Result::Failed);
    QVERIFY2(login.message.contains(QLatin1String("invalid_client")), qPrintable(login.message));
    QVERIFY2(login.message.contains(QLatin1String("Require Secret for Web Server Flow")), qPrintable(login.message));

    // Refresh: an app that requires the secret for the refresh token flow refuses a renewal without it.
    SalesforceSession session(&m_network);
    session.setLoginUrl(QUrl(org.baseUrl()));
    session.setClientId(org.options().clientId);
    session.setTokens(std::get<OAuthTokens>(
        OAuthTokens::parse(QJsonDocument(org.tokensFor(OrgSimFixture::adminUser(), true)).toJson())));
    TokenRequest* refresh = session.refresh();
    QSignalSpy done(refresh, &TokenRequest::finished);
    SalesforceError error;
    connect(refresh, &TokenRequest::finished, this, [&error, refresh] { error = refresh->error(); });
    QVERIFY(done.wait(15000));
    QCOMPARE(error.errorCode, QStringLiteral("invalid_client"));
    QCOMPARE(error.kind, SalesforceError::Kind::Disconnected);
}

void TestExternalClientApp::rotationAcrossReconnectAndRestart()
{
    orgsim::OrgSimOptions options = externalClientApp(freeLoopbackPort());
    options.refreshTokenRotation = true;
    OrgSimFixture org(options);
    const Login login = logIn(&m_network, org, OrgSimFixture::integrationUser(), org.options().clientSecret);
    QCOMPARE(login.result, OAuthAuthorization::Result::Success);
    ConnectionSettings saved;
    QString previous = login.tokens.refreshToken;
    {
        ConnectionManager first(&m_network, &m_store);
        QSignalSpy established(&first, &ConnectionManager::established);
        first.establish(demoSettings(org), login.tokens, org.options().clientSecret);
        QVERIFY(established.wait(15000));
        saved = first.settingsFor(demoSettings(org));
    }
    QCOMPARE(keychainValue(m_store, m_store.read(saved.orgId, saved.userId)), previous);

    // Each start renews while Connecting; Salesforce rotates; the keychain must hold the new one,
    // or the next start presents a spent token and the whole chain is revoked.
    for (int start = 0; start < 3; ++start) {
        ConnectionManager restarted(&m_network, &m_store);
        QSignalSpy established(&restarted, &ConnectionManager::established);
        QSignalSpy failed(&restarted, &ConnectionManager::failed);
        restarted.reconnect(saved);
        QVERIFY2(established.wait(15000), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(restarted.state(), ConnectionManager::State::Connected);
        const QString current = restarted.session()->refreshToken();
        QVERIFY(current != previous);
        // Stored before the connection was verified, so already there when it is established.
        QCOMPARE(keychainValue(m_store, m_store.read(saved.orgId, saved.userId)), current);
        previous = current;
    }
    m_store.remove(saved.orgId, saved.userId);
}

void TestExternalClientApp::clientCredentialsOnLoginHostsDecidedBeforeAnyRequest()
{
    for (const char* host : { "https://login.salesforce.com", "https://TEST.salesforce.com/" }) {
        CountingNetwork network;
        ConnectionManager manager(&network, &m_store);
        QSignalSpy failed(&manager, &ConnectionManager::failed);
        manager.connectWithClientCredentials(
            QUrl(QString::fromLatin1(host)), QStringLiteral("3MVG9key"), QStringLiteral("secret"));
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("My Domain")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String(".my.salesforce.com")), qPrintable(message));
        QCOMPARE(manager.state(), ConnectionManager::State::Disconnected);
        QCOMPARE(network.requests, 0);
    }
}

void TestExternalClientApp::clientCredentialsOnTheLoginHostIsExplained()
{
    OrgSimFixture org;
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy failed(&manager, &ConnectionManager::failed);
    manager.connectWithClientCredentials(QUrl(org.baseUrl()), org.options().clientId, org.options().clientSecret);
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("My Domain")),
        qPrintable(failed.first().first().toString()));

    QSignalSpy established(&manager, &ConnectionManager::established);
    manager.connectWithClientCredentials(QUrl(org.instanceUrl()), org.options().clientId, org.options().clientSecret);
    QVERIFY(established.wait(15000));
    QCOMPARE(manager.summary().username, OrgSimFixture::integrationUser());
}

void TestExternalClientApp::userOutsidePermittedUsersIsRefused()
{
    orgsim::OrgSimOptions options = externalClientApp(freeLoopbackPort());
    options.app.permittedUsers = orgsim::PermittedUsers::AdminApprovedPreAuthorized;
    options.app.preAuthorizedPermissionSets = { QStringLiteral("Call_Recorder_Integration") };
    OrgSimFixture org(options);
    const Login refused = logIn(&m_network, org, OrgSimFixture::limitedUser(), org.options().clientSecret);
    QCOMPARE(refused.result, OAuthAuthorization::Result::Failed);
    QVERIFY2(refused.message.contains(QLatin1String("Admin approved users are pre-authorized")),
        qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QLatin1String("App Policies")), qPrintable(refused.message));
    const Login admitted = logIn(&m_network, org, OrgSimFixture::integrationUser(), org.options().clientSecret);
    QCOMPARE(admitted.result, OAuthAuthorization::Result::Success);
}

void TestExternalClientApp::scopeWithoutRefreshTokenIsSessionOnly()
{
    orgsim::OrgSimOptions options = externalClientApp(freeLoopbackPort());
    options.app.scopes = { QStringLiteral("api") };
    OrgSimFixture org(options);
    const Login login = logIn(&m_network, org, OrgSimFixture::integrationUser(), org.options().clientSecret);
    QCOMPARE(login.result, OAuthAuthorization::Result::Success);
    QVERIFY(login.tokens.refreshToken.isEmpty());
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    manager.establish(demoSettings(org), login.tokens, org.options().clientSecret);
    QVERIFY(established.wait(15000));
    QCOMPARE(manager.state(), ConnectionManager::State::SessionOnly);
    QVERIFY2(
        manager.lastError().contains(QLatin1String("refresh_token, offline_access")), qPrintable(manager.lastError()));
    QVERIFY(manager.lastError().contains(QLatin1String("Selected OAuth Scopes")));
}

void TestExternalClientApp::secretsNeverLeaveTheKeychain()
{
    orgsim::OrgSimOptions options = externalClientApp(freeLoopbackPort());
    options.refreshTokenRotation = true;
    options.clientSecret = QStringLiteral("eca-consumer-secret-3F9A1C77D2");
    OrgSimFixture org(options);
    QTemporaryDir dataDir;
    RotatingLogFile log(dataDir.filePath(QStringLiteral("logs/callbridge.log")));
    LogHandler::install(&log, false);

    ConnectionManager manager(&m_network, &m_store);
    QVERIFY(connectThroughBrowser(manager, &m_network, org));
    const QString first = manager.session()->refreshToken();
    // A renewal rotates the refresh token: the new one must not leak either.
    org.host().run([](orgsim::OrgSimServer& server) { server.org().advanceClock(3 * 3600 * 1000); });
    RestReply* reply = manager.client()->get(QStringLiteral("limits"));
    QSignalSpy done(reply, &RestReply::finished);
    QVERIFY(done.wait(15000));
    const QStringList secrets { first, manager.session()->refreshToken(), org.options().clientSecret };
    QVERIFY(secrets.at(0) != secrets.at(1));

    // The describe cache the Fields step writes beside the setup.
    FieldCatalogLoader loader(manager.client());
    loader.setCacheDirectory(dataDir.filePath(QStringLiteral("cache/describe")));
    QSignalSpy loaded(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(loaded.wait(30000));
    QVERIFY(loader.ok());

    ConfigDocument document(dataDir.filePath(QStringLiteral("config.json")));
    IntegrationConfig config;
    config.connection = manager.settingsFor(demoSettings(org));
    document.setConfig(config);
    QVERIFY(document.save().ok());
    QSettings settings;
    settings.setValue(QStringLiteral("lastOrg"), manager.summary().orgId);
    settings.sync();
    LogHandler::uninstall();

    // Config, QSettings, logs, the app's data and cache folders, and what tests leave behind.
    QStringList files { settings.fileName() };
    QStringList folders { dataDir.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        qEnvironmentVariable("CALLBRIDGE_SCREENSHOT_DIR") };
    for (const QString& folder : folders) {
        if (folder.isEmpty()) {
            continue;
        }
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
    }
    QVERIFY(files.size() >= 4); // QSettings, config, log, describes
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue; // a file another process is replacing
        }
        const QByteArray contents = file.readAll();
        for (const QString& secret : secrets) {
            QVERIFY2(!contents.contains(secret.toUtf8()), qPrintable(path));
        }
    }
    QSignalSpy gone(&manager, &ConnectionManager::disconnectFinished);
    manager.disconnectFrom(config.connection);
    QVERIFY(gone.wait(15000));
}

QTEST_GUILESS_MAIN(TestExternalClientApp)
#include "TestExternalClientApp.moc"
