#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/OrgSimServer.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QByteArray verifier = "orgsim-test-verifier-abcdefghijklmnopqrstuvwxyz-0123456789";

QString challengeFor(const QByteArray& codeVerifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(codeVerifier, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl authorizeUrl(OrgSimFixture& org, const QString& redirectUri, const QString& state = QStringLiteral("st4te"))
{
    QUrl url(org.baseUrl() + QStringLiteral("/services/oauth2/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), org.options().clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("code_challenge"), challengeFor(verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    return url;
}

// The code exchange with the app's consumer secret (External Client Apps require it by default).
HttpResult exchange(OrgSimFixture& org, const QString& code, const QByteArray& codeVerifier,
    const QString& redirectUri = {}, bool withSecret = true)
{
    TestHttp http(org.baseUrl());
    QList<QPair<QString, QString>> form { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code }, { QStringLiteral("client_id"), org.options().clientId },
        { QStringLiteral("redirect_uri"), redirectUri.isEmpty() ? org.options().callbackUrls.first() : redirectUri },
        { QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier) } };
    if (withSecret) {
        form.append({ QStringLiteral("client_secret"), org.options().clientSecret });
    }
    return http.postForm(QStringLiteral("/services/oauth2/token"), form);
}

HttpResult refresh(OrgSimFixture& org, const QString& refreshToken, bool withSecret = true)
{
    TestHttp http(org.baseUrl());
    QList<QPair<QString, QString>> form { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"), refreshToken }, { QStringLiteral("client_id"), org.options().clientId } };
    if (withSecret) {
        form.append({ QStringLiteral("client_secret"), org.options().clientSecret });
    }
    return http.postForm(QStringLiteral("/services/oauth2/token"), form);
}

QJsonObject loginAs(OrgSimFixture& org, const QString& username)
{
    const QUrl redirect = org.authorizeInBrowser(authorizeUrl(org, org.options().callbackUrls.first()), username);
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return exchange(org, code, verifier).json().object();
}

int dataStatus(OrgSimFixture& org, const QString& accessToken)
{
    TestHttp http(org.instanceUrl());
    http.setBearer(accessToken);
    return http.get(QStringLiteral("/services/data/v60.0/limits")).status;
}

} // namespace

class TestOrgSimOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizationCodeWithPkce();
    void identityAndUserInfo();
    void wrongVerifierIsRefused();
    void codeIsSingleUse();
    void redirectUriMustMatch();
    void unknownClientGetsAnErrorPage();
    void denyRedirectsWithAccessDenied();
    void deactivatedUserCannotLogIn();
    void deactivationEndsSessions();
    void expiredAccessTokenAndRefresh();
    void revokedRefreshTokenStopsWorking();
    void rotationMakesRefreshTokensSingleUse();
    void clientCredentialsRunsAsIntegrationUser();
    void clientCredentialsNeedTheSecret();
    void secretRequiredForTheWebServerFlow();
    void secretRequiredForTheRefreshTokenFlow();
    void pkceRequired();
    void loginHostAndInstanceHost();
    void adminApprovedUsersOnly();
    void scopeWithoutRefreshToken();
    void refreshTokenExpiresUnderItsPolicy();
};

void TestOrgSimOAuth::authorizationCodeWithPkce()
{
    OrgSimFixture org;
    const QUrl redirect =
        org.authorizeInBrowser(authorizeUrl(org, org.options().callbackUrls.first()), OrgSimFixture::adminUser());
    QVERIFY2(redirect.isValid(), "no redirect");
    QCOMPARE(redirect.toString(QUrl::RemoveQuery), org.options().callbackUrls.first());
    const QUrlQuery query(redirect);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const HttpResult token = exchange(org, code, verifier);
    QCOMPARE(token.status, 200);
    const QJsonObject body = token.json().object();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList { QStringLiteral("access_token"), QStringLiteral("id"), QStringLiteral("instance_url"),
            QStringLiteral("issued_at"), QStringLiteral("refresh_token"), QStringLiteral("scope"),
            QStringLiteral("signature"), QStringLiteral("token_type") }));
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("instance_url")).toString(), org.instanceUrl());
    QVERIFY(body.value(QStringLiteral("id")).toString().startsWith(org.baseUrl() + QStringLiteral("/id/")));
    // signature = base64(HMAC-SHA256(id + issued_at, consumer secret))
    const QByteArray expected = QMessageAuthenticationCode::hash(
        (body.value(QStringLiteral("id")).toString() + body.value(QStringLiteral("issued_at")).toString()).toUtf8(),
        org.options().clientSecret.toUtf8(), QCryptographicHash::Sha256);
    QCOMPARE(body.value(QStringLiteral("signature")).toString(), QString::fromLatin1(expected.toBase64()));
    QVERIFY(body.value(QStringLiteral("access_token")).toString().startsWith(QStringLiteral("00D")));
    QCOMPARE(dataStatus(org, body.value(QStringLiteral("access_token")).toString()), 200);
}

void TestOrgSimOAuth::identityAndUserInfo()
{
    OrgSimFixture org;
    const QJsonObject token = loginAs(org, OrgSimFixture::adminUser());
    TestHttp http(org.baseUrl());
    http.setBearer(token.value(QStringLiteral("access_token")).toString());
    const HttpResult identity = http.get(token.value(QStringLiteral("id")).toString());
    QCOMPARE(identity.status, 200);
    QCOMPARE(identity.json().object().value(QStringLiteral("username")).toString(), OrgSimFixture::adminUser());
    QVERIFY(identity.json()
                .object()
                .value(QStringLiteral("urls"))
                .toObject()
                .value(QStringLiteral("rest"))
                .toString()
                .endsWith(QLatin1String("/services/data/v{version}/"))); // "Using Identity URLs"
    const auto restUrl = [&http, &token](const QString& version) {
        return http.get(token.value(QStringLiteral("id")).toString() + QStringLiteral("?version=") + version)
            .json()[QStringLiteral("urls")][QStringLiteral("rest")]
            .toString();
    };
    QVERIFY(restUrl(QStringLiteral("58.0")).endsWith(QLatin1String("/services/data/v58.0/")));
    QVERIFY(restUrl(QStringLiteral("latest")).endsWith(QLatin1String("/services/data/v66.0/")));
    const HttpResult userInfo = http.get(QStringLiteral("/services/oauth2/userinfo"));
    QCOMPARE(userInfo.status, 200);
    QCOMPARE(
        userInfo.json().object().value(QStringLiteral("preferred_username")).toString(), OrgSimFixture::adminUser());
    QCOMPARE(
        userInfo.json().object().value(QStringLiteral("sub")).toString(), token.value(QStringLiteral("id")).toString());
}

void TestOrgSimOAuth::wrongVerifierIsRefused()
{
    OrgSimFixture org;
    const QUrl redirect =
        org.authorizeInBrowser(authorizeUrl(org, org.options().callbackUrls.first()), OrgSimFixture::adminUser());
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const HttpResult token = exchange(org, code, "not-the-verifier-that-was-hashed-into-the-challenge");
    QCOMPARE(token.status, 400);
    QCOMPARE(token.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(token.json().object().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("invalid code verifier"));

    const HttpResult missing = exchange(org, code, QByteArray());
    QCOMPARE(missing.status, 400); // the code was spent by the failed attempt
}

void TestOrgSimOAuth::codeIsSingleUse()
{
    OrgSimFixture org;
    const QUrl redirect =
        org.authorizeInBrowser(authorizeUrl(org, org.options().callbackUrls.first()), OrgSimFixture::adminUser());
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QCOMPARE(exchange(org, code, verifier).status, 200);
    const HttpResult again = exchange(org, code, verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestOrgSimOAuth::redirectUriMustMatch()
{
    OrgSimFixture org;
    TestHttp browser(org.baseUrl());
    const HttpResult page = browser.get(authorizeUrl(org, QStringLiteral("http://localhost:9999/other")).toString());
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("error=redirect_uri_mismatch"));

    const QUrl redirect =
        org.authorizeInBrowser(authorizeUrl(org, org.options().callbackUrls.first()), OrgSimFixture::adminUser());
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const HttpResult token = exchange(org, code, verifier, QStringLiteral("http://localhost:1717/Other"));
    QCOMPARE(token.status, 400);
    QCOMPARE(token.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("redirect_uri_mismatch"));
}

void TestOrgSimOAuth::unknownClientGetsAnErrorPage()
{
    OrgSimFixture org;
    QUrl url = authorizeUrl(org, org.options().callbackUrls.first());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("client_id"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("nope"));
    url.setQuery(query);
    TestHttp browser(org.baseUrl());
    const HttpResult page = browser.get(url.toString());
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("error=invalid_client_id"));
}

void TestOrgSimOAuth::denyRedirectsWithAccessDenied()
{
    OrgSimFixture org;
    const QUrl redirect = org.authorizeInBrowser(
        authorizeUrl(org, org.options().callbackUrls.first()), OrgSimFixture::adminUser(), false);
    const QUrlQuery query(redirect);
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void TestOrgSimOAuth::deactivatedUserCannotLogIn()
{
    OrgSimFixture org;
    TestHttp browser(org.baseUrl());
    const HttpResult login = browser.get(authorizeUrl(org, org.options().callbackUrls.first()).toString());
    const auto form = findForm(login.body, QStringLiteral("username"), OrgSimFixture::inactiveUser());
    QVERIFY(!form.first.isEmpty());
    const HttpResult refused = browser.postForm(form.first, form.second);
    QCOMPARE(refused.status, 200);
    QVERIFY(refused.body.contains("Please check your username and password"));
    QVERIFY(!refused.body.contains("Allow Access"));
}

void TestOrgSimOAuth::deactivationEndsSessions()
{
    OrgSimFixture org;
    const QJsonObject token = loginAs(org, OrgSimFixture::adminUser());
    const QString access = token.value(QStringLiteral("access_token")).toString();
    QCOMPARE(dataStatus(org, access), 200);
    org.deactivate(OrgSimFixture::adminUser());
    QCOMPARE(dataStatus(org, access), 401);
    const HttpResult refreshed = refresh(org, token.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestOrgSimOAuth::expiredAccessTokenAndRefresh()
{
    OrgSimFixture org;
    const QJsonObject token = loginAs(org, OrgSimFixture::adminUser());
    const QString access = token.value(QStringLiteral("access_token")).toString();
    org.host().run([&](orgsim::OrgSimServer& server) {
        server.org().advanceClock(qint64(org.options().accessTokenLifetimeSeconds + 1) * 1000);
    });
    TestHttp http(org.instanceUrl());
    http.setBearer(access);
    const HttpResult expired = http.get(QStringLiteral("/services/data/v60.0/limits"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.body,
        QByteArray("[{\"errorCode\":\"INVALID_SESSION_ID\",\"message\":\"Session expired or invalid\"}]"));

    const HttpResult refreshed = refresh(org, token.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!refreshed.json().object().contains(QStringLiteral("refresh_token"))); // no rotation: the old one stays
    QCOMPARE(dataStatus(org, refreshed.json().object().value(QStringLiteral("access_token")).toString()), 200);
}

void TestOrgSimOAuth::revokedRefreshTokenStopsWorking()
{
    OrgSimFixture org;
    const QJsonObject token = loginAs(org, OrgSimFixture::adminUser());
    const QString refreshToken = token.value(QStringLiteral("refresh_token")).toString();
    TestHttp http(org.baseUrl());
    QCOMPARE(
        http.postForm(QStringLiteral("/services/oauth2/revoke"), { { QStringLiteral("token"), refreshToken } }).status,
        200);
    const HttpResult refreshed = refresh(org, refreshToken);
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json().object().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("expired access/refresh token"));
    QCOMPARE(dataStatus(org, token.value(QStringLiteral("access_token")).toString()), 401);
}

void TestOrgSimOAuth::rotationMakesRefreshTokensSingleUse()
{
    orgsim::OrgSimOptions options;
    options.refreshTokenRotation = true;
    OrgSimFixture org(options);
    const QString first = loginAs(org, OrgSimFixture::adminUser()).value(QStringLiteral("refresh_token")).toString();
    const HttpResult rotated = refresh(org, first);
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.json().object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    // Reusing the spent token revokes the whole chain, the new one included.
    QCOMPARE(refresh(org, first).status, 400);
    QCOMPARE(refresh(org, second).status, 400);
}

void TestOrgSimOAuth::clientCredentialsRunsAsIntegrationUser()
{
    OrgSimFixture org;
    TestHttp http(org.instanceUrl()); // the org's My Domain
    const HttpResult token = http.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), org.options().clientId },
            { QStringLiteral("client_secret"), org.options().clientSecret } });
    QCOMPARE(token.status, 200);
    QVERIFY(!token.json().object().contains(QStringLiteral("refresh_token")));
    http.setBearer(token.json().object().value(QStringLiteral("access_token")).toString());
    const HttpResult userInfo = http.get(QStringLiteral("/services/oauth2/userinfo"));
    QCOMPARE(userInfo.json().object().value(QStringLiteral("preferred_username")).toString(),
        OrgSimFixture::integrationUser());
}

void TestOrgSimOAuth::clientCredentialsNeedTheSecret()
{
    OrgSimFixture org;
    TestHttp http(org.instanceUrl());
    const HttpResult token = http.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), org.options().clientId },
            { QStringLiteral("client_secret"), QStringLiteral("wrong") } });
    QCOMPARE(token.status, 400);
    QCOMPARE(token.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    const HttpResult grant = http.postForm(
        QStringLiteral("/services/oauth2/token"), { { QStringLiteral("grant_type"), QStringLiteral("password") } });
    QCOMPARE(grant.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
}

void TestOrgSimOAuth::secretRequiredForTheWebServerFlow()
{
    OrgSimFixture org; // an External Client App's defaults
    QString code = QUrlQuery(
        org.authorizeInBrowser(authorizeUrl(org, org.options().callbackUrls.first()), OrgSimFixture::adminUser()))
                       .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const HttpResult missing = exchange(org, code, verifier, {}, false);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));

    // HTTP Basic client authentication is accepted as well as the form's client_secret.
    code = QUrlQuery(
        org.authorizeInBrowser(authorizeUrl(org, org.options().callbackUrls.first()), OrgSimFixture::adminUser()))
               .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QByteArray basic =
        "Basic " + (org.options().clientId + QLatin1Char(':') + org.options().clientSecret).toUtf8().toBase64();
    const HttpResult withBasic =
        TestHttp(org.baseUrl())
            .send("POST", QStringLiteral("/services/oauth2/token"),
                "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) + "&redirect_uri="
                    + QUrl::toPercentEncoding(org.options().callbackUrls.first()) + "&code_verifier=" + verifier,
                { { "Content-Type", "application/x-www-form-urlencoded" }, { "Authorization", basic } });
    QCOMPARE(withBasic.status, 200);
}

void TestOrgSimOAuth::secretRequiredForTheRefreshTokenFlow()
{
    OrgSimFixture org;
    const QString refreshToken =
        loginAs(org, OrgSimFixture::adminUser()).value(QStringLiteral("refresh_token")).toString();
    const HttpResult missing = refresh(org, refreshToken, false);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(missing.json().object().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("invalid client credentials"));
    QCOMPARE(refresh(org, refreshToken).status, 200);

    // The platform's packaged app requires no secret; a wrong one is still refused.
    OrgSimFixture packaged(orgsim::OrgSimOptions::packagedApp());
    const QString packagedToken =
        loginAs(packaged, OrgSimFixture::adminUser()).value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(refresh(packaged, packagedToken, false).status, 200);
    TestHttp http(packaged.baseUrl());
    const HttpResult wrong = http.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), packagedToken },
            { QStringLiteral("client_id"), packaged.options().clientId },
            { QStringLiteral("client_secret"), QStringLiteral("wrong") } });
    QCOMPARE(wrong.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
}

void TestOrgSimOAuth::pkceRequired()
{
    OrgSimFixture org;
    QUrl url = authorizeUrl(org, org.options().callbackUrls.first());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("code_challenge"));
    query.removeAllQueryItems(QStringLiteral("code_challenge_method"));
    url.setQuery(query);
    const HttpResult answer = TestHttp(org.baseUrl()).get(url.toString());
    QCOMPARE(answer.status, 302);
    const QUrlQuery redirect(QUrl(QString::fromUtf8(answer.header("Location"))));
    QCOMPARE(redirect.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(redirect.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
        QStringLiteral("missing required code challenge"));
}

void TestOrgSimOAuth::loginHostAndInstanceHost()
{
    OrgSimFixture org;
    QVERIFY(org.baseUrl() != org.instanceUrl());
    const QJsonObject token = loginAs(org, OrgSimFixture::adminUser());
    const QString access = token.value(QStringLiteral("access_token")).toString();
    // REST lives on the instance only.
    TestHttp login(org.baseUrl());
    login.setBearer(access);
    QCOMPARE(login.get(QStringLiteral("/services/data/v60.0/limits")).status, 404);
    QCOMPARE(dataStatus(org, access), 200);
    // The identity URL answers on the login host; the instance (My Domain) serves OAuth too.
    QCOMPARE(login.get(token.value(QStringLiteral("id")).toString()).status, 200);
    TestHttp instance(org.instanceUrl());
    const HttpResult refreshed = instance.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), token.value(QStringLiteral("refresh_token")).toString() },
            { QStringLiteral("client_id"), org.options().clientId },
            { QStringLiteral("client_secret"), org.options().clientSecret } });
    QCOMPARE(refreshed.status, 200);
    // The client credentials flow: My Domain only.
    const HttpResult onLogin = login.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), org.options().clientId },
            { QStringLiteral("client_secret"), org.options().clientSecret } });
    QCOMPARE(onLogin.status, 400);
    QCOMPARE(onLogin.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(onLogin.json().object().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("request not supported on this domain"));
}

void TestOrgSimOAuth::adminApprovedUsersOnly()
{
    orgsim::OrgSimOptions options;
    options.app.permittedUsers = orgsim::PermittedUsers::AdminApprovedPreAuthorized;
    options.app.preAuthorizedPermissionSets = { QStringLiteral("Call_Recorder_Integration") };
    OrgSimFixture org(options);
    // Not on the consent page: the policy refuses right after the login, with a redirect.
    const HttpResult login =
        TestHttp(org.baseUrl()).get(authorizeUrl(org, org.options().callbackUrls.first()).toString());
    const auto form = findForm(login.body, QStringLiteral("username"), OrgSimFixture::limitedUser());
    const HttpResult answer = TestHttp(org.baseUrl()).postForm(form.first, form.second);
    QCOMPARE(answer.status, 302);
    const QUrlQuery redirect(QUrl(QString::fromUtf8(answer.header("Location"))));
    QCOMPARE(redirect.queryItemValue(QStringLiteral("error")), QStringLiteral("OAUTH_APP_ACCESS_DENIED"));
    QCOMPARE(redirect.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
        QStringLiteral("user is not admin approved to access this app"));
    QCOMPARE(redirect.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    // The integration user holds the pre-authorized permission set.
    QVERIFY(loginAs(org, OrgSimFixture::integrationUser()).contains(QStringLiteral("access_token")));

    // A run-as user outside the approved profiles and permission sets.
    options.app.preAuthorizedPermissionSets = {};
    options.app.preAuthorizedProfiles = { QStringLiteral("System Administrator") };
    OrgSimFixture profiles(options);
    const HttpResult token = TestHttp(profiles.instanceUrl())
                                 .postForm(QStringLiteral("/services/oauth2/token"),
                                     { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                                         { QStringLiteral("client_id"), profiles.options().clientId },
                                         { QStringLiteral("client_secret"), profiles.options().clientSecret } });
    QCOMPARE(token.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_app_access"));
    QVERIFY(loginAs(profiles, OrgSimFixture::adminUser()).contains(QStringLiteral("access_token")));
}

void TestOrgSimOAuth::scopeWithoutRefreshToken()
{
    orgsim::OrgSimOptions options;
    options.app.scopes = { QStringLiteral("api") };
    OrgSimFixture org(options);
    const QJsonObject token = loginAs(org, OrgSimFixture::adminUser());
    QCOMPARE(token.value(QStringLiteral("scope")).toString(), QStringLiteral("api"));
    QVERIFY(!token.contains(QStringLiteral("refresh_token")));
    QVERIFY(token.contains(QStringLiteral("access_token")));

    QUrl url = authorizeUrl(org, org.options().callbackUrls.first());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("api refresh_token"));
    url.setQuery(query);
    const HttpResult answer = TestHttp(org.baseUrl()).get(url.toString());
    QCOMPARE(answer.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(answer.header("Location")))).queryItemValue(QStringLiteral("error")),
        QStringLiteral("invalid_scope"));
}

void TestOrgSimOAuth::refreshTokenExpiresUnderItsPolicy()
{
    orgsim::OrgSimOptions options;
    options.app.refreshTokenExpiresAfterSeconds = 3600;
    OrgSimFixture org(options);
    const QString refreshToken =
        loginAs(org, OrgSimFixture::adminUser()).value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(refresh(org, refreshToken).status, 200);
    org.host().run([](orgsim::OrgSimServer& server) { server.org().advanceClock(3601 * 1000); });
    const HttpResult expired = refresh(org, refreshToken);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.json().object().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("expired access/refresh token"));
}

QTEST_GUILESS_MAIN(TestOrgSimOAuth)
#include "TestOrgSimOAuth.moc"
