#pragma once

#include "core/salesforce/OAuthTokens.h"
#include "core/salesforce/Pkce.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace callbridge {

class LoopbackRedirectListener;

// The OAuth 2.0 web server flow with PKCE, as a desktop app runs it:
//
//   1. listen on http://localhost:<port>/OauthRedirect (127.0.0.1 only)
//   2. browserRequested(<login>/services/oauth2/authorize?response_type=code&client_id&
//        redirect_uri&state&code_challenge&code_challenge_method=S256)   -> the UI opens it
//   3. the admin logs in and allows; Salesforce redirects the browser to the listener
//        with ?code&state (or ?error=access_denied&state)
//   4. check state, POST <login>/services/oauth2/token  grant_type=authorization_code
//        &code&client_id&redirect_uri&code_verifier[&client_secret]
//   5. finished(): tokens, or why not
//
// A request to the listener without this login's state (another program on this computer, an
// old tab) is answered with an error page and the login goes on waiting for the genuine one.
// finished() is emitted exactly once: success, denied, port busy, timeout, cancel, or a failed
// exchange. Nothing is stored here; the caller decides what to keep.
class OAuthAuthorization : public QObject
{
    Q_OBJECT

public:
    enum class Result { Pending, Success, Denied, PortBusy, TimedOut, Cancelled, Failed };
    Q_ENUM(Result)

    explicit OAuthAuthorization(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~OAuthAuthorization() override;

    void setLoginUrl(const QUrl& loginUrl) { m_loginUrl = loginUrl; }
    void setClientId(const QString& clientId) { m_clientId = clientId; }
    // The app's consumer secret, sent on the code exchange when given (External Client Apps
    // require it by default). Kept in memory only.
    void setClientSecret(const QString& secret) { m_clientSecret = secret; }
    void setCallbackPort(quint16 port) { m_port = port; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // How long one connection to the listener may take to send its request (see
    // LoopbackRedirectListener::setRequestTimeoutMs).
    void setRequestTimeoutMs(int timeoutMs);

    QString callbackUrl() const;
    QUrl authorizeUrl() const;

    void start();
    void cancel();
    // While waiting for the browser: the timeout starts over (the login page was opened again).
    void restartTimeout();

    Result result() const { return m_result; }
    QString errorMessage() const { return m_errorMessage; }
    const OAuthTokens& tokens() const { return m_tokens; }

Q_SIGNALS:
    void browserRequested(const QUrl& authorizeUrl);
    void exchangingCode();
    void finished();

private:
    void onRedirect(const QUrlQuery& query);
    void exchange(const QString& code);
    void finish(Result result, const QString& message = {});

    QNetworkAccessManager* m_network;
    LoopbackRedirectListener* m_listener;
    QTimer* m_timeout;
    QPointer<QNetworkReply> m_exchange;
    QUrl m_loginUrl;
    QString m_clientId;
    QString m_clientSecret;
    quint16 m_port = 1717;
    int m_timeoutMs = 5 * 60 * 1000;
    Pkce m_pkce;
    QByteArray m_state;
    Result m_result = Result::Pending;
    QString m_errorMessage;
    OAuthTokens m_tokens;
};

} // namespace callbridge
