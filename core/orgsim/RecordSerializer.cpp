#include "core/orgsim/RecordSerializer.h"

#include <QJsonArray>

#include <cstring>

namespace callbridge::orgsim {

namespace {

QJsonValue scalar(const QVariant& value)
{
    if (!value.isValid()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return RecordSerializer::formatDateTime(value.toDateTime());
    case QMetaType::QTime:
        return QString(value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char('Z'));
    default:
        return value.toString();
    }
}

// A compound field's value is an object built from its component fields:
// BillingStreet -> "street", BillingCountryCode -> "countryCode", X__Latitude__s -> "latitude".
QJsonValue compoundValue(const ObjectSchema& object, const FieldSchema& compound, const Record& record)
{
    QJsonObject value;
    bool any = false;
    const QString prefix = compound.type == QLatin1String("address")
        ? compound.name.left(compound.name.size() - int(qstrlen("Address")))
        : compound.name.left(compound.name.size() - 3) + QStringLiteral("__"); // HQ_Location__c -> HQ_Location__
    for (int i = 0; i < object.fields.size(); ++i) {
        const FieldSchema& part = object.fields.at(i);
        if (part.compoundFieldName != compound.name) {
            continue;
        }
        QString key = part.name.mid(prefix.size());
        key.remove(QStringLiteral("__s"));
        key[0] = key.at(0).toLower();
        value.insert(key, scalar(record.at(i)));
        any = any || record.at(i).isValid();
    }
    if (compound.type == QLatin1String("address") && !value.contains(QStringLiteral("geocodeAccuracy"))) {
        value.insert(QStringLiteral("geocodeAccuracy"), QJsonValue::Null);
    }
    return any ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

RecordSerializer::RecordSerializer(QueryExecutor& executor, const QString& apiVersion)
    : m_executor(executor)
    , m_apiVersion(apiVersion)
{ }

QString RecordSerializer::formatDateTime(const QDateTime& value)
{
    // yyyy-MM-ddTHH:mm:ss.zzz+0000 of the UTC time, by hand for the years 1 to 9999 (what
    // QDateTime::toString gives, many times faster).
    if (value.isValid()) {
        const qint64 msecs = value.toMSecsSinceEpoch();
        constexpr qint64 msecsPerDay = 86400000;
        const qint64 days = msecs >= 0 ? msecs / msecsPerDay : -((-msecs + msecsPerDay - 1) / msecsPerDay);
        const qint64 inDay = msecs - days * msecsPerDay;
        const QDate date = QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days);
        if (date.isValid() && date.year() >= 1 && date.year() <= 9999) {
            char text[29];
            const auto digits = [&text](int at, int number, int count) {
                for (int i = count - 1; i >= 0; --i) {
                    text[at + i] = char('0' + number % 10);
                    number /= 10;
                }
            };
            digits(0, date.year(), 4);
            text[4] = '-';
            digits(5, date.month(), 2);
            text[7] = '-';
            digits(8, date.day(), 2);
            text[10] = 'T';
            digits(11, int(inDay / 3600000), 2);
            text[13] = ':';
            digits(14, int(inDay / 60000 % 60), 2);
            text[16] = ':';
            digits(17, int(inDay / 1000 % 60), 2);
            text[19] = '.';
            digits(20, int(inDay % 1000), 3);
            std::memcpy(text + 23, "+0000", 5);
            return QString::fromLatin1(text, 28);
        }
    }
    return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

QJsonObject RecordSerializer::attributes(const ObjectSchema& object, const QString& id) const
{
    return QJsonObject { { QStringLiteral("type"), object.name },
        { QStringLiteral("url"),
            QString(QStringLiteral("/services/data/v") + m_apiVersion + QStringLiteral("/sobjects/") + object.name
                + QLatin1Char('/') + id) } };
}

QJsonValue RecordSerializer::jsonValue(const ObjectSchema& object, const FieldSchema& field, const Record& record)
{
    if (field.isCompound()) {
        return compoundValue(object, field, record);
    }
    return scalar(record.at(object.indexOf(field.name)));
}

QJsonObject RecordSerializer::queryRecord(const PreparedQuery& query, const Record& record, const UserPermissions& user)
{
    const ObjectSchema& object = *query.object;
    // QJsonObject sorts its keys, so "attributes" and the fields come out alphabetically;
    // JSON objects are unordered and clients read them by key.
    QJsonObject json { { QStringLiteral("attributes"),
        attributes(object, record.at(object.indexOf(QStringLiteral("Id"))).toString()) } };
    QHash<QString, QJsonObject> parents;
    QSet<QString> missingParents;
    for (const ResolvedField& column : query.columns) {
        if (column.lookupIndex < 0) {
            // jsonValue(), with the field's index as the query resolved it
            json.insert(column.fieldName,
                column.field->isCompound() ? compoundValue(object, *column.field, record)
                                           : scalar(record.at(column.fieldIndex)));
            continue;
        }
        if (missingParents.contains(column.relationshipName)) {
            continue;
        }
        const auto parent = m_executor.parent(column, record, user);
        if (!parent) {
            missingParents.insert(column.relationshipName);
            json.insert(column.relationshipName, QJsonValue::Null);
            continue;
        }
        const ObjectSchema& parentObject = *parent->first;
        QJsonObject& nested = parents[column.relationshipName];
        if (nested.isEmpty()) {
            nested.insert(QStringLiteral("attributes"),
                attributes(parentObject, parent->second.at(parentObject.indexOf(QStringLiteral("Id"))).toString()));
        }
        const FieldSchema* field = parentObject.field(column.fieldName);
        nested.insert(column.fieldName, field ? jsonValue(parentObject, *field, parent->second) : QJsonValue::Null);
    }
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

QString RecordSerializer::csvValue(const QVariant& value)
{
    if (!value.isValid()) {
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
    case QMetaType::QTime:
        return value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char('Z');
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return value.toString();
    }
}

QJsonObject RecordSerializer::fullRecord(
    const ObjectSchema& object, const Record& record, const UserPermissions& user, AccessControl& access) const
{
    QJsonObject json { { QStringLiteral("attributes"),
        attributes(object, record.at(object.indexOf(QStringLiteral("Id"))).toString()) } };
    for (const FieldSchema& field : object.fields) {
        if (access.canReadField(user, object, field)) {
            json.insert(field.name, jsonValue(object, field, record));
        }
    }
    return json;
}

} // namespace callbridge::orgsim
