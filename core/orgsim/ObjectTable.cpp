#include "core/orgsim/ObjectTable.h"

#include "core/orgsim/SalesforceId.h"

#include <algorithm>

namespace callbridge::orgsim {

ObjectTable::ObjectTable(const ObjectSchema& schema)
    : m_schema(&schema)
    , m_idField(schema.indexOf(QStringLiteral("Id")))
    , m_isDeletedField(schema.indexOf(QStringLiteral("IsDeleted")))
{ }

void ObjectTable::setGenerated(qint64 count, Generator generator)
{
    Q_ASSERT(m_stored.isEmpty());
    m_generatedCount = count;
    m_generator = std::move(generator);
}

void ObjectTable::setGeneratedField(int field, FieldGenerator generator)
{
    m_fieldGenerators.insert(field, std::move(generator));
}

QVariant ObjectTable::value(qint64 row, int field) const
{
    if (row >= m_generatedCount) {
        return m_stored.at(row - m_generatedCount).at(field);
    }
    const auto changed = m_changedGenerated.constFind(row);
    if (changed != m_changedGenerated.constEnd()) {
        return changed->at(field);
    }
    QVariant value;
    if (field == m_idField) {
        value = SalesforceId::make(m_schema->keyPrefix, row);
    } else {
        const auto generator = m_fieldGenerators.constFind(field);
        if (generator == m_fieldGenerators.constEnd()) {
            return record(row).at(field);
        }
        value = (*generator)(row);
    }
    // A field generator must agree with the record's generator; debug builds (the tests) check.
    Q_ASSERT(value == record(row).at(field));
    return value;
}

Record ObjectTable::record(qint64 row) const
{
    if (row >= m_generatedCount) {
        return m_stored.at(row - m_generatedCount);
    }
    const auto changed = m_changedGenerated.constFind(row);
    if (changed != m_changedGenerated.constEnd()) {
        return *changed;
    }
    Record record(m_schema->fields.size());
    m_generator(row, record);
    record[m_idField] = SalesforceId::make(m_schema->keyPrefix, row);
    return record;
}

QString ObjectTable::idOf(qint64 row) const
{
    if (row < m_generatedCount) {
        return SalesforceId::make(m_schema->keyPrefix, row);
    }
    return m_stored.at(row - m_generatedCount).at(m_idField).toString();
}

qint64 ObjectTable::rowOfId(const QString& id) const
{
    const QString id18 = SalesforceId::normalize(id);
    if (id18.isEmpty() || !id18.startsWith(m_schema->keyPrefix)) {
        return -1;
    }
    const auto explicitRow = m_explicitIds.constFind(id18);
    if (explicitRow != m_explicitIds.constEnd()) {
        return m_purged.contains(*explicitRow) ? -1 : *explicitRow;
    }
    const qint64 row = SalesforceId::row(id18);
    if (row < 0 || row >= rowCount() || m_purged.contains(row) || idOf(row) != id18) {
        return -1;
    }
    return row;
}

bool ObjectTable::isDeleted(qint64 row) const
{
    return m_isDeletedField >= 0 && record(row).at(m_isDeletedField).toBool();
}

qint64 ObjectTable::insert(Record record)
{
    record.resize(m_schema->fields.size());
    const qint64 row = rowCount();
    const QString given = SalesforceId::normalize(record.at(m_idField).toString());
    if (!given.isEmpty() && given.startsWith(m_schema->keyPrefix) && !m_explicitIds.contains(given)) {
        record[m_idField] = given;
        m_explicitIds.insert(given, row);
    } else {
        record[m_idField] = SalesforceId::make(m_schema->keyPrefix, row);
    }
    if (m_isDeletedField >= 0 && !record.at(m_isDeletedField).isValid()) {
        record[m_isDeletedField] = false;
    }
    m_stored.append(record);
    indexRow(row, record);
    journal(JournalEntry::Kind::Inserted, row);
    return row;
}

void ObjectTable::replace(qint64 row, const Record& record)
{
    journal(JournalEntry::Kind::Replaced, row);
    indexRow(row, record);
    if (row < m_generatedCount) {
        m_changedGenerated.insert(row, record);
    } else {
        m_stored[row - m_generatedCount] = record;
    }
}

void ObjectTable::purge(qint64 row)
{
    journal(JournalEntry::Kind::Purged, row);
    m_purged.insert(row);
}

void ObjectTable::indexRow(qint64 row, const Record& record)
{
    for (auto it = m_valueIndex.begin(); it != m_valueIndex.end(); ++it) {
        const QString value = record.value(it.key()).toString().toLower();
        if (!value.isEmpty() && !it->contains(value, row)) {
            it->insert(value, row);
        }
    }
}

QList<qint64> ObjectTable::rowsWithValue(int field, const QString& value) const
{
    auto index = m_valueIndex.find(field);
    if (index == m_valueIndex.end()) {
        index = m_valueIndex.insert(field, {});
        for (qint64 row = 0; row < rowCount(); ++row) {
            const QString text = record(row).at(field).toString().toLower();
            if (!text.isEmpty()) {
                index->insert(text, row);
            }
        }
    }
    // Stale entries (a value since changed, an undone insert) are filtered out here.
    QList<qint64> rows;
    const QString key = value.toLower();
    for (auto it = index->constFind(key); it != index->constEnd() && it.key() == key; ++it) {
        if (!m_purged.contains(*it) && !isDeleted(*it) && record(*it).at(field).toString().toLower() == key) {
            rows.append(*it);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ObjectTable::journal(JournalEntry::Kind kind, qint64 row)
{
    if (m_journaling) {
        m_journal.append({ kind, row, kind == JournalEntry::Kind::Replaced ? record(row) : Record() });
    }
}

void ObjectTable::beginJournal()
{
    m_journaling = true;
    m_journal.clear();
}

void ObjectTable::commitJournal()
{
    m_journaling = false;
    m_journal.clear();
}

void ObjectTable::rollbackJournal()
{
    m_journaling = false;
    for (auto it = m_journal.crbegin(); it != m_journal.crend(); ++it) {
        switch (it->kind) {
        case JournalEntry::Kind::Inserted: {
            // Rows are never reused: an undone insert stays as a purged row.
            const QString id = idOf(it->row);
            m_explicitIds.remove(id);
            m_purged.insert(it->row);
            break;
        }
        case JournalEntry::Kind::Replaced:
            if (it->row < m_generatedCount) {
                m_changedGenerated.insert(it->row, it->previous);
            } else {
                m_stored[it->row - m_generatedCount] = it->previous;
            }
            break;
        case JournalEntry::Kind::Purged:
            m_purged.remove(it->row);
            break;
        }
    }
    m_journal.clear();
}

} // namespace callbridge::orgsim
