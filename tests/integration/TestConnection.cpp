#include "tests/support/OrgSimFixture.h"

#include "core/config/ConfigDocument.h"
#include "core/logging/LogHandler.h"
#include "core/logging/RotatingLogFile.h"
#include "core/orgsim/OrgSimServer.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

bool hasSecretService()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

OAuthTokens parseTokens(const QJsonObject& json)
{
    return std::get<OAuthTokens>(OAuthTokens::parse(QJsonDocument(json).toJson()));
}

ConnectionSettings demoSettings(const OrgSimFixture& org)
{
    ConnectionSettings settings;
    settings.environment = Environment::Demo;
    settings.loginUrl = QUrl(org.baseUrl());
    settings.clientId = org.options().clientId;
    return settings;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsStoresOnlyInTheKeychain();
    void summaryWarnsAboutAPersonalAccount();
    void reconnectAfterDeactivationFails();
    void rotatedRefreshTokenReplacesTheStoredOne();

private:
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge tests") };
};

void TestConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!hasSecretService()) {
        if (qEnvironmentVariableIsSet("CI")) {
            QFAIL("CI must run this test inside dbus-run-session with gnome-keyring (packaging/dev/run-tests.sh)");
        }
        QSKIP("needs a Secret Service: run it through packaging/dev/run-tests.sh");
    }
}

void TestConnection::connectsStoresOnlyInTheKeychain()
{
    OrgSimFixture org;
    QTemporaryDir dataDir;
    RotatingLogFile log(dataDir.filePath(QStringLiteral("logs/callbridge.log")));
    LogHandler::install(&log, false);

    const QJsonObject json = org.tokensFor(OrgSimFixture::integrationUser(), true);
    const OAuthTokens tokens = parseTokens(json);
    QVERIFY(!tokens.refreshToken.isEmpty());

    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    manager.establish(demoSettings(org), tokens, org.options().clientSecret);
    QVERIFY(established.wait(15000));
    QCOMPARE(manager.state(), ConnectionManager::State::Connected);
    const ConnectionSummary& summary = manager.summary();
    QCOMPARE(summary.orgName, QStringLiteral("Callbridge Demo Org"));
    QCOMPARE(summary.username, OrgSimFixture::integrationUser());
    QCOMPARE(summary.userLicense, QStringLiteral("Salesforce Integration"));
    QVERIFY(summary.hasIntegrationLicense());
    QVERIFY(!summary.looksLikePersonalAccount());
    QCOMPARE(summary.apiVersion, QStringLiteral("62.0"));

    // The keychain holds the refresh token under the org and user.
    QSignalSpy read(&m_store, &TokenStore::readFinished);
    m_store.read(summary.orgId, summary.userId);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(0).value<TokenStore::Outcome>(), TokenStore::Outcome::Ok);
    QCOMPARE(read.first().at(1).toString(), tokens.refreshToken);

    // The config, QSettings and the log hold no token.
    ConfigDocument document(dataDir.filePath(QStringLiteral("config.json")));
    IntegrationConfig config;
    config.connection = manager.settingsFor(demoSettings(org));
    document.setConfig(config);
    QVERIFY(document.save().ok());
    QSettings settings;
    settings.setValue(QStringLiteral("lastOrg"), summary.orgId);
    settings.sync();
    LogHandler::uninstall();
    QStringList files { settings.fileName() };
    QDirIterator it(dataDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    QVERIFY(files.size() >= 3);
    for (const QString& path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray contents = file.readAll();
        QVERIFY2(!contents.contains(tokens.refreshToken.toLatin1()), qPrintable(path));
        QVERIFY2(!contents.contains(manager.session()->accessToken().toLatin1()), qPrintable(path));
        QVERIFY2(!contents.contains(tokens.accessToken.toLatin1()), qPrintable(path));
        QVERIFY2(!contents.contains(org.options().clientSecret.toLatin1()), qPrintable(path));
    }

    // A new app start reconnects from the keychain alone.
    ConnectionManager restarted(&m_network, &m_store);
    QSignalSpy reconnected(&restarted, &ConnectionManager::established);
    restarted.reconnect(config.connection);
    QVERIFY(reconnected.wait(15000));
    QCOMPARE(restarted.state(), ConnectionManager::State::Connected);
    QCOMPARE(restarted.summary().orgId, summary.orgId);

    // Disconnect revokes at Salesforce and empties the keychain.
    QSignalSpy disconnected(&restarted, &ConnectionManager::disconnectFinished);
    restarted.disconnectFrom(config.connection);
    QVERIFY(disconnected.wait(15000));
    QCOMPARE(restarted.state(), ConnectionManager::State::Disconnected);
    read.clear();
    m_store.read(summary.orgId, summary.userId);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(0).value<TokenStore::Outcome>(), TokenStore::Outcome::NotFound);
    TestHttp http(org.baseUrl());
    const HttpResult refresh = http.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), tokens.refreshToken },
            { QStringLiteral("client_id"), org.options().clientId },
            { QStringLiteral("client_secret"), org.options().clientSecret } });
    QCOMPARE(refresh.status, 400);
    QCOMPARE(refresh.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestConnection::summaryWarnsAboutAPersonalAccount()
{
    OrgSimFixture org;
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    manager.establish(demoSettings(org), parseTokens(org.tokensFor(OrgSimFixture::adminUser())));
    QVERIFY(established.wait(15000));
    QCOMPARE(manager.summary().userLicense, QStringLiteral("Salesforce"));
    QVERIFY(manager.summary().looksLikePersonalAccount());
    QSignalSpy done(&manager, &ConnectionManager::disconnectFinished);
    manager.disconnectFrom(manager.settingsFor(demoSettings(org)));
    QVERIFY(done.wait(15000));
}

void TestConnection::reconnectAfterDeactivationFails()
{
    OrgSimFixture org;
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    manager.establish(
        demoSettings(org), parseTokens(org.tokensFor(OrgSimFixture::adminUser())), org.options().clientSecret);
    QVERIFY(established.wait(15000));
    const ConnectionSettings saved = manager.settingsFor(demoSettings(org));
    org.deactivate(OrgSimFixture::adminUser());
    ConnectionManager restarted(&m_network, &m_store);
    QSignalSpy failed(&restarted, &ConnectionManager::failed);
    restarted.reconnect(saved);
    QVERIFY(failed.wait(15000));
    QCOMPARE(restarted.state(), ConnectionManager::State::Disconnected);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("deactivated")),
        qPrintable(failed.first().first().toString()));
    m_store.remove(saved.orgId, saved.userId);
}

void TestConnection::rotatedRefreshTokenReplacesTheStoredOne()
{
    orgsim::OrgSimOptions options;
    options.refreshTokenRotation = true;
    OrgSimFixture org(options);
    ConnectionManager manager(&m_network, &m_store);
    QSignalSpy established(&manager, &ConnectionManager::established);
    const OAuthTokens tokens = parseTokens(org.tokensFor(OrgSimFixture::adminUser()));
    manager.establish(demoSettings(org), tokens, org.options().clientSecret);
    QVERIFY(established.wait(15000));
    QCOMPARE(manager.state(), ConnectionManager::State::Connected);

    org.host().run([](orgsim::OrgSimServer& server) { server.org().advanceClock(3 * 3600 * 1000); });
    QSignalSpy stored(&m_store, &TokenStore::written);
    RestReply* reply = manager.client()->get(QStringLiteral("limits"));
    QSignalSpy done(reply, &RestReply::finished);
    QVERIFY(done.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 10000);
    const QString rotated = manager.session()->refreshToken();
    QVERIFY(rotated != tokens.refreshToken);

    QSignalSpy read(&m_store, &TokenStore::readFinished);
    m_store.read(manager.summary().orgId, manager.summary().userId);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(1).toString(), rotated);
    m_store.remove(manager.summary().orgId, manager.summary().userId);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "TestConnection.moc"
