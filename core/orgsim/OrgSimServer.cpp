#include "core/orgsim/OrgSimServer.h"

#include "core/logging/LogCategories.h"
#include "core/orgsim/DemoOrg.h"

#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace callbridge::orgsim {

namespace {

HttpRequest fromQt(const QHttpServerRequest& request)
{
    HttpRequest copy;
    static const QHash<int, QByteArray> methods { { int(QHttpServerRequest::Method::Get), "GET" },
        { int(QHttpServerRequest::Method::Post), "POST" }, { int(QHttpServerRequest::Method::Put), "PUT" },
        { int(QHttpServerRequest::Method::Delete), "DELETE" }, { int(QHttpServerRequest::Method::Patch), "PATCH" },
        { int(QHttpServerRequest::Method::Head), "HEAD" }, { int(QHttpServerRequest::Method::Options), "OPTIONS" } };
    copy.method = methods.value(int(request.method()), "UNKNOWN");
    copy.path = request.url().path();
    // Real orgs serve //services/data/... as /services/data/... (clients that join an instance
    // URL ending in a slash with a path starting with one send it). Qt's request parser reads
    // the double slash as the start of an authority: "services" becomes the host (then replaced
    // by the Host header) and the path starts at /data/ or /oauth2/, which orgsim serves
    // nowhere else.
    if (copy.path.startsWith(QLatin1String("/data/")) || copy.path == QLatin1String("/data")
        || copy.path.startsWith(QLatin1String("/oauth2/"))) {
        copy.path.prepend(QLatin1String("/services"));
    }
    copy.query = formQuery(request.url());
    copy.headers = request.headers();
    copy.body = request.body();
    return copy;
}

QByteArray bearerToken(const HttpRequest& request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    for (const char* scheme : { "Bearer ", "OAuth " }) {
        if (authorization.startsWith(scheme)) {
            return authorization.mid(int(qstrlen(scheme))).trimmed();
        }
    }
    return {};
}

HttpResponse invalidSession()
{
    HttpResponse response =
        HttpResponse::error(401, QStringLiteral("INVALID_SESSION_ID"), QStringLiteral("Session expired or invalid"));
    response.setHeader("WWW-Authenticate", "Token");
    return response;
}

// "In each REST call, the maximum length for the combined URI and headers is 16,384 bytes. A
// request exceeding this limit returns a 431 Request Header Fields Too Large error. If the URI
// itself exceeds this limit, the request returns a 414 URI Too Long error." (FIDELITY.md)
constexpr qsizetype maxUriAndHeaderBytes = 16384;

std::optional<HttpResponse> oversizedRequest(const QHttpServerRequest& request)
{
    const qsizetype uri = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority).size();
    qsizetype headers = 0;
    for (const auto& header : request.headers()) {
        headers += header.first.size() + 2 + header.second.size() + 2; // "name: value\r\n"
    }
    const int status = uri > maxUriAndHeaderBytes ? 414 : (uri + headers > maxUriAndHeaderBytes ? 431 : 0);
    if (status == 0) {
        return std::nullopt;
    }
    // Chosen: the front end answers before the API does, so the body is a short HTML page, not
    // the REST error JSON.
    const QString reason = QString::fromLatin1(reasonPhrase(status));
    return HttpResponse::html(
        status, QStringLiteral("<html><body><h1>%1 %2</h1></body></html>").arg(QString::number(status), reason));
}

bool isWrite(const HttpRequest& request)
{
    return request.method == "POST" || request.method == "PATCH" || request.method == "DELETE"
        || request.method == "PUT";
}

} // namespace

OrgSimServer::OrgSimServer(const OrgSimOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_org(std::make_unique<OrgData>())
    , m_access(std::make_unique<AccessControl>(*m_org))
    , m_usage(options.apiDailyLimit)
    , m_oauth(std::make_unique<OAuthService>(*m_org, m_options, m_sessions))
    , m_rest(std::make_unique<RestApi>(*m_org, *m_access, m_usage))
    , m_random(quint32(options.seed))
{
    m_oauth->setLatestVersion(ApiVersions::latest());
    m_rest->setSubrequestFaults([this](const HttpRequest& request) { return pathFault(request); });
    m_rest->bulk().setFaults(&m_options.faults);
    m_rest->query().setFaults(&m_options.faults, options.seed);
}

OrgSimServer::~OrgSimServer() = default;

QString OrgSimServer::build()
{
    return DemoOrg::build(*m_org, m_options);
}

QString OrgSimServer::listen()
{
    m_loginPort = QAbstractHttpServer::listen(QHostAddress::LocalHost, m_options.port);
    if (m_loginPort == 0) {
        return tr("orgsim could not listen on 127.0.0.1:%1 (the port may be in use)").arg(m_options.port);
    }
    const quint16 instancePort = QAbstractHttpServer::listen(QHostAddress::LocalHost, 0);
    if (instancePort == 0) {
        return tr("orgsim could not listen on a second port of 127.0.0.1 for the instance");
    }
    m_baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_loginPort);
    m_instanceUrl = QStringLiteral("http://127.0.0.1:%1").arg(instancePort);
    m_oauth->setUrls(m_baseUrl, m_instanceUrl);
    qCInfo(lcOrgsim) << "orgsim listening on" << m_baseUrl << "(login) and" << m_instanceUrl << "(instance)";
    return {};
}

bool OrgSimServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest copy = fromQt(request);
    copy.onLoginHost = socket->localPort() == m_loginPort;
    const std::optional<HttpResponse> oversized = oversizedRequest(request);
    const HttpResponse response = oversized ? *oversized : respond(copy);
    const bool drop = m_dropNext;
    m_dropNext = false;
    if (m_options.latencyMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(m_options.latencyMs, this, [this, guarded, response, drop] {
            if (guarded) {
                send(guarded, response, drop);
            }
        });
    } else {
        send(socket, response, drop);
    }
    return true;
}

void OrgSimServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    send(socket,
        HttpResponse::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist")),
        false);
}

HttpResponse OrgSimServer::respond(const HttpRequest& request)
{
    const QString& path = request.path;
    if (path == QLatin1String("/services/oauth2/authorize")) {
        return m_oauth->authorize(request);
    }
    if (path == QLatin1String("/services/oauth2/token")) {
        return m_oauth->token(request);
    }
    if (path == QLatin1String("/services/oauth2/revoke")) {
        return m_oauth->revoke(request);
    }
    if (path == QLatin1String("/services/oauth2/userinfo") || path.startsWith(QLatin1String("/id/"))) {
        SessionStore::AccessToken* session = m_sessions.accessToken(QString::fromLatin1(bearerToken(request)));
        if (!session || session->expires < m_org->now()) {
            return invalidSession();
        }
        if (path.startsWith(QLatin1String("/id/"))) {
            const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            return m_oauth->identity(
                *session, parts.value(1), parts.value(2), request.query.queryItemValue(QStringLiteral("version")));
        }
        return m_oauth->userInfo(*session);
    }
    if (request.onLoginHost) {
        // The login host serves OAuth and identity only; the org's data is on its instance.
        return HttpResponse::error(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
    }
    if (path == QLatin1String("/services/data") || path == QLatin1String("/services/data/")) {
        return RestApi::versions(m_instanceUrl);
    }
    if (path.startsWith(QLatin1String("/services/data/v"))) {
        return dataRequest(request);
    }
    return HttpResponse::error(
        404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}

std::optional<HttpResponse> OrgSimServer::pathFault(const HttpRequest& request)
{
    FaultOptions& faults = m_options.faults;
    if (faults.unavailablePathTimes > 0 && !faults.unavailablePath.isEmpty()
        && request.path.contains(faults.unavailablePath)) {
        --faults.unavailablePathTimes;
        return HttpResponse::error(503, QStringLiteral("SERVER_UNAVAILABLE"),
            QStringLiteral("Server temporarily unavailable, please try again later."));
    }
    return std::nullopt;
}

namespace {

// Too many concurrent long-running requests: the same status and code as the daily limit, told
// apart only by the message (API Request Limits and Allocations; the message as Salesforce sends it).
HttpResponse concurrencyLimitExceeded()
{
    return HttpResponse::error(
        403, QStringLiteral("REQUEST_LIMIT_EXCEEDED"), QStringLiteral("ConcurrentPerOrgLongTxn Limit exceeded."));
}

} // namespace

std::optional<HttpResponse> OrgSimServer::injectedFault(const HttpRequest& request)
{
    if (auto fault = pathFault(request)) {
        return fault;
    }
    FaultOptions& faults = m_options.faults;
    if (faults.unavailableAfterRequests > 0) {
        --faults.unavailableAfterRequests; // this one is served; the burst starts after the count
    } else if (faults.unavailableNextRequests > 0) {
        --faults.unavailableNextRequests;
        return HttpResponse::error(503, QStringLiteral("SERVER_UNAVAILABLE"),
            QStringLiteral("Server temporarily unavailable, please try again later."));
    }
    if (faults.concurrencyLimitNextRequests > 0) {
        --faults.concurrencyLimitNextRequests;
        return concurrencyLimitExceeded();
    }
    const double roll = m_random.generateDouble();
    double threshold = faults.concurrencyLimitRate;
    if (roll < threshold) {
        return concurrencyLimitExceeded();
    }
    threshold += faults.serverErrorRate;
    if (roll < threshold) {
        return HttpResponse::error(500, QStringLiteral("UNKNOWN_EXCEPTION"),
            QStringLiteral("An unexpected error occurred. Please include this ErrorId if you "
                           "contact support: 1187215671-41730 (-1390409836)"));
    }
    threshold += faults.unavailableRate;
    if (roll < threshold) {
        return HttpResponse::error(503, QStringLiteral("SERVER_UNAVAILABLE"),
            QStringLiteral("Server temporarily unavailable, please try again later."));
    }
    threshold += faults.lockRowRate;
    if (roll < threshold && isWrite(request) && !request.path.contains(QLatin1String("/jobs/query"))) {
        return HttpResponse::error(400, QStringLiteral("UNABLE_TO_LOCK_ROW"),
            QStringLiteral("unable to obtain exclusive access to this record or 1 records"));
    }
    threshold += faults.dropConnectionRate;
    if (roll < threshold) {
        m_dropNext = true; // answered normally, but the connection dies half-way through the body
    }
    return std::nullopt;
}

HttpResponse OrgSimServer::dataRequest(const HttpRequest& request)
{
    SessionStore::AccessToken* session = m_sessions.accessToken(QString::fromLatin1(bearerToken(request)));
    if (!session || session->expires < m_org->now()) {
        return invalidSession();
    }
    ++session->requests;
    if (m_options.faults.sessionExpiryAfterRequests > 0
        && session->requests > m_options.faults.sessionExpiryAfterRequests) {
        m_sessions.revokeAccessToken(QString::fromLatin1(bearerToken(request)));
        return invalidSession();
    }
    const UserPermissions* user = m_access->permissionsOf(session->userId);
    if (!user || !user->active) {
        return invalidSession();
    }
    if (!user->has(QStringLiteral("PermissionsApiEnabled"))) {
        return HttpResponse::error(403, QStringLiteral("API_DISABLED_FOR_ORG"),
            QStringLiteral("API is not enabled for this Organization or Partner"));
    }
    m_org->emptyRecycleBin();
    if (m_usage.exhausted()) {
        HttpResponse response = HttpResponse::error(
            403, QStringLiteral("REQUEST_LIMIT_EXCEEDED"), QStringLiteral("TotalRequests Limit exceeded."));
        response.setHeader("Sforce-Limit-Info", m_usage.header());
        return response;
    }
    if (auto fault = injectedFault(request)) {
        return *fault;
    }
    m_usage.count();
    RestContext context;
    context.user = user;
    context.session = session;
    int extraApiCalls = 0;
    HttpResponse response = m_rest->handle(request, context, &extraApiCalls);
    m_usage.count(extraApiCalls);
    response.setHeader("Sforce-Limit-Info", m_usage.header());
    return response;
}

void OrgSimServer::send(QTcpSocket* socket, const HttpResponse& response, bool dropMidBody)
{
    const bool hasBody = response.status != 204 && response.status != 304;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Date: " + QLocale::c().toString(m_org->now(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()
        + "\r\n";
    for (const auto& header : response.headers) {
        head += header.first + ": " + header.second + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(hasBody ? response.body.size() : 0) + "\r\n\r\n";
    socket->write(head);
    if (!hasBody) {
        return;
    }
    if (dropMidBody && response.body.size() > 1) {
        socket->write(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    socket->write(response.body);
}

} // namespace callbridge::orgsim
