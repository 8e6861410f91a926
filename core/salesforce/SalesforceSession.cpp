#include "core/salesforce/SalesforceSession.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/CredentialedRequest.h"
#include "core/salesforce/NetworkTimeouts.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace callbridge {

bool isAllowedSalesforceUrl(const QUrl& url)
{
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    if (url.scheme() != QLatin1String("http")) {
        return false;
    }
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void TokenRequest::finish(const SalesforceError& error)
{
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

SalesforceSession::SalesforceSession(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

void SalesforceSession::setTokens(const OAuthTokens& tokens)
{
    m_tokens = tokens;
    m_clientCredentialsFlow = false;
}

TokenRequest* SalesforceSession::refresh()
{
    if (isRefreshing()) {
        return m_pending; // the running refresh will answer everyone
    }
    if (!m_tokens.refreshToken.isEmpty()) {
        QByteArray form = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(m_tokens.refreshToken)
            + "&client_id=" + QUrl::toPercentEncoding(m_clientId);
        if (!m_clientSecret.isEmpty()) {
            form += "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret);
        }
        return requestToken(form);
    }
    if (m_clientCredentialsFlow && !m_clientSecret.isEmpty()) {
        return authenticateWithClientCredentials();
    }
    SalesforceError error;
    error.kind = SalesforceError::Kind::Disconnected;
    error.message = tr("no refresh token");
    return failedRequest(error);
}

TokenRequest* SalesforceSession::authenticateWithClientCredentials()
{
    if (isRefreshing()) {
        return m_pending;
    }
    m_clientCredentialsFlow = true;
    return requestToken("grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret));
}

TokenRequest* SalesforceSession::failedRequest(const SalesforceError& error)
{
    m_pending = new TokenRequest(this);
    QMetaObject::invokeMethod(
        this, [this, error] { finishPending(error); }, Qt::QueuedConnection);
    return m_pending;
}

void SalesforceSession::finishPending(const SalesforceError& error)
{
    TokenRequest* request = m_pending;
    m_pending.clear();
    if (error.isError()) {
        Q_EMIT refreshFailed(error);
    } else {
        Q_EMIT refreshed();
    }
    if (request) {
        request->finish(error);
    }
}

TokenRequest* SalesforceSession::requestToken(const QByteArray& form)
{
    QUrl url = m_loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/token"));
    if (!isAllowedSalesforceUrl(url)) {
        SalesforceError error;
        error.kind = SalesforceError::Kind::InsecureUrl;
        error.message = url.host();
        return failedRequest(error);
    }
    QNetworkRequest request = credentialedRequest(url, m_inactivityMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    ++m_refreshCount;
    qCInfo(lcOAuth) << "renewing the Salesforce session";
    QNetworkReply* reply = m_network->post(request, form);
    setReplyDeadline(reply, m_deadlineMs);
    m_pending = new TokenRequest(this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, name = QString(QStringLiteral("POST ") + url.path())] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 || replyTransportFailed(reply) || replyDeadlinePassed(reply)) {
            finishPending(replyFailure(reply, name, m_inactivityMs, m_deadlineMs));
            return;
        }
        if (const SalesforceError redirect = redirectError(reply); redirect.isError()) {
            qCWarning(lcOAuth) << "session renewal refused:" << redirect.toString();
            finishPending(redirect);
            return;
        }
        const QByteArray body = reply->readAll();
        if (status != 200) {
            SalesforceError error = SalesforceError::fromReplyBody(status, body);
            if (error.errorCode == QLatin1String("invalid_grant") || error.errorCode == QLatin1String("invalid_client")
                || error.errorCode == QLatin1String("invalid_client_id")
                || error.errorCode == QLatin1String("invalid_app_access")) {
                error.kind = SalesforceError::Kind::Disconnected;
            }
            qCWarning(lcOAuth) << "session renewal refused:" << error.errorCode << error.message;
            finishPending(error);
            return;
        }
        auto parsed = OAuthTokens::parse(body);
        if (auto* error = std::get_if<SalesforceError>(&parsed)) {
            finishPending(*error);
            return;
        }
        OAuthTokens fresh = std::get<OAuthTokens>(parsed);
        const QString previous = m_tokens.refreshToken;
        if (fresh.refreshToken.isEmpty()) {
            fresh.refreshToken = previous; // no rotation: the old refresh token stays valid
        }
        m_tokens = fresh;
        if (!fresh.refreshToken.isEmpty() && fresh.refreshToken != previous) {
            Q_EMIT refreshTokenChanged(fresh.refreshToken);
        }
        finishPending({});
    });
    return m_pending;
}

} // namespace callbridge
