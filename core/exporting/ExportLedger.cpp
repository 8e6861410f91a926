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

} // namespace callbridge
