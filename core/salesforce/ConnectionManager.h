#pragma once

#include "core/salesforce/ConnectionSummary.h"
#include "core/salesforce/OAuthTokens.h"
#include "core/salesforce/TokenStore.h"

#include "core/config/IntegrationConfig.h"

#include <QObject>
#include <QPointer>

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

    // After a successful authorization: verify, store the refresh token (and the app's consumer
    // secret, when it has one) in the keychain, become Connected. Without a refresh token (the
    // app's scopes lack refresh_token) the connection is SessionOnly and lastError() says why.
    void establish(const ConnectionSettings& settings, const OAuthTokens& tokens, const QString& clientSecret = {});
    // With saved settings: read the refresh token and the consumer secret from the keychain and
    // renew the session. A refresh token Salesforce rotates is stored the moment it arrives.
    void reconnect(const ConnectionSettings& settings);
    // Revoke the refresh token at Salesforce, delete it from the keychain, forget the session.
    void disconnectFrom(const ConnectionSettings& settings);
    // Headless use: the client credentials flow (the secret stays in memory). Refused before any
    // request on login.salesforce.com and test.salesforce.com (see OAuthProblems).
    void connectWithClientCredentials(const QUrl& loginUrl, const QString& clientId, const QString& clientSecret);

    // A keychain write still under way (a rotated refresh token), or null. A program about to quit
    // waits for its finished() so the keychain never keeps a spent token.
    KeychainJob* pendingKeychainWrite() const { return m_pendingWrite; }

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
    // A rotated refresh token replaces the spent one in the keychain at once.
    void storeRotated(const QString& refreshToken);
    // A failed token request in plain words, with the setting that fixes it.
    static QString explained(const SalesforceError& error);
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
    // The keychain entry that holds this connection's sign-in (set once stored or read back).
    QString m_storedOrgId;
    QString m_storedUserId;
    QPointer<KeychainJob> m_pendingWrite;
};

} // namespace callbridge
