#pragma once

#include "core/orgsim/OrgData.h"

#include <QVariantHash>

namespace callbridge::orgsim {

// Inserts records by field name, filling the audit fields (CreatedDate, SystemModstamp, ...)
// the way Salesforce does on insert.
class RecordBuilder
{
public:
    RecordBuilder(OrgData& org, const QDateTime& timestamp);

    void setCreatedById(const QString& userId) { m_createdById = userId; }
    // Returns the new record's id.
    QString insert(const QString& objectName, const QVariantHash& values);
    static Record toRecord(const ObjectSchema& object, const QVariantHash& values);

private:
    OrgData& m_org;
    QDateTime m_timestamp;
    QString m_createdById;
};

} // namespace callbridge::orgsim
