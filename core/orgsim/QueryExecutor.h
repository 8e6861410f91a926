#pragma once

#include "core/orgsim/QueryPlanner.h"

#include <QSet>

#include <vector>

namespace callbridge::orgsim {

// Runs a prepared query over the org's records as one user sees them: sharing decides which
// records are visible, the WHERE clause which match, then ORDER BY, OFFSET and LIMIT.
class QueryExecutor
{
public:
    QueryExecutor(OrgData& org, AccessControl& access);

    // Rows of the queried object, in result order. includeDeleted is queryAll.
    std::vector<qint64> execute(const PreparedQuery& query, const UserPermissions& user, bool includeDeleted);

    // The value of a resolved field for a record of the queried object (null when the parent
    // is missing or not visible to the user).
    QVariant value(const ResolvedField& field, const Record& record, const UserPermissions& user);

    // The parent record a relationship column reads from, if the user can see it.
    std::optional<std::pair<const ObjectSchema*, Record>> parent(
        const ResolvedField& field, const Record& record, const UserPermissions& user);

private:
    bool matches(const PreparedQuery& query, const soql::Condition& condition, const Record& record,
        const UserPermissions& user);

    OrgData& m_org;
    AccessControl& m_access;
    QHash<QString, bool> m_parentVisible; // per execution: id -> visible to the user
    QHash<const soql::Condition*, QSet<QString>> m_subqueryValues; // per execution: semi-join results
    // per execution: each condition's field and its type
    QHash<const soql::Condition*, std::pair<ResolvedField, QString>> m_conditionFields;
};

// Compares two field values the way SOQL does (strings case-insensitively); nulls sort first.
int compareValues(const QVariant& left, const QVariant& right);

} // namespace callbridge::orgsim
