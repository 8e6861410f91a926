#pragma once

#include "core/orgsim/OrgData.h"
#include "core/orgsim/OrgSimOptions.h"

namespace callbridge::orgsim {

class RecordBuilder;

// Deterministic CRM data for the demo org: the same seed gives the same org. Accounts,
// contacts, leads, opportunities and their history are computed from the row number when
// read, so even the large scale (1,000,000 contacts) starts at once and costs no memory.
class DataGenerator
{
public:
    // `contacts` >= 0 replaces the scale's number of contacts (benchmarks measure 100k to 3M).
    DataGenerator(OrgData& org, DataScale scale, quint64 seed, qint64 contacts = -1);

    void generate();

    static const QStringList& regions();
    static void addSalesTeam(
        OrgData& org, RecordBuilder& builder, const QString& profileId, const QString& permissionSetId, int count);
    static void addReferenceData(OrgData& org);

    struct Counts
    {
        qint64 accounts, contacts, leads, opportunities;
        int historyPerOpportunity;
    };
    static Counts countsFor(DataScale scale);

private:
    OrgData& m_org;
    Counts m_counts;
    quint64 m_seed;
};

} // namespace callbridge::orgsim
