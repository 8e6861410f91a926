#pragma once

#include "core/config/IntegrationConfig.h"

#include <QObject>

class QNetworkAccessManager;

namespace callbridge {

class TokenStore;

// Ends one saved sign-in for good: revokes its refresh token at Salesforce
// (POST <login>/services/oauth2/revoke) and deletes it from the keychain, whether or not the
// revocation was answered. It touches no live session, so the org being left can be revoked
// while another one is connected. finished() is emitted exactly once; the job deletes itself.
class SignInRevocation : public QObject
{
    Q_OBJECT

public:
    // `refreshToken` when the caller holds it; empty: read from the keychain first.
    SignInRevocation(QNetworkAccessManager* network, TokenStore* tokenStore, const ConnectionSettings& settings,
        const QString& refreshToken = {}, QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished();

private:
    void revoke(const QString& refreshToken);
    void removeFromKeychain();

    QNetworkAccessManager* m_network;
    TokenStore* m_tokenStore;
    ConnectionSettings m_settings;
    QString m_refreshToken;
};

} // namespace callbridge
