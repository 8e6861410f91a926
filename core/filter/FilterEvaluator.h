#pragma once

#include "core/cache/CachedRecord.h"
#include "core/calls/Call.h"
#include "core/filter/FilterExpression.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <memory>

namespace callbridge {

// What a filter looks at for one call: the call, and the account and opportunity matching
// found for it (nullptr or a null record when none; their conditions are then false, as SQL's null).
struct FilterSubject
{
    const Call* call = nullptr;
    const CachedRecord* account = nullptr;
    const CachedRecord* opportunity = nullptr;
};

// A checked filter compiled for evaluation: fields resolved, literals converted, regular
// expressions built once, so evaluating a hundred thousand calls costs little.
class FilterEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(FilterEvaluator)

public:
    // The tree must have passed FilterParser (parse or check) against the same schema.
    FilterEvaluator(const FilterNode& root, const FilterSchema& schema);
    ~FilterEvaluator();
    FilterEvaluator(const FilterEvaluator&) = delete;
    FilterEvaluator& operator=(const FilterEvaluator&) = delete;

    // The columns the subjects' accounts and opportunities have (CallMatcher's): a condition on
    // one of their fields then reads it by position instead of looking its name up for each call.
    // Before evaluating; a record with other columns is still read by name.
    void bindRecordColumns(const CachedRecord::Columns* account, const CachedRecord::Columns* opportunity);

    bool matches(const FilterSubject& subject) const;
    bool isEmpty() const; // no condition: every call passes
    // Why a call does not pass: the part of the filter that failed and what the call had
    // ("duration >= 5m (the call's duration is 2m10s)"). Empty when it passes.
    QString explainFailure(const FilterSubject& subject) const;

    struct Node;

private:
    FilterNode m_source;
    std::unique_ptr<Node> m_root; // compiled from m_source
};

} // namespace callbridge
