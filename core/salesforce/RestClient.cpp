#include "core/salesforce/RestClient.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/CredentialedRequest.h"
#include "core/salesforce/NetworkTimeouts.h"
#include "core/salesforce/SalesforceSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace callbridge {

namespace {

bool expectsJson(const QByteArray& contentType)
{
    return contentType.startsWith("application/json");
}

} // namespace

RestReply::RestReply(RestClient* client, RestRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    if (!m_request.idempotent) {
        const QByteArray& method = m_request.method;
        m_request.idempotent = method == "GET" || method == "HEAD" || method == "DELETE";
    }
}

QByteArray RestReply::header(const QByteArray& name) const
{
    for (const auto& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

RestReply::~RestReply()
{
    m_client->m_inFlight.remove(this);
}

QString RestReply::describe() const
{
    return QString::fromLatin1(m_request.method) + QLatin1Char(' ') + m_client->urlFor(m_request.path).path();
}

void RestReply::send()
{
    if (m_finished) {
        return;
    }
    if (!m_deadline && m_request.deadlineMs > 0) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &RestReply::deadlinePassed);
        m_deadline->start(m_request.deadlineMs);
    }
    ++m_attempts;
    const QUrl url = m_client->urlFor(m_request.path);
    if (!m_client->isOnInstance(url)) {
        // A path from the server (nextRecordsUrl) that names another host: the bearer stays here.
        SalesforceError error;
        error.kind = SalesforceError::Kind::OffInstance;
        error.message = originOf(url);
        finish(error);
        return;
    }
    if (!isAllowedSalesforceUrl(url)) {
        SalesforceError error;
        error.kind = SalesforceError::Kind::InsecureUrl;
        error.message = url.toString(QUrl::RemoveQuery);
        finish(error);
        return;
    }
    QNetworkRequest request = credentialedRequest(url, m_request.timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_client->session()->accessToken().toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (!m_request.body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto& header : m_request.headers) {
        request.setRawHeader(header.first, header.second);
    }
    qCDebug(lcRest) << m_request.method << url.toString(QUrl::RemoveQuery) << "attempt" << m_attempts;
    QNetworkReply* reply = m_client->network()->sendCustomRequest(request, m_request.method, m_request.body);
    ++m_client->m_requestsSent;
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleReply(reply); });
}

void RestReply::handleReply(QNetworkReply* reply)
{
    reply->deleteLater();
    m_reply.clear();
    if (m_finished) {
        return;
    }
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    m_client->noteLimitInfo(reply->rawHeader("Sforce-Limit-Info"));
    m_client->noteDate(reply->rawHeader("Date"));

    if (const SalesforceError redirect = redirectError(reply); redirect.isError()) {
        finish(redirect);
        return;
    }
    if (m_status == 0 || (replyTransportFailed(reply) && m_status < 400)) {
        // No usable HTTP answer: refused, dropped half-way, timed out, TLS.
        const SalesforceError error = replyFailure(reply, describe(), m_request.timeoutMs, 0);
        if (error.kind == SalesforceError::Kind::Timeout) {
            ++m_timedOutAttempts;
        }
        if (error.isTransient() && *m_request.idempotent && m_attempts < m_client->retryPolicy().maxAttempts
            && m_timedOutAttempts < RetryPolicy::maxTimedOutAttempts) {
            m_error = error;
            retryLater();
            return;
        }
        finish(error);
        return;
    }
    if (m_status >= 200 && m_status < 300) {
        if (expectsJson(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()) && !m_body.isEmpty()) {
            QJsonParseError parseError;
            QJsonDocument::fromJson(m_body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                SalesforceError error = SalesforceError::malformed(
                    tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
                error.httpStatus = m_status;
                finish(error);
                return;
            }
        }
        finish({});
        return;
    }
    if (m_status == 304) {
        finish({});
        return;
    }
    const SalesforceError error = SalesforceError::fromReplyBody(m_status, m_body);
    if (error.kind == SalesforceError::Kind::SessionExpired && !m_replayed) {
        refreshAndReplay();
        return;
    }
    // A locked row was not written, nor was a request refused for the concurrency limit, so even
    // a POST may go again.
    const bool concurrency = error.kind == SalesforceError::Kind::ConcurrencyLimit;
    const bool retryable = error.isTransient()
        && (*m_request.idempotent || concurrency || error.errorCode == QLatin1String("UNABLE_TO_LOCK_ROW"));
    const RetryPolicy& policy = m_client->retryPolicy();
    const int attempts = policy.maxAttempts + (concurrency ? RetryPolicy::concurrencyExtraAttempts : 0);
    if (retryable && m_attempts < attempts) {
        m_error = error;
        retryLater();
        return;
    }
    finish(error);
}

void RestReply::retryLater()
{
    const RetryPolicy& policy = m_client->retryPolicy();
    const bool concurrency = m_error.kind == SalesforceError::Kind::ConcurrencyLimit;
    const int factor = concurrency ? RetryPolicy::concurrencyFactor : 1;
    const int exponential = qMin(policy.maxDelayMs * factor, (policy.baseDelayMs * factor) << qMin(m_attempts - 1, 16));
    const int delay = exponential + int(QRandomGenerator::global()->bounded(exponential / 2 + 1));
    qCInfo(lcRest) << "retrying" << m_request.method << m_request.path << "in" << delay << "ms after"
                   << m_error.toString();
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &RestReply::send);
    }
    m_retryTimer->start(delay);
}

void RestReply::refreshAndReplay()
{
    m_replayed = true;
    TokenRequest* renewal = m_client->session()->refresh();
    connect(renewal, &TokenRequest::finished, this, [this, renewal] {
        if (m_finished) {
            return;
        }
        if (renewal->ok()) {
            send();
            return;
        }
        if (renewal->error().kind == SalesforceError::Kind::Disconnected) {
            Q_EMIT m_client->disconnected(renewal->error());
        }
        finish(renewal->error());
    });
}

void RestReply::deadlinePassed()
{
    abandon(SalesforceError::deadlinePassed(describe(), m_request.deadlineMs)); // a session renewal is left to finish
}

void RestReply::cancel()
{
    abandon(SalesforceError::cancelled());
}

void RestReply::abandon(const SalesforceError& error)
{
    if (m_finished) {
        return;
    }
    if (m_retryTimer) {
        m_retryTimer->stop();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(error);
}

void RestReply::finish(const SalesforceError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_client->m_inFlight.remove(this);
    if (m_deadline) {
        m_deadline->stop();
    }
    if (error.isError() && error.kind != SalesforceError::Kind::Cancelled) {
        qCWarning(lcRest) << m_request.method << m_request.path << "failed:" << error.toString();
    }
    Q_EMIT finished();
    if (m_autoDelete) {
        deleteLater();
    }
}

RestClient::RestClient(QNetworkAccessManager* network, SalesforceSession* session, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_session(session)
{
    m_clock.start();
}

RestClient::~RestClient()
{
    // Replies are children that unregister themselves: they go while the register still exists.
    qDeleteAll(findChildren<RestReply*>(QString(), Qt::FindDirectChildrenOnly));
}

QUrl RestClient::urlFor(const QString& path) const
{
    // A path the server gave may name a host as a browser reads it: a scheme, "//host", "/\host".
    // It is returned as that host, and send() refuses it unless it is the instance.
    if (path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        return QUrl(path);
    }
    if (path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("/\\"))
        || path.startsWith(QLatin1Char('\\'))) {
        return m_session->instanceUrl().resolved(QUrl(QString(path).replace(QLatin1Char('\\'), QLatin1Char('/'))));
    }
    QUrl url = m_session->instanceUrl();
    const QString relative = path.startsWith(QLatin1Char('/'))
        ? path
        : QStringLiteral("/services/data/v") + m_apiVersion + QLatin1Char('/') + path;
    const int query = static_cast<int>(relative.indexOf(QLatin1Char('?')));
    url.setPath(query < 0 ? relative : relative.left(query));
    if (query >= 0) {
        url.setQuery(relative.mid(query + 1), QUrl::StrictMode);
    }
    return url;
}

bool RestClient::isOnInstance(const QUrl& url) const
{
    const QUrl instance = m_session->instanceUrl();
    auto portOf = [](const QUrl& u) {
        return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return url.scheme() == instance.scheme() && url.host().compare(instance.host(), Qt::CaseInsensitive) == 0
        && portOf(url) == portOf(instance) && url.userInfo().isEmpty();
}

RestReply* RestClient::send(const RestRequest& request)
{
    auto* reply = new RestReply(this, request);
    m_inFlight.insert(reply, m_clock.elapsed());
    // Started from the event loop, so the caller can connect to finished() first.
    QMetaObject::invokeMethod(reply, &RestReply::send, Qt::QueuedConnection);
    return reply;
}

std::optional<RestClient::Waiting> RestClient::waitingFor(qint64 atLeastMs) const
{
    const RestReply* oldest = nullptr;
    qint64 since = 0;
    for (auto reply = m_inFlight.cbegin(); reply != m_inFlight.cend(); ++reply) {
        if (!oldest || reply.value() < since) {
            oldest = reply.key();
            since = reply.value();
        }
    }
    const qint64 waited = m_clock.elapsed() - since;
    if (!oldest || waited < atLeastMs) {
        return std::nullopt;
    }
    return Waiting { oldest->describe(), waited };
}

RestReply* RestClient::get(const QString& path, const HeaderList& headers)
{
    RestRequest request;
    request.path = path;
    request.headers = headers;
    return send(request);
}

RestReply* RestClient::negotiateVersion()
{
    RestReply* reply = get(QStringLiteral("/services/data"));
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            return;
        }
        double best = 0;
        for (const QJsonValue& entry : reply->json().array()) {
            const double version = entry.toObject().value(QStringLiteral("version")).toString().toDouble();
            if (version <= newestSupportedVersion && version > best) {
                best = version;
            }
        }
        if (best > 0) {
            m_apiVersion = QString::number(best, 'f', 1);
            qCInfo(lcRest) << "using API version" << m_apiVersion;
        }
    });
    return reply;
}

void RestClient::noteLimitInfo(const QByteArray& header)
{
    static const QRegularExpression usage(QStringLiteral("api-usage=(\\d+)/(\\d+)"));
    const auto match = usage.match(QString::fromLatin1(header));
    if (match.hasMatch()) {
        noteApiUsage(match.captured(1).toLongLong(), match.captured(2).toLongLong());
    }
}

void RestClient::noteApiUsage(qint64 used, qint64 max)
{
    m_apiUsed = used;
    m_apiMax = max;
    Q_EMIT apiUsageChanged(m_apiUsed, m_apiMax);
}

void RestClient::noteDate(const QByteArray& header)
{
    // RFC 7231: "Wed, 02 Dec 2026 03:39:30 GMT"
    QString text = QString::fromLatin1(header).trimmed();
    if (text.endsWith(QLatin1String(" GMT"))) {
        text.chop(4);
    }
    const QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (date.isValid()) {
        m_serverDate = QDateTime(date.date(), date.time(), Qt::UTC);
        m_serverDateAt = m_clock.elapsed();
    }
}

QDateTime RestClient::serverTime() const
{
    if (!m_serverDate.isValid()) {
        return QDateTime::currentDateTimeUtc();
    }
    return m_serverDate.addMSecs(m_clock.elapsed() - m_serverDateAt);
}

} // namespace callbridge
