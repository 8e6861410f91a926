#include "core/cache/SqliteRows.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace callbridge {

namespace {

class SqliteRowsText
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRows)
};

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

int SqliteRow::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString SqliteRow::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

QString SqliteRow::text(int column) const
{
    const QByteArrayView text = utf8(column);
    return text.data() ? QString::fromUtf8(text) : QString();
}

QVariant SqliteRow::value(int column) const
{
    switch (type(column)) {
    case Type::Integer:
        return QVariant(qlonglong(integer(column)));
    case Type::Real:
        return QVariant(real(column));
    case Type::Null:
        return QVariant();
    case Type::Bytes:
        return QVariant(bytes(column).toByteArray());
    case Type::Text:
        break;
    }
    return QVariant(text(column));
}

SqliteRow::Type SqliteRow::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_NULL:
        return Type::Null;
    case SQLITE_BLOB:
        return Type::Bytes;
    default:
        return Type::Text;
    }
}

qint64 SqliteRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteRow::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteRow::utf8(int column) const
{
    // Text first, then its size: the order SQLite's documentation asks for.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

QByteArrayView SqliteRow::bytes(int column) const
{
    const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(blob, blob ? sqlite3_column_bytes(m_statement, column) : 0);
}

namespace {

// `runOnce`: the statement runs once even when `next` gives no parameters at first.
Status runBatches(const QSqlDatabase& db, const QString& sql, const std::function<QStringList(int)>& next, bool runOnce,
    const std::function<void(const SqliteRow&)>& row)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        return Status::failure(SqliteRowsText::tr("The local cache is not an SQLite database."));
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    auto failure = [handle, &statement] {
        const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return Status::failure(SqliteRowsText::tr("Reading the local cache failed: %1").arg(error));
    };
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        return failure();
    }
    const int perRun = sqlite3_bind_parameter_count(statement);
    const SqliteRow current(statement);
    for (bool first = true;; first = false) {
        const QStringList batch = perRun > 0 ? next(perRun) : QStringList();
        if (batch.isEmpty() && !(first && runOnce)) {
            break;
        }
        for (int i = 1; i <= perRun; ++i) {
            const QByteArray value = i <= batch.size() ? batch.at(i - 1).toUtf8() : QByteArray();
            const int bound = i <= batch.size()
                ? sqlite3_bind_text(statement, i, value.constData(), int(value.size()), SQLITE_TRANSIENT)
                : sqlite3_bind_null(statement, i);
            if (bound != SQLITE_OK) {
                return failure();
            }
        }
        int result = SQLITE_ROW;
        while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
            row(current);
        }
        if (result != SQLITE_DONE) {
            return failure();
        }
        sqlite3_reset(statement);
        if (perRun == 0) {
            break;
        }
    }
    sqlite3_finalize(statement);
    return Status::success();
}

} // namespace

Status forEachSqliteRow(const QSqlDatabase& db, const QString& sql, const QStringList& parameters,
    const std::function<void(const SqliteRow&)>& row)
{
    qsizetype taken = 0;
    return runBatches(
        db, sql,
        [&parameters, &taken](int count) {
            const QStringList batch = parameters.mid(taken, count);
            taken += batch.size();
            return batch;
        },
        true, row);
}

Status forEachSqliteRowFrom(const QSqlDatabase& db, const QString& sql, const std::function<QStringList(int)>& next,
    const std::function<void(const SqliteRow&)>& row)
{
    return runBatches(db, sql, next, false, row);
}

} // namespace callbridge
