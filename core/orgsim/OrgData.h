#pragma once

#include "core/orgsim/ObjectTable.h"

#include <QDateTime>
#include <QHash>

#include <deque>
#include <memory>

namespace callbridge::orgsim {

// Everything stored in the simulated org: one table per sObject, the org's identity, and
// its clock. Only the thread that owns the server touches it.
class OrgData
{
public:
    OrgData();

    ObjectTable* table(const QString& objectName);
    const ObjectTable* table(const QString& objectName) const;

    struct RecordRef
    {
        ObjectTable* table = nullptr;
        qint64 row = -1;
        bool isValid() const { return table && row >= 0; }
    };
    // Any record by id, whatever its object (the key prefix says which).
    RecordRef find(const QString& id);

    QVariant value(const QString& objectName, qint64 row, const QString& field) const;

    // All-or-none transactions across every table (composite allOrNone).
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();

    // The recycle bin: a deleted record stays visible to queryAll for 15 days, and the bin holds
    // at most 5,000 records per user license; when full, the oldest go once they have been in it
    // two hours. After that the record is gone without a trace (emptyRecycleBin()).
    static constexpr qint64 recycleBinDays = 15;
    static constexpr qint64 recycleBinRecordsPerLicense = 5000;
    qint64 recycleBinCapacity = -1; // -1: recycleBinRecordsPerLicense per user
    void recycled(const QString& objectName, qint64 row);
    void emptyRecycleBin(); // purges what has expired; run before every data request
    qint64 recycleBinSize() const { return qint64(m_recycleBin.size()); }

    QDateTime now() const;
    void advanceClock(qint64 milliseconds) { m_clockOffsetMs += milliseconds; }

    // Bumped on every change to users or permission records, so cached permissions are redone.
    quint64 securityGeneration() const { return m_securityGeneration; }
    void securityChanged() { ++m_securityGeneration; }

    QString orgId;
    QString organizationName = QStringLiteral("Callbridge Demo Org");
    QString organizationType = QStringLiteral("Enterprise Edition");
    bool isSandbox = false;
    QString instanceName = QStringLiteral("CB1");
    QDateTime schemaLastModified; // what describe's Last-Modified reports

private:
    struct Recycled
    {
        ObjectTable* table;
        qint64 row;
        QDateTime deletedAt;
    };
    std::deque<Recycled> m_recycleBin; // oldest first
    QHash<QString, std::shared_ptr<ObjectTable>> m_tables; // lower-case object name
    qint64 m_clockOffsetMs = 0;
    quint64 m_securityGeneration = 0;
};

} // namespace callbridge::orgsim
