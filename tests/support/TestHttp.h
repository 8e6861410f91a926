#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace callbridge::test {

// A plain HTTP exchange for tests that talk to orgsim directly (not through the client).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // set when the connection failed

    QByteArray header(const QByteArray& name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonArray records() const; // a query answer's records
    QString errorCode() const; // the first error of an error answer [{"errorCode", "message"}]
    QString errorMessage() const;
};

class TestHttp
{
public:
    explicit TestHttp(const QString& baseUrl);

    void setBearer(const QString& token) { m_bearer = token; }
    HttpResult get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult post(const QString& path, const QByteArray& body, const QByteArray& contentType = "application/json");
    HttpResult postForm(const QString& path, const QList<QPair<QString, QString>>& fields);
    HttpResult patch(const QString& path, const QByteArray& body);
    HttpResult remove(const QString& path);
    HttpResult query(const QString& soql, const QString& version = QStringLiteral("60.0"));

    QUrl url(const QString& path) const;
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body,
        const QList<QPair<QByteArray, QByteArray>>& headers);

private:
    QString m_baseUrl;
    QString m_bearer;
    QNetworkAccessManager m_network;
};

} // namespace callbridge::test
