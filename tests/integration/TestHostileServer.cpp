// The client against a Salesforce that is not what it should be: it answers the identity
// queries with ids that are not ids. Nothing the server says may name a file.
#include "tests/support/HostileServer.h"

#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"
#include "core/salesforce/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QString validOrgId = QStringLiteral("00D000000000001AAA");
const QString validUserId = QStringLiteral("005000000000001AAA");
const QByteArray accessToken = "00D000000000001!hostile-test-access-token";

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
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

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsThatAreNotIdsRefuseTheConnection_data();
    void idsThatAreNotIdsRefuseTheConnection();
    void identityUserIdThatIsNotAnIdIsNotQueried();

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

QTEST_GUILESS_MAIN(TestHostileServer)
#include "TestHostileServer.moc"
