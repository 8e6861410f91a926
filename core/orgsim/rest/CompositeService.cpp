#include "core/orgsim/rest/CompositeService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace callbridge::orgsim {

namespace {

constexpr int maxSubrequests = 25;
constexpr int maxQuerySubrequests = 5;

// Resolves "ref.field", "ref.records[0].Id" against earlier sub-responses.
std::optional<QJsonValue> resolveReference(const QString& expression, const QHash<QString, QJsonValue>& bodies)
{
    static const QRegularExpression part(QStringLiteral("([A-Za-z0-9_]+)(?:\\[(\\d+)\\])?"));
    const QStringList parts = expression.split(QLatin1Char('.'));
    const auto body = bodies.constFind(parts.first());
    if (body == bodies.constEnd()) {
        return std::nullopt;
    }
    QJsonValue current = *body;
    for (int i = 1; i < parts.size(); ++i) {
        const auto match = part.match(parts.at(i));
        if (!match.hasMatch() || !current.isObject()) {
            return std::nullopt;
        }
        current = current.toObject().value(match.captured(1));
        if (!match.captured(2).isEmpty()) {
            if (!current.isArray()) {
                return std::nullopt;
            }
            current = current.toArray().at(match.captured(2).toInt());
        }
        if (current.isUndefined()) {
            return std::nullopt;
        }
    }
    return current;
}

QString substitute(const QString& text, const QHash<QString, QJsonValue>& bodies, QString* unresolved)
{
    static const QRegularExpression reference(QStringLiteral("@\\{([^}]+)\\}"));
    QString result;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const auto value = resolveReference(match.captured(1), bodies);
        if (!value) {
            *unresolved = match.captured(1);
            return text;
        }
        result += value->isString() ? value->toString() : value->toVariant().toString();
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

QJsonValue substituteJson(const QJsonValue& value, const QHash<QString, QJsonValue>& bodies, QString* unresolved)
{
    if (value.isString()) {
        return substitute(value.toString(), bodies, unresolved);
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            *it = substituteJson(*it, bodies, unresolved);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            *it = substituteJson(*it, bodies, unresolved);
        }
        return array;
    }
    return value;
}

HttpRequest subrequest(const QString& method, const QString& url, const QJsonValue& body)
{
    HttpRequest request;
    request.method = method.toLatin1();
    const QUrl parsed(url);
    request.path = parsed.path();
    request.query = formQuery(parsed);
    if (!body.isUndefined() && !body.isNull()) {
        request.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return request;
}

// The resource a subrequest URL names, after /services/data/vXX.X/ (composite) or vXX.X/
// (batch): "sobjects", "query", "queryAll", "composite/sobjects", ... Empty when the URL does not
// start with a version.
QString resourceOf(const QString& url)
{
    static const QRegularExpression versioned(
        QStringLiteral("^(?:/services/data)?/?v\\d+\\.\\d+/([A-Za-z]+)(?:/([A-Za-z]+))?"));
    const auto match = versioned.match(url);
    if (!match.hasMatch()) {
        return {};
    }
    return match.captured(1) == QLatin1String("composite") && !match.captured(2).isEmpty()
        ? QStringLiteral("composite/") + match.captured(2)
        : match.captured(1);
}

HttpResponse invalidComposite(const QString& errorCode, const QString& message)
{
    return HttpResponse::error(400, errorCode, message);
}

// What Salesforce refuses before running any subrequest of /composite (the whole request fails
// with 400): see "Composite Subrequest", "Composite Subrequest Result" and "Send Multiple
// Requests Using Composite" in FIDELITY.md.
std::optional<HttpResponse> refusedComposite(const QJsonArray& subrequests)
{
    static const QRegularExpression referenceIdShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_]*$"));
    static const QStringList methods { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"),
        QStringLiteral("PUT"), QStringLiteral("DELETE") };
    static const QStringList resources { QStringLiteral("sobjects"), QStringLiteral("query"),
        QStringLiteral("queryAll"), QStringLiteral("composite/sobjects") };
    QSet<QString> referenceIds;
    for (const QJsonValue& item : subrequests) {
        const QJsonObject sub = item.toObject();
        const QJsonValue referenceId = sub.value(QStringLiteral("referenceId"));
        if (!referenceId.isString() || referenceId.toString().isEmpty()) {
            return invalidComposite(
                QStringLiteral("JSON_PARSER_ERROR"), QStringLiteral("referenceId is required for each subrequest"));
        }
        const QString reference = referenceId.toString();
        if (!referenceIdShape.match(reference).hasMatch()) {
            return invalidComposite(QStringLiteral("JSON_PARSER_ERROR"),
                QStringLiteral("Provided referenceId ('%1') must start with a letter or a number, and it can "
                               "contain only letters, numbers and underscores ('_').")
                    .arg(reference));
        }
        if (referenceIds.contains(reference)) {
            return invalidComposite(QStringLiteral("JSON_PARSER_ERROR"),
                QStringLiteral("Duplicate referenceId provided in the request: %1").arg(reference));
        }
        referenceIds.insert(reference);
        const QString method = sub.value(QStringLiteral("method")).toString();
        if (!methods.contains(method)) {
            return invalidComposite(QStringLiteral("JSON_PARSER_ERROR"),
                QStringLiteral("Invalid HTTP method '%1' for subrequest %2; use one of %3 (case-sensitive)")
                    .arg(method, reference, methods.join(QStringLiteral(", "))));
        }
        const QJsonObject headers = sub.value(QStringLiteral("httpHeaders")).toObject();
        for (auto header = headers.constBegin(); header != headers.constEnd(); ++header) {
            for (const char* inherited : { "Accept", "Authorization", "Content-Type" }) {
                if (header.key().compare(QLatin1String(inherited), Qt::CaseInsensitive) == 0) {
                    return invalidComposite(QStringLiteral("INVALID_INPUT"),
                        QStringLiteral("The %1 header is not allowed in subrequest %2: subrequests inherit it "
                                       "from the composite request")
                            .arg(QLatin1String(inherited), reference));
                }
            }
        }
        const QString url = sub.value(QStringLiteral("url")).toString();
        const QString resource = resourceOf(url);
        if (!resource.isEmpty() && url.startsWith(QLatin1Char('/')) && !resources.contains(resource)) {
            return invalidComposite(QStringLiteral("INVALID_INPUT"),
                QStringLiteral("The resource '%1' of subrequest %2 is not supported by composite; only sObject, "
                               "Query, QueryAll and sObject Collections resources are")
                    .arg(resource, reference));
        }
    }
    return std::nullopt;
}

QJsonValue bodyJson(const HttpResponse& response)
{
    if (response.body.isEmpty()) {
        return QJsonValue::Null;
    }
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonArray haltedBody()
{
    return QJsonArray { QJsonObject { { QStringLiteral("errorCode"), QStringLiteral("PROCESSING_HALTED") },
        { QStringLiteral("message"),
            QStringLiteral(
                "The transaction was rolled back since another operation in the same transaction failed.") } } };
}

} // namespace

CompositeService::CompositeService(OrgData& org, Dispatch dispatch)
    : m_org(org)
    , m_dispatch(std::move(dispatch))
{ }

HttpResponse CompositeService::composite(const RestContext& context, const QByteArray& body)
{
    Q_UNUSED(context);
    QJsonParseError parseError;
    const QJsonObject request = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return HttpResponse::error(400, QStringLiteral("JSON_PARSER_ERROR"), parseError.errorString());
    }
    const QJsonArray subrequests = request.value(QStringLiteral("compositeRequest")).toArray();
    if (subrequests.isEmpty()) {
        return HttpResponse::error(
            400, QStringLiteral("INVALID_FIELD"), QStringLiteral("compositeRequest must not be empty"));
    }
    if (subrequests.size() > maxSubrequests) {
        return HttpResponse::error(400, QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("Too many subrequests: a composite request can contain up to 25 "
                           "subrequests."));
    }
    if (auto refused = refusedComposite(subrequests)) {
        return *refused;
    }
    int queries = 0;
    for (const QJsonValue& item : subrequests) {
        const QString resource = resourceOf(item.toObject().value(QStringLiteral("url")).toString());
        if (resource.startsWith(QLatin1String("query")) || resource == QLatin1String("composite/sobjects")) {
            ++queries;
        }
    }
    if (queries > maxQuerySubrequests) {
        return HttpResponse::error(400, QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("A composite request can contain up to 5 query or sObject "
                           "collection subrequests."));
    }

    const bool allOrNone = request.value(QStringLiteral("allOrNone")).toBool();
    if (allOrNone) {
        m_org.beginTransaction();
    }
    QHash<QString, QJsonValue> bodies;
    QJsonArray responses;
    bool failed = false;
    for (const QJsonValue& item : subrequests) {
        const QJsonObject sub = item.toObject();
        const QString referenceId = sub.value(QStringLiteral("referenceId")).toString();
        QString unresolved;
        const QString url = substitute(sub.value(QStringLiteral("url")).toString(), bodies, &unresolved);
        const QJsonValue subBody = substituteJson(sub.value(QStringLiteral("body")), bodies, &unresolved);
        HttpResponse response;
        if (allOrNone && failed) {
            response = HttpResponse::json(400, haltedBody());
        } else if (!unresolved.isEmpty()) {
            response = HttpResponse::error(400, QStringLiteral("PROCESSING_HALTED"),
                QStringLiteral("Invalid reference specified. No value for %1 found in %2. "
                               "Provided referenceId ('%2') must match a previous "
                               "subrequest's referenceId.")
                    .arg(unresolved, unresolved.section(QLatin1Char('.'), 0, 0)));
        } else if (!url.startsWith(QLatin1String("/services/data/v"))) {
            response = HttpResponse::error(400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("The url must begin with /services/data/vXX.X/: %1").arg(url));
        } else {
            HttpRequest call = subrequest(sub.value(QStringLiteral("method")).toString(), url, subBody);
            // Subrequests may carry conditional headers (If-Modified-Since, If-None-Match, ...).
            const QJsonObject subHeaders = sub.value(QStringLiteral("httpHeaders")).toObject();
            for (auto header = subHeaders.constBegin(); header != subHeaders.constEnd(); ++header) {
                call.headers.append({ header.key().toLatin1(), header.value().toString().toLatin1() });
            }
            response = m_dispatch(call);
        }
        if (response.status >= 400) {
            failed = true;
        }
        QJsonObject headers;
        for (const char* name : { "Last-Modified", "ETag" }) {
            const QByteArray value = response.header(name);
            if (!value.isEmpty()) {
                headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
            }
        }
        if (response.status == 201) {
            const QJsonObject created = bodyJson(response).toObject();
            headers.insert(QStringLiteral("Location"),
                QString(QUrl(url).path() + QLatin1Char('/') + created.value(QStringLiteral("id")).toString()));
        }
        const QJsonValue json = bodyJson(response);
        bodies.insert(referenceId, json);
        responses.append(QJsonObject { { QStringLiteral("body"), json }, { QStringLiteral("httpHeaders"), headers },
            { QStringLiteral("httpStatusCode"), response.status }, { QStringLiteral("referenceId"), referenceId } });
    }
    if (allOrNone && failed) {
        m_org.rollbackTransaction();
        // Everything that had succeeded is undone and reported as halted.
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            QJsonObject response = it->toObject();
            if (response.value(QStringLiteral("httpStatusCode")).toInt() < 400) {
                response.insert(QStringLiteral("body"), haltedBody());
                response.insert(QStringLiteral("httpHeaders"), QJsonObject());
                response.insert(QStringLiteral("httpStatusCode"), 400);
                *it = response;
            }
        }
    } else if (allOrNone) {
        m_org.commitTransaction();
    }
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("compositeResponse"), responses } });
}

HttpResponse CompositeService::batch(const RestContext& context, const QByteArray& body, int* extraApiCalls)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QJsonArray subrequests = request.value(QStringLiteral("batchRequests")).toArray();
    if (subrequests.isEmpty() || subrequests.size() > maxSubrequests) {
        return HttpResponse::error(400, QStringLiteral("INVALID_BATCH_REQUEST"),
            QStringLiteral("A batch request must contain 1 to 25 subrequests."));
    }
    // Deserialization errors fail the whole batch ("Batch Request Body"): an invalid method or url.
    static const QStringList methods { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"),
        QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("HEAD") };
    static const QStringList resources { QStringLiteral("limits"), QStringLiteral("sobjects"), QStringLiteral("query"),
        QStringLiteral("queryAll"), QStringLiteral("search"), QStringLiteral("connect"), QStringLiteral("chatter") };
    for (const QJsonValue& item : subrequests) {
        const QJsonObject sub = item.toObject();
        const QString method = sub.value(QStringLiteral("method")).toString();
        const QString url = sub.value(QStringLiteral("url")).toString();
        if (!methods.contains(method.toUpper())) {
            return invalidComposite(QStringLiteral("JSON_PARSER_ERROR"),
                QStringLiteral("Invalid HTTP method '%1' in a batch subrequest").arg(method));
        }
        if (!resources.contains(resourceOf(url))) {
            return invalidComposite(QStringLiteral("INVALID_INPUT"),
                QStringLiteral("The url '%1' names a resource batch does not support; Limits, sObject, Query, "
                               "QueryAll, Search, Connect and Chatter resources are")
                    .arg(url));
        }
    }
    *extraApiCalls = int(subrequests.size()) - 1; // every subrequest counts as one API call
    const bool haltOnError = request.value(QStringLiteral("haltOnError")).toBool();
    QJsonArray results;
    bool hasErrors = false;
    for (const QJsonValue& item : subrequests) {
        const QJsonObject sub = item.toObject();
        if (haltOnError && hasErrors) {
            results.append(QJsonObject { { QStringLiteral("statusCode"), 412 },
                { QStringLiteral("result"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("errorCode"), QStringLiteral("BATCH_PROCESSING_HALTED") },
                        { QStringLiteral("message"), QStringLiteral("Batch processing halted per request") } } } } });
            continue;
        }
        QString url = sub.value(QStringLiteral("url")).toString();
        if (!url.startsWith(QLatin1Char('/'))) {
            url = QStringLiteral("/services/data/") + url; // batch URLs start at the version: "v60.0/..."
        }
        const HttpResponse response = m_dispatch(subrequest(
            sub.value(QStringLiteral("method")).toString().toUpper(), url, sub.value(QStringLiteral("richInput"))));
        hasErrors = hasErrors || response.status >= 400;
        results.append(QJsonObject {
            { QStringLiteral("statusCode"), response.status }, { QStringLiteral("result"), bodyJson(response) } });
    }
    Q_UNUSED(context);
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("hasErrors"), hasErrors }, { QStringLiteral("results"), results } });
}

} // namespace callbridge::orgsim
