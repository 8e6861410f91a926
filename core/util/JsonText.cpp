#include "core/util/JsonText.h"

#include <QCoreApplication>

namespace callbridge {

QString jsonLineAndColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null"); // a JSON word, not translated
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonText", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonText", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonText", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonText", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonText", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("JsonText", "nothing");
}

} // namespace callbridge
