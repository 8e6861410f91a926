#pragma once

#include "core/util/Status.h"

#include <QObject>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace callbridge {

// Receives the browser's redirect after the Salesforce login: listens on 127.0.0.1 only,
// answers GET /OauthRedirect?...&state=<this login's state> with a short page, and reports the
// query, once. Any program on this computer can call the port, so a redirect without this
// login's state gets a 400 page saying so, and the listener keeps waiting for the genuine one;
// other paths (a browser's favicon request) get a 404. A connection that sends more than
// maxRequestBytes without a whole request line, or stays open longer than the request timeout
// without one, is closed.
//
// Written by hand rather than with QtHttpServer: it reads one request line, and the client
// library should not carry an HTTP server module for that.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxRequestBytes = 16 * 1024;
    static constexpr int defaultRequestTimeoutMs = 10 * 1000;

    explicit LoopbackRedirectListener(QObject* parent = nullptr);

    // Fails with what to do when the port cannot be used (busy, privileged).
    Status listen(quint16 port);
    void close();
    quint16 port() const;
    static QString callbackPath() { return QStringLiteral("/OauthRedirect"); }

    // The state this login sent to Salesforce: only a redirect carrying it is reported. Until
    // it is set, no redirect is.
    void setExpectedState(const QByteArray& state) { m_expectedState = state; }
    // How long a connection may stay open without sending its request line.
    void setRequestTimeoutMs(int timeoutMs) { m_requestTimeoutMs = timeoutMs; }

    // The page the browser shows once the redirect arrived.
    void setPage(const QString& title, const QString& text);

Q_SIGNALS:
    // The genuine redirect (its state matched); emitted at most once per expected state.
    void redirectReceived(const QUrlQuery& query);

private:
    void handle(QTcpSocket* socket);
    QByteArray page(const QString& text) const;

    QTcpServer* m_server;
    QByteArray m_expectedState;
    int m_requestTimeoutMs = defaultRequestTimeoutMs;
    QString m_pageTitle;
    QString m_pageText;
};

} // namespace callbridge
