#pragma once

#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

namespace callbridge::orgsim {

// Counts the org's daily API requests and answers GET /limits.
class ApiUsage
{
public:
    explicit ApiUsage(qint64 dailyMax)
        : m_max(dailyMax)
    { }
    qint64 used() const { return m_used; }
    qint64 max() const { return m_max; }
    bool exhausted() const { return m_used >= m_max; }
    void count(qint64 calls = 1) { m_used += calls; }
    void reset() { m_used = 0; } // the rolling 24 hours have passed
    QByteArray header() const { return "api-usage=" + QByteArray::number(m_used) + '/' + QByteArray::number(m_max); }

private:
    qint64 m_used = 0;
    qint64 m_max;
};

class LimitsService
{
public:
    LimitsService(const ApiUsage& usage, const int& bulkJobsToday);
    HttpResponse limits(const RestContext& context) const;

private:
    const ApiUsage& m_usage;
    const int& m_bulkJobsToday;
};

} // namespace callbridge::orgsim
