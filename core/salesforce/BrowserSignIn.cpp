#include "core/salesforce/BrowserSignIn.h"

#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/OAuthAuthorization.h"

#include <QTimer>

namespace callbridge {

BrowserSignIn::BrowserSignIn(QNetworkAccessManager* network, ConnectionManager* connection,
    const ConnectionSettings& settings, const QString& clientSecret, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(connection)
    , m_settings(settings)
    , m_clientSecret(clientSecret)
    , m_noAnswer(new QTimer(this))
{
    m_noAnswer->setSingleShot(true);
    connect(m_noAnswer, &QTimer::timeout, this, &BrowserSignIn::noAnswerYet);
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_authorization) {
        m_authorization->disconnect(this);
        m_authorization->cancel();
    }
}

void BrowserSignIn::start()
{
    m_authorization = new OAuthAuthorization(m_network, this);
    m_authorization->setLoginUrl(m_settings.loginUrl);
    m_authorization->setClientId(m_settings.clientId);
    m_authorization->setClientSecret(m_clientSecret);
    m_authorization->setCallbackPort(m_settings.callbackPort);
    connect(m_authorization, &OAuthAuthorization::browserRequested, this, [this](const QUrl& url) {
        m_noAnswer->start(m_noAnswerMs); // before the browser opens: it may answer at once
        Q_EMIT browserRequested(url);
    });
    connect(m_authorization, &OAuthAuthorization::exchangingCode, this, [this] {
        m_noAnswer->stop();
        m_answered = true;
        Q_EMIT exchangingCode();
    });
    OAuthAuthorization* authorization = m_authorization;
    connect(authorization, &OAuthAuthorization::finished, this, [this, authorization] {
        authorization->deleteLater();
        m_noAnswer->stop();
        if (authorization->result() != OAuthAuthorization::Result::Success) {
            finish(authorization->errorMessage());
            return;
        }
        m_verifying = true;
        Q_EMIT verifying();
        // This sign-in lives for one attempt, so listening to the connection until then is
        // listening to this attempt's answer.
        connect(m_connection, &ConnectionManager::established, this, [this] { finish({}); });
        connect(m_connection, &ConnectionManager::failed, this, [this](const QString& message) { finish(message); });
        m_connection->establish(m_settings, authorization->tokens(), m_clientSecret);
    });
    m_authorization->start();
}

void BrowserSignIn::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_authorization && !m_verifying) {
        m_authorization->cancel(); // finishes through its handler
        return;
    }
    finish(tr("Cancelled."));
}

void BrowserSignIn::restartWait()
{
    if (m_finished || m_answered || !m_authorization) {
        return; // the answer came already
    }
    m_noAnswer->start(m_noAnswerMs);
    m_authorization->restartTimeout();
}

void BrowserSignIn::finish(const QString& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_noAnswer->stop();
    m_connection->disconnect(this);
    Q_EMIT finished();
}

} // namespace callbridge
