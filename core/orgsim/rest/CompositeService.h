#pragma once

#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

#include <QJsonArray>

#include <functional>
#include <optional>

namespace callbridge::orgsim {

// /composite (up to 25 subrequests in one API call, with @{ref.field} references between
// them and allOrNone) and /composite/batch (up to 25 independent subrequests, each counted).
class CompositeService
{
public:
    using Dispatch = std::function<HttpResponse(const HttpRequest&)>;

    CompositeService(OrgData& org, Dispatch dispatch);

    HttpResponse composite(const RestContext& context, const QByteArray& body);
    // extraApiCalls: how many API calls the batch costs beyond the one the request counted.
    HttpResponse batch(const RestContext& context, const QByteArray& body, int* extraApiCalls);
    // /composite/graph: up to 75 graphs of up to 500 nodes (500 in all), each all-or-nothing,
    // the whole request one API call.
    HttpResponse graph(const RestContext& context, const QByteArray& body);

private:
    // Runs subrequests in order with @{ref.field} references; allOrNone rolls back on failure.
    QJsonArray run(const QJsonArray& subrequests, bool allOrNone, bool* failed);
    std::optional<QString> refusedGraph(const QJsonObject& graph) const;

    OrgData& m_org;
    Dispatch m_dispatch;
};

} // namespace callbridge::orgsim
