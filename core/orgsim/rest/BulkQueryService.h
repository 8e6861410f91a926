#pragma once

#include "core/orgsim/QueryPlanner.h"
#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

#include <memory>

namespace callbridge::orgsim {

// Bulk API 2.0 query jobs: create, status, results as CSV pages with Sforce-Locator and
// Sforce-NumberOfRecords, abort, delete, list. A job runs its query when it is created and
// reports InProgress once before JobComplete, so clients exercise their polling.
class BulkQueryService
{
public:
    BulkQueryService(OrgData& org, AccessControl& access);

    HttpResponse create(const RestContext& context, const QByteArray& body);
    HttpResponse status(const RestContext& context, const QString& jobId);
    HttpResponse results(const RestContext& context, const QString& jobId, const QUrlQuery& query);
    HttpResponse abort(const RestContext& context, const QString& jobId, const QByteArray& body);
    HttpResponse remove(const RestContext& context, const QString& jobId);
    HttpResponse list(const RestContext& context) const;

    const int& jobsToday() const { return m_jobsToday; }

private:
    struct Job
    {
        QString id;
        QString operation;
        QString userId;
        QString apiVersion;
        QDateTime created;
        QString state;
        int statusPolls = 0;
        std::shared_ptr<PreparedQuery> query;
        std::vector<qint64> rows;
    };

    QJsonObject info(const Job& job, bool detailed) const;
    Job* find(const RestContext& context, const QString& jobId);

    OrgData& m_org;
    AccessControl& m_access;
    QHash<QString, Job> m_jobs;
    qint64 m_nextJob = 1;
    int m_jobsToday = 0;
};

} // namespace callbridge::orgsim
