#pragma once

#include "core/orgsim/OrgSchema.h"

#include <QHash>
#include <QVariant>
#include <QVector>

#include <functional>

namespace callbridge::orgsim {

// One record's values, by field index in its ObjectSchema. Null is an invalid QVariant;
// strings are QString, booleans bool, numbers int or double, dates QDate, datetimes UTC QDateTime.
using Record = QVector<QVariant>;

// The records of one sObject. Rows are numbered from 0 and never reused. The first rows can
// be generated: computed from the row number when read, so a million contacts cost no memory
// until one is changed. Changed generated rows and all other rows are stored.
class ObjectTable
{
public:
    using Generator = std::function<void(qint64 row, Record& record)>;
    // One field of the generated rows on its own: what the Generator puts in that field.
    using FieldGenerator = std::function<QVariant(qint64 row)>;

    explicit ObjectTable(const ObjectSchema& schema);

    const ObjectSchema& schema() const { return *m_schema; }
    qint64 rowCount() const { return m_generatedCount + m_stored.size(); }

    Record record(qint64 row) const;
    QString idOf(qint64 row) const;
    qint64 rowOfId(const QString& id) const; // 15 or 18 characters; -1 when unknown
    bool isDeleted(qint64 row) const; // in the recycle bin (IsDeleted = true)
    bool isPurged(qint64 row) const { return m_purged.contains(row); }

    void setGenerated(qint64 count, Generator generator);
    // Lets value() compute this field of a generated row without generating the whole record.
    void setGeneratedField(int field, FieldGenerator generator);
    // record(row).at(field), and cheap when hasCheapValue(field): the row's own Id, a stored
    // row, or a generated row's field that has a FieldGenerator.
    QVariant value(qint64 row, int field) const;
    bool hasCheapValue(int field) const { return field == m_idField || m_fieldGenerators.contains(field); }
    qint64 insert(Record record); // keeps a valid Id it is given, else assigns one
    void replace(qint64 row, const Record& record);
    void purge(qint64 row); // for objects without a recycle bin: the row is gone
    // The live rows (not purged, not in the recycle bin) whose text field equals value, ignoring
    // case: what an upsert by external ID matches. Indexed on first use.
    QList<qint64> rowsWithValue(int field, const QString& value) const;

    // Undo support for all-or-none composite requests: while a journal is open every change
    // is recorded, and rollback() restores the table as it was when the journal opened.
    void beginJournal();
    void commitJournal();
    void rollbackJournal();

private:
    struct JournalEntry
    {
        enum class Kind { Inserted, Replaced, Purged } kind;
        qint64 row;
        Record previous;
    };
    void journal(JournalEntry::Kind kind, qint64 row);

    bool m_journaling = false;
    QVector<JournalEntry> m_journal;
    const ObjectSchema* m_schema;
    int m_idField;
    int m_isDeletedField;
    qint64 m_generatedCount = 0;
    Generator m_generator;
    QHash<int, FieldGenerator> m_fieldGenerators;
    QHash<qint64, Record> m_changedGenerated;
    QVector<Record> m_stored;
    QHash<QString, qint64> m_explicitIds;
    QSet<qint64> m_purged;
    // field -> lower-case value -> rows that have or once had it (checked on every lookup).
    mutable QHash<int, QMultiHash<QString, qint64>> m_valueIndex;
    void indexRow(qint64 row, const Record& record);
};

} // namespace callbridge::orgsim
