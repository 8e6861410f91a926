#include "core/orgsim/rest/QueryColumns.h"

#include <QJsonArray>

namespace callbridge::orgsim {

namespace {

// The Apex type of a describe type (chosen for the compound types, which real column metadata
// was not seen for).
QString apexType(const QString& type)
{
    static const QHash<QString, QString> types { { QStringLiteral("id"), QStringLiteral("Id") },
        { QStringLiteral("reference"), QStringLiteral("Id") }, { QStringLiteral("boolean"), QStringLiteral("Boolean") },
        { QStringLiteral("int"), QStringLiteral("Integer") }, { QStringLiteral("double"), QStringLiteral("Double") },
        { QStringLiteral("percent"), QStringLiteral("Double") },
        { QStringLiteral("currency"), QStringLiteral("Decimal") }, { QStringLiteral("date"), QStringLiteral("Date") },
        { QStringLiteral("datetime"), QStringLiteral("Datetime") }, { QStringLiteral("time"), QStringLiteral("Time") },
        { QStringLiteral("address"), QStringLiteral("Address") },
        { QStringLiteral("location"), QStringLiteral("Location") } };
    return types.value(type, QStringLiteral("String"));
}

QJsonObject column(const QString& name, const QJsonValue& apex, bool custom, const QJsonValue& foreignKey,
    bool insertable, bool updatable, const QJsonArray& joinColumns = {})
{
    const QString type = apex.toString();
    return QJsonObject { { QStringLiteral("aggregate"), false }, { QStringLiteral("apexType"), apex },
        { QStringLiteral("booleanType"), type == QLatin1String("Boolean") }, { QStringLiteral("columnName"), name },
        { QStringLiteral("custom"), custom }, { QStringLiteral("displayName"), name },
        { QStringLiteral("foreignKeyName"), foreignKey }, { QStringLiteral("insertable"), insertable },
        { QStringLiteral("joinColumns"), joinColumns },
        { QStringLiteral("numberType"),
            type == QLatin1String("Integer") || type == QLatin1String("Double") || type == QLatin1String("Decimal") },
        { QStringLiteral("textType"), type == QLatin1String("String") }, { QStringLiteral("updatable"), updatable } };
}

QJsonObject fieldColumn(const ResolvedField& resolved, const UserPermissions& user, const AccessControl& access)
{
    if (!resolved.field) { // a polymorphic parent's Id or Name
        const bool isId = resolved.fieldName.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0;
        return column(resolved.fieldName, isId ? QStringLiteral("Id") : QStringLiteral("String"), false,
            QJsonValue::Null, false, false);
    }
    const FieldSchema& field = *resolved.field;
    const bool editable = resolved.target && access.canEditField(user, *resolved.target, field);
    return column(field.name, apexType(field.type), field.custom, QJsonValue::Null, field.createable && editable,
        field.updateable && editable);
}

} // namespace

QJsonObject queryColumns(const PreparedQuery& query, const UserPermissions& user, const AccessControl& access)
{
    QJsonArray columns;
    QHash<QString, qsizetype> relationshipColumn; // lower-case relationship name -> index in columns
    for (const ResolvedField& resolved : query.columns) {
        if (resolved.relationshipName.isEmpty()) {
            columns.append(fieldColumn(resolved, user, access));
            continue;
        }
        const QString key = resolved.relationshipName.toLower();
        if (!relationshipColumn.contains(key)) {
            const FieldSchema* lookup =
                resolved.lookupIndex >= 0 ? &query.object->fields.at(resolved.lookupIndex) : nullptr;
            relationshipColumn.insert(key, columns.size());
            columns.append(column(lookup ? lookup->relationshipName : resolved.relationshipName, QJsonValue::Null,
                lookup && lookup->custom, lookup ? QJsonValue(lookup->name) : QJsonValue::Null, false, false));
        }
        const qsizetype index = relationshipColumn.value(key);
        QJsonObject parent = columns.at(index).toObject();
        QJsonArray joined = parent.value(QStringLiteral("joinColumns")).toArray();
        joined.append(fieldColumn(resolved, user, access));
        parent.insert(QStringLiteral("joinColumns"), joined);
        columns.replace(index, parent);
    }
    return QJsonObject { { QStringLiteral("columnMetadata"), columns } };
}

} // namespace callbridge::orgsim
