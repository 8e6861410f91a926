#pragma once

#include "core/cache/CachedRecord.h"
#include "core/cache/SqliteRows.h"
#include "core/util/PackedKey.h"
#include "core/util/SortedOnTwoThreads.h"
#include "core/util/Status.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <vector>

// How matching reads the cache: keys sorted and handed out in portions to statements on two
// threads, and what those threads read merged. CallMatcher::prepare() (CallMatcherReads.cpp)
// says what is read.
namespace callbridge::matchreads {

constexpr int keysPerQuery = 2000;

// A key and where it was in the keys given, sorted by the key alone.
struct PlacedKey
{
    PackedKey key;
    qsizetype place;
    friend bool operator<(const PlacedKey& a, const PlacedKey& b) { return a.key < b.key; }
};
inline const PackedKey& packedOf(const PackedKey& key)
{
    return key;
}
inline const PackedKey& packedOf(const PlacedKey& key)
{
    return key.key;
}

// Keys in order, each once (a list may name one many times: collecting keys in a list and
// sorting it costs less than a set's hashing of every key). Looked up in index order,
// consecutive keys land on neighbouring index pages (and, for ids, on neighbouring rows: the
// cache stores rows in Id order), so a cold lookup of 80,000 emails faults in each page once
// rather than again and again.
// The keys are key(0) .. key(count - 1). With `indexes`, (*indexes)[i] becomes the index of
// key(i) in the list returned: a lookup by position, where a hash by text would wait on the
// text's characters.
template<typename Key> QStringList inOrder(qsizetype count, Key key, std::vector<int>* indexes = nullptr)
{
    constexpr qsizetype ahead = 8; // keys prefetched ahead of the one read
    auto sorted = [&key, count](auto made) {
        using Item = decltype(made(qsizetype()));
        return sortedOnTwoThreads<Item>(count, [&key, count, &made](qsizetype i) {
            if (i + ahead < count) {
                PackedKey::prefetch(key(i + ahead));
            }
            return made(i);
        });
    };
    auto listed = [count, indexes](const auto& packed) {
        QStringList list;
        list.reserve(count);
        for (size_t i = 0; i < packed.size(); ++i) {
            if (i + ahead < packed.size()) {
                PackedKey::prefetch(*packedOf(packed[i + ahead]).key);
            }
            if (list.isEmpty() || !(packedOf(packed[i - 1]) == packedOf(packed[i]))) {
                list.append(*packedOf(packed[i]).key);
            }
            if constexpr (std::is_same_v<std::decay_t<decltype(packed[i])>, PlacedKey>) {
                (*indexes)[size_t(packed[i].place)] = int(list.size() - 1);
            }
        }
        return list;
    };
    if (!indexes) {
        return listed(sorted([&key](qsizetype i) { return PackedKey(key(i)); }));
    }
    indexes->assign(size_t(count), -1);
    return listed(sorted([&key](qsizetype i) { return PlacedKey { PackedKey(key(i)), i }; }));
}

// The index of `key` in `sorted` (a list from inOrder()), or -1. Looks at `near` and a few
// after it first: rows read for keys in order come mostly in that order.
qsizetype indexIn(const QStringList& sorted, const QString& key, qsizetype near);

QStringList inOrder(const QStringList& keys);
QStringList inOrder(const QSet<QString>& keys);

// Keys handed out a portion at a time, to the statements of threads reading them together:
// each takes the next portion when it is done with its last, so none waits while keys are left.
class KeyPortions
{
public:
    explicit KeyPortions(const QStringList& keys)
        : m_keys(keys)
    { }
    qsizetype size() const { return m_keys.size(); }
    QStringList next(int count) // empty once all are taken
    {
        const qsizetype start = m_next.fetch_add(count);
        return start < m_keys.size() ? m_keys.mid(start, count) : QStringList();
    }

private:
    const QStringList& m_keys;
    std::atomic<qsizetype> m_next { 0 };
};

// Runs `sql` for keys, where %1 in `sql` stands for a list of them: `x IN (%1)`. They are bound
// through SQLite's C API, keysPerQuery at a time, to one statement parsed once.
// (QtSql prepares a statement in time quadratic in its number of placeholders: 115 ms for 5,000.
// A temporary key table costs more: one INSERT per key, and SQLite without statistics then
// prefers scanning the big table.)
Status forEachKey(
    const QSqlDatabase& db, KeyPortions* keys, const QString& sql, const std::function<void(const SqliteRow&)>& row);
Status forEachKey(const QSqlDatabase& db, const QStringList& keys, const QString& sql,
    const std::function<void(const SqliteRow&)>& row);

// Moves every entry of `from` into `into`, which has no key of it and room for all: copies
// would count a reference in each key's and value's texts, which lie all over memory. (Even the
// keys are moved out: `from` is only gone through, then emptied.)
template<typename Value> void movedInto(QHash<QString, Value>* into, QHash<QString, Value>* from)
{
    constexpr int ahead = 8; // keys asked for ahead of the one hashed
    auto next = from->begin(); // detached here: `from` is this thread's alone
    for (int i = 0; i < ahead && next != from->end(); ++i, ++next) {
        PackedKey::prefetch(next.key());
    }
    for (auto entry = from->begin(); entry != from->end(); ++entry) {
        if (next != from->end()) {
            PackedKey::prefetch(next.key());
            ++next;
        }
        into->emplace(std::move(const_cast<QString&>(entry.key())), std::move(entry.value()));
    }
    *from = {};
}

// Runs `read` on this thread and, meanwhile, on another with a connection of its own: `read`
// gets the connection and the share of the work that is its thread's (0 there, 1 here). Returns
// once both are done, with the first failure.
Status onBothThreads(const QSqlDatabase& db, const std::function<Status(const QSqlDatabase&, int)>& read);

// The column names of one query's rows, read from its first row and shared by every record of
// it, also when two threads read its rows: the filter reads a record's value by position only
// when the record has the very columns it was bound to.
class SharedColumns
{
public:
    std::shared_ptr<const CachedRecord::Columns> of(const SqliteRow& row)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_columns) {
            QStringList names;
            for (int i = 0; i < row.columnCount(); ++i) {
                names.append(row.columnName(i));
            }
            m_columns = std::make_shared<const CachedRecord::Columns>(names);
        }
        return m_columns;
    }
    // Null when no row was read.
    std::shared_ptr<const CachedRecord::Columns> columns()
    {
        QMutexLocker lock(&m_mutex);
        return m_columns;
    }

private:
    QMutex m_mutex;
    std::shared_ptr<const CachedRecord::Columns> m_columns;
};

// A row as a record, with the columns of its query.
class RecordReader
{
public:
    explicit RecordReader(SharedColumns* columns)
        : m_shared(columns)
    { }
    CachedRecord read(const SqliteRow& row)
    {
        if (!m_columns) {
            m_columns = m_shared->of(row);
        }
        return CachedRecord(m_columns, row);
    }
    // A column's index in the records read so far (-1 before the first, or when there is no such column).
    int column(const QString& name) const { return m_columns ? m_columns->indexOf(name) : -1; }

private:
    SharedColumns* m_shared;
    std::shared_ptr<const CachedRecord::Columns> m_columns;
};

} // namespace callbridge::matchreads
