#include "core/exporting/ExportLedger.h"

#include <QSqlError>
#include <QSqlQuery>

namespace callbridge {

ExportLedger::ExportLedger(const QSqlDatabase& database)
    : m_db(database)
{ }

Status ExportLedger::open()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS exported_calls (call_id TEXT PRIMARY KEY, "
                                   "sobject TEXT NOT NULL, record_id TEXT NOT NULL, exported_at TEXT NOT NULL)"))) {
        return Status::failure(tr("The export ledger could not be created: %1").arg(query.lastError().text()));
    }
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS export_runs (call_id TEXT PRIMARY KEY, "
                                   "fingerprint TEXT NOT NULL, pending INTEGER NOT NULL, full_data INTEGER NOT NULL, "
                                   "activity_sobject TEXT NOT NULL)"))) {
        return Status::failure(tr("The export ledger could not be created: %1").arg(query.lastError().text()));
    }
    return Status::success();
}

Status ExportLedger::record(const QString& callId, const Entry& entry)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO exported_calls (call_id, sobject, record_id, exported_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT(call_id) DO UPDATE SET sobject = excluded.sobject, "
                                 "record_id = excluded.record_id, exported_at = excluded.exported_at"));
    query.addBindValue(callId);
    query.addBindValue(entry.sobject);
    query.addBindValue(entry.recordId);
    query.addBindValue(entry.exportedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return Status::failure(
            tr("The export of call %1 could not be recorded: %2").arg(callId, query.lastError().text()));
    }
    return Status::success();
}

Status ExportLedger::remove(const QString& callId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM exported_calls WHERE call_id = ?"));
    query.addBindValue(callId);
    if (!query.exec()) {
        return Status::failure(
            tr("The export of call %1 could not be forgotten: %2").arg(callId, query.lastError().text()));
    }
    return Status::success();
}

QHash<QString, ExportLedger::Entry> ExportLedger::entries() const
{
    QHash<QString, Entry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT call_id, sobject, record_id, exported_at FROM exported_calls"))) {
        while (query.next()) {
            entries.insert(query.value(0).toString(),
                { query.value(1).toString(), query.value(2).toString(),
                    QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs) });
        }
    }
    return entries;
}

Status ExportLedger::exec(const QString& sql, const QVariantList& values, const QString& callId)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Status::failure(
            tr("The export of call %1 could not be recorded: %2").arg(callId, query.lastError().text()));
    }
    return Status::success();
}

Status ExportLedger::markPending(const QStringList& callIds)
{
    // Written before the request goes out: a run killed mid-request looks these calls up first.
    if (!m_db.transaction()) {
        return Status::failure(tr("The export ledger could not be written: %1").arg(m_db.lastError().text()));
    }
    for (const QString& callId : callIds) {
        const Status status = exec(QStringLiteral("INSERT INTO export_runs VALUES (?, '', 1, 0, '') "
                                                  "ON CONFLICT(call_id) DO UPDATE SET fingerprint = '', pending = 1"),
            { callId }, callId);
        if (!status.ok()) {
            m_db.rollback();
            return status;
        }
    }
    if (!m_db.commit()) {
        return Status::failure(tr("The export ledger could not be written: %1").arg(m_db.lastError().text()));
    }
    return Status::success();
}

Status ExportLedger::markWritten(const QString& callId, const RunState& state)
{
    return exec(QStringLiteral("INSERT INTO export_runs VALUES (?, ?, 0, ?, ?) ON CONFLICT(call_id) DO UPDATE SET "
                               "fingerprint = excluded.fingerprint, pending = 0, full_data = excluded.full_data, "
                               "activity_sobject = excluded.activity_sobject"),
        { callId, state.fingerprint, state.fullData ? 1 : 0,
            state.activitySobject.isEmpty() ? QStringLiteral("") : state.activitySobject },
        callId);
}

Status ExportLedger::markFailed(const QString& callId)
{
    return exec(QStringLiteral("UPDATE export_runs SET fingerprint = '' WHERE call_id = ?"), { callId }, callId);
}

Status ExportLedger::forgetRun(const QString& callId)
{
    return exec(QStringLiteral("DELETE FROM export_runs WHERE call_id = ?"), { callId }, callId);
}

QHash<QString, ExportLedger::RunState> ExportLedger::runStates() const
{
    QHash<QString, RunState> states;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(
            QStringLiteral("SELECT call_id, fingerprint, pending, full_data, activity_sobject FROM export_runs"))) {
        while (query.next()) {
            states.insert(query.value(0).toString(),
                { query.value(1).toString(), query.value(2).toBool(), query.value(3).toBool(),
                    query.value(4).toString() });
        }
    }
    return states;
}

} // namespace callbridge
