#include "core/orgsim/QueryPlanner.h"

#include "core/orgsim/SalesforceId.h"

namespace callbridge::orgsim {

using soql::SoqlError;

namespace {

SoqlError invalidField(const QString& text, soql::Position position, const QString& detail)
{
    return SoqlError::at(QStringLiteral("INVALID_FIELD"), text, position, detail);
}

bool isStringType(const QString& type)
{
    static const QStringList types { QStringLiteral("string"), QStringLiteral("textarea"), QStringLiteral("picklist"),
        QStringLiteral("combobox"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("url"),
        QStringLiteral("multipicklist"), QStringLiteral("encryptedstring") };
    return types.contains(type);
}

bool isNumberType(const QString& type)
{
    return type == QLatin1String("int") || type == QLatin1String("double") || type == QLatin1String("currency")
        || type == QLatin1String("percent");
}

} // namespace

QueryPlanner::QueryPlanner(OrgData& org, AccessControl& access)
    : m_org(org)
    , m_access(access)
{ }

std::variant<PreparedQuery, SoqlError> QueryPlanner::prepare(const QString& text, const UserPermissions& user, Api api)
{
    auto parsed = soql::Parser::parse(text, m_org.now().date());
    if (auto* error = std::get_if<SoqlError>(&parsed)) {
        return *error;
    }
    PreparedQuery query;
    query.text = text;
    query.ast = std::move(std::get<soql::Query>(parsed));
    query.object = OrgSchema::instance().object(query.ast.objectName);
    // The Tooling API has objects of its own (ApexClass, CustomField, ...); orgsim serves none.
    if (!query.object || !m_access.objectAccess(user, *query.object).read || api == Api::Tooling) {
        return SoqlError::at(QStringLiteral("INVALID_TYPE"), text, query.ast.objectPosition,
            QStringLiteral("sObject type '%1' is not supported. If you are attempting to use a "
                           "custom object, be sure to append the '__c' after the entity name. "
                           "Please reference your WSDL or the describe call for the appropriate "
                           "names.")
                .arg(query.ast.objectName));
    }
    if (query.ast.hasGroupBy) {
        return SoqlError::at(QStringLiteral("MALFORMED_QUERY"), text, query.ast.objectPosition,
            QStringLiteral("GROUP BY is not simulated by orgsim"));
    }
    if (api == Api::Bulk) {
        QString refused;
        if (query.ast.countOnly) {
            refused = QStringLiteral("Aggregate Relationships not supported in Bulk Query");
        } else if (query.ast.offset) {
            refused = QStringLiteral("OFFSET clause not supported in Bulk Query");
        }
        if (!refused.isEmpty()) {
            return SoqlError { QStringLiteral("API_ERROR"), refused };
        }
    }

    QSet<QString> selected;
    for (const soql::FieldPath& path : query.ast.fields) {
        if (auto error = resolve(query, path, user)) {
            return *error;
        }
        const QString key = path.text().toLower();
        if (selected.contains(key)) {
            return SoqlError::at(QStringLiteral("MALFORMED_QUERY"), text, path.position,
                QStringLiteral("duplicate field selected: %1").arg(path.text()));
        }
        selected.insert(key);
        const ResolvedField& resolved = query.fieldsByPath.value(key);
        if (api == Api::Bulk && resolved.field && resolved.field->isCompound()) {
            return SoqlError { QStringLiteral("API_ERROR"),
                QStringLiteral("Selecting compound data not supported in Bulk Query") };
        }
        query.columns.push_back(resolved);
    }
    if (query.ast.where) {
        if (auto error = checkCondition(query, *query.ast.where, user)) {
            return *error;
        }
    }
    for (const soql::OrderItem& item : query.ast.orderBy) {
        if (auto error = resolve(query, item.field, user)) {
            return *error;
        }
        const ResolvedField& resolved = query.fieldsByPath.value(item.field.text().toLower());
        if (resolved.field && !resolved.field->sortable) {
            return invalidField(text, item.field.position,
                QStringLiteral("field '%1' can not be sorted in a query call").arg(resolved.fieldName));
        }
    }
    return query;
}

std::optional<SoqlError> QueryPlanner::resolve(
    PreparedQuery& query, const soql::FieldPath& path, const UserPermissions& user)
{
    const QString key = path.text().toLower();
    if (query.fieldsByPath.contains(key)) {
        return std::nullopt;
    }
    const ObjectSchema& object = *query.object;
    ResolvedField resolved;
    resolved.path = path.text();
    auto noSuchColumn = [&](const QString& field, const QString& entity) {
        return invalidField(query.text, path.position,
            QStringLiteral("No such column '%1' on entity '%2'. If you are attempting to use a "
                           "custom field, be sure to append the '__c' after the custom field name. "
                           "Please reference your WSDL or the describe call for the appropriate "
                           "names.")
                .arg(field, entity));
    };

    if (path.parts.size() == 1) {
        const FieldSchema* field = object.field(path.parts.first());
        if (!field || !m_access.canReadField(user, object, *field)) {
            return noSuchColumn(path.parts.first(), object.name);
        }
        resolved.target = &object;
        resolved.field = field;
        resolved.fieldName = field->name;
        resolved.fieldIndex = object.indexOf(field->name);
    } else if (path.parts.size() == 2) {
        const FieldSchema* lookup = object.fieldByRelationship(path.parts.first());
        if (!lookup || !m_access.canReadField(user, object, *lookup)) {
            return invalidField(query.text, path.position,
                QStringLiteral("Didn't understand relationship '%1' in field path. If you are "
                               "attempting to use a custom relationship, be sure to append the '__r' "
                               "after the custom relationship name. Please reference your WSDL or the "
                               "describe call for the appropriate names.")
                    .arg(path.parts.first()));
        }
        resolved.relationshipName = lookup->relationshipName;
        resolved.lookupIndex = object.indexOf(lookup->name);
        const QString fieldName = path.parts.at(1);
        if (lookup->referenceTo.size() == 1) {
            const ObjectSchema* parent = OrgSchema::instance().object(lookup->referenceTo.first());
            const FieldSchema* field = parent ? parent->field(fieldName) : nullptr;
            if (!parent || !field || !m_access.canReadField(user, *parent, *field)) {
                return noSuchColumn(fieldName, parent ? parent->name : lookup->referenceTo.first());
            }
            resolved.target = parent;
            resolved.field = field;
            resolved.fieldName = field->name;
            resolved.fieldIndex = parent->indexOf(field->name);
        } else {
            // Polymorphic: Salesforce's "Name" object offers a few fields common to all targets.
            static const QStringList nameFields { QStringLiteral("Id"), QStringLiteral("Name") };
            const auto match = std::find_if(nameFields.cbegin(), nameFields.cend(),
                [&](const QString& candidate) { return candidate.compare(fieldName, Qt::CaseInsensitive) == 0; });
            if (match == nameFields.cend()) {
                return noSuchColumn(fieldName, QStringLiteral("Name"));
            }
            resolved.fieldName = *match;
        }
    } else {
        return invalidField(query.text, path.position,
            QStringLiteral("orgsim simulates relationship paths one level deep, not '%1'").arg(path.text()));
    }
    query.fieldsByPath.insert(key, resolved);
    return std::nullopt;
}

std::optional<SoqlError> QueryPlanner::checkCondition(
    PreparedQuery& query, const soql::Condition& condition, const UserPermissions& user)
{
    using Kind = soql::Condition::Kind;
    if (condition.kind == Kind::And || condition.kind == Kind::Or || condition.kind == Kind::Not) {
        for (const auto& child : condition.children) {
            if (auto error = checkCondition(query, *child, user)) {
                return error;
            }
        }
        return std::nullopt;
    }
    if (auto error = resolve(query, condition.field, user)) {
        return error;
    }
    const ResolvedField& field = query.fieldsByPath.value(condition.field.text().toLower());
    const QString type = field.field ? field.field->type : QStringLiteral("string");
    if (condition.subquery) {
        // A semi-join: the subquery selects one id or reference field of another object.
        auto prepared = prepare(condition.subqueryText, user, Api::Rest);
        if (auto* error = std::get_if<SoqlError>(&prepared)) {
            return *error;
        }
        auto sub = std::make_shared<PreparedQuery>(std::move(std::get<PreparedQuery>(prepared)));
        const bool idColumn =
            sub->columns.size() == 1 && sub->columns.front().field && sub->columns.front().field->isReference();
        if (!idColumn || (type != QLatin1String("id") && type != QLatin1String("reference"))) {
            return SoqlError::at(QStringLiteral("MALFORMED_QUERY"), query.text, condition.field.position,
                QStringLiteral("semi join sub-selects must select one Id or reference field, and the "
                               "field on the left must be an Id or reference field"));
        }
        query.subqueries.insert(&condition, sub);
        return std::nullopt;
    }
    if (field.field && (!field.field->filterable || field.field->isCompound())) {
        return invalidField(query.text, condition.field.position,
            QStringLiteral("field '%1' can not be filtered in a query call").arg(field.fieldName));
    }
    if ((condition.kind == Kind::Includes || condition.kind == Kind::Excludes)
        && type != QLatin1String("multipicklist")) {
        return invalidField(query.text, condition.field.position,
            QStringLiteral("includes or excludes operator only valid on multipicklist field"));
    }
    if (condition.kind == Kind::Like && !isStringType(type)) {
        return invalidField(query.text, condition.field.position,
            QStringLiteral("invalid operator on %1 field")
                .arg(type == QLatin1String("reference") ? QStringLiteral("id") : type));
    }
    for (const soql::Literal& literal : condition.values) {
        if (auto error = checkLiteral(query, condition, field, literal)) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<SoqlError> QueryPlanner::checkLiteral(const PreparedQuery& query, const soql::Condition& condition,
    const ResolvedField& field, const soql::Literal& literal) const
{
    using Kind = soql::Literal::Kind;
    if (literal.kind == Kind::Null) {
        return std::nullopt;
    }
    const QString type = field.field ? field.field->type : QStringLiteral("string");
    auto mismatch = [&](const QString& expected, bool quoted) {
        return invalidField(query.text, literal.position,
            QStringLiteral("value of filter criterion for field '%1' must be of type %2 and should %3"
                           "be enclosed in quotes")
                .arg(field.fieldName, expected, quoted ? QString() : QStringLiteral("not ")));
    };
    if (type == QLatin1String("id") || type == QLatin1String("reference")) {
        if (literal.kind != Kind::String) {
            return mismatch(QStringLiteral("id"), true);
        }
        if ((condition.kind == soql::Condition::Kind::Compare || condition.kind == soql::Condition::Kind::In)
            && !SalesforceId::isValid(literal.value.toString())) {
            return SoqlError::at(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"), query.text, literal.position,
                QStringLiteral("invalid ID field: %1").arg(literal.value.toString()));
        }
        return std::nullopt;
    }
    if (isStringType(type)) {
        return literal.kind == Kind::String ? std::nullopt : std::optional(mismatch(QStringLiteral("string"), true));
    }
    if (type == QLatin1String("time")) {
        return literal.kind == Kind::Time ? std::nullopt : std::optional(mismatch(QStringLiteral("time"), false));
    }
    if (isNumberType(type)) {
        return literal.kind == Kind::Number
            ? std::nullopt
            : std::optional(mismatch(type == QLatin1String("int") ? type : QStringLiteral("double"), false));
    }
    if (type == QLatin1String("boolean")) {
        return literal.kind == Kind::Boolean ? std::nullopt : std::optional(mismatch(QStringLiteral("boolean"), false));
    }
    if (type == QLatin1String("date")) {
        return literal.kind == Kind::Date || literal.kind == Kind::DateRange
            ? std::nullopt
            : std::optional(mismatch(QStringLiteral("date"), false));
    }
    if (type == QLatin1String("datetime")) {
        return literal.kind == Kind::DateTime || literal.kind == Kind::DateRange
            ? std::nullopt
            : std::optional(mismatch(QStringLiteral("dateTime"), false));
    }
    return std::nullopt;
}

} // namespace callbridge::orgsim
