#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace callbridge::orgsim {

// The OAuth state of the org: authorization codes, refresh tokens and access tokens.
class SessionStore
{
public:
    struct AuthorizationCode
    {
        QString userId;
        QString clientId;
        QString redirectUri;
        QString codeChallenge;
        QString scope; // granted at consent
        QDateTime expires;
    };
    struct RefreshToken
    {
        QString userId;
        QString clientId;
        QString chain; // rotation: every token descended from one authorization
        QString scope;
        QDateTime authorized; // when the chain's authorization was granted
        bool revoked = false;
        bool used = false;
    };
    struct AccessToken
    {
        QString userId;
        QString refreshToken; // the refresh token it came from, if any
        QDateTime issued;
        QDateTime expires;
        int requests = 0;
    };

    QString newCode(const AuthorizationCode& code);
    std::optional<AuthorizationCode> takeCode(const QString& code); // single use

    // A new token of `chain` (empty: a new authorization, granted `authorized`).
    QString newRefreshToken(const QString& userId, const QString& clientId, const QString& scope,
        const QDateTime& authorized, const QString& chain = {});
    RefreshToken* refreshToken(const QString& token);
    void revokeChain(const QString& chain);

    QString newAccessToken(const QString& orgId, const AccessToken& token);
    AccessToken* accessToken(const QString& token);
    void revokeAccessToken(const QString& token);
    void revokeUser(const QString& userId);

private:
    static QString randomToken(int bytes);

    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, AccessToken> m_accessTokens;
};

} // namespace callbridge::orgsim
