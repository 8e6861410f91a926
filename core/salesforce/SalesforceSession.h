#pragma once

#include "core/salesforce/OAuthTokens.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace callbridge {

// One token request to Salesforce: a refresh, or the client credentials flow. Everyone who
// needs the session renewed waits on the same request; finished() is emitted exactly once,
// then the request deletes itself.
class TokenRequest : public QObject
{
    Q_OBJECT

public:
    explicit TokenRequest(QObject* parent)
        : QObject(parent)
    { }

    bool ok() const { return !m_error.isError(); }
    const SalesforceError& error() const { return m_error; }

    void finish(const SalesforceError& error);

Q_SIGNALS:
    void finished();

private:
    SalesforceError m_error;
};

// The live connection to one org: where it is, the access token (memory only), and how to
// renew it. Renewals are serialised: however many requests hit an expired session at once,
// one refresh goes to Salesforce and they all wait for it. That matters when the org uses
// refresh-token rotation, where a second concurrent refresh would revoke the chain.
class SalesforceSession : public QObject
{
    Q_OBJECT

public:
    explicit SalesforceSession(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setLoginUrl(const QUrl& loginUrl) { m_loginUrl = loginUrl; }
    QUrl loginUrl() const { return m_loginUrl; }
    void setClientId(const QString& clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    // The app's consumer secret, sent on every refresh when set (External Client Apps require it
    // for the refresh token flow by default) and used by the client credentials flow. Kept in
    // memory here; the ConnectionManager keeps it in the keychain beside the refresh token.
    void setClientSecret(const QString& secret) { m_clientSecret = secret; }
    QString clientSecret() const { return m_clientSecret; }

    // A token request ends when nothing arrives for `inactivityMs`, or when it has not finished
    // within `deadlineMs` however slowly the answer trickles in; either is a Timeout.
    void setTimeouts(int inactivityMs, int deadlineMs)
    {
        m_inactivityMs = inactivityMs;
        m_deadlineMs = deadlineMs;
    }

    void setTokens(const OAuthTokens& tokens);
    QString accessToken() const { return m_tokens.accessToken; }
    QString refreshToken() const { return m_tokens.refreshToken; }
    QUrl instanceUrl() const { return m_tokens.instanceUrl; }
    const OAuthTokens& tokens() const { return m_tokens; }
    bool isRefreshing() const { return !m_pending.isNull(); }
    int refreshCount() const { return m_refreshCount; }

    // Starts a refresh unless one is running, and returns the running one. The outcome also
    // comes as refreshed() or refreshFailed().
    TokenRequest* refresh();
    // Obtains the first tokens with the client credentials flow (headless use).
    TokenRequest* authenticateWithClientCredentials();

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const SalesforceError& error);
    // Salesforce rotated the refresh token: store the new one, the old one is spent.
    void refreshTokenChanged(const QString& refreshToken);

private:
    TokenRequest* requestToken(const QByteArray& form);
    // A request that fails without asking Salesforce; answered queued, so a caller that
    // connects after the call still hears it.
    TokenRequest* failedRequest(const SalesforceError& error);
    void finishPending(const SalesforceError& error);

    QNetworkAccessManager* m_network;
    QUrl m_loginUrl;
    QString m_clientId;
    QString m_clientSecret;
    bool m_clientCredentialsFlow = false; // renew with the client credentials, not a refresh token
    OAuthTokens m_tokens;
    QPointer<TokenRequest> m_pending;
    int m_refreshCount = 0;
    int m_inactivityMs = 60 * 1000;
    int m_deadlineMs = 2 * 60 * 1000; // a token answer is a few hundred bytes
};

// https for every host except this computer (the demo org and tests).
bool isAllowedSalesforceUrl(const QUrl& url);

} // namespace callbridge
