#pragma once

#include "BulkQueryService.h"
#include "CompositeService.h"
#include "DescribeService.h"
#include "LimitsService.h"
#include "QueryService.h"
#include "SObjectService.h"

namespace callbridge::orgsim {

// Routes /services/data/vXX.X/... to the services. The caller has authenticated the request
// and counted it; `extraApiCalls` reports what a composite/batch costs beyond that one call.
class RestApi
{
public:
    RestApi(OrgData& org, AccessControl& access, ApiUsage& usage);

    HttpResponse handle(const HttpRequest& request, RestContext& context, int* extraApiCalls);
    static HttpResponse versions(const QString& baseUrl);

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
};

} // namespace callbridge::orgsim
