#include "core/orgsim/rest/RestApi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace callbridge::orgsim {

namespace {

HttpResponse notFound()
{
    return HttpResponse::error(
        404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}

HttpResponse methodNotAllowed(const QByteArray& method, const QStringList& allowed)
{
    HttpResponse response = HttpResponse::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
        QStringLiteral("HTTP Method '%1' not allowed. Allowed are %2")
            .arg(QString::fromLatin1(method), allowed.join(QLatin1Char(','))));
    response.setHeader("Allow", allowed.join(QLatin1Char(',')).toLatin1());
    return response;
}

} // namespace

QString ApiVersions::label(int major)
{
    if (major == 31) {
        return QStringLiteral("Summer '14");
    }
    if (major == 42) {
        return QStringLiteral("Spring \u201918"); // real orgs spell this one with a typographic apostrophe
    }
    static const char* seasons[] = { "Winter", "Spring", "Summer" };
    const int step = major - 32;
    return QStringLiteral("%1 '%2").arg(QString::fromLatin1(seasons[step % 3])).arg(15 + step / 3);
}

bool ApiVersions::isServed(const QString& version)
{
    bool ok = false;
    const double value = version.toDouble(&ok);
    return ok && version.endsWith(QLatin1String(".0")) && value >= oldest && value <= newest;
}

RestApi::RestApi(OrgData& org, AccessControl& access, ApiUsage& usage)
    : m_org(org)
    , m_access(access)
    , m_describe(org, access)
    , m_query(org, access)
    , m_sobjects(org, access)
    , m_bulk(org, access)
    , m_limits(usage, m_bulk.jobsToday())
    , m_composite(org, [this](const HttpRequest& request) {
        if (m_subrequestFaults) {
            if (auto fault = m_subrequestFaults(request)) {
                return *fault;
            }
        }
        int ignored = 0;
        return handle(request, *m_currentContext, &ignored);
    })
{ }

HttpResponse RestApi::versions(const QString& baseUrl)
{
    Q_UNUSED(baseUrl);
    QJsonArray list;
    for (int major = ApiVersions::oldest; major <= ApiVersions::newest; ++major) {
        const QString version = QString::number(major) + QStringLiteral(".0");
        list.append(QJsonObject { { QStringLiteral("label"), ApiVersions::label(major) },
            { QStringLiteral("url"), QString(QStringLiteral("/services/data/v") + version) },
            { QStringLiteral("version"), version } });
    }
    return HttpResponse::json(200, list);
}

HttpResponse RestApi::resources(const RestContext& context) const
{
    const QString base = QStringLiteral("/services/data/v") + context.version;
    QJsonObject resources;
    for (const char* name : { "sobjects", "query", "queryAll", "composite", "limits", "jobs", "tooling" }) {
        resources.insert(QString::fromLatin1(name), QString(base + QLatin1Char('/') + QString::fromLatin1(name)));
    }
    return HttpResponse::json(200, resources);
}

HttpResponse RestApi::handle(const HttpRequest& request, RestContext& context, int* extraApiCalls)
{
    RestContext* previous = m_currentContext;
    m_currentContext = &context;
    HttpResponse response = route(request, context, extraApiCalls);
    m_currentContext = previous;
    return response;
}

HttpResponse RestApi::route(const HttpRequest& request, RestContext& context, int* extraApiCalls)
{
    // /services/data/v60.0/<rest>
    const QString prefix = QStringLiteral("/services/data/v");
    QString rest = request.path.mid(prefix.size());
    const int slash = static_cast<int>(rest.indexOf(QLatin1Char('/')));
    context.version = slash < 0 ? rest : rest.left(slash);
    if (!ApiVersions::isServed(context.version)) {
        return notFound();
    }
    rest = slash < 0 ? QString() : rest.mid(slash + 1);
    while (rest.endsWith(QLatin1Char('/'))) {
        rest.chop(1);
    }
    const QStringList parts = rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray& method = request.method;

    if (parts.isEmpty()) {
        return resources(context);
    }
    const QString& head = parts.first();
    if (head == QLatin1String("sobjects")) {
        return sobjects(request, context, parts);
    }
    if ((head == QLatin1String("query") || head == QLatin1String("queryAll")) && parts.size() == 1) {
        if (method != "GET") {
            return methodNotAllowed(method, { QStringLiteral("GET"), QStringLiteral("HEAD") });
        }
        return m_query.query(context, request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
            head == QLatin1String("queryAll"), request.header("Sforce-Query-Options"),
            request.query.queryItemValue(QStringLiteral("columns")) == QLatin1String("true"));
    }
    if ((head == QLatin1String("query") || head == QLatin1String("queryAll")) && parts.size() == 2) {
        return m_query.next(context, parts.at(1));
    }
    if (head == QLatin1String("tooling") && parts.value(1) == QLatin1String("query") && parts.size() == 2) {
        if (method != "GET") {
            return methodNotAllowed(method, { QStringLiteral("GET"), QStringLiteral("HEAD") });
        }
        return m_query.toolingQuery(context, request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    }
    if (head == QLatin1String("limits") && parts.size() == 1) {
        return m_limits.limits(context);
    }
    if (head == QLatin1String("composite")) {
        if (method != "POST" && !(parts.value(1) == QLatin1String("sobjects") && method == "DELETE")) {
            return methodNotAllowed(method, { QStringLiteral("POST") });
        }
        if (parts.size() == 1) {
            return m_composite.composite(context, request.body);
        }
        if (parts.at(1) == QLatin1String("batch")) {
            return m_composite.batch(context, request.body, extraApiCalls);
        }
        if (parts.at(1) == QLatin1String("sobjects")) {
            if (method == "DELETE") {
                return m_sobjects.deleteCollection(context,
                    request.query.queryItemValue(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts),
                    request.query.queryItemValue(QStringLiteral("allOrNone")) == QLatin1String("true"));
            }
            return m_sobjects.createCollection(context, request.body);
        }
        return notFound();
    }
    if (head == QLatin1String("jobs") && parts.value(1) == QLatin1String("query")) {
        if (parts.size() == 2) {
            return method == "POST" ? m_bulk.create(context, request.body) : m_bulk.list(context);
        }
        if (parts.size() == 3) {
            if (method == "GET") {
                return m_bulk.status(context, parts.at(2));
            }
            if (method == "PATCH") {
                return m_bulk.abort(context, parts.at(2), request.body);
            }
            if (method == "DELETE") {
                return m_bulk.remove(context, parts.at(2));
            }
            return methodNotAllowed(
                method, { QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE") });
        }
        if (parts.size() == 4 && parts.at(3) == QLatin1String("results")) {
            return m_bulk.results(context, parts.at(2), request.query);
        }
    }
    return notFound();
}

HttpResponse RestApi::sobjects(const HttpRequest& request, const RestContext& context, const QStringList& parts)
{
    const QByteArray& method = request.method;
    if (parts.size() == 1) {
        return method == "GET" ? m_describe.describeGlobal(context)
                               : methodNotAllowed(method, { QStringLiteral("GET") });
    }
    const ObjectSchema* object = OrgSchema::instance().object(parts.at(1));
    if (!object || !m_access.objectAccess(*context.user, *object).read) {
        return notFound();
    }
    if (parts.size() == 2) {
        if (method == "GET") {
            return m_describe.basicInfo(context, *object);
        }
        if (method == "POST") {
            return m_sobjects.create(context, *object, request.body);
        }
        return methodNotAllowed(method, { QStringLiteral("GET"), QStringLiteral("POST") });
    }
    if (parts.size() == 3 && parts.at(2) == QLatin1String("describe")) {
        return m_describe.describe(context, *object, request.header("If-Modified-Since"));
    }
    if (parts.size() == 3) {
        if (method == "GET") {
            return m_sobjects.get(
                context, *object, parts.at(2), request.query.queryItemValue(QStringLiteral("fields")));
        }
        if (method == "PATCH") {
            return m_sobjects.update(context, *object, parts.at(2), request.body);
        }
        if (method == "DELETE") {
            return m_sobjects.remove(context, *object, parts.at(2));
        }
        return methodNotAllowed(method, { QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE") });
    }
    return notFound();
}

} // namespace callbridge::orgsim
