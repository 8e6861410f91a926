#pragma once

#include "core/calls/Call.h"
#include "core/filter/FilterSchema.h"

#include <QDate>
#include <QDateTime>
#include <vector>

namespace callbridge {

// A literal in a filter: "text", 12.5, 30m, 2026-03-01, 2026-03-01T10:00:00Z, true.
struct FilterValue
{
    enum class Kind { Text, Number, Duration, Date, DateTime, Boolean };

    Kind kind = Kind::Text;
    QString text;
    double number = 0; // Number; Duration in seconds
    QDate date;
    QDateTime dateTime;
    bool boolean = false;

    static FilterValue fromText(const QString& text) { return { Kind::Text, text, 0, {}, {}, false }; }
    static FilterValue fromNumber(double number) { return { Kind::Number, {}, number, {}, {}, false }; }
    static FilterValue fromDuration(double seconds) { return { Kind::Duration, {}, seconds, {}, {}, false }; }
    static FilterValue fromDate(const QDate& date) { return { Kind::Date, {}, 0, date, {}, false }; }
    static FilterValue fromDateTime(const QDateTime& dateTime)
    {
        return { Kind::DateTime, {}, 0, {}, dateTime.toUTC(), false };
    }
    static FilterValue fromBoolean(bool boolean) { return { Kind::Boolean, {}, 0, {}, {}, boolean }; }

    QString toText() const; // as written in a filter
    bool operator==(const FilterValue& other) const;
};

// The filter as a tree of groups and conditions: what the rule builder edits and what the
// text form prints. "a and b" is an All group, "a or b" an Any group, "not (a or b)" a None group.
struct FilterNode
{
    enum class Kind { Group, Condition };
    enum class Group { All, Any, None };

    Kind kind = Kind::Group;
    Group group = Group::All;
    std::vector<FilterNode> children;

    QString field; // the schema's spelling
    FilterOperator op = FilterOperator::Equal;
    std::vector<FilterValue> values; // one; several for "in"; none for "exists"

    static FilterNode makeGroup(Group group, std::vector<FilterNode> children = {});
    static FilterNode makeCondition(const QString& field, FilterOperator op, std::vector<FilterValue> values = {});

    bool isEmpty() const; // a group with no conditions in it: matches every call
    // The text form; empty for an empty filter. Parsing it gives this tree back.
    QString toText() const;
    bool operator==(const FilterNode& other) const;
    bool operator!=(const FilterNode& other) const { return !(*this == other); }
};

QString formatDuration(double seconds); // 30m, 1h30m, 90s: the shortest exact form

} // namespace callbridge
