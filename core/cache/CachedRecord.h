#pragma once

#include <QHash>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>

namespace callbridge {

// One record read from the cache, as matching and the filter read it: its values in column
// order, the column names shared by every record of the same read. (A QVariantMap per record
// held a tree of names per record and searched it, comparing strings, for every value a filter
// read: most of a filter's evaluation and of matching's memory for large caches.)
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

    CachedRecord() = default;
    // `values` in the order of `columns`' names.
    CachedRecord(std::shared_ptr<const Columns> columns, QVariantList values);
    // A record from a map (tests, and callers that build one by hand).
    static CachedRecord fromMap(const QVariantMap& values);

    // Null when the record has no such column or its value is null.
    const QVariant& value(const QString& column) const;
    // By the column's index in its Columns (-1: null), for a reader that looks it up once.
    const QVariant& valueAt(int index) const;
    bool isEmpty() const { return m_values.isEmpty(); }
    const Columns* columns() const { return m_columns.get(); }

private:
    std::shared_ptr<const Columns> m_columns;
    QVariantList m_values;
};

} // namespace callbridge
