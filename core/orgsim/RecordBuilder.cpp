#include "core/orgsim/RecordBuilder.h"

namespace callbridge::orgsim {

RecordBuilder::RecordBuilder(OrgData& org, const QDateTime& timestamp)
    : m_org(org)
    , m_timestamp(timestamp)
{ }

Record RecordBuilder::toRecord(const ObjectSchema& object, const QVariantHash& values)
{
    Record record(object.fields.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = object.indexOf(it.key());
        if (index < 0) {
            qFatal("orgsim: %s has no field %s", qPrintable(object.name), qPrintable(it.key()));
        }
        record[index] = it.value();
    }
    return record;
}

QString RecordBuilder::insert(const QString& objectName, const QVariantHash& values)
{
    ObjectTable* table = m_org.table(objectName);
    const ObjectSchema& object = table->schema();
    Record record = toRecord(object, values);
    auto setIfEmpty = [&](const char* field, const QVariant& value) {
        const int index = object.indexOf(QString::fromLatin1(field));
        if (index >= 0 && !record.at(index).isValid()) {
            record[index] = value;
        }
    };
    setIfEmpty("CreatedDate", m_timestamp);
    setIfEmpty("LastModifiedDate", m_timestamp);
    setIfEmpty("SystemModstamp", m_timestamp);
    if (!m_createdById.isEmpty()) {
        setIfEmpty("CreatedById", m_createdById);
        setIfEmpty("LastModifiedById", m_createdById);
    }
    const qint64 row = table->insert(record);
    return table->idOf(row);
}

} // namespace callbridge::orgsim
