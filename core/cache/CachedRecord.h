#pragma once

#include <QExplicitlySharedDataPointer>
#include <QHash>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>

namespace callbridge {

class SqliteRow;

// One record read from the cache, as matching and the filter read it: its values in column
// order, the column names shared by every record of the same read. (A QVariantMap per record
// held a tree of names per record and searched it, comparing strings, for every value a filter
// read: most of a filter's evaluation and of matching's memory for large caches.)
//
// The values are packed into one allocation (text as Latin-1 where it can be), and a copy shares
// it: a preview holds 150,000 accounts and opportunities, and a QVariant and a QString per value
// took about twice the memory.
class CachedRecord
{
public:
    // The columns of one read, shared by its records.
    class Columns
    {
    public:
        explicit Columns(const QStringList& names);
        const QStringList& names() const { return m_names; }
        int indexOf(const QString& name) const { return m_index.value(name, -1); }

    private:
        QStringList m_names;
        QHash<QString, int> m_index;
    };

    CachedRecord(); // a null record: no columns, every value null
    // `values` in the order of `columns`' names. Kept as their types are: null, text, integer,
    // floating point, bool and bytes; any other type is kept as its text.
    CachedRecord(std::shared_ptr<const Columns> columns, const QVariantList& values);
    // A row of an SQLite read, its columns in the order of `columns`' names: as SQLite has the
    // values, without a QVariant or a QString for each.
    CachedRecord(std::shared_ptr<const Columns> columns, const SqliteRow& row);
    // A record from a map (tests, and callers that build one by hand).
    static CachedRecord fromMap(const QVariantMap& values);
    // Copies share the values. (Out of line: Data is defined only in CachedRecord.cpp.)
    CachedRecord(const CachedRecord& other);
    CachedRecord(CachedRecord&& other) noexcept;
    CachedRecord& operator=(const CachedRecord& other);
    CachedRecord& operator=(CachedRecord&& other) noexcept;
    ~CachedRecord();

    // Null when the record has no such column or its value is null.
    QVariant value(const QString& column) const;
    // By the column's index in its Columns (-1: null), for a reader that looks it up once.
    QVariant valueAt(int index) const;
    // A text value as it is packed, without a copy: Latin-1 or UTF-16. Neither when the value
    // is not text (null included): read it with valueAt().
    struct Text
    {
        const char* latin1 = nullptr;
        const char16_t* utf16 = nullptr;
        qsizetype size = 0; // in characters
    };
    Text textAt(int index) const;
    bool isNull() const { return !d; }
    // Records sharing one copy of their values compare equal by it.
    const void* identity() const { return d.data(); }
    const Columns* columns() const;
    // Asks the CPU to start loading the record's header, slots and first values: a loop over
    // many records (a preview's filter, once per call) calls this a few records ahead, so their
    // cache misses overlap instead of each one stalling. Reads nothing; a null record is fine.
    void prefetch() const;
    const std::shared_ptr<const Columns>& sharedColumns() const;

private:
    struct Data;
    struct Packed; // one value on its way in
    void pack(std::shared_ptr<const Columns> columns, const Packed* packed, qsizetype count);
    QExplicitlySharedDataPointer<const Data> d;
};

} // namespace callbridge
