#include "core/orgsim/http/HttpExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace callbridge::orgsim {

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

QUrlQuery HttpRequest::form() const
{
    // '+' means space in form encoding; QUrlQuery leaves it alone.
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonValue& value)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json;charset=UTF-8");
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::html(int status, const QString& page)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/html;charset=UTF-8");
    response.body = page.toUtf8();
    return response;
}

HttpResponse HttpResponse::redirect(const QUrl& location)
{
    HttpResponse response;
    response.status = 302;
    response.setHeader("Location", location.toEncoded());
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse HttpResponse::error(
    int status, const QString& errorCode, const QString& message, const QStringList& fields, bool withFields)
{
    QJsonObject error { { QStringLiteral("message"), message }, { QStringLiteral("errorCode"), errorCode } };
    if (withFields || !fields.isEmpty()) {
        error.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    }
    return json(status, QJsonArray { error });
}

HttpResponse HttpResponse::oauthError(int status, const QString& error, const QString& description)
{
    return json(status,
        QJsonObject { { QStringLiteral("error"), error }, { QStringLiteral("error_description"), description } });
}

QUrlQuery formQuery(const QUrl& url)
{
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    return QUrlQuery(query);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace callbridge::orgsim
