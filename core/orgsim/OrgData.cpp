#include "core/orgsim/OrgData.h"

#include "core/orgsim/SalesforceId.h"

namespace callbridge::orgsim {

OrgData::OrgData()
{
    for (const ObjectSchema& object : OrgSchema::instance().objects()) {
        m_tables.insert(object.name.toLower(), std::make_shared<ObjectTable>(object));
    }
    orgId = SalesforceId::make(QStringLiteral("00D"), 1);
    // Second precision: HTTP dates carry no milliseconds.
    schemaLastModified = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

ObjectTable* OrgData::table(const QString& objectName)
{
    const auto it = m_tables.find(objectName.toLower());
    return it == m_tables.end() ? nullptr : it->get();
}

const ObjectTable* OrgData::table(const QString& objectName) const
{
    const auto it = m_tables.constFind(objectName.toLower());
    return it == m_tables.constEnd() ? nullptr : it->get();
}

OrgData::RecordRef OrgData::find(const QString& id)
{
    const QString id18 = SalesforceId::normalize(id);
    if (id18.isEmpty()) {
        return {};
    }
    const ObjectSchema* object = OrgSchema::instance().objectByKeyPrefix(id18.left(3));
    if (!object) {
        return {};
    }
    ObjectTable* objectTable = table(object->name);
    return { objectTable, objectTable->rowOfId(id18) };
}

QVariant OrgData::value(const QString& objectName, qint64 row, const QString& field) const
{
    const ObjectTable* objectTable = table(objectName);
    const int index = objectTable->schema().indexOf(field);
    return index < 0 ? QVariant() : objectTable->record(row).at(index);
}

void OrgData::beginTransaction()
{
    for (auto& table : m_tables) {
        table->beginJournal();
    }
}

void OrgData::commitTransaction()
{
    for (auto& table : m_tables) {
        table->commitJournal();
    }
}

void OrgData::rollbackTransaction()
{
    for (auto& table : m_tables) {
        table->rollbackJournal();
    }
    securityChanged();
}

void OrgData::recycled(const QString& objectName, qint64 row)
{
    m_recycleBin.push_back({ table(objectName), row, now() });
}

void OrgData::emptyRecycleBin()
{
    const QDateTime current = now();
    const QDateTime expired = current.addDays(-recycleBinDays);
    const QDateTime evictable = current.addSecs(-2 * 3600);
    const qint64 capacity = recycleBinCapacity >= 0
        ? recycleBinCapacity
        : recycleBinRecordsPerLicense * table(QStringLiteral("User"))->rowCount();
    while (!m_recycleBin.empty()) {
        const Recycled& oldest = m_recycleBin.front();
        if (oldest.table->isPurged(oldest.row) || !oldest.table->isDeleted(oldest.row)) {
            m_recycleBin.pop_front(); // an all-or-none request rolled the delete back
            continue;
        }
        const bool full = qint64(m_recycleBin.size()) > capacity && oldest.deletedAt <= evictable;
        if (oldest.deletedAt > expired && !full) {
            break;
        }
        oldest.table->purge(oldest.row);
        m_recycleBin.pop_front();
    }
}

QDateTime OrgData::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

} // namespace callbridge::orgsim
