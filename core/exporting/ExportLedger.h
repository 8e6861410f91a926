#pragma once

#include "core/util/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace callbridge {

// The calls this console sent to the org, with the activity each created, kept in the org's
// cache file: a call deleted on the platform is then planned as a delete of that activity,
// and "Delete from Salesforce" knows what to remove.
class ExportLedger
{
    Q_DECLARE_TR_FUNCTIONS(ExportLedger)

public:
    struct Entry
    {
        QString sobject;
        QString recordId;
        QDateTime exportedAt;
    };

    explicit ExportLedger(const QSqlDatabase& database);

    Status open(); // creates the table when missing
    Status record(const QString& callId, const Entry& entry);
    Status remove(const QString& callId);
    QHash<QString, Entry> entries() const;

private:
    QSqlDatabase m_db;
};

} // namespace callbridge
