// Each OAuth refusal Salesforce sends is explained with the setting that fixes it. The codes and
// descriptions are Salesforce's own (see core/orgsim/FIDELITY.md and OAuthProblems.cpp).
#include "core/salesforce/OAuthProblems.h"

#include <QTest>

using namespace callbridge;

class TestOAuthProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalsNameTheirFix_data();
    void refusalsNameTheirFix();
    void redirectMismatchShowsTheCallbackUrl();
    void hostileTextIsCut();
    void clientCredentialsHosts();
};

void TestOAuthProblems::refusalsNameTheirFix_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("fix");
    QTest::newRow("wrong consumer key") << "invalid_client_id"
                                        << "client identifier invalid"
                                        << "Consumer Key and Secret";
    QTest::newRow("secret missing or wrong") << "invalid_client"
                                             << "invalid client credentials"
                                             << "Require Secret for Refresh Token Flow";
    QTest::newRow("not admin approved (authorize)") << "OAUTH_APP_ACCESS_DENIED"
                                                    << "user is not admin approved to access this app"
                                                    << "Policies > App Policies";
    QTest::newRow("not admin approved (token)") << "invalid_app_access"
                                                << "user is not admin approved to access this app"
                                                << "Admin approved users are pre-authorized";
    QTest::newRow("app not installed") << "OAUTH_EC_APP_NOT_FOUND"
                                       << "External client app is not installed in this org"
                                       << "Setup > Installed Packages";
    QTest::newRow("app blocked") << "OAUTH_APP_BLOCKED"
                                 << "this app is blocked by admin"
                                 << "Connected Apps OAuth Usage";
    QTest::newRow("ip restricted") << "invalid_grant"
                                   << "ip restricted"
                                   << "Relax IP restrictions";
    QTest::newRow("consent denied") << "access_denied"
                                    << "end-user denied authorization"
                                    << "choose Allow";
    QTest::newRow("client credentials on login") << "invalid_grant"
                                                 << "request not supported on this domain"
                                                 << "My Domain";
    QTest::newRow("refresh token gone") << "invalid_grant"
                                        << "expired access/refresh token"
                                        << "Refresh token is valid until revoked";
    QTest::newRow("deactivated") << "invalid_grant"
                                 << "inactive user"
                                 << "Setup > Users";
}

void TestOAuthProblems::refusalsNameTheirFix()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, fix);
    const QString message = OAuthProblems::explain(error, description);
    QVERIFY2(message.contains(error) && message.contains(description), qPrintable(message));
    QVERIFY2(message.contains(fix), qPrintable(message));
}

void TestOAuthProblems::redirectMismatchShowsTheCallbackUrl()
{
    const QString message = OAuthProblems::explain(QStringLiteral("redirect_uri_mismatch"),
        QStringLiteral("redirect_uri must match configuration"), QStringLiteral("http://localhost:1717/OauthRedirect"));
    QVERIFY2(message.contains(QLatin1String("http://localhost:1717/OauthRedirect")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Callback URL")));
}

void TestOAuthProblems::hostileTextIsCut()
{
    const QString message = OAuthProblems::explain(QString(5000, QLatin1Char('e')), QString(5000, QLatin1Char('d')));
    QVERIFY(message.size() < 600);
}

void TestOAuthProblems::clientCredentialsHosts()
{
    QVERIFY(
        !OAuthProblems::clientCredentialsHostProblem(QUrl(QStringLiteral("https://login.salesforce.com"))).isEmpty());
    QVERIFY(
        !OAuthProblems::clientCredentialsHostProblem(QUrl(QStringLiteral("https://Test.Salesforce.com/"))).isEmpty());
    QVERIFY(
        OAuthProblems::clientCredentialsHostProblem(QUrl(QStringLiteral("https://acme.my.salesforce.com"))).isEmpty());
    QVERIFY(
        OAuthProblems::clientCredentialsHostProblem(QUrl(QStringLiteral("https://acme--uat.sandbox.my.salesforce.com")))
            .isEmpty());
}

QTEST_GUILESS_MAIN(TestOAuthProblems)
#include "TestOAuthProblems.moc"
