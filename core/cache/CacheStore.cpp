#include "core/cache/CacheStore.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/SalesforceIds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace callbridge {

namespace {

// The columns of any table in the cache file, as SQLite has them.
QStringList tableColumns(const QSqlDatabase& db, const QString& quotedTable)
{
    QStringList names;
    QSqlQuery info(db);
    info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quotedTable));
    while (info.next()) {
        names.append(info.value(1).toString());
    }
    return names;
}

// What matching reads, indexed when the object has the column. Only what is read: every index
// costs a sort of the whole table after a first load (a million contacts: about 1.3 µs of CPU per
// row and index) and a B-tree insert per changed row after it.
const QHash<QString, QStringList>& indexedColumns()
{
    static const QHash<QString, QStringList> columns {
        { QStringLiteral("Contact"), { QStringLiteral("Email"), CacheStore::emailDomainColumn() } },
        { QStringLiteral("Lead"),
            { QStringLiteral("Email"), CacheStore::emailDomainColumn(), QStringLiteral("OwnerId") } },
        { QStringLiteral("Account"), { QStringLiteral("OwnerId"), CacheStore::websiteDomainColumn() } },
        { QStringLiteral("Opportunity"),
            { QStringLiteral("AccountId"), QStringLiteral("OwnerId"), QStringLiteral("IsClosed"),
                QStringLiteral("LastModifiedDate") } },
        { QStringLiteral("User"), { QStringLiteral("Email"), QStringLiteral("ManagerId") } },
    };
    return columns;
}

// Emails match case-insensitively: their index is NOCASE, so "Email COLLATE NOCASE IN (...)"
// reads it. (Caches from before had a case-sensitive "i_<Object>_Email", dropped on open.)
QString indexCollation(const QString& column)
{
    return column == QLatin1String("Email") ? QStringLiteral(" COLLATE NOCASE") : QString();
}

QString indexName(const QString& object, const QString& column)
{
    return QStringLiteral("i_") + object + QLatin1Char('_') + column
        + (column == QLatin1String("Email") ? QStringLiteral("_nocase") : QString());
}

} // namespace

QString CacheStore::quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

CacheStore::CacheStore()
    : m_connectionName(QStringLiteral("callbridge-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

CacheStore::~CacheStore()
{
    close();
}

void CacheStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status CacheStore::openLike(const Source& source)
{
    close();
    m_columns = source.columns;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(source.path);
    if (!m_db.open()) {
        return Status::failure(tr("Cannot open the local cache %1: %2").arg(source.path, m_db.lastError().text()));
    }
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA cache_size=-32768"));
    return Status::success();
}

QString CacheStore::tableName(const QString& object)
{
    return quoted(QStringLiteral("o_") + object);
}

QString CacheStore::emailDomainColumn()
{
    return QStringLiteral("_EmailDomain");
}

QString CacheStore::websiteDomainColumn()
{
    return QStringLiteral("_WebsiteDomain");
}

QStringList CacheStore::distinctValues(const QString& object, const QString& column, int limit) const
{
    QStringList values;
    if (!columns(object).contains(column)) {
        return values;
    }
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL LIMIT %3")
                       .arg(quoted(column), tableName(object))
                       .arg(limit + 1))) {
        while (query.next()) {
            values.append(query.value(0).toString());
        }
    }
    if (values.size() > limit) {
        values.clear();
    }
    return values;
}

QString CacheStore::sqlType(const QString& type)
{
    if (type == QLatin1String("boolean") || type == QLatin1String("int")) {
        return QStringLiteral("INTEGER");
    }
    if (type == QLatin1String("double") || type == QLatin1String("currency") || type == QLatin1String("percent")) {
        return QStringLiteral("REAL");
    }
    return QStringLiteral("TEXT"); // ids, strings, ISO dates and date-times (they sort as text)
}

Status CacheStore::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return Status::failure(tr("The local cache refused a change: %1").arg(query.lastError().text()));
    }
    return Status::success();
}

Status CacheStore::open(const QString& path, const QString& orgId)
{
    close();
    m_replaced = false;
    if (path.isEmpty()) {
        // pathFor gives no path for what is not an org id.
        return Status::failure(isOrgId(orgId)
                ? tr("Cannot open the local cache: no file was given.")
                : tr("Cannot open the local cache for \"%1\": that is not a Salesforce org id, so it cannot "
                     "name a file.")
                      .arg(orgId));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(path);
        if (!m_db.open()) {
            return Status::failure(tr("Cannot open the local cache %1: %2").arg(path, m_db.lastError().text()));
        }
        // 16 KB pages (SQLite's default is 4 KB): a bulk load of a million rows writes and splits
        // a quarter as many pages. Only a new, empty file takes it; older caches keep theirs.
        exec(QStringLiteral("PRAGMA page_size=16384"));
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        // 64 MB of page cache (SQLite's default is 2 MB): a large import otherwise spends most of
        // its time re-reading B-tree pages from the file.
        exec(QStringLiteral("PRAGMA cache_size=-65536"));
        // Matching reads rows all over a large file: mapped pages skip a read() per page.
        exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
        Status created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"));
        if (created.ok()) {
            created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS cursors (object TEXT PRIMARY KEY, "
                                          "system_modstamp TEXT, complete INTEGER NOT NULL DEFAULT 0, "
                                          "bulk_job TEXT, bulk_locator TEXT, bulk_newest TEXT, "
                                          "deletes_since TEXT)"));
        }
        // Caches from before a column existed gain it.
        for (const QString& added :
            { QStringLiteral("deletes_since"), QStringLiteral("deletes_read_at"), QStringLiteral("bulk_version") }) {
            if (created.ok() && !tableColumns(m_db, QStringLiteral("cursors")).contains(added)) {
                created = exec(QStringLiteral("ALTER TABLE cursors ADD COLUMN %1 TEXT").arg(added));
            }
        }
        if (!created.ok()) {
            return created;
        }
        QSqlQuery org(m_db);
        org.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'org_id'"));
        if (!org.next()) {
            QSqlQuery insert(m_db);
            insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('org_id', ?)"));
            insert.addBindValue(orgId);
            insert.exec();
            return Status::success();
        }
        if (org.value(0).toString() == orgId) {
            return Status::success();
        }
        // Another org's data: replace the whole file rather than mix the two.
        qCWarning(lcCache) << "cache" << path << "belongs to another org; replacing it";
        org.finish();
        close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(path + suffix);
        }
        m_replaced = true;
    }
    return Status::failure(tr("Cannot replace the local cache %1.").arg(path));
}

QStringList CacheStore::columns(const QString& object) const
{
    return tableColumns(m_db, tableName(object));
}

QStringList CacheStore::salesforceFields(const QString& object) const
{
    QStringList names;
    for (const Column& column : m_columns.value(object)) {
        names.append(column.name);
    }
    return names;
}

QStringList CacheStore::ensureTable(const QString& object, const QList<Column>& wanted, Status* status)
{
    auto report = [status](const Status& result) {
        if (status) {
            *status = result;
        }
    };
    m_columns.insert(object, wanted);
    QList<Column> all = wanted;
    if (indexedColumns().value(object).contains(CacheStore::emailDomainColumn())) {
        all.append({ CacheStore::emailDomainColumn(), QStringLiteral("string"), 0 });
    }
    if (indexedColumns().value(object).contains(CacheStore::websiteDomainColumn())) {
        all.append({ CacheStore::websiteDomainColumn(), QStringLiteral("string"), 0 });
    }
    const QStringList existing = columns(object);
    QStringList added;
    if (existing.isEmpty()) {
        QStringList definitions;
        for (const Column& column : all) {
            definitions.append(quoted(column.name) + QLatin1Char(' ') + sqlType(column.type)
                + (column.name == QLatin1String("Id") ? QStringLiteral(" PRIMARY KEY") : QString()));
        }
        const Status created =
            exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(tableName(object), definitions.join(QStringLiteral(", "))));
        if (!created.ok()) {
            report(created);
            return {};
        }
    } else {
        QStringList wantedNames;
        for (const Column& column : all) {
            wantedNames.append(column.name);
            if (!existing.contains(column.name)) {
                const Status altered = exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                                .arg(tableName(object), quoted(column.name), sqlType(column.type)));
                if (!altered.ok()) {
                    report(altered);
                    return added;
                }
                added.append(column.name);
            }
        }
        for (const QString& name : existing) {
            if (!wantedNames.contains(name) && name != QLatin1String("Id")) {
                const Status dropped =
                    exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(tableName(object), quoted(name)));
                if (!dropped.ok()) {
                    report(dropped);
                    return added;
                }
            }
        }
        if (!added.isEmpty()) {
            setCursor(object, {}); // the new columns are empty for every row: import the object again
        }
    }
    QJsonObject types;
    for (const Column& column : wanted) {
        types.insert(column.name, column.type);
    }
    setMetaValue(
        QStringLiteral("types:") + object, QString::fromUtf8(QJsonDocument(types).toJson(QJsonDocument::Compact)));
    report(createIndexes(object));
    return added;
}

Status CacheStore::createIndexes(const QString& object)
{
    const QStringList existing = columns(object);
    // Indexes of caches from before that nothing reads any more (a case-sensitive
    // "i_<Object>_Email", Contact's AccountId and OwnerId) only slow every write down.
    QStringList wanted;
    for (const QString& column : indexedColumns().value(object)) {
        wanted.append(indexName(object, column));
    }
    QSqlQuery indexes(m_db);
    indexes.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"));
    indexes.addBindValue(QString(QStringLiteral("o_") + object));
    QStringList unwanted;
    QStringList present;
    if (indexes.exec()) {
        while (indexes.next()) {
            const QString name = indexes.value(0).toString();
            present.append(name);
            if (name.startsWith(QLatin1String("i_")) && !wanted.contains(name)) {
                unwanted.append(name);
            }
        }
    }
    for (const QString& name : std::as_const(unwanted)) {
        exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(quoted(name)));
    }
    QStringList missing; // columns to index
    for (const QString& column : indexedColumns().value(object)) {
        if (existing.contains(column) && !present.contains(indexName(object, column))) {
            missing.append(column);
        }
    }
    if (missing.isEmpty()) {
        return Status::success(); // and the connection's page cache stays as it is
    }
    // SQLite sorts an index's keys in runs as large as the page cache, then merges them. Runs of
    // 4 MB (its smallest at our 16 KB pages) stay in the CPU's cache: after a million contacts'
    // import, their two indexes took 1.4-2.3 s of CPU (median 2.0) instead of 2.0-3.2 s (2.6)
    // with the 32 MB the writer keeps for rows (ten interleaved runs), and the import's peak
    // memory fell from about 180 to 110 MB.
    QSqlQuery cacheSize(m_db);
    const QString kept = cacheSize.exec(QStringLiteral("PRAGMA cache_size")) && cacheSize.next()
        ? cacheSize.value(0).toString()
        : QString();
    exec(QStringLiteral("PRAGMA cache_size=-4096"));
    Status status = Status::success();
    for (const QString& column : std::as_const(missing)) {
        if (status.ok()) {
            status = exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                              .arg(quoted(indexName(object, column)), tableName(object),
                                  quoted(column) + indexCollation(column)));
        }
    }
    if (!kept.isEmpty()) {
        exec(QStringLiteral("PRAGMA cache_size=%1").arg(kept));
    }
    return status;
}

Status CacheStore::dropIndexes(const QString& object)
{
    for (const QString& column : indexedColumns().value(object)) {
        const Status dropped = exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(quoted(indexName(object, column))));
        if (!dropped.ok()) {
            return dropped;
        }
    }
    return Status::success();
}

Status CacheStore::remove(const QString& object, const QStringList& ids)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE \"Id\" = ?").arg(tableName(object)));
    m_db.transaction();
    for (const QString& id : ids) {
        query.bindValue(0, id);
        if (!query.exec()) {
            m_db.rollback();
            return Status::failure(tr("Removing %1 %2 failed: %3").arg(object, id, query.lastError().text()));
        }
    }
    m_db.commit();
    return Status::success();
}

Status CacheStore::removeAllExcept(const QString& object, const QSet<QString>& keep, qint64* removed)
{
    QStringList gone;
    QSqlQuery ids(m_db);
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT \"Id\" FROM %1").arg(tableName(object)))) {
        return Status::failure(tr("Reading %1 from the local cache failed: %2").arg(object, ids.lastError().text()));
    }
    while (ids.next()) {
        const QString id = ids.value(0).toString();
        if (!keep.contains(id)) {
            gone.append(id);
        }
    }
    if (removed) {
        *removed = gone.size();
    }
    return remove(object, gone);
}

Status CacheStore::clear(const QString& object)
{
    const Status cleared = exec(QStringLiteral("DELETE FROM %1").arg(tableName(object)));
    return cleared.ok() ? setCursor(object, {}) : cleared;
}

QStringList CacheStore::objects() const
{
    QStringList names;
    QSqlQuery tables(m_db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'o\\_%' ESCAPE '\\' "
                               "ORDER BY name"));
    while (tables.next()) {
        names.append(tables.value(0).toString().mid(2));
    }
    return names;
}

qint64 CacheStore::count(const QString& object) const
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(tableName(object)));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QVariantMap CacheStore::record(const QString& object, const QString& id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE \"Id\" = ?").arg(tableName(object)));
    query.addBindValue(id);
    QVariantMap values;
    if (query.exec() && query.next()) {
        const QSqlRecord row = query.record();
        for (int i = 0; i < row.count(); ++i) {
            values.insert(row.fieldName(i), row.value(i));
        }
    }
    return values;
}

} // namespace callbridge
