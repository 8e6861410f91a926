#include "tests/support/RawHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace callbridge::test {

RawHttpServer::RawHttpServer()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        qFatal("RawHttpServer: cannot listen on loopback");
    }
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            // One answer per connection: the request may arrive in several pieces.
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                socket->readAll();
                if (!socket->property("answered").toBool()) {
                    socket->setProperty("answered", true);
                    answer(socket);
                }
            });
        }
    });
}

void RawHttpServer::respond(const QByteArray& response)
{
    m_mode = Mode::Respond;
    m_head = response;
}

void RawHttpServer::trickle(const QByteArray& head, const QByteArray& body, int intervalMs)
{
    m_mode = Mode::Trickle;
    m_head = head;
    m_body = body;
    m_intervalMs = intervalMs;
}

void RawHttpServer::stayStill()
{
    m_mode = Mode::Silent;
}

QUrl RawHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void RawHttpServer::answer(QTcpSocket* socket)
{
    ++m_requests;
    switch (m_mode) {
    case Mode::Respond:
        socket->write(m_head);
        socket->disconnectFromHost();
        return;
    case Mode::Trickle: {
        socket->write(m_head);
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent] {
            if (*sent >= m_body.size()) {
                timer->stop();
                return;
            }
            socket->write(m_body.mid(*sent, 1));
            ++*sent;
        });
        timer->start(m_intervalMs);
        return;
    }
    case Mode::Silent:
        return;
    }
}

} // namespace callbridge::test
