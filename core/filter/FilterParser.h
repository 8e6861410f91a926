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

    static Result parse(const QString& text, const FilterSchema& schema);
    // Checks a tree built elsewhere (the rule builder) against the schema: the first problem, or
    // empty. Uses the same messages as parse(), without a column.
    static QString check(const FilterNode& root, const FilterSchema& schema);
};

} // namespace callbridge
