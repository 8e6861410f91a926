#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace callbridge::orgsim {

// One HTTP request as orgsim's handlers see it, copied out of QHttpServerRequest so that an
// answer can be sent later (simulated latency) or from another handler (composite).
struct HttpRequest
{
    QByteArray method; // GET, POST, PATCH, DELETE, PUT, HEAD
    QString path; // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Which of the org's two hosts it reached: the login host, or the instance (My Domain; also
    // every composite subrequest).
    bool onLoginHost = false;

    QByteArray header(const QByteArray& name) const; // case-insensitive
    QUrlQuery form() const; // an application/x-www-form-urlencoded body
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static HttpResponse json(int status, const QJsonValue& value);
    static HttpResponse html(int status, const QString& page);
    static HttpResponse redirect(const QUrl& location);
    static HttpResponse noContent();
    // Salesforce's REST error body: [{"message": ..., "errorCode": ...}]
    static HttpResponse error(int status, const QString& errorCode, const QString& message,
        const QStringList& fields = {}, bool withFields = false);
    // OAuth's error body: {"error": ..., "error_description": ...}
    static HttpResponse oauthError(int status, const QString& error, const QString& description);
};

QByteArray reasonPhrase(int status);

// The query of a URL as servlet containers read it: '+' stands for a space (a plus is %2B).
QUrlQuery formQuery(const QUrl& url);

} // namespace callbridge::orgsim
