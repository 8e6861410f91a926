#include "core/orgsim/OAuthService.h"

#include "core/orgsim/DemoOrg.h"
#include "core/orgsim/RecordSerializer.h"
#include "core/orgsim/SalesforceId.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

namespace callbridge::orgsim {

namespace {

QString base64Url(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hiddenInputs(const QUrlQuery& parameters)
{
    QString inputs;
    for (const auto& item : parameters.queryItems(QUrl::FullyDecoded)) {
        inputs += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(item.first.toHtmlEscaped(), item.second.toHtmlEscaped());
    }
    return inputs;
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto;color:#16325c}"
                          "button{display:block;width:100%;margin:.4em 0;padding:.6em;font-size:1em}"
                          ".error{color:#c23934}</style></head>\n<body><h1>%1</h1>\n%2</body></html>\n")
        .arg(title.toHtmlEscaped(), body);
}

} // namespace

OAuthService::OAuthService(OrgData& org, const OrgSimOptions& options, SessionStore& sessions)
    : m_org(org)
    , m_options(options)
    , m_sessions(sessions)
    , m_app(org, options)
{ }

QString OAuthService::identityUrl(const QString& userId) const
{
    return m_loginUrl + QStringLiteral("/id/") + m_org.orgId + QLatin1Char('/') + userId;
}

qint64 OAuthService::userRowByUsername(const QString& username) const
{
    const ObjectTable* users = m_org.table(QStringLiteral("User"));
    const int usernameField = users->schema().indexOf(QStringLiteral("Username"));
    for (qint64 row = 0; row < users->rowCount(); ++row) {
        if (users->record(row).at(usernameField).toString().compare(username, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

QString OAuthService::clientCredentialsUserId() const
{
    const qint64 row = userRowByUsername(DemoOrg::integrationUsername());
    return row < 0 ? QString() : m_org.table(QStringLiteral("User"))->idOf(row);
}

bool OAuthService::userIsActive(const QString& userId) const
{
    const ObjectTable* users = m_org.table(QStringLiteral("User"));
    const qint64 row = users->rowOfId(userId);
    return row >= 0 && m_org.value(QStringLiteral("User"), row, QStringLiteral("IsActive")).toBool();
}

HttpResponse OAuthService::errorPage(const QString& error, const QString& description) const
{
    // Salesforce shows these on its own page instead of redirecting: the redirect target
    // cannot be trusted when the client or the redirect URI is wrong.
    return HttpResponse::html(400,
        page(QStringLiteral("Authorization error"),
            QStringLiteral("<p class=\"error\">error=%1&amp;error_description=%2</p>")
                .arg(error.toHtmlEscaped(), QString::fromUtf8(QUrl::toPercentEncoding(description)))));
}

HttpResponse OAuthService::authorize(const HttpRequest& request)
{
    const QUrlQuery parameters = request.method == "POST" ? request.form() : request.query;
    const QString action = parameters.queryItemValue(QStringLiteral("action"));

    if (action == QLatin1String("consent")) {
        const QString consentId = parameters.queryItemValue(QStringLiteral("consent_id"));
        const auto pending = m_pendingConsents.find(consentId);
        if (pending == m_pendingConsents.end()) {
            return errorPage(QStringLiteral("invalid_request"), QStringLiteral("authorization session expired"));
        }
        const PendingConsent consent = *pending;
        m_pendingConsents.erase(pending);
        QUrl redirect(consent.parameters.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery answer;
        if (parameters.queryItemValue(QStringLiteral("decision")) == QLatin1String("allow")) {
            SessionStore::AuthorizationCode code;
            code.userId = consent.userId;
            code.clientId = consent.parameters.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
            code.redirectUri = redirect.toString();
            code.codeChallenge =
                consent.parameters.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
            code.scope =
                m_app.grantedScopes(consent.parameters.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded))
                    .value_or(QStringList())
                    .join(QLatin1Char(' '));
            code.expires = m_org.now().addSecs(15 * 60);
            answer.addQueryItem(QStringLiteral("code"), m_sessions.newCode(code));
        } else {
            answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            answer.addQueryItem(QStringLiteral("error_description"), QStringLiteral("end-user denied authorization"));
        }
        if (consent.parameters.hasQueryItem(QStringLiteral("state"))) {
            answer.addQueryItem(QStringLiteral("state"),
                consent.parameters.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        }
        redirect.setQuery(answer);
        return HttpResponse::redirect(redirect);
    }

    const QString clientId = parameters.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId != m_options.clientId) {
        return errorPage(QStringLiteral("invalid_client_id"), QStringLiteral("client identifier invalid"));
    }
    const QString redirectUri = parameters.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    if (!m_options.callbackUrls.contains(redirectUri)) {
        return errorPage(
            QStringLiteral("redirect_uri_mismatch"), QStringLiteral("redirect_uri must match configuration"));
    }
    auto redirectWithError = [&](const QString& error, const QString& description) {
        QUrl redirect(redirectUri);
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("error"), error);
        answer.addQueryItem(QStringLiteral("error_description"), description);
        if (parameters.hasQueryItem(QStringLiteral("state"))) {
            answer.addQueryItem(
                QStringLiteral("state"), parameters.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        }
        redirect.setQuery(answer);
        return HttpResponse::redirect(redirect);
    };
    if (parameters.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code")) {
        return redirectWithError(
            QStringLiteral("unsupported_response_type"), QStringLiteral("response type not supported"));
    }
    const QString challenge = parameters.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    const QString method = parameters.queryItemValue(QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty() && (method != QLatin1String("S256") || challenge.size() != 43)) {
        return redirectWithError(QStringLiteral("invalid_request"), QStringLiteral("invalid code challenge"));
    }
    if (challenge.isEmpty() && m_options.app.requirePkce) {
        return redirectWithError(QStringLiteral("invalid_request"), QStringLiteral("missing required code challenge"));
    }
    if (!m_app.grantedScopes(parameters.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded))) {
        return redirectWithError(QStringLiteral("invalid_scope"), QStringLiteral("the requested scope is not allowed"));
    }

    if (action == QLatin1String("login")) {
        const qint64 row = userRowByUsername(parameters.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded));
        QUrlQuery original = parameters;
        original.removeAllQueryItems(QStringLiteral("action"));
        original.removeAllQueryItems(QStringLiteral("username"));
        if (row < 0 || !m_org.value(QStringLiteral("User"), row, QStringLiteral("IsActive")).toBool()) {
            return loginPage(original,
                QStringLiteral("Please check your username and password. If you still can't "
                               "log in, contact your Salesforce administrator."));
        }
        const QString userId = m_org.table(QStringLiteral("User"))->idOf(row);
        if (!m_app.permits(userId)) {
            return redirectWithError(QStringLiteral("OAUTH_APP_ACCESS_DENIED"),
                QStringLiteral("user is not admin approved to access this app"));
        }
        const QString consentId = base64Url(QCryptographicHash::hash(
            QByteArray::number(QRandomGenerator::system()->generate64()), QCryptographicHash::Sha256));
        m_pendingConsents.insert(consentId, { userId, original });
        return consentPage(consentId, m_org.value(QStringLiteral("User"), row, QStringLiteral("Name")).toString());
    }
    return loginPage(parameters);
}

HttpResponse OAuthService::loginPage(const QUrlQuery& parameters, const QString& error) const
{
    QString body;
    if (!error.isEmpty()) {
        body += QStringLiteral("<p class=\"error\" id=\"error\">%1</p>\n").arg(error.toHtmlEscaped());
    }
    body += QStringLiteral("<p>%1 &middot; local demo org. Choose the user to log in as.</p>\n")
                .arg(m_org.organizationName.toHtmlEscaped());
    const ObjectTable* users = m_org.table(QStringLiteral("User"));
    const ObjectSchema& schema = users->schema();
    const int shown = static_cast<int>(qMin<qint64>(users->rowCount(), DemoOrg::loginPageUserCount));
    for (int row = 0; row < shown; ++row) {
        const Record user = users->record(row);
        body += QStringLiteral("<form method=\"post\" action=\"/services/oauth2/authorize\">\n%1"
                               "<input type=\"hidden\" name=\"action\" value=\"login\">\n"
                               "<input type=\"hidden\" name=\"username\" value=\"%2\">\n"
                               "<button type=\"submit\">%3 &lt;%2&gt;%4</button></form>\n")
                    .arg(hiddenInputs(parameters),
                        user.at(schema.indexOf(QStringLiteral("Username"))).toString().toHtmlEscaped(),
                        user.at(schema.indexOf(QStringLiteral("Name"))).toString().toHtmlEscaped(),
                        user.at(schema.indexOf(QStringLiteral("IsActive"))).toBool() ? QString()
                                                                                     : QStringLiteral(" (inactive)"));
    }
    return HttpResponse::html(200, page(QStringLiteral("Log in to Salesforce"), body));
}

HttpResponse OAuthService::consentPage(const QString& consentId, const QString& userName) const
{
    const QString form = QStringLiteral("<form method=\"post\" action=\"/services/oauth2/authorize\">"
                                        "<input type=\"hidden\" name=\"action\" value=\"consent\">"
                                        "<input type=\"hidden\" name=\"consent_id\" value=\"%1\">"
                                        "<input type=\"hidden\" name=\"decision\" value=\"%2\">"
                                        "<button type=\"submit\">%3</button></form>\n");
    const QString body =
        QStringLiteral("<p>Logged in as %1.</p><p>Callbridge is asking to access your basic "
                       "information, manage your data via APIs and perform requests at any time.</p>\n")
            .arg(userName.toHtmlEscaped())
        + form.arg(consentId, QStringLiteral("allow"), QStringLiteral("Allow"))
        + form.arg(consentId, QStringLiteral("deny"), QStringLiteral("Deny"));
    return HttpResponse::html(200, page(QStringLiteral("Allow Access?"), body));
}

HttpResponse OAuthService::token(const HttpRequest& request)
{
    if (request.method != "POST") {
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("must use HTTP POST"));
    }
    const QUrlQuery form = request.form();
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"));
    const ClientApp::Client client = ClientApp::clientOf(form, request.header("Authorization"));
    if (grantType == QLatin1String("authorization_code")) {
        return authorizationCodeGrant(form, client);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refreshTokenGrant(form, client);
    }
    if (grantType == QLatin1String("client_credentials")) {
        return clientCredentialsGrant(client, request.onLoginHost);
    }
    return HttpResponse::oauthError(
        400, QStringLiteral("unsupported_grant_type"), QStringLiteral("grant type not supported"));
}

HttpResponse OAuthService::authorizationCodeGrant(const QUrlQuery& form, const ClientApp::Client& client)
{
    if (auto refused = m_app.authenticate(client, m_options.app.requireSecretForWebServerFlow)) {
        return *refused;
    }
    const auto code = m_sessions.takeCode(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (!code || code->expires < m_org.now() || code->clientId != client.id) {
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("invalid authorization code"));
    }
    if (form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) != code->redirectUri) {
        return HttpResponse::oauthError(
            400, QStringLiteral("redirect_uri_mismatch"), QStringLiteral("redirect_uri must match configuration"));
    }
    const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
    if (!code->codeChallenge.isEmpty()
        && base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256))
            != code->codeChallenge) {
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("invalid code verifier"));
    }
    if (code->codeChallenge.isEmpty() && client.secret.isEmpty()) {
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_client"), QStringLiteral("invalid client credentials"));
    }
    if (!userIsActive(code->userId)) {
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("inactive user"));
    }
    if (!ClientApp::grantsRefreshToken(code->scope)) {
        return tokenResponse(code->userId, QString(), QString(), code->scope);
    }
    const QString refreshToken = m_sessions.newRefreshToken(code->userId, client.id, code->scope, m_org.now());
    return tokenResponse(code->userId, refreshToken, refreshToken, code->scope);
}

HttpResponse OAuthService::refreshTokenGrant(const QUrlQuery& form, const ClientApp::Client& client)
{
    if (auto refused = m_app.authenticate(client, m_options.app.requireSecretForRefreshTokenFlow)) {
        return *refused;
    }
    const QString presented = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    SessionStore::RefreshToken* refresh = m_sessions.refreshToken(presented);
    const auto expired = [] {
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("expired access/refresh token"));
    };
    if (!refresh || refresh->revoked || refresh->clientId != client.id) {
        return expired();
    }
    const int lifetime = m_options.app.refreshTokenExpiresAfterSeconds;
    if (lifetime > 0 && refresh->authorized.addSecs(lifetime) <= m_org.now()) {
        return expired(); // Refresh Token Policy: "Expire refresh token after"
    }
    if (refresh->used && m_options.refreshTokenRotation) {
        // Reusing a rotated refresh token is treated as theft: the whole chain dies.
        m_sessions.revokeChain(refresh->chain);
        return expired();
    }
    if (!userIsActive(refresh->userId)) {
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("inactive user"));
    }
    const QString userId = refresh->userId;
    const QString scope = refresh->scope;
    if (m_options.refreshTokenRotation) {
        refresh->used = true;
        const QDateTime authorized = refresh->authorized; // copies: a new token may move the store's entries
        const QString chain = refresh->chain;
        const QString next = m_sessions.newRefreshToken(userId, client.id, scope, authorized, chain);
        return tokenResponse(userId, next, next, scope);
    }
    // Without rotation Salesforce answers without a refresh_token: the old one stays valid.
    return tokenResponse(userId, presented, QString(), scope);
}

HttpResponse OAuthService::clientCredentialsGrant(const ClientApp::Client& client, bool onLoginHost)
{
    if (onLoginHost) {
        // Only the org's My Domain knows whose app and which run-as user this is.
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("request not supported on this domain"));
    }
    if (auto refused = m_app.authenticate(client, true)) {
        return *refused;
    }
    const QString userId = clientCredentialsUserId();
    if (userId.isEmpty() || !userIsActive(userId)) {
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("no client credentials user enabled"));
    }
    if (!m_app.permits(userId)) {
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_app_access"), QStringLiteral("user is not admin approved to access this app"));
    }
    return tokenResponse(userId, QString(), QString(), QStringLiteral("api"));
}

HttpResponse OAuthService::tokenResponse(
    const QString& userId, const QString& sessionRefreshToken, const QString& refreshToken, const QString& scope)
{
    const QDateTime issued = m_org.now();
    SessionStore::AccessToken session;
    session.userId = userId;
    session.refreshToken = sessionRefreshToken;
    session.issued = issued;
    session.expires = issued.addSecs(m_options.accessTokenLifetimeSeconds);
    const QString accessToken = m_sessions.newAccessToken(m_org.orgId, session);
    const QString id = identityUrl(userId);
    const QString issuedAt = QString::number(issued.toMSecsSinceEpoch());
    const QByteArray signature = QMessageAuthenticationCode::hash(
        (id + issuedAt).toUtf8(), m_options.clientSecret.toUtf8(), QCryptographicHash::Sha256);
    QJsonObject body {
        { QStringLiteral("access_token"), accessToken },
        { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) },
        { QStringLiteral("scope"), scope },
        { QStringLiteral("instance_url"), m_instanceUrl },
        { QStringLiteral("id"), id },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("issued_at"), issuedAt },
    };
    if (!refreshToken.isEmpty()) {
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    return HttpResponse::json(200, body);
}

HttpResponse OAuthService::revoke(const HttpRequest& request)
{
    const QUrlQuery form = request.method == "POST" ? request.form() : request.query;
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (SessionStore::RefreshToken* refresh = m_sessions.refreshToken(token)) {
        m_sessions.revokeChain(refresh->chain);
        return HttpResponse();
    }
    if (m_sessions.accessToken(token)) {
        m_sessions.revokeAccessToken(token);
        return HttpResponse();
    }
    return HttpResponse::oauthError(
        400, QStringLiteral("unsupported_token_type"), QStringLiteral("this token type is not supported"));
}

HttpResponse OAuthService::userInfo(const SessionStore::AccessToken& session)
{
    const ObjectTable* users = m_org.table(QStringLiteral("User"));
    const qint64 row = users->rowOfId(session.userId);
    const Record user = users->record(row);
    const ObjectSchema& schema = users->schema();
    auto field = [&](const char* name) {
        return user.at(schema.indexOf(QString::fromLatin1(name))).toString();
    };
    return HttpResponse::json(200,
        QJsonObject {
            { QStringLiteral("sub"), identityUrl(session.userId) },
            { QStringLiteral("user_id"), session.userId },
            { QStringLiteral("organization_id"), m_org.orgId },
            { QStringLiteral("preferred_username"), field("Username") },
            { QStringLiteral("nickname"), field("CommunityNickname") },
            { QStringLiteral("name"), field("Name") },
            { QStringLiteral("email"), field("Email") },
            { QStringLiteral("email_verified"), true },
            { QStringLiteral("given_name"), field("FirstName") },
            { QStringLiteral("family_name"), field("LastName") },
            { QStringLiteral("zoneinfo"), field("TimeZoneSidKey") },
            { QStringLiteral("active"), user.at(schema.indexOf(QStringLiteral("IsActive"))).toBool() },
            { QStringLiteral("user_type"), QStringLiteral("STANDARD") },
            { QStringLiteral("language"), field("LanguageLocaleKey") },
            { QStringLiteral("locale"), field("LocaleSidKey") },
            { QStringLiteral("utcOffset"), 0 },
            { QStringLiteral("updated_at"),
                RecordSerializer::formatDateTime(
                    user.at(schema.indexOf(QStringLiteral("LastModifiedDate"))).toDateTime()) },
            { QStringLiteral("is_app_installed"), true },
            { QStringLiteral("urls"),
                QJsonObject {
                    { QStringLiteral("rest"), QString(m_instanceUrl + QStringLiteral("/services/data/v{version}/")) },
                    { QStringLiteral("sobjects"),
                        QString(m_instanceUrl + QStringLiteral("/services/data/v{version}/sobjects/")) },
                    { QStringLiteral("query"),
                        QString(m_instanceUrl + QStringLiteral("/services/data/v{version}/query/")) },
                    { QStringLiteral("custom_domain"), m_instanceUrl } } },
        });
}

HttpResponse OAuthService::identity(
    const SessionStore::AccessToken& session, const QString& orgId, const QString& userId, const QString& askedVersion)
{
    if (orgId != m_org.orgId || SalesforceId::normalize(userId) != session.userId) {
        return HttpResponse::error(403, QStringLiteral("Bad_Id"), QStringLiteral("Bad_Id"));
    }
    const ObjectTable* users = m_org.table(QStringLiteral("User"));
    const Record user = users->record(users->rowOfId(session.userId));
    const ObjectSchema& schema = users->schema();
    auto field = [&](const char* name) {
        return user.at(schema.indexOf(QString::fromLatin1(name))).toString();
    };
    // "If this value isn't specified, the returned API URLs contain the literal value {version} in
    // place of the version number" (Using Identity URLs).
    const QString version = askedVersion.isEmpty() ? QStringLiteral("{version}")
        : askedVersion == QLatin1String("latest")  ? m_latestVersion
                                                   : askedVersion;
    return HttpResponse::json(200,
        QJsonObject {
            { QStringLiteral("id"), identityUrl(session.userId) },
            { QStringLiteral("asserted_user"), true },
            { QStringLiteral("user_id"), session.userId },
            { QStringLiteral("organization_id"), m_org.orgId },
            { QStringLiteral("username"), field("Username") },
            { QStringLiteral("nick_name"), field("CommunityNickname") },
            { QStringLiteral("display_name"), field("Name") },
            { QStringLiteral("email"), field("Email") },
            { QStringLiteral("email_verified"), true },
            { QStringLiteral("first_name"), field("FirstName") },
            { QStringLiteral("last_name"), field("LastName") },
            { QStringLiteral("timezone"), field("TimeZoneSidKey") },
            { QStringLiteral("active"), user.at(schema.indexOf(QStringLiteral("IsActive"))).toBool() },
            { QStringLiteral("user_type"), QStringLiteral("STANDARD") },
            { QStringLiteral("language"), field("LanguageLocaleKey") },
            { QStringLiteral("locale"), field("LocaleSidKey") },
            { QStringLiteral("utcOffset"), 0 },
            { QStringLiteral("is_app_installed"), true },
            { QStringLiteral("urls"),
                QJsonObject {
                    { QStringLiteral("rest"),
                        QString(m_instanceUrl + QStringLiteral("/services/data/v%1/").arg(version)) },
                    { QStringLiteral("sobjects"),
                        QString(m_instanceUrl + QStringLiteral("/services/data/v%1/sobjects/").arg(version)) },
                    { QStringLiteral("query"),
                        QString(m_instanceUrl + QStringLiteral("/services/data/v%1/query/").arg(version)) },
                    { QStringLiteral("profile"), QString(m_instanceUrl + QLatin1Char('/') + session.userId) },
                    { QStringLiteral("custom_domain"), m_instanceUrl },
                } },
        });
}

} // namespace callbridge::orgsim
