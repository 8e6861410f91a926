// CacheStore's writes of imported rows: each value bound to SQLite from the text an API
// delivered it as, in the one stored form per type.
#include "core/cache/CacheStore.h"
#include "core/cache/SqliteRows.h"

#include "core/util/EmailAddress.h"

#include <QDateTime>
#include <QSqlError>

#include <charconv>
#include <memory>

#include <sqlite3.h>

namespace callbridge {

namespace {

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

// Rows bound to one INSERT statement (fewer when the columns are many: SQLite takes 32,766 values).
constexpr int rowsPerStatement = 16;

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
        QByteArray domain;
        if (!null) {
            domain =
                source.kind == Kind::EmailDomain ? emailDomain(text) : websiteDomain(QString::fromUtf8(text)).toUtf8();
        }
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

} // namespace

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
    QStringList updates;
    QStringList quotedNames;
    for (const QString& name : names) {
        quotedNames.append(quoted(name));
        if (name != QLatin1String("Id")) {
            updates.append(quoted(name) + QStringLiteral(" = excluded.") + quoted(name));
        }
    }
    sqlite3* handle = sqliteHandle(m_db);
    if (!handle) {
        return Status::failure(tr("The local cache is not an SQLite database Callbridge can write to."));
    }
    // The primary key is TEXT, which SQLite lets be NULL: a batch with a row without an Id is
    // refused before anything of it is stored.
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        if (rows.isNull(row, idIndex) || rows.value(row, idIndex).isEmpty()) {
            return Status::failure(
                tr("Row %L1 of %2 has no Id; nothing of this batch was stored.").arg(row + 1).arg(object));
        }
    }
    // Rows go in several to a statement: each run of a statement costs SQLite more than half as
    // much again as the row it inserts (a million contacts, SQLite alone: 2.4-2.6 s of CPU in
    // statements of 8 to 32 rows, 3.9-4.2 s one by one). The rows left over, and the rows of a
    // statement that failed, go one by one.
    const int perStatement =
        qBound(1, sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / int(names.size()), rowsPerStatement);
    using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;
    auto prepare = [&](int rowCount, Status* status) {
        const QString values =
            QLatin1Char('(') + QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        const QByteArray sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT(\"Id\") DO UPDATE SET %4")
                .arg(tableName(object), quotedNames.join(QStringLiteral(", ")),
                    QStringList(rowCount, values).join(QLatin1Char(',')),
                    updates.isEmpty() ? QStringLiteral("\"Id\" = excluded.\"Id\"") : updates.join(QStringLiteral(", ")))
                .toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            *status =
                Status::failure(tr("Storing %1 failed: %2").arg(object, QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        return Statement(statement, sqlite3_finalize);
    };
    Status prepared = Status::success();
    const Statement single = prepare(1, &prepared);
    const Statement several = perStatement > 1 && rows.rowCount() >= perStatement
        ? prepare(perStatement, &prepared)
        : Statement(nullptr, sqlite3_finalize);
    if (!prepared.ok()) {
        return prepared;
    }
    // Binds `count` rows from `first` and runs the statement; SQLite undoes a failed statement.
    auto store = [&](sqlite3_stmt* statement, qsizetype first, int count) {
        int parameter = 1;
        for (qsizetype row = first; row < first + count; ++row) {
            for (const ValueSource& source : std::as_const(sources)) {
                const bool present = source.index >= 0;
                bindStored(statement, parameter++, source, present ? rows.value(row, source.index) : QByteArrayView(),
                    !present || rows.isNull(row, source.index));
            }
        }
        const int stepped = sqlite3_step(statement);
        sqlite3_reset(statement);
        return stepped == SQLITE_DONE;
    };
    if (!m_db.transaction()) {
        return Status::failure(tr("The local cache cannot start a transaction: %1").arg(m_db.lastError().text()));
    }
    for (qsizetype row = 0; row < rows.rowCount();) {
        if (several && rows.rowCount() - row >= perStatement) {
            if (store(several.get(), row, perStatement)) {
                row += perStatement;
                continue;
            }
            if (sqlite3_get_autocommit(handle)) {
                // The failure ended the transaction (a full disk, an I/O error): nothing more goes in.
                const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
                return Status::failure(tr("Storing %1 %2 failed: %3").arg(object, rows.string(row, idIndex), error));
            }
        }
        // One by one: the rows left over, or those of a statement that failed, to name the row.
        const qsizetype end = several && rows.rowCount() - row >= perStatement ? row + perStatement : row + 1;
        for (; row < end; ++row) {
            if (!store(single.get(), row, 1)) {
                const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
                m_db.rollback();
                return Status::failure(tr("Storing %1 %2 failed: %3").arg(object, rows.string(row, idIndex), error));
            }
        }
    }
    if (!m_db.commit()) {
        return Status::failure(tr("The local cache could not commit: %1").arg(m_db.lastError().text()));
    }
    return Status::success();
}

} // namespace callbridge
