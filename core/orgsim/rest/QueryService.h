#pragma once

#include "core/orgsim/OrgSimOptions.h"
#include "core/orgsim/QueryPlanner.h"
#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

#include <QRandomGenerator>

#include <memory>

namespace callbridge::orgsim {

// /query, /queryAll and /query/{locator}: runs SOQL and pages through the result. The first
// request fixes the result (which rows, in which order); later pages read from that snapshot,
// as Salesforce's query locators do.
class QueryService
{
public:
    QueryService(OrgData& org, AccessControl& access);

    // columnsOnly (columns=true): the query's column metadata instead of its records.
    HttpResponse query(const RestContext& context, const QString& soql, bool includeDeleted,
        const QByteArray& queryOptions, bool columnsOnly = false);
    HttpResponse next(const RestContext& context, const QString& locator);
    // Salesforce keeps a query's cursor and results for two days (API Query Cursor Limits).
    static constexpr qint64 cursorLifetimeSeconds = 2 * 24 * 3600;
    void setFaults(const FaultOptions* faults, quint64 seed)
    {
        m_faults = faults;
        m_random.seed(quint32(seed));
    }
    // /tooling/query: answered as Salesforce answers for an object it does not have (INVALID_TYPE),
    // since orgsim models no Tooling API object.
    HttpResponse toolingQuery(const RestContext& context, const QString& soql);

private:
    struct Cursor
    {
        std::shared_ptr<PreparedQuery> query;
        std::vector<qint64> rows;
        QString userId;
        int batchSize = 2000; // the most a page holds: the requested size, lowered for wide rows
        QDateTime created;
    };

    // The size of the next page: the cursor's batch size, or fewer when a fault shrinks it.
    int pageSize(const Cursor& cursor);
    HttpResponse page(
        const RestContext& context, const QString& cursorId, const Cursor& cursor, qint64 offset, int size);

    OrgData& m_org;
    AccessControl& m_access;
    QHash<QString, Cursor> m_cursors;
    qint64 m_nextCursor = 1;
    const FaultOptions* m_faults = nullptr;
    QRandomGenerator m_random;
};

HttpResponse soqlErrorResponse(const soql::SoqlError& error);

} // namespace callbridge::orgsim
