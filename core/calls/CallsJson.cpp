#include "core/calls/CallsJson.h"

#include "core/util/JsonText.h"

#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace callbridge::callsjson {

Members membersOf(const JsonValue& object)
{
    Members members;
    for (const simdjson::dom::key_value_pair field : object.members()) {
        members.append({ field.key, JsonValue(field.value) });
    }
    return members;
}

// The member of that name, or nothing. The last, when a file repeats a name, as Qt's parser
// keeps it (and every other JSON file the application reads).
Member member(const Members& members, std::string_view name)
{
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if (it->first == name) {
            return it->second;
        }
    }
    return {};
}

Member member(const JsonValue& object, std::string_view name)
{
    return member(membersOf(object), name);
}

bool isMissing(const Member& value)
{
    return !value || value->isNull();
}

// A string's text; empty for anything else (as QJsonValue::toString()).
QString textOrEmpty(const Member& value)
{
    return value ? value->text() : QString();
}

// "a string", "nothing", ...: the names the other JSON readers use (see jsonTypeName).
QString typeName(const Member& value)
{
    if (!value) {
        return jsonTypeName(QJsonValue(QJsonValue::Undefined));
    }
    switch (value->type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return jsonTypeName(QJsonValue(QJsonValue::Null));
    case simdjson::dom::element_type::BOOL:
        return jsonTypeName(QJsonValue(QJsonValue::Bool));
    case simdjson::dom::element_type::OBJECT:
        return jsonTypeName(QJsonValue(QJsonValue::Object));
    case simdjson::dom::element_type::ARRAY:
        return jsonTypeName(QJsonValue(QJsonValue::Array));
    case simdjson::dom::element_type::STRING:
        return jsonTypeName(QJsonValue(QJsonValue::String));
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        break;
    }
    return jsonTypeName(QJsonValue(QJsonValue::Double));
}

// An array's elements; none for anything else.
QList<JsonValue> elementsOf(const Member& value)
{
    QList<JsonValue> elements;
    if (value && value->isArray()) {
        for (const simdjson::dom::element element : value->elements()) {
            elements.append(element);
        }
    }
    return elements;
}

bool isOneOf(std::string_view name, const std::vector<const char*>& names)
{
    return std::any_of(names.cbegin(), names.cend(), [&name](const char* known) { return name == known; });
}

QString joined(const std::vector<const char*>& names)
{
    QStringList list;
    for (const char* name : names) {
        list.append(QLatin1String(name));
    }
    return list.join(QStringLiteral(", "));
}

} // namespace callbridge::callsjson
