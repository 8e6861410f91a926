#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace callbridge::test {

// A loopback HTTP server that answers the way a broken or hostile server does: a fixed raw
// answer (truncated, malformed), headers and then a body trickled one byte at a time, or
// nothing at all. For the client's error paths; orgsim is the server that answers well.
class RawHttpServer : public QObject
{
    Q_OBJECT

public:
    RawHttpServer();

    // Each request gets `response` (status line, headers, body) at once; then the connection closes.
    void respond(const QByteArray& response);
    // Each request gets `head` at once, then `body` one byte every `intervalMs`.
    void trickle(const QByteArray& head, const QByteArray& body, int intervalMs);
    // Requests are read and never answered.
    void stayStill();

    QUrl url() const; // http://127.0.0.1:<port>
    int requestsReceived() const { return m_requests; }

private:
    void answer(QTcpSocket* socket);

    enum class Mode { Respond, Trickle, Silent };
    QTcpServer m_server;
    Mode m_mode = Mode::Silent;
    QByteArray m_head;
    QByteArray m_body;
    int m_intervalMs = 0;
    int m_requests = 0;
};

} // namespace callbridge::test
