#include "tests/support/TestHttp.h"

#include <QJsonObject>

#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace callbridge::test {

QJsonArray HttpResult::records() const
{
    return json().object().value(QStringLiteral("records")).toArray();
}

QString HttpResult::errorCode() const
{
    return json().array().first().toObject().value(QStringLiteral("errorCode")).toString();
}

QString HttpResult::errorMessage() const
{
    return json().array().first().toObject().value(QStringLiteral("message")).toString();
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

TestHttp::TestHttp(const QString& baseUrl)
    : m_baseUrl(baseUrl)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl TestHttp::url(const QString& path) const
{
    return path.startsWith(QLatin1String("http")) ? QUrl(path) : QUrl(m_baseUrl + path);
}

HttpResult TestHttp::send(const QByteArray& method, const QString& path, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(30000);
    if (!m_bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    }
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(60000);
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        result.networkError = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

HttpResult TestHttp::get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("GET", path, {}, headers);
}

HttpResult TestHttp::post(const QString& path, const QByteArray& body, const QByteArray& contentType)
{
    return send("POST", path, body, { { "Content-Type", contentType } });
}

HttpResult TestHttp::postForm(const QString& path, const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& field : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return post(path, body, "application/x-www-form-urlencoded");
}

HttpResult TestHttp::patch(const QString& path, const QByteArray& body)
{
    return send("PATCH", path, body, { { "Content-Type", "application/json" } });
}

HttpResult TestHttp::remove(const QString& path)
{
    return send("DELETE", path, {}, {});
}

HttpResult TestHttp::query(const QString& soql, const QString& version)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    return get(QStringLiteral("/services/data/v%1/query?").arg(version) + query.toString(QUrl::FullyEncoded));
}

} // namespace callbridge::test
