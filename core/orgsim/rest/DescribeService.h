#pragma once

#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

namespace callbridge::orgsim {

// describeGlobal, sobjects/{Object} and sobjects/{Object}/describe, as the calling user sees
// them: objects they cannot read are absent, fields hidden by field-level security are absent,
// and createable / updateable / deletable follow their permissions.
class DescribeService
{
public:
    DescribeService(OrgData& org, AccessControl& access);

    HttpResponse describeGlobal(const RestContext& context) const;
    HttpResponse basicInfo(const RestContext& context, const ObjectSchema& object) const;
    HttpResponse describe(
        const RestContext& context, const ObjectSchema& object, const QByteArray& ifModifiedSince) const;

    QJsonObject objectSummary(const RestContext& context, const ObjectSchema& object) const;
    QJsonObject fullDescribe(const RestContext& context, const ObjectSchema& object) const;

private:
    QJsonObject urls(const RestContext& context, const ObjectSchema& object, bool full) const;

    OrgData& m_org;
    AccessControl& m_access;
};

} // namespace callbridge::orgsim
