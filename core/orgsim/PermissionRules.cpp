#include "core/orgsim/PermissionRules.h"

namespace callbridge::orgsim {

namespace {

QVariant valueOf(const ObjectSchema& object, const Record& record, const char* field)
{
    const int index = object.indexOf(QString::fromLatin1(field));
    return index < 0 ? QVariant() : record.at(index);
}

bool flag(const ObjectSchema& object, const Record& record, const char* field)
{
    return valueOf(object, record, field).toBool();
}

// Another live record of the table with the same values in `fields`; its id, or empty.
QString duplicateOf(
    const OrgData& org, const ObjectSchema& object, const Record& record, qint64 row, const QStringList& fields)
{
    const ObjectTable* table = org.table(object.name);
    QList<int> indexes;
    for (const QString& field : fields) {
        indexes.append(object.indexOf(field));
    }
    for (qint64 other = 0; other < table->rowCount(); ++other) {
        if (other == row || table->isPurged(other) || table->isDeleted(other)) {
            continue;
        }
        const Record existing = table->record(other);
        bool same = true;
        for (int index : indexes) {
            same = same && existing.at(index).toString().compare(record.at(index).toString(), Qt::CaseInsensitive) == 0;
        }
        if (same) {
            return table->idOf(other);
        }
    }
    return {};
}

PermissionRules::Error duplicate(const QString& id)
{
    return { QStringLiteral("DUPLICATE_VALUE"),
        QStringLiteral("duplicate value found: <unknown> duplicates value on record with id: %1").arg(id), {} };
}

// "Permission Read All Opportunity depends on permission(s): Read Opportunity"
QList<PermissionRules::Error> objectDependencies(const ObjectSchema& object, const Record& record)
{
    struct Dependency
    {
        const char* field;
        const char* name;
        QList<QPair<const char*, const char*>> needs;
    };
    static const QList<Dependency> dependencies {
        { "PermissionsCreate", "Create", { { "PermissionsRead", "Read" } } },
        { "PermissionsEdit", "Edit", { { "PermissionsRead", "Read" } } },
        { "PermissionsDelete", "Delete", { { "PermissionsRead", "Read" }, { "PermissionsEdit", "Edit" } } },
        { "PermissionsViewAllRecords", "Read All", { { "PermissionsRead", "Read" } } },
        { "PermissionsModifyAllRecords", "Modify All",
            { { "PermissionsRead", "Read" }, { "PermissionsEdit", "Edit" }, { "PermissionsDelete", "Delete" },
                { "PermissionsViewAllRecords", "Read All" } } },
    };
    const QString sobject = valueOf(object, record, "SobjectType").toString();
    QStringList messages;
    QStringList fields;
    for (const Dependency& dependency : dependencies) {
        if (!flag(object, record, dependency.field)) {
            continue;
        }
        QStringList missing;
        for (const auto& [field, name] : dependency.needs) {
            if (!flag(object, record, field)) {
                missing.append(QString::fromLatin1(name) + QLatin1Char(' ') + sobject);
            }
        }
        if (!missing.isEmpty()) {
            messages.append(
                QStringLiteral("Permission %1 %2 depends on permission(s): %3")
                    .arg(QString::fromLatin1(dependency.name), sobject, missing.join(QStringLiteral(", "))));
            fields.append(QString::fromLatin1(dependency.field));
        }
    }
    if (messages.isEmpty()) {
        return {};
    }
    return { { QStringLiteral("FIELD_INTEGRITY_EXCEPTION"), messages.join(QStringLiteral("; ")), fields } };
}

PermissionRules::Error badPicklist(const QString& label, const QString& value, const QString& field)
{
    return { QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
        QStringLiteral("%1: bad value for restricted picklist field: %2").arg(label, value), { field } };
}

QList<PermissionRules::Error> checkObjectPermissions(
    const OrgData& org, const ObjectSchema& object, const Record& record, qint64 row)
{
    const QString sobject = valueOf(object, record, "SobjectType").toString();
    const ObjectSchema* target = OrgSchema::instance().object(sobject);
    if (!target || target->setupObject) {
        return { badPicklist(QStringLiteral("Sobject Type Name"), sobject, QStringLiteral("SobjectType")) };
    }
    QList<PermissionRules::Error> errors = objectDependencies(object, record);
    const QString id =
        duplicateOf(org, object, record, row, { QStringLiteral("ParentId"), QStringLiteral("SobjectType") });
    if (!id.isEmpty()) {
        errors.append(duplicate(id));
    }
    return errors;
}

QList<PermissionRules::Error> checkFieldPermissions(
    const OrgData& org, const ObjectSchema& object, const Record& record, qint64 row)
{
    const QString sobject = valueOf(object, record, "SobjectType").toString();
    const QString qualified = valueOf(object, record, "Field").toString();
    const ObjectSchema* target = OrgSchema::instance().object(qualified.section(QLatin1Char('.'), 0, 0));
    const FieldSchema* field = target ? target->field(qualified.section(QLatin1Char('.'), 1)) : nullptr;
    if (!field || target->name.compare(sobject, Qt::CaseInsensitive) != 0) {
        return { badPicklist(QStringLiteral("Field Name"), qualified, QStringLiteral("Field")) };
    }
    QList<PermissionRules::Error> errors;
    if (!field->permissionable) {
        // Required and system fields are always readable: they take no field permissions.
        errors.append({ QStringLiteral("FIELD_INTEGRITY_EXCEPTION"),
            QStringLiteral("You cannot deploy to a required field: %1").arg(qualified), { QStringLiteral("Field") } });
    }
    if (flag(object, record, "PermissionsEdit") && !flag(object, record, "PermissionsRead")) {
        errors.append({ QStringLiteral("FIELD_INTEGRITY_EXCEPTION"),
            QStringLiteral("Permission Edit %1 depends on permission(s): Read %1").arg(qualified),
            { QStringLiteral("PermissionsEdit") } });
    }
    const QString id = duplicateOf(org, object, record, row, { QStringLiteral("ParentId"), QStringLiteral("Field") });
    if (!id.isEmpty()) {
        errors.append(duplicate(id));
    }
    return errors;
}

} // namespace

bool PermissionRules::governs(const ObjectSchema& object)
{
    static const QStringList objects { QStringLiteral("PermissionSet"), QStringLiteral("ObjectPermissions"),
        QStringLiteral("FieldPermissions"), QStringLiteral("PermissionSetAssignment"),
        QStringLiteral("PermissionSetLicenseAssign") };
    return objects.contains(object.name);
}

QList<PermissionRules::Error> PermissionRules::check(
    const OrgData& org, const ObjectSchema& object, const Record& record, qint64 row)
{
    if (object.name == QLatin1String("ObjectPermissions")) {
        return checkObjectPermissions(org, object, record, row);
    }
    if (object.name == QLatin1String("FieldPermissions")) {
        return checkFieldPermissions(org, object, record, row);
    }
    if (object.name == QLatin1String("PermissionSet")) {
        const QString id = duplicateOf(org, object, record, row, { QStringLiteral("Name") });
        return id.isEmpty() ? QList<Error>() : QList<Error> { duplicate(id) };
    }
    if (object.name == QLatin1String("PermissionSetAssignment")) {
        const QString id =
            duplicateOf(org, object, record, row, { QStringLiteral("AssigneeId"), QStringLiteral("PermissionSetId") });
        return id.isEmpty() ? QList<Error>() : QList<Error> { duplicate(id) };
    }
    if (object.name == QLatin1String("PermissionSetLicenseAssign")) {
        const QString id = duplicateOf(
            org, object, record, row, { QStringLiteral("AssigneeId"), QStringLiteral("PermissionSetLicenseId") });
        return id.isEmpty() ? QList<Error>() : QList<Error> { duplicate(id) };
    }
    return {};
}

void PermissionRules::applyDefaults(const ObjectSchema& object, Record& record)
{
    auto set = [&](const char* field, const QVariant& value) {
        const int index = object.indexOf(QString::fromLatin1(field));
        if (index >= 0) {
            record[index] = value;
        }
    };
    if (object.name == QLatin1String("PermissionSet")) {
        set("IsCustom", true);
        set("IsOwnedByProfile", false);
        set("Type", QStringLiteral("Regular"));
    }
}

} // namespace callbridge::orgsim
