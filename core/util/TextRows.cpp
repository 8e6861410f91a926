#include "core/util/TextRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <cmath>

namespace callbridge {

namespace {

QByteArray numberText(double number)
{
    // Whole numbers as integers (JSON has only doubles: 3 arrives as 3.0); others with every digit.
    if (std::abs(number) < 9.0e15 && number == std::floor(number)) {
        return QByteArray::number(qint64(number));
    }
    return QByteArray::number(number, 'g', 17);
}

} // namespace

void TextRows::append(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        appendNull();
        break;
    case QJsonValue::Bool:
        append(value.toBool() ? QByteArrayView("true") : QByteArrayView("false"));
        break;
    case QJsonValue::Double:
        append(QByteArrayView(numberText(value.toDouble())));
        break;
    case QJsonValue::String:
        append(QByteArrayView(value.toString().toUtf8()));
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        append(QByteArrayView(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        break;
    }
}

void TextRows::append(const QVariant& value)
{
    if (value.isNull()) {
        appendNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        append(value.toBool() ? QByteArrayView("true") : QByteArrayView("false"));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        append(QByteArrayView(numberText(value.toDouble())));
        break;
    case QMetaType::QByteArray:
        append(QByteArrayView(value.toByteArray()));
        break;
    default:
        append(QByteArrayView(value.toString().toUtf8()));
    }
}

} // namespace callbridge
