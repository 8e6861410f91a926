#include "core/matching/MatchReads.h"

#include "core/logging/LogCategories.h"
#include "core/matching/CallMatcher.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace callbridge::matchreads {

QStringList inOrder(const QStringList& keys)
{
    return inOrder(keys.size(), [&keys](qsizetype i) -> const QString& { return keys.at(i); });
}

qsizetype indexIn(const QStringList& sorted, const QString& key, qsizetype near)
{
    constexpr qsizetype nearby = 8;
    for (qsizetype i = std::max<qsizetype>(near, 0); i < std::min(near + nearby, sorted.size()); ++i) {
        if (sorted.at(i) == key) { // sizes first: most others differ in size, and are not read
            return i;
        }
    }
    const auto found = std::lower_bound(sorted.cbegin(), sorted.cend(), key);
    return found != sorted.cend() && *found == key ? found - sorted.cbegin() : -1;
}

QStringList inOrder(const QSet<QString>& keys)
{
    return inOrder(keys.values());
}

Status forEachKey(
    const QSqlDatabase& db, KeyPortions* keys, const QString& sql, const std::function<void(const SqliteRow&)>& row)
{
    if (keys->size() == 0) {
        return Status::success();
    }
    QElapsedTimer timer;
    timer.start();
    int rows = 0;
    int bound = 0;
    const qsizetype perQuery = std::min<qsizetype>(keys->size(), keysPerQuery);
    QString placeholders = QStringLiteral("?");
    placeholders.reserve(perQuery * 2);
    for (qsizetype i = 1; i < perQuery; ++i) {
        placeholders += QStringLiteral(",?");
    }
    const Status status = forEachSqliteRowFrom(
        db, sql.arg(placeholders),
        [keys, &bound](int count) {
            QStringList portion = keys->next(count);
            bound += int(portion.size());
            return portion;
        },
        [&row, &rows](const SqliteRow& current) {
            row(current);
            ++rows;
        });
    qCDebug(lcExport) << bound << "keys," << rows << "rows in" << timer.elapsed() << "ms:" << sql.left(60);
    return status;
}

Status forEachKey(const QSqlDatabase& db, const QStringList& keys, const QString& sql,
    const std::function<void(const SqliteRow&)>& row)
{
    KeyPortions portions(keys);
    return forEachKey(db, &portions, sql, row);
}

namespace {

// Runs `read` on another thread with a connection of its own to the same cache file (a SQLite
// connection belongs to the thread that opened it).
QFuture<Status> onOwnConnection(const QString& path, const std::function<Status(const QSqlDatabase&)>& read)
{
    return QtConcurrent::run([path, read] {
        static std::atomic<int> connections { 0 };
        const QString name = QStringLiteral("callbridge-matching-%1").arg(++connections);
        Status status = Status::success();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open()) {
                status =
                    Status::failure(CallMatcher::tr("Reading the local cache failed: %1").arg(db.lastError().text()));
            } else {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size=1073741824")); // as CacheStore::open
                status = read(db);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return status;
    });
}

} // namespace

Status onBothThreads(const QSqlDatabase& db, const std::function<Status(const QSqlDatabase&, int)>& read)
{
    QFuture<Status> other =
        onOwnConnection(db.databaseName(), [&read](const QSqlDatabase& own) { return read(own, 0); });
    const Status here = read(db, 1);
    const Status there = other.result(); // waits
    return here.ok() ? there : here;
}

} // namespace callbridge::matchreads
