#include "core/cache/CacheStore.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/SalesforceIds.h"
#include "core/util/EmailAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <charconv>
#include <memory>

#include <sqlite3.h>

namespace callbridge {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

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

// Derived columns matching needs: the domain of an email (util/EmailAddress.h), of a website.
QString websiteDomain(const QString& website)
{
    QString host = website.trimmed().toLower();
    const int scheme = int(host.indexOf(QStringLiteral("://")));
    if (scheme >= 0) {
        host = host.mid(scheme + 3);
    }
    host = host.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0);
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
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

// Where each stored column's value comes from in the rows, and how it is stored.
struct ValueSource
{
    int index = -1; // in the rows' fields
    enum class Kind { Text, Boolean, Integer, Real, DateTime, EmailDomain, WebsiteDomain } kind = Kind::Text;
    int limit = 0; // long text areas are trimmed to CacheStore::longTextLimit characters
};

ValueSource::Kind kindOf(const QString& type)
{
    using Kind = ValueSource::Kind;
    if (type == QLatin1String("boolean")) {
        return Kind::Boolean;
    }
    if (type == QLatin1String("int")) {
        return Kind::Integer;
    }
    if (type == QLatin1String("double") || type == QLatin1String("currency") || type == QLatin1String("percent")) {
        return Kind::Real;
    }
    return type == QLatin1String("datetime") ? Kind::DateTime : Kind::Text;
}

int bindText(sqlite3_stmt* statement, int column, QByteArrayView text, bool copy = false)
{
    return sqlite3_bind_text(statement, column, text.data(), int(text.size()), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

// One stored form per type, whichever API delivered the value: REST's JSON (true, 12.5,
// "2024-05-01T10:00:00.000+0000", as TextRows writes them) and Bulk API's CSV ("true", "12.5",
// "2024-05-01T10:00:00.000Z") become the same row. Salesforce stores no empty strings: an empty
// value is null. Values are bound from their bytes: no QString or QVariant for most of them.
int bindStored(sqlite3_stmt* statement, int column, const ValueSource& source, QByteArrayView text, bool null)
{
    using Kind = ValueSource::Kind;
    if (source.kind == Kind::EmailDomain || source.kind == Kind::WebsiteDomain) {
        const QString value = null ? QString() : QString::fromUtf8(text);
        const QByteArray domain =
            (source.kind == Kind::EmailDomain ? emailDomain(value) : websiteDomain(value)).toUtf8();
        return domain.isEmpty() ? sqlite3_bind_null(statement, column) : bindText(statement, column, domain, true);
    }
    if (null || text.isEmpty()) {
        return sqlite3_bind_null(statement, column);
    }
    switch (source.kind) {
    case Kind::Boolean:
        return sqlite3_bind_int(statement, column, text == QByteArrayView("true") ? 1 : 0);
    case Kind::Integer: {
        qint64 number = 0; // what is not a number stores 0, as QVariant's conversion did
        std::from_chars(text.data(), text.data() + text.size(), number);
        return sqlite3_bind_int64(statement, column, number);
    }
    case Kind::Real: {
        double number = 0;
        std::from_chars(text.data(), text.data() + text.size(), number);
        return sqlite3_bind_double(statement, column, number);
    }
    case Kind::DateTime: {
        // Fast paths for the two forms Salesforce sends (a million rows hold millions of these):
        // CSV's is already the stored form, JSON's differs only in its UTC offset.
        if (text.size() == 24 && text.at(10) == 'T' && text.endsWith('Z')) {
            return bindText(statement, column, text);
        }
        if (text.size() == 28 && text.at(10) == 'T' && text.endsWith("+0000")) {
            return bindText(statement, column, QByteArray(text.first(23).toByteArray() + 'Z'), true);
        }
        const QDateTime dateTime = QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs);
        return dateTime.isValid() ? bindText(statement, column,
                   dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toUtf8(), true)
                                  : bindText(statement, column, text);
    }
    default:
        // Characters, not bytes, are counted: only a text longer in bytes can be over.
        if (source.limit > 0 && text.size() > source.limit) {
            const QString value = QString::fromUtf8(text);
            if (value.size() > source.limit) {
                return bindText(statement, column, value.left(source.limit).toUtf8(), true);
            }
        }
        return bindText(statement, column, text);
    }
}

// The connection Qt's QSQLITE driver holds. Callbridge links the same SQLite library the
// driver uses (Debian's libsqlite3; see packaging/README.md), so its C API works on it.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

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
    if (indexes.exec()) {
        while (indexes.next()) {
            const QString name = indexes.value(0).toString();
            if (name.startsWith(QLatin1String("i_")) && !wanted.contains(name)) {
                unwanted.append(name);
            }
        }
    }
    for (const QString& name : std::as_const(unwanted)) {
        exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(quoted(name)));
    }
    for (const QString& column : indexedColumns().value(object)) {
        if (existing.contains(column)) {
            const Status created = exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                                            .arg(quoted(indexName(object, column)), tableName(object),
                                                quoted(column) + indexCollation(column)));
            if (!created.ok()) {
                return created;
            }
        }
    }
    return Status::success();
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

Status CacheStore::upsert(const QString& object, const QList<QVariantMap>& records)
{
    TextRows rows(salesforceFields(object));
    for (const QVariantMap& record : records) {
        for (const QString& field : rows.fields()) {
            rows.append(record.value(field));
        }
    }
    return upsert(object, rows);
}

Status CacheStore::upsert(const QString& object, const Rows& rows)
{
    TextRows text(rows.fields);
    for (const QVariantList& row : rows.values) {
        for (int i = 0; i < rows.fields.size(); ++i) {
            text.append(i < row.size() ? row.at(i) : QVariant());
        }
    }
    return upsert(object, text);
}

Status CacheStore::upsert(const QString& object, const TextRows& rows)
{
    if (rows.isEmpty()) {
        return Status::success();
    }
    const QStringList names = columns(object);
    if (names.isEmpty()) {
        return Status::failure(tr("The local cache has no table for %1.").arg(object));
    }
    QList<ValueSource> sources;
    for (const QString& name : names) {
        ValueSource source;
        if (name == CacheStore::emailDomainColumn()) {
            source.kind = ValueSource::Kind::EmailDomain;
            source.index = int(rows.fields().indexOf(QStringLiteral("Email")));
        } else if (name == CacheStore::websiteDomainColumn()) {
            source.kind = ValueSource::Kind::WebsiteDomain;
            source.index = int(rows.fields().indexOf(QStringLiteral("Website")));
        } else {
            source.index = int(rows.fields().indexOf(name));
            for (const Column& column : m_columns.value(object)) {
                if (column.name == name) {
                    source.kind = kindOf(column.type);
                    source.limit = column.type == QLatin1String("textarea") && column.length > 255 ? longTextLimit : 0;
                }
            }
        }
        sources.append(source);
    }
    const int idIndex = int(rows.fields().indexOf(QStringLiteral("Id")));
    if (idIndex < 0) {
        return Status::failure(tr("Rows for %1 arrived without their Id.").arg(object));
    }
    QStringList placeholders;
    QStringList updates;
    QStringList quotedNames;
    for (const QString& name : names) {
        quotedNames.append(quoted(name));
        placeholders.append(QStringLiteral("?"));
        if (name != QLatin1String("Id")) {
            updates.append(quoted(name) + QStringLiteral(" = excluded.") + quoted(name));
        }
    }
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(\"Id\") DO UPDATE SET %4")
            .arg(tableName(object), quotedNames.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                updates.isEmpty() ? QStringLiteral("\"Id\" = excluded.\"Id\"") : updates.join(QStringLiteral(", ")))
            .toUtf8();
    sqlite3* handle = sqliteHandle(m_db);
    if (!handle) {
        return Status::failure(tr("The local cache is not an SQLite database Callbridge can write to."));
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        return Status::failure(tr("Storing %1 failed: %2").arg(object, QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalizer(statement, sqlite3_finalize);
    if (!m_db.transaction()) {
        return Status::failure(tr("The local cache cannot start a transaction: %1").arg(m_db.lastError().text()));
    }
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        // The primary key is TEXT, which SQLite lets be NULL: a row without an Id is refused.
        if (rows.isNull(row, idIndex) || rows.value(row, idIndex).isEmpty()) {
            m_db.rollback();
            return Status::failure(
                tr("Row %L1 of %2 has no Id; nothing of this batch was stored.").arg(row + 1).arg(object));
        }
        for (int i = 0; i < sources.size(); ++i) {
            const ValueSource& source = sources.at(i);
            const bool present = source.index >= 0;
            bindStored(statement, i + 1, source, present ? rows.value(row, source.index) : QByteArrayView(),
                !present || rows.isNull(row, source.index));
        }
        const int stepped = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (stepped != SQLITE_DONE) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
            m_db.rollback();
            return Status::failure(tr("Storing %1 %2 failed: %3").arg(object, rows.string(row, idIndex), error));
        }
    }
    if (!m_db.commit()) {
        return Status::failure(tr("The local cache could not commit: %1").arg(m_db.lastError().text()));
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
