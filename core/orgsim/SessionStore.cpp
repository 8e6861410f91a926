#include "core/orgsim/SessionStore.h"

#include <QRandomGenerator>

namespace callbridge::orgsim {

QString SessionStore::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SessionStore::newCode(const AuthorizationCode& code)
{
    const QString value = QStringLiteral("aPrx") + randomToken(24);
    m_codes.insert(value, code);
    return value;
}

std::optional<SessionStore::AuthorizationCode> SessionStore::takeCode(const QString& code)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        return std::nullopt;
    }
    AuthorizationCode taken = *it;
    m_codes.erase(it);
    return taken;
}

QString SessionStore::newRefreshToken(const QString& userId, const QString& clientId, const QString& scope,
    const QDateTime& authorized, const QString& chain)
{
    const QString value = QStringLiteral("5Aep861") + randomToken(36);
    m_refreshTokens.insert(
        value, { userId, clientId, chain.isEmpty() ? value : chain, scope, authorized, false, false });
    return value;
}

SessionStore::RefreshToken* SessionStore::refreshToken(const QString& token)
{
    const auto it = m_refreshTokens.find(token);
    return it == m_refreshTokens.end() ? nullptr : &*it;
}

void SessionStore::revokeChain(const QString& chain)
{
    QSet<QString> revokedTokens;
    for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end(); ++it) {
        if (it->chain == chain) {
            it->revoked = true;
            revokedTokens.insert(it.key());
        }
    }
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();) {
        it = revokedTokens.contains(it->refreshToken) ? m_accessTokens.erase(it) : std::next(it);
    }
}

QString SessionStore::newAccessToken(const QString& orgId, const AccessToken& token)
{
    // Salesforce access tokens are session ids: the 15-character org id, '!', an opaque part.
    const QString value = orgId.left(15) + QStringLiteral("!AR") + randomToken(72);
    m_accessTokens.insert(value, token);
    return value;
}

SessionStore::AccessToken* SessionStore::accessToken(const QString& token)
{
    const auto it = m_accessTokens.find(token);
    return it == m_accessTokens.end() ? nullptr : &*it;
}

void SessionStore::revokeAccessToken(const QString& token)
{
    m_accessTokens.remove(token);
}

void SessionStore::revokeUser(const QString& userId)
{
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();) {
        it = it->userId == userId ? m_accessTokens.erase(it) : std::next(it);
    }
    for (auto& refresh : m_refreshTokens) {
        if (refresh.userId == userId) {
            refresh.revoked = true;
        }
    }
}

} // namespace callbridge::orgsim
