#include "core/orgsim/rest/CompositeService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

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
    bool failed = false;
    const QJsonArray responses = run(subrequests, allOrNone, &failed);
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("compositeResponse"), responses } });
}

QJsonArray CompositeService::run(const QJsonArray& subrequests, bool allOrNone, bool* failed)
{
    if (allOrNone) {
        m_org.beginTransaction();
    }
    QHash<QString, QJsonValue> bodies;
    QJsonArray responses;
    for (const QJsonValue& item : subrequests) {
        const QJsonObject sub = item.toObject();
        const QString referenceId = sub.value(QStringLiteral("referenceId")).toString();
        QString unresolved;
        const QString url = substitute(sub.value(QStringLiteral("url")).toString(), bodies, &unresolved);
        const QJsonValue subBody = substituteJson(sub.value(QStringLiteral("body")), bodies, &unresolved);
        HttpResponse response;
        if (allOrNone && *failed) {
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
            *failed = true;
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
    if (allOrNone && *failed) {
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
    return responses;
}

namespace {

constexpr int maxGraphs = 75;
constexpr int maxGraphDepth = 15;
constexpr int maxNodesPerPayload = 500;
constexpr int maxDifferentNodes = 15;
constexpr int maxGraphFailures = 14;

// "sobjects/X", "sobjects/X/id" and "sobjects/X/field/value" after /services/data/vXX.X/, with
// the methods "Composite Graphs" allows on each; the node type is version, method and object.
std::optional<QString> graphNodeType(const QString& method, const QString& url)
{
    static const QRegularExpression shape(
        QStringLiteral("^/services/data/v(\\d+\\.\\d+)/sobjects/([A-Za-z0-9_]+)((?:/[^/]+){0,2})/?$"));
    const auto match = shape.match(url);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int depth = int(match.captured(3).count(QLatin1Char('/')));
    static const QHash<int, QStringList> allowed { { 0, { QStringLiteral("POST") } },
        { 1, { QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE") } },
        { 2, { QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("POST") } } };
    if (!allowed.value(depth).contains(method)) {
        return std::nullopt;
    }
    return match.captured(1) + QLatin1Char(' ') + method + QLatin1Char(' ') + match.captured(2).toLower();
}

QStringList referencesIn(const QJsonObject& node)
{
    static const QRegularExpression reference(QStringLiteral("@\\{([A-Za-z0-9_]+)[.\\[]"));
    const QString text = QString::fromUtf8(QJsonDocument(node).toJson(QJsonDocument::Compact));
    QStringList names;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        names.append(it.next().captured(1));
    }
    return names;
}

QJsonObject graphResult(const QString& graphId, const QJsonArray& responses, bool successful)
{
    return QJsonObject { { QStringLiteral("graphId"), graphId },
        { QStringLiteral("graphResponse"), QJsonObject { { QStringLiteral("compositeResponse"), responses } } },
        { QStringLiteral("isSuccessful"), successful } };
}

QJsonArray graphError(const QString& errorCode, const QString& message)
{
    return QJsonArray { QJsonObject { { QStringLiteral("body"),
                                          QJsonArray { QJsonObject { { QStringLiteral("errorCode"), errorCode },
                                              { QStringLiteral("message"), message } } } },
        { QStringLiteral("httpHeaders"), QJsonObject() }, { QStringLiteral("httpStatusCode"), 400 },
        { QStringLiteral("referenceId"), QJsonValue::Null } } };
}

} // namespace

// What fails one graph before any of its nodes runs: the node URLs and methods a graph allows,
// the references (to earlier nodes of the same graph only) and the depth.
std::optional<QString> CompositeService::refusedGraph(const QJsonObject& graph) const
{
    const QJsonArray nodes = graph.value(QStringLiteral("compositeRequest")).toArray();
    if (nodes.isEmpty()) {
        return QStringLiteral("The graph %1 has no compositeRequest nodes.")
            .arg(graph.value(QStringLiteral("graphId")).toString());
    }
    if (auto refused = refusedComposite(nodes)) {
        const QJsonArray errors = QJsonDocument::fromJson(refused->body).array();
        return errors.first().toObject().value(QStringLiteral("message")).toString();
    }
    QHash<QString, int> depth;
    for (const QJsonValue& item : nodes) {
        const QJsonObject node = item.toObject();
        const QString referenceId = node.value(QStringLiteral("referenceId")).toString();
        const QString method = node.value(QStringLiteral("method")).toString();
        const QString url = node.value(QStringLiteral("url")).toString();
        if (!graphNodeType(method, url)) {
            return QStringLiteral("The node %1 (%2 %3) is not supported in a composite graph; only sObject "
                                  "resources are.")
                .arg(referenceId, method, url);
        }
        int nodeDepth = 1;
        for (const QString& reference : referencesIn(node)) {
            if (!depth.contains(reference)) {
                return QStringLiteral("Invalid reference specified. No value for %1 found in the graph.")
                    .arg(reference);
            }
            nodeDepth = std::max(nodeDepth, depth.value(reference) + 1);
        }
        if (nodeDepth > maxGraphDepth) {
            return QStringLiteral("The graph exceeds the maximum depth of %1.").arg(maxGraphDepth);
        }
        depth.insert(referenceId, nodeDepth);
    }
    return std::nullopt;
}

HttpResponse CompositeService::graph(const RestContext& context, const QByteArray& body)
{
    Q_UNUSED(context);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return HttpResponse::error(400, QStringLiteral("JSON_PARSER_ERROR"), parseError.errorString());
    }
    const QJsonArray graphs = document.object().value(QStringLiteral("graphs")).toArray();
    if (graphs.isEmpty()) {
        return invalidComposite(QStringLiteral("INVALID_INPUT"), QStringLiteral("The request has no graphs."));
    }
    if (graphs.size() > maxGraphs) {
        return invalidComposite(QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("A composite graph request can contain up to %1 graphs; this one has %2.")
                .arg(maxGraphs)
                .arg(graphs.size()));
    }
    static const QRegularExpression graphIdShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_]*$"));
    QSet<QString> graphIds;
    QSet<QString> nodeTypes;
    int nodes = 0;
    for (const QJsonValue& item : graphs) {
        const QJsonObject graphObject = item.toObject();
        const QString graphId = graphObject.value(QStringLiteral("graphId")).toString();
        if (!graphIdShape.match(graphId).hasMatch() || graphIds.contains(graphId)) {
            return invalidComposite(QStringLiteral("INVALID_INPUT"),
                QStringLiteral("Each graphId must be unique in the request, start with a letter or a number and "
                               "contain only letters, numbers and underscores: '%1'.")
                    .arg(graphId));
        }
        graphIds.insert(graphId);
        for (const QJsonValue& node : graphObject.value(QStringLiteral("compositeRequest")).toArray()) {
            ++nodes;
            if (const auto type = graphNodeType(node.toObject().value(QStringLiteral("method")).toString(),
                    node.toObject().value(QStringLiteral("url")).toString())) {
                nodeTypes.insert(*type);
            }
        }
    }
    if (nodes > maxNodesPerPayload) {
        return invalidComposite(QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("A composite graph request can contain up to %1 nodes; this one has %2.")
                .arg(maxNodesPerPayload)
                .arg(nodes));
    }
    if (nodeTypes.size() > maxDifferentNodes) {
        return invalidComposite(QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("A composite graph request can use up to %1 different nodes (API version, HTTP method "
                           "and object); this one uses %2.")
                .arg(maxDifferentNodes)
                .arg(nodeTypes.size()));
    }

    QJsonArray results;
    int failures = 0;
    for (const QJsonValue& item : graphs) {
        const QJsonObject graphObject = item.toObject();
        const QString graphId = graphObject.value(QStringLiteral("graphId")).toString();
        if (failures > maxGraphFailures) {
            results.append(graphResult(graphId,
                graphError(QStringLiteral("PROCESSING_HALTED"),
                    QStringLiteral("Processing halted: more than %1 graphs of this request failed.")
                        .arg(maxGraphFailures)),
                false));
            continue;
        }
        if (const auto refused = refusedGraph(graphObject)) {
            ++failures;
            results.append(graphResult(graphId, graphError(QStringLiteral("INVALID_INPUT"), *refused), false));
            continue;
        }
        bool failed = false;
        const QJsonArray responses =
            run(graphObject.value(QStringLiteral("compositeRequest")).toArray(), true, &failed);
        failures += failed ? 1 : 0;
        results.append(graphResult(graphId, responses, !failed));
    }
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("graphs"), results } });
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
