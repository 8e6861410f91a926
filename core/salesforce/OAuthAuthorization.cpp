#include "core/salesforce/OAuthAuthorization.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/CredentialedRequest.h"
#include "core/salesforce/LoopbackRedirectListener.h"
#include "core/salesforce/NetworkTimeouts.h"
#include "core/salesforce/OAuthProblems.h"
#include "core/salesforce/SalesforceSession.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace callbridge {

namespace {

// The code exchange: a few hundred bytes.
constexpr int exchangeInactivityMs = 60 * 1000;
constexpr int exchangeDeadlineMs = 2 * 60 * 1000;

} // namespace

OAuthAuthorization::OAuthAuthorization(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_listener(new LoopbackRedirectListener(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(Result::TimedOut,
            tr("No answer came back from the browser within %n minute(s). Start again when "
               "you are ready to log in.",
                nullptr, qMax(1, m_timeoutMs / 60000)));
    });
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, &OAuthAuthorization::onRedirect);
}

OAuthAuthorization::~OAuthAuthorization() = default;

void OAuthAuthorization::setRequestTimeoutMs(int timeoutMs)
{
    m_listener->setRequestTimeoutMs(timeoutMs);
}

QString OAuthAuthorization::callbackUrl() const
{
    return QStringLiteral("http://localhost:%1%2").arg(m_port).arg(LoopbackRedirectListener::callbackPath());
}

QUrl OAuthAuthorization::authorizeUrl() const
{
    QUrl url = m_loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(callbackUrl())));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // No scope: Salesforce grants the app's Selected OAuth Scopes ("When scopes are not specified,
    // users are granted all configured scopes from the external client app or connected app",
    // https://developer.salesforce.com/docs/platform/mobile-sdk/guide/oauth-scope-parameter-values.html).
    // Asking for one the app lacks would be refused; a missing refresh_token is explained instead.
    // Always show the login page: the admin must be able to pick the integration user.
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login%20consent"));
    url.setQuery(query);
    return url;
}

void OAuthAuthorization::start()
{
    if (!isAllowedSalesforceUrl(m_loginUrl)) {
        QMetaObject::invokeMethod(
            this,
            [this] { finish(Result::Failed, tr("The login URL %1 does not use https.").arg(m_loginUrl.toString())); },
            Qt::QueuedConnection);
        return;
    }
    const Status listening = m_listener->listen(m_port);
    if (!listening.ok()) {
        QMetaObject::invokeMethod(
            this, [this, listening] { finish(Result::PortBusy, listening.errorMessage()); }, Qt::QueuedConnection);
        return;
    }
    m_pkce = Pkce::generate();
    m_state = Pkce::randomToken(24);
    m_listener->setExpectedState(m_state); // only the redirect carrying it ends the wait
    m_timeout->start(m_timeoutMs);
    qCInfo(lcOAuth) << "waiting for the browser on" << callbackUrl();
    const QUrl url = authorizeUrl();
    QMetaObject::invokeMethod(
        this, [this, url] { Q_EMIT browserRequested(url); }, Qt::QueuedConnection);
}

void OAuthAuthorization::cancel()
{
    finish(Result::Cancelled, tr("Connecting was cancelled."));
}

void OAuthAuthorization::restartTimeout()
{
    if (m_result == Result::Pending && !m_exchange && m_timeout->isActive()) {
        m_timeout->start(m_timeoutMs);
    }
}

void OAuthAuthorization::onRedirect(const QUrlQuery& query)
{
    if (m_result != Result::Pending || m_exchange) {
        return;
    }
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != QString::fromLatin1(m_state)) {
        return; // the listener answers only this login's state; not this login's answer either way
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied")) {
        finish(Result::Denied,
            tr("Access was denied in the browser, so Callbridge is not connected. Start again and choose Allow."));
        return;
    }
    if (!error.isEmpty()) {
        finish(Result::Failed,
            OAuthProblems::explain(
                error, query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded), callbackUrl()));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        finish(Result::Failed, tr("Salesforce's answer carried no authorization code."));
        return;
    }
    exchange(code);
}

void OAuthAuthorization::exchange(const QString& code)
{
    Q_EMIT exchangingCode();
    QUrl url = m_loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/token"));
    QNetworkRequest request = credentialedRequest(url, exchangeInactivityMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QByteArray form = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code)
        + "&client_id=" + QUrl::toPercentEncoding(m_clientId)
        + "&redirect_uri=" + QUrl::toPercentEncoding(callbackUrl()) + "&code_verifier=" + m_pkce.verifier;
    if (!m_clientSecret.isEmpty()) {
        form += "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret);
    }
    QNetworkReply* reply = m_network->post(request, form);
    setReplyDeadline(reply, exchangeDeadlineMs);
    m_exchange = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, name = QString(QStringLiteral("POST ") + url.path())] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 || replyTransportFailed(reply) || replyDeadlinePassed(reply)) {
            finish(Result::Failed,
                tr("Could not reach Salesforce to finish the login: %1")
                    .arg(replyFailure(reply, name, exchangeInactivityMs, exchangeDeadlineMs).toString()));
            return;
        }
        if (const SalesforceError redirect = redirectError(reply); redirect.isError()) {
            finish(Result::Failed, redirect.toString());
            return;
        }
        const QByteArray body = reply->readAll();
        if (status != 200) {
            const SalesforceError error = SalesforceError::fromReplyBody(status, body);
            finish(Result::Failed,
                error.errorCode.isEmpty() ? tr("Salesforce refused the login: %1").arg(error.toString())
                                          : OAuthProblems::explain(error.errorCode, error.message, callbackUrl()));
            return;
        }
        auto parsed = OAuthTokens::parse(body);
        if (auto* error = std::get_if<SalesforceError>(&parsed)) {
            finish(Result::Failed, error->toString());
            return;
        }
        m_tokens = std::get<OAuthTokens>(parsed);
        finish(Result::Success);
    });
}

void OAuthAuthorization::finish(Result result, const QString& message)
{
    if (m_result != Result::Pending) {
        return;
    }
    m_result = result;
    m_errorMessage = message;
    m_timeout->stop();
    m_listener->close();
    m_listener->setExpectedState({}); // a late redirect on a connection still open ends nothing
    if (m_exchange && result != Result::Success) {
        m_exchange->disconnect(this);
        m_exchange->abort();
    }
    m_pkce = {}; // the verifier is single-use
    if (result != Result::Success) {
        qCInfo(lcOAuth) << "authorization ended:" << result << message;
    }
    Q_EMIT finished();
}

} // namespace callbridge
