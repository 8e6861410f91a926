#pragma once

#include "core/util/Status.h"

#include <QSqlDatabase>
#include <QVariant>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace callbridge {

// The connection Qt's QSQLITE driver holds, for SQLite's C API; null when `db` is not one.
// Callbridge links the same SQLite library the driver uses (Debian's libsqlite3; see
// packaging/README.md), so its C API works on it.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// One result row of forEachSqliteRow(): the values straight from SQLite, without a QVariant per
// value and a QSqlRecord per query as QSqlQuery makes them (most of the time matching took to read
// a large cache went there).
class SqliteRow
{
public:
    explicit SqliteRow(sqlite3_stmt* statement)
        : m_statement(statement)
    { }
    int columnCount() const;
    QString columnName(int column) const;
    QString text(int column) const; // null for NULL
    // As QSqlQuery::value() gives it by default: qlonglong, double, QString, QByteArray; null for NULL.
    QVariant value(int column) const;

    // The value as SQLite has it, without a conversion: ask its type first, then the matching
    // accessor. The views are valid until the next row.
    enum class Type { Null, Integer, Real, Text, Bytes };
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView utf8(int column) const;
    QByteArrayView bytes(int column) const;

private:
    sqlite3_stmt* m_statement;
};

// Runs one statement on `db`'s connection (in the thread that opened it) and calls `row` for
// each result row. The failure names SQLite's error.
// With `parameters`, the statement's ?s are bound to them as text, as many at a time as it has,
// and it runs again for the next ones (the last run's spare ?s are NULL, which equals nothing):
// `x IN (?,?,…)` over any number of keys, the statement parsed once.
Status forEachSqliteRow(const QSqlDatabase& db, const QString& sql, const QStringList& parameters,
    const std::function<void(const SqliteRow&)>& row);
// The same with the parameters asked for a run at a time: `next(n)` gives up to n more, none
// once all are taken (a source that other threads' statements may take from too). The
// statement does not run when there are none from the start.
Status forEachSqliteRowFrom(const QSqlDatabase& db, const QString& sql, const std::function<QStringList(int)>& next,
    const std::function<void(const SqliteRow&)>& row);

} // namespace callbridge
