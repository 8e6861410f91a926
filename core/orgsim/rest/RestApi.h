#pragma once

#include <functional>
#include <optional>

#include "core/orgsim/rest/BulkQueryService.h"
#include "core/orgsim/rest/CompositeService.h"
#include "core/orgsim/rest/DescribeService.h"
#include "core/orgsim/rest/LimitsService.h"
#include "core/orgsim/rest/QueryService.h"
#include "core/orgsim/rest/SObjectService.h"

namespace callbridge::orgsim {

// Routes /services/data/vXX.X/... to the services. The caller has authenticated the request
// and counted it; `extraApiCalls` reports what a composite/batch costs beyond that one call.
class RestApi
{
public:
    RestApi(OrgData& org, AccessControl& access, ApiUsage& usage);

    HttpResponse handle(const HttpRequest& request, RestContext& context, int* extraApiCalls);
    // Consulted for every composite subrequest (the server checks top-level requests itself).
    using FaultHook = std::function<std::optional<HttpResponse>(const HttpRequest&)>;
    void setSubrequestFaults(FaultHook hook) { m_subrequestFaults = std::move(hook); }
    static HttpResponse versions(const QString& baseUrl);
    BulkQueryService& bulk() { return m_bulk; }
    QueryService& query() { return m_query; }

private:
    HttpResponse route(const HttpRequest& request, RestContext& context, int* extraApiCalls);
    HttpResponse sobjects(const HttpRequest& request, const RestContext& context, const QStringList& parts);
    HttpResponse resources(const RestContext& context) const;

    OrgData& m_org;
    AccessControl& m_access;
    DescribeService m_describe;
    QueryService m_query;
    SObjectService m_sobjects;
    BulkQueryService m_bulk;
    LimitsService m_limits;
    CompositeService m_composite;
    RestContext* m_currentContext = nullptr;
    FaultHook m_subrequestFaults;
};

} // namespace callbridge::orgsim
