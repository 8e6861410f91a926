#pragma once

#include "core/salesforce/ConnectionSummary.h"
#include "core/salesforce/OAuthTokens.h"
#include "core/salesforce/TokenStore.h"

#include "core/config/IntegrationConfig.h"

#include <QObject>

class QNetworkAccessManager;

namespace callbridge {

class RestClient;
class SalesforceSession;
class TokenRequest;

// The one connected org. Establishing checks who and where we are (identity, Organization,
// the user's license, in one composite API call), refuses an org or user id that is not a
// Salesforce id (they name the cache file and the keychain entry), and puts the refresh token in
// the keychain; reconnecting reads it back and renews the session; disconnecting revokes it at
// Salesforce and deletes it. The config keeps only non-secret connection settings.
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, SessionOnly };
    Q_ENUM(State)

    ConnectionManager(QNetworkAccessManager* network, TokenStore* tokenStore, QObject* parent = nullptr);
    ~ConnectionManager() override;

    State state() const { return m_state; }
    // Connected with a stored sign-in or for this session only: requests can be sent.
    bool isConnected() const { return m_state == State::Connected || m_state == State::SessionOnly; }
    const ConnectionSummary& summary() const { return m_summary; }
    RestClient* client() const { return m_client; }
    SalesforceSession* session() const { return m_session; }
    QString lastError() const { return m_lastError; }

    // After a successful authorization: verify, store the refresh token, become Connected.
    void establish(const ConnectionSettings& settings, const OAuthTokens& tokens);
    // With saved settings: read the refresh token from the keychain and renew the session.
    void reconnect(const ConnectionSettings& settings);
    // Revoke the refresh token at Salesforce, delete it from the keychain, forget the session.
    void disconnectFrom(const ConnectionSettings& settings);
    // Headless use: the client credentials flow (the secret stays in memory).
    void connectWithClientCredentials(const QUrl& loginUrl, const QString& clientId, const QString& clientSecret);

    // The settings to save in the config for the current connection.
    ConnectionSettings settingsFor(const ConnectionSettings& base) const;

Q_SIGNALS:
    void stateChanged(callbridge::ConnectionManager::State state);
    void established();
    void failed(const QString& message);
    void disconnectFinished();

private:
    void verify(); // identity + org + license, then established()
    // Verifies once the token request succeeds; fails with its error otherwise.
    void verifyAfter(TokenRequest* request);
    void setState(State state);
    void fail(const QString& message);
    static QString notAnOrgId(const QString& value);
    static QString notAUserId(const QString& value);

    QNetworkAccessManager* m_network;
    TokenStore* m_tokenStore;
    SalesforceSession* m_session;
    RestClient* m_client;
    State m_state = State::Disconnected;
    ConnectionSummary m_summary;
    QString m_lastError;
    bool m_storeRefreshToken = false;
};

} // namespace callbridge
