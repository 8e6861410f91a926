#include "tests/support/HostileServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace callbridge::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}

// Parses one whole request from the front of `buffer` and removes it; false while incomplete.
bool takeRequest(QByteArray& buffer, HostileServer::Request* request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    HostileServer::Request parsed;
    parsed.method = requestLine.value(0);
    parsed.target = QString::fromLatin1(requestLine.value(1));
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        parsed.headers.append({ name, value });
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            contentLength = value.toLongLong();
        }
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total) {
        return false;
    }
    parsed.body = buffer.mid(headerEnd + 4, contentLength);
    parsed.raw = buffer.left(total);
    buffer.remove(0, total);
    *request = parsed;
    return true;
}

} // namespace

QByteArray HostileServer::Request::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

HostileServer::Response HostileServer::Response::json(const QByteArray& body, int status)
{
    Response response;
    response.status = status;
    response.headers = { { "Content-Type", "application/json;charset=UTF-8" } };
    response.body = body;
    return response;
}

HostileServer::Response HostileServer::Response::json(const QJsonObject& body, int status)
{
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

HostileServer::Response HostileServer::Response::redirect(int status, const QUrl& location)
{
    Response response;
    response.status = status;
    response.headers = { { "Location", location.toEncoded() } };
    return response;
}

HostileServer::Response HostileServer::Response::notFound()
{
    return json(R"([{"message":"The requested resource does not exist","errorCode":"NOT_FOUND"}])", 404);
}

HostileServer::Response HostileServer::Response::rawBytes(const QByteArray& bytes)
{
    Response response;
    response.raw = bytes;
    return response;
}

HostileServer::Response HostileServer::Response::silence()
{
    Response response;
    response.delivery = Delivery::Never;
    return response;
}

HostileServer::Response HostileServer::Response::trickled(int intervalMs) const
{
    Response response = *this;
    response.delivery = Delivery::Trickled;
    response.trickleIntervalMs = intervalMs;
    return response;
}

HostileServer::HostileServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler([](const Request&) { return Response::notFound(); })
{
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qFatal("HostileServer could not listen: %s", qPrintable(m_server->errorString()));
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                Request request;
                if (!takeRequest(*buffer, &request)) {
                    return;
                }
                m_requests.append(request);
                Q_EMIT requestReceived();
                answer(socket, m_handler(request));
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

HostileServer::~HostileServer() = default;

void HostileServer::answer(QTcpSocket* socket, const Response& response)
{
    if (response.delivery == Response::Delivery::Never) {
        return; // read, never answered: the connection stays open until the client gives up
    }
    QByteArray head = response.raw;
    QByteArray body;
    if (head.isEmpty()) {
        head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto& header : response.headers) {
            head += header.first + ": " + header.second + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        body = response.body;
    }
    if (response.delivery == Response::Delivery::AtOnce) {
        socket->write(head + body);
        socket->disconnectFromHost();
        return;
    }
    socket->write(head);
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid(*sent, 1));
        ++*sent;
    });
    timer->start(response.trickleIntervalMs);
}

quint16 HostileServer::port() const
{
    return m_server->serverPort();
}

QString HostileServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QUrl HostileServer::url(const QString& pathAndQuery) const
{
    return QUrl(baseUrl() + pathAndQuery);
}

bool HostileServer::received(const QByteArray& bytes) const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(),
        [&bytes](const Request& request) { return request.raw.contains(bytes); });
}

bool HostileServer::receivedHeader(const QByteArray& name) const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(),
        [&name](const Request& request) { return !request.header(name).isNull(); });
}

const QString HostileServer::orgId = QStringLiteral("00D000000000001AAA");
const QString HostileServer::userId = QStringLiteral("005000000000001AAA");
const QByteArray HostileServer::accessToken = "00D000000000001!hostile-test-access-token";

OAuthTokens HostileServer::sessionTokens(const QString& user) const
{
    OAuthTokens tokens;
    tokens.accessToken = QString::fromLatin1(accessToken);
    tokens.instanceUrl = QUrl(baseUrl());
    tokens.orgId = orgId;
    tokens.userId = user;
    return tokens;
}

} // namespace callbridge::test
