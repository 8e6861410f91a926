#pragma once

#include "core/config/IntegrationConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace callbridge {

class ConnectionManager;
class OAuthAuthorization;

// One sign-in through the system browser, from the login page to a verified connection:
//
//   OAuthAuthorization: loopback listener, browserRequested(url), redirect, code exchange
//     -> ConnectionManager::establish: identity, org and license; refresh token to the keychain
//
// The wizard shows its progress and result and decides nothing else. finished() is emitted
// exactly once: connected, refused, cancelled or failed. When no answer comes back from the
// browser for a while (no browser opened, the tab was lost), noAnswerYet() says so once per wait;
// the sign-in keeps waiting until OAuthAuthorization's own timeout or cancel().
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    // `clientSecret`: the app's consumer secret, or empty for an app that requires none; it goes
    // into the code exchange and, through the ConnectionManager, into the keychain only.
    BrowserSignIn(QNetworkAccessManager* network, ConnectionManager* connection, const ConnectionSettings& settings,
        const QString& clientSecret, QObject* parent = nullptr);
    ~BrowserSignIn() override;

    // How long to wait for the browser's answer before noAnswerYet(); set before start().
    static constexpr int defaultNoAnswerMs = 2 * 60 * 1000;
    void setNoAnswerMs(int ms) { m_noAnswerMs = ms; }

    void start();
    void cancel();
    // The login page was opened again: the wait for its answer starts over.
    void restartWait();

    bool ok() const { return m_finished && m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void browserRequested(const QUrl& authorizeUrl);
    void noAnswerYet(); // nothing came back from the browser within the no-answer time
    void exchangingCode();
    void verifying(); // Salesforce answered; checking the org and the user
    void finished();

private:
    void finish(const QString& error);

    QNetworkAccessManager* m_network;
    ConnectionManager* m_connection;
    ConnectionSettings m_settings;
    QString m_clientSecret;
    QPointer<OAuthAuthorization> m_authorization;
    QTimer* m_noAnswer;
    int m_noAnswerMs = defaultNoAnswerMs;
    QString m_error;
    bool m_answered = false; // the browser's redirect arrived
    bool m_verifying = false;
    bool m_finished = false;
};

} // namespace callbridge
