#pragma once

#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

#include <functional>

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

private:
    OrgData& m_org;
    Dispatch m_dispatch;
};

} // namespace callbridge::orgsim
