#pragma once

#include "core/orgsim/OrgSimOptions.h"
#include "core/orgsim/QueryPlanner.h"
#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

#include <memory>

namespace callbridge::orgsim {

// Bulk API 2.0 query jobs: create, status, results as CSV pages with Sforce-Locator and
// Sforce-NumberOfRecords, abort, delete, list. A job runs its query when it is created and
// reports InProgress once before JobComplete (or Failed, as a fault), so clients exercise their
// polling. Results are read with the API version the job was created with, else 409.
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
    void setFaults(FaultOptions* faults) { m_faults = faults; }

private:
    struct Job
    {
        QString id;
        QString operation;
        QString userId;
        QString apiVersion;
        QDateTime created;
        QString state;
        QString errorMessage; // set when the job ends Failed
        bool fails = false; // a fault: the job ends Failed
        QString columnDelimiter;
        QString lineEnding;
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
    FaultOptions* m_faults = nullptr;
};

} // namespace callbridge::orgsim
