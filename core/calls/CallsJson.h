#pragma once

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace callbridge::callsjson {

// The calls file is parsed by simdjson into its document (a tape of values, strings in one
// buffer): Qt's QJsonDocument spent most of a large file's reading allocating and freeing its
// values. JsonValue is the little of it that CallsReader's checks use.
class JsonValue
{
public:
    JsonValue() = default;
    JsonValue(simdjson::dom::element element) // NOLINT: a view of the element, as simdjson's own
        : m_element(element)
    { }
    bool isNull() const { return m_element.is_null(); }
    bool isBool() const { return m_element.is_bool(); }
    bool isNumber() const { return m_element.is_number(); }
    bool isString() const { return m_element.is_string(); }
    bool isArray() const { return m_element.is_array(); }
    bool isObject() const { return m_element.is_object(); }
    simdjson::dom::element_type type() const { return m_element.type(); }
    // A number's value, whole numbers too; 0 for anything else.
    double number() const
    {
        double value = 0;
        return m_element.get_double().get(value) == simdjson::SUCCESS ? value : 0;
    }
    bool boolean() const { return m_element.is_bool() && m_element.get_bool().value_unsafe(); }
    // A string's text (empty for anything else); JSON allows a "\u0000" in it.
    QString text() const
    {
        std::string_view text;
        return m_element.get_string().get(text) == simdjson::SUCCESS
            ? QString::fromUtf8(text.data(), qsizetype(text.size()))
            : QString();
    }
    // An array's elements, an object's members: only for an array, an object.
    simdjson::dom::array elements() const { return m_element.get_array().value_unsafe(); }
    simdjson::dom::object members() const { return m_element.get_object().value_unsafe(); }

private:
    simdjson::dom::element m_element;
};

// A member that may be missing.
using Member = std::optional<JsonValue>;

// An object's members, in the file's order. (Names are compared whole: JSON allows a "\u0000" in one.)
using Members = QVarLengthArray<std::pair<std::string_view, JsonValue>, 16>;

Members membersOf(const JsonValue& object);

// The member of that name, or nothing. The last, when a file repeats a name, as Qt's parser
// keeps it (and every other JSON file the application reads).
Member member(const Members& members, std::string_view name);
Member member(const JsonValue& object, std::string_view name);

bool isMissing(const Member& value);

// A string's text; empty for anything else (as QJsonValue::toString()).
QString textOrEmpty(const Member& value);

// "a string", "nothing", ...: the names the other JSON readers use (see jsonTypeName).
QString typeName(const Member& value);

// An array's elements; none for anything else.
QList<JsonValue> elementsOf(const Member& value);

// Whether a member's name is one of `names`; `names` joined for a message.
bool isOneOf(std::string_view name, const std::vector<const char*>& names);
QString joined(const std::vector<const char*>& names);

} // namespace callbridge::callsjson
