#pragma once

#include "core/filter/FilterExpression.h"

#include <QCoreApplication>

namespace callbridge {

// Parses and checks the filter language (docs/filter-language.md). Errors name the column and
// what was expected ("column 17: expected a value after 'in'"); unknown fields and type
// mismatches are errors here, at edit time, never at export time.
class FilterParser
{
    Q_DECLARE_TR_FUNCTIONS(FilterParser)

public:
    struct Result
    {
        FilterNode root; // an All group at least; empty for an empty filter
        QString error; // empty when the filter is valid
        int errorColumn = 0; // 1-based
        bool ok() const { return error.isEmpty(); }
    };

    // How deeply a filter may nest: groups within groups, as the rule builder shows them (an
    // and/or in parentheses, a not). Parentheses and 'not' may sit twice as deep inside each
    // other, as deep as the printed form of such a filter goes; nothing deeper is parsed, so no
    // filter can exhaust the stack.
    static constexpr int maxNestingLevels = 100;

    // The account. and opportunity. fields come from the org's cache. Without one (checking a
    // setup file), Unchecked takes any such field as written and checks everything else.
    enum class RecordFields { Checked, Unchecked };

    static Result parse(
        const QString& text, const FilterSchema& schema, RecordFields recordFields = RecordFields::Checked);
    // Checks a tree built elsewhere (the rule builder) against the schema: the first problem, or
    // empty. Uses the same messages as parse(), without a column.
    static QString check(const FilterNode& root, const FilterSchema& schema);
};

} // namespace callbridge
