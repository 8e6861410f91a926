#pragma once

#include "core/orgsim/ClientApp.h"
#include "core/orgsim/OrgData.h"
#include "core/orgsim/OrgSimOptions.h"
#include "core/orgsim/SessionStore.h"
#include "core/orgsim/http/HttpExchange.h"

namespace callbridge::orgsim {

// Salesforce's OAuth 2.0 endpoints as a connected app sees them:
//
//   browser -> GET  /services/oauth2/authorize?response_type=code&client_id&redirect_uri&state
//                                              &code_challenge&code_challenge_method=S256
//           <- login page (pick a user)  -> POST  -> consent page (Allow / Deny) -> POST
//           <- 302 redirect_uri?code=...&state=...   (or ?error=access_denied&state=...)
//   app     -> POST /services/oauth2/token  grant_type=authorization_code&code&code_verifier...
//           <- {access_token, refresh_token, instance_url, id, token_type, issued_at, signature, scope}
//
// plus refresh_token and client_credentials grants, /revoke, /userinfo and the identity URL.
class OAuthService
{
public:
    OAuthService(OrgData& org, const OrgSimOptions& options, SessionStore& sessions);

    // The login host (login.salesforce.com: authorize, token, revoke, the identity URL) and the
    // instance host (the org's My Domain: instance_url, REST, and the OAuth endpoints too).
    void setUrls(const QString& loginUrl, const QString& instanceUrl)
    {
        m_loginUrl = loginUrl;
        m_instanceUrl = instanceUrl;
    }
    void setLatestVersion(const QString& version) { m_latestVersion = version; }

    HttpResponse authorize(const HttpRequest& request);
    HttpResponse token(const HttpRequest& request);
    HttpResponse revoke(const HttpRequest& request);
    HttpResponse userInfo(const SessionStore::AccessToken& session);
    // `version`: the identity URL's version parameter (a number, "latest", or empty for {version}).
    HttpResponse identity(
        const SessionStore::AccessToken& session, const QString& orgId, const QString& userId, const QString& version);

    QString identityUrl(const QString& userId) const;
    QString clientCredentialsUserId() const;

private:
    struct PendingConsent
    {
        QString userId;
        QUrlQuery parameters;
    };

    HttpResponse loginPage(const QUrlQuery& parameters, const QString& error = {}) const;
    HttpResponse consentPage(const QString& consentId, const QString& userName) const;
    HttpResponse errorPage(const QString& error, const QString& description) const;
    HttpResponse tokenResponse(
        const QString& userId, const QString& sessionRefreshToken, const QString& refreshToken, const QString& scope);
    HttpResponse authorizationCodeGrant(const QUrlQuery& form, const ClientApp::Client& client);
    HttpResponse refreshTokenGrant(const QUrlQuery& form, const ClientApp::Client& client);
    HttpResponse clientCredentialsGrant(const ClientApp::Client& client, bool onLoginHost);
    bool userIsActive(const QString& userId) const;
    qint64 userRowByUsername(const QString& username) const;

    OrgData& m_org;
    const OrgSimOptions& m_options;
    SessionStore& m_sessions;
    ClientApp m_app;
    QString m_loginUrl;
    QString m_instanceUrl;
    QString m_latestVersion;
    QHash<QString, PendingConsent> m_pendingConsents;
};

} // namespace callbridge::orgsim
