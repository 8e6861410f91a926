#pragma once

#include "core/orgsim/AccessControl.h"
#include "core/orgsim/soql/SoqlParser.h"

#include <variant>

namespace callbridge::orgsim {

// A field of a query resolved against the schema: on the queried object itself, or one
// relationship up (Account.Name), where the parent's object may vary (What.Name).
struct ResolvedField
{
    QString path; // as written in the query
    QString relationshipName; // empty for a field of the queried object
    int lookupIndex = -1; // the reference field on the queried object
    const ObjectSchema* target = nullptr; // the object holding the field (null: polymorphic)
    QString fieldName; // schema spelling
    int fieldIndex = -1; // index in the target (or queried) object; -1 when polymorphic
    const FieldSchema* field = nullptr;
};

struct PreparedQuery
{
    QString text;
    soql::Query ast;
    const ObjectSchema* object = nullptr;
    std::vector<ResolvedField> columns;
    QHash<QString, ResolvedField> fieldsByPath; // lower-case path -> resolved (columns, filters, order)
    // Semi-joins and anti-joins: WHERE ParentId IN (SELECT PermissionSetId FROM ...)
    QHash<const soql::Condition*, std::shared_ptr<PreparedQuery>> subqueries;
};

// Checks a parsed query against the org's schema and the user's access, as Salesforce does
// before running it: unknown objects (INVALID_TYPE), unknown or hidden fields (INVALID_FIELD),
// filters of the wrong type, and what the Bulk API refuses.
class QueryPlanner
{
public:
    enum class Api { Rest, Bulk, Tooling };

    QueryPlanner(OrgData& org, AccessControl& access);

    std::variant<PreparedQuery, soql::SoqlError> prepare(const QString& text, const UserPermissions& user, Api api);

private:
    std::optional<soql::SoqlError> resolve(
        PreparedQuery& query, const soql::FieldPath& path, const UserPermissions& user);
    std::optional<soql::SoqlError> checkCondition(
        PreparedQuery& query, const soql::Condition& condition, const UserPermissions& user);
    std::optional<soql::SoqlError> checkLiteral(const PreparedQuery& query, const soql::Condition& condition,
        const ResolvedField& field, const soql::Literal& literal) const;

    OrgData& m_org;
    AccessControl& m_access;
};

} // namespace callbridge::orgsim
