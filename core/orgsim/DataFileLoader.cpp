#include "core/orgsim/DataFileLoader.h"

#include "core/orgsim/FieldValues.h"
#include "core/orgsim/RecordBuilder.h"
#include "core/orgsim/SalesforceId.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callbridge::orgsim {

QString DataFileLoader::load(OrgData& org, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return QStringLiteral("%1: not valid JSON at offset %2: %3")
            .arg(path)
            .arg(parseError.offset)
            .arg(parseError.errorString());
    }
    if (!document.isObject()) {
        return QStringLiteral("%1: expected an object keyed by sObject name").arg(path);
    }
    const QJsonObject root = document.object();
    const QDateTime now = org.now();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const ObjectSchema* object = OrgSchema::instance().object(it.key());
        if (!object) {
            return QStringLiteral("%1: \"%2\" is not an sObject orgsim knows").arg(path, it.key());
        }
        if (!it.value().isArray()) {
            return QStringLiteral("%1: %2 must be an array of records").arg(path, it.key());
        }
        const QJsonArray records = it.value().toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString where = QStringLiteral("%1: %2[%3]").arg(path, object->name).arg(i);
            if (!records.at(i).isObject()) {
                return where + QStringLiteral(": must be an object");
            }
            const QJsonObject values = records.at(i).toObject();
            Record record(object->fields.size());
            for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
                const FieldSchema* field = object->field(value.key());
                if (!field) {
                    return QStringLiteral("%1.%2: no such field on %3").arg(where, value.key(), object->name);
                }
                const FieldValueResult converted = fieldValueFromJson(*field, value.value());
                if (!converted.ok()) {
                    return QStringLiteral("%1.%2: %3").arg(where, field->name, converted.error);
                }
                record[object->indexOf(field->name)] = converted.value;
            }
            const int idIndex = object->indexOf(QStringLiteral("Id"));
            if (record.at(idIndex).isValid() && !record.at(idIndex).toString().startsWith(object->keyPrefix)) {
                return QStringLiteral("%1.Id: %2 does not start with %3, the key prefix of %4")
                    .arg(where, record.at(idIndex).toString(), object->keyPrefix, object->name);
            }
            deriveComputedFields(*object, record);
            for (const char* audit : { "CreatedDate", "LastModifiedDate", "SystemModstamp" }) {
                const int index = object->indexOf(QString::fromLatin1(audit));
                if (index >= 0 && !record.at(index).isValid()) {
                    record[index] = now;
                }
            }
            for (const char* audit : { "CreatedById", "LastModifiedById" }) {
                const int index = object->indexOf(QString::fromLatin1(audit));
                if (index >= 0 && !record.at(index).isValid()) {
                    record[index] = SalesforceId::make(QStringLiteral("005"), 0);
                }
            }
            org.table(object->name)->insert(record);
        }
    }
    org.securityChanged();
    return {};
}

} // namespace callbridge::orgsim
