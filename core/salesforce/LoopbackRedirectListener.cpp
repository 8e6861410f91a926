#include "core/salesforce/LoopbackRedirectListener.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace callbridge {

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_pageTitle(QCoreApplication::translate("LoopbackRedirectListener", "Callbridge"))
    , m_pageText(QCoreApplication::translate(
          "LoopbackRedirectListener", "Callbridge received the answer from Salesforce. You can close this tab."))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
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
            "http://localhost:%2%3 to the connected app's callback URLs.")
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

void LoopbackRedirectListener::handle(QTcpSocket* socket)
{
    if (!socket->canReadLine()) {
        return; // wait for the whole request line
    }
    // "GET /OauthRedirect?code=...&state=... HTTP/1.1"
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    socket->disconnect(this);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    const bool isRedirect = requestLine.value(0) == "GET" && target.path() == callbackPath();
    QByteArray body;
    QByteArray status = "200 OK";
    if (isRedirect) {
        body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                              "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
                   .arg(m_pageTitle.toHtmlEscaped(), m_pageText.toHtmlEscaped())
                   .toUtf8();
    } else {
        status = "404 Not Found";
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (isRedirect) {
        Q_EMIT redirectReceived(QUrlQuery(target));
    }
}

} // namespace callbridge
