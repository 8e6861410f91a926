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

    // Export runs (full call data and activities by external ID): per call, what was last
    // written (its plan's fingerprint), or that a write was in flight when a run stopped.
    struct RunState
    {
        QString fingerprint; // empty while pending or after a failure: written again next run
        bool pending = false;
        bool fullData = false;
        QString activitySobject;
    };
    Status markPending(const QStringList& callIds);
    Status markWritten(const QString& callId, const RunState& state);
    Status markFailed(const QString& callId);
    Status forgetRun(const QString& callId);
    QHash<QString, RunState> runStates() const;

private:
    Status exec(const QString& sql, const QVariantList& values, const QString& callId);
    QSqlDatabase m_db;
};

} // namespace callbridge
