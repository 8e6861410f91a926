#include "core/orgsim/FieldValues.h"

#include "core/orgsim/SalesforceId.h"

#include <limits>

namespace callbridge::orgsim {

QDateTime parseSalesforceDateTime(const QString& text)
{
    QString normalized = text.trimmed();
    if (normalized.endsWith(QLatin1Char('Z'))) {
        normalized.chop(1);
        normalized += QStringLiteral("+00:00");
    } else if (normalized.size() > 5
        && (normalized.at(normalized.size() - 5) == QLatin1Char('+')
            || normalized.at(normalized.size() - 5) == QLatin1Char('-'))) {
        normalized.insert(normalized.size() - 2, QLatin1Char(':'));
    }
    return QDateTime::fromString(normalized, Qt::ISODateWithMs).toUTC();
}

FieldValueResult fieldValueFromJson(const FieldSchema& field, const QJsonValue& json)
{
    if (json.isNull()) {
        return {};
    }
    const QString& type = field.type;
    auto bad = [&](const QString& message) {
        return FieldValueResult { {}, QStringLiteral("JSON_PARSER_ERROR"), message };
    };
    const QString typeMismatch = QStringLiteral("Cannot deserialize instance of %1 from %2 value %3 or request may be "
                                                "missing a required field");
    if (type == QLatin1String("boolean")) {
        return json.isBool() ? FieldValueResult { json.toBool(), {}, {} }
                             : bad(typeMismatch.arg(QStringLiteral("boolean"), QStringLiteral("VALUE_STRING"),
                                 json.toVariant().toString()));
    }
    if (type == QLatin1String("int")) {
        if (!json.isDouble()) {
            return bad(
                typeMismatch.arg(QStringLiteral("int"), QStringLiteral("VALUE_STRING"), json.toVariant().toString()));
        }
        const double number = json.toDouble();
        if (number < double(std::numeric_limits<int>::min()) || number > double(std::numeric_limits<int>::max())) {
            // Salesforce's int fields are 32-bit; its JSON reader refuses the number before the field sees it.
            return bad(typeMismatch.arg(
                QStringLiteral("int"), QStringLiteral("VALUE_NUMBER_INT"), QString::number(number, 'g', 17)));
        }
        return { int(number), {}, {} };
    }
    if (type == QLatin1String("double") || type == QLatin1String("currency") || type == QLatin1String("percent")) {
        if (json.isDouble()) {
            return { json.toDouble(), {}, {} };
        }
        bool ok = false;
        const double value = json.toString().toDouble(&ok);
        return ok ? FieldValueResult { value, {}, {} }
                  : bad(typeMismatch.arg(QStringLiteral("double"), QStringLiteral("VALUE_STRING"), json.toString()));
    }
    if (!json.isString()) {
        return bad(typeMismatch.arg(type, QStringLiteral("VALUE_NUMBER"), json.toVariant().toString()));
    }
    const QString text = json.toString();
    if (type == QLatin1String("date")) {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid()
            ? FieldValueResult { date, {}, {} }
            : bad(QStringLiteral("Cannot deserialize value of type `date` from String \"%1\"").arg(text));
    }
    if (type == QLatin1String("datetime")) {
        const QDateTime value = parseSalesforceDateTime(text);
        return value.isValid()
            ? FieldValueResult { value, {}, {} }
            : bad(QStringLiteral("Cannot deserialize value of type `datetime` from String \"%1\"").arg(text));
    }
    if (type == QLatin1String("time")) {
        const QTime value = QTime::fromString(text.left(12), Qt::ISODateWithMs);
        return value.isValid()
            ? FieldValueResult { value, {}, {} }
            : bad(QStringLiteral("Cannot deserialize value of type `time` from String \"%1\"").arg(text));
    }
    if (type == QLatin1String("reference") || type == QLatin1String("id")) {
        if (text.isEmpty()) {
            return {};
        }
        const QString id = SalesforceId::normalize(text);
        if (id.isEmpty()) {
            return { {}, QStringLiteral("MALFORMED_ID"),
                QStringLiteral("%1: id value of incorrect type: %2").arg(field.name, text) };
        }
        return { id, {}, {} };
    }
    const int length = field.describe.value(QStringLiteral("length")).toInt();
    if (length > 0 && text.size() > length) {
        return { {}, QStringLiteral("STRING_TOO_LONG"),
            QStringLiteral("%1: data value too large: %2 (max length=%3)")
                .arg(field.describe.value(QStringLiteral("label")).toString(), text.left(50))
                .arg(length) };
    }
    return { text.isEmpty() ? QVariant() : QVariant(text), {}, {} };
}

void deriveComputedFields(const ObjectSchema& object, QVector<QVariant>& record)
{
    const int name = object.indexOf(QStringLiteral("Name"));
    const int first = object.indexOf(QStringLiteral("FirstName"));
    const int last = object.indexOf(QStringLiteral("LastName"));
    if (name >= 0 && first >= 0 && last >= 0 && object.field(QStringLiteral("Name"))->createable == false) {
        const QString full =
            QString(record.at(first).toString() + QLatin1Char(' ') + record.at(last).toString()).trimmed();
        record[name] = full.isEmpty() ? QVariant() : QVariant(full);
    }
}

} // namespace callbridge::orgsim
