#pragma once

#include "core/util/Status.h"

#include <QObject>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace callbridge {

// Receives the browser's redirect after the Salesforce login: listens on 127.0.0.1 only,
// answers GET /OauthRedirect?... with a short page, and reports the query. Other paths (a
// browser's favicon request) get a 404 and the listener keeps waiting.
//
// Written by hand rather than with QtHttpServer: it reads one request line, and the client
// library should not carry an HTTP server module for that.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackRedirectListener(QObject* parent = nullptr);

    // Fails with what to do when the port cannot be used (busy, privileged).
    Status listen(quint16 port);
    void close();
    quint16 port() const;
    static QString callbackPath() { return QStringLiteral("/OauthRedirect"); }

    // The page the browser shows once the redirect arrived.
    void setPage(const QString& title, const QString& text);

Q_SIGNALS:
    void redirectReceived(const QUrlQuery& query);

private:
    void handle(QTcpSocket* socket);

    QTcpServer* m_server;
    QString m_pageTitle;
    QString m_pageText;
};

} // namespace callbridge
