// CacheStore's memory of its imports, kept in the same file beside the rows: per object the
// cursors the import resumes from, the scope its rows were read under, and the stored types.
#include "core/cache/CacheStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace callbridge {

QString CacheStore::metaValue(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool CacheStore::setMetaValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QString CacheStore::scope(const QString& object) const
{
    return metaValue(QStringLiteral("scope:") + object);
}

Status CacheStore::setScope(const QString& object, const QString& scope)
{
    if (!setMetaValue(QStringLiteral("scope:") + object, scope)) {
        return Status::failure(tr("Saving the import scope failed: %1").arg(m_db.lastError().text()));
    }
    return Status::success();
}

QHash<QString, QString> CacheStore::columnTypes(const QString& object) const
{
    QHash<QString, QString> types;
    const QJsonObject saved = QJsonDocument::fromJson(metaValue(QStringLiteral("types:") + object).toUtf8()).object();
    for (const QString& column : columns(object)) {
        types.insert(column, saved.value(column).toString(QStringLiteral("string")));
    }
    return types;
}

namespace {

QString storedDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QDateTime CacheStore::importedAt(const QString& object) const
{
    return QDateTime::fromString(metaValue(QStringLiteral("imported:") + object), Qt::ISODateWithMs);
}

Status CacheStore::setImportedAt(const QString& object, const QDateTime& when)
{
    if (!setMetaValue(QStringLiteral("imported:") + object, storedDateTime(when))) {
        return Status::failure(tr("Saving the import time failed: %1").arg(m_db.lastError().text()));
    }
    return Status::success();
}

CacheStore::Cursor CacheStore::cursor(const QString& object) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT system_modstamp, complete, bulk_job, bulk_locator, bulk_newest, "
                                 "deletes_since, deletes_read_at, bulk_version FROM cursors WHERE object = ?"));
    query.addBindValue(object);
    Cursor cursor;
    if (query.exec() && query.next()) {
        cursor.systemModstamp = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        cursor.complete = query.value(1).toBool();
        cursor.bulkJobId = query.value(2).toString();
        cursor.bulkLocator = query.value(3).toString();
        cursor.bulkNewest = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        cursor.deletesSince = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        cursor.deletesReadAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        cursor.bulkApiVersion = query.value(7).toString();
    }
    return cursor;
}

Status CacheStore::setCursor(const QString& object, const Cursor& cursor)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO cursors (object, system_modstamp, complete, bulk_job, bulk_locator, bulk_newest, deletes_since, "
        "deletes_read_at, bulk_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(object) DO UPDATE SET "
        "system_modstamp = excluded.system_modstamp, complete = excluded.complete, bulk_job = excluded.bulk_job, "
        "bulk_locator = excluded.bulk_locator, bulk_newest = excluded.bulk_newest, "
        "deletes_since = excluded.deletes_since, deletes_read_at = excluded.deletes_read_at, "
        "bulk_version = excluded.bulk_version"));
    query.addBindValue(object);
    query.addBindValue(storedDateTime(cursor.systemModstamp));
    query.addBindValue(cursor.complete);
    query.addBindValue(cursor.bulkJobId);
    query.addBindValue(cursor.bulkLocator);
    query.addBindValue(storedDateTime(cursor.bulkNewest));
    query.addBindValue(storedDateTime(cursor.deletesSince));
    query.addBindValue(storedDateTime(cursor.deletesReadAt));
    query.addBindValue(cursor.bulkApiVersion);
    if (!query.exec()) {
        return Status::failure(tr("Saving the import position failed: %1").arg(query.lastError().text()));
    }
    return Status::success();
}

} // namespace callbridge
