#include "core/salesforce/LoopbackRedirectListener.h"

#include "core/logging/LogCategories.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace callbridge {

namespace {

// Closes a connection the listener will not answer.
void drop(QTcpSocket* socket)
{
    socket->abort();
    socket->deleteLater();
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_pageTitle(QCoreApplication::translate("LoopbackRedirectListener", "Callbridge"))
    , m_pageText(QCoreApplication::translate("LoopbackRedirectListener",
          "Callbridge received the answer from Salesforce and comes back to the front "
          "to finish. You can close this tab. If Callbridge's window is not in front, "
          "switch to it."))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            // Qt stops reading from the connection once this much waits unread: a client that
            // never ends its request line cannot grow the buffer beyond it.
            socket->setReadBufferSize(maxRequestBytes);
            auto* deadline = new QTimer(socket);
            deadline->setSingleShot(true);
            connect(deadline, &QTimer::timeout, socket, [socket] {
                qCInfo(lcOAuth) << "closed a connection to the redirect listener that sent no request in time";
                drop(socket);
            });
            deadline->start(m_requestTimeoutMs);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

Status LoopbackRedirectListener::listen(quint16 port)
{
    if (m_server->listen(QHostAddress::LocalHost, port)) {
        return Status::success();
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        return Status::failure(QCoreApplication::translate("LoopbackRedirectListener",
            "Port %1 is already in use by another program (the Salesforce CLI uses "
            "1717 too). Close that program, or choose another port and add "
            "http://localhost:%2%3 to the app's callback URLs.")
                                   .arg(port)
                                   .arg(port == 1717 ? 1718 : port + 1)
                                   .arg(callbackPath()));
    }
    return Status::failure(QCoreApplication::translate("LoopbackRedirectListener", "Cannot listen on port %1: %2")
                               .arg(port)
                               .arg(m_server->errorString()));
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server->serverPort();
}

void LoopbackRedirectListener::setPage(const QString& title, const QString& text)
{
    m_pageTitle = title;
    m_pageText = text;
}

QByteArray LoopbackRedirectListener::page(const QString& text) const
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(m_pageTitle.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

void LoopbackRedirectListener::handle(QTcpSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() >= maxRequestBytes) {
            qCInfo(lcOAuth) << "closed a connection to the redirect listener whose request line is too long";
            socket->disconnect(this);
            drop(socket);
        }
        return; // wait for the whole request line
    }
    // "GET /OauthRedirect?code=...&state=... HTTP/1.1"
    const QList<QByteArray> requestLine = socket->readLine(maxRequestBytes).trimmed().split(' ');
    socket->disconnect(this);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    const QUrlQuery query(target);
    const bool isCallback = requestLine.value(0) == "GET" && target.path() == callbackPath();
    const bool isThisLogin = isCallback && !m_expectedState.isEmpty()
        && query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) == QString::fromLatin1(m_expectedState);
    QByteArray body;
    QByteArray status = "200 OK";
    if (isThisLogin) {
        body = page(m_pageText);
        m_expectedState.clear(); // one answer per login: a replay is not this login's any more
    } else if (isCallback) {
        // Another program, or an old tab: the login in progress goes on.
        qCInfo(lcOAuth) << "refused a redirect that does not carry this login's state";
        status = "400 Bad Request";
        body = page(QCoreApplication::translate("LoopbackRedirectListener",
            "Callbridge ignored this request: it is not from this login. If you are connecting Callbridge to "
            "Salesforce, finish the login in the browser tab that Callbridge opened."));
    } else {
        status = "404 Not Found";
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (isThisLogin) {
        Q_EMIT redirectReceived(query);
    }
}

} // namespace callbridge
