#pragma once

#include "core/salesforce/OAuthTokens.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QJsonObject;
class QTcpServer;
class QTcpSocket;

namespace callbridge::test {

// A loopback HTTP server whose every answer the test scripts: a Salesforce that redirects,
// names other hosts, or sends ids that are not ids. It reads HTTP/1.1 requests (headers and a
// Content-Length body), answers each one with the handler's response and closes the
// connection, and records every request it read, so a test can assert what reached it (or that
// nothing did). It runs on the test's thread: wait on a signal spy to let it work.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QString target; // as sent: the path and the query
        HeaderList headers;
        QByteArray body;
        QByteArray raw; // every byte read for this request: headers and body

        QString path() const { return QUrl(target).path(); }
        QByteArray header(const QByteArray& name) const;
    };

    struct Response
    {
        // How the answer leaves: whole, its body one byte at a time (which no inactivity
        // timeout notices), or not at all (a server that reads and never answers).
        enum class Delivery { AtOnce, Trickled, Never };

        int status = 200;
        HeaderList headers;
        QByteArray body;
        QByteArray raw; // when set, sent exactly as it is instead: status line, headers, body
        Delivery delivery = Delivery::AtOnce;
        int trickleIntervalMs = 0;

        static Response json(const QByteArray& body, int status = 200);
        static Response json(const QJsonObject& body, int status = 200);
        static Response redirect(int status, const QUrl& location);
        static Response notFound();
        static Response rawBytes(const QByteArray& bytes);
        static Response silence();
        // This answer, its body sent one byte every `intervalMs`.
        Response trickled(int intervalMs) const;
    };

    using Handler = std::function<Response(const Request&)>;

    // Listens on 127.0.0.1, a free port; every request gets 404 until a handler is set.
    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:<port>
    QUrl url(const QString& pathAndQuery) const;

    // The org and user a test signs in as (valid ids), and the session's access token.
    static const QString orgId;
    static const QString userId;
    static const QByteArray accessToken;
    // Tokens of a session signed in to this server, for tests that start once signed in.
    OAuthTokens sessionTokens(const QString& user = userId) const;

    const QList<Request>& requests() const { return m_requests; }
    // Whether any request that reached this server carried `bytes` anywhere (headers or body).
    bool received(const QByteArray& bytes) const;
    // Whether any request carried this header, whatever its value.
    bool receivedHeader(const QByteArray& name) const;

Q_SIGNALS:
    void requestReceived();

private:
    void answer(QTcpSocket* socket, const Response& response);

    QTcpServer* m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace callbridge::test
