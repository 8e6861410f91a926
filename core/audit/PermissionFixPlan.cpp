#include "core/audit/PermissionFixPlan.h"

#include "core/fields/FieldPolicy.h"

#include <QJsonArray>

namespace callbridge {

namespace {

// What Salesforce requires with each object permission (ObjectPermissions: "Requires
// PermissionsRead ... to be true").
QStringList dependenciesOf(const QString& permission)
{
    static const QHash<QString, QStringList> dependencies {
        { QStringLiteral("create"), { QStringLiteral("read") } },
        { QStringLiteral("edit"), { QStringLiteral("read") } },
        { QStringLiteral("delete"), { QStringLiteral("read"), QStringLiteral("edit") } },
        { QStringLiteral("viewAll"), { QStringLiteral("read") } },
        { QStringLiteral("modifyAll"),
            { QStringLiteral("read"), QStringLiteral("edit"), QStringLiteral("delete"), QStringLiteral("viewAll") } },
    };
    return dependencies.value(permission);
}

bool hasAccess(ObjectAccessRow::Access access)
{
    return access == ObjectAccessRow::Access::Yes;
}

bool currentAccess(const AuditReport& report, const QString& object, const QString& permission)
{
    for (const ObjectAccessRow& row : report.grid) {
        if (row.object == object) {
            return permission == QLatin1String("read")     ? hasAccess(row.read)
                : permission == QLatin1String("create")    ? hasAccess(row.create)
                : permission == QLatin1String("edit")      ? hasAccess(row.edit)
                : permission == QLatin1String("delete")    ? hasAccess(row.remove)
                : permission == QLatin1String("viewAll")   ? hasAccess(row.viewAll)
                : permission == QLatin1String("modifyAll") ? hasAccess(row.modifyAll)
                                                           : false;
        }
    }
    return false;
}

class Builder
{
public:
    explicit Builder(PermissionFixPlan& plan)
        : m_plan(plan)
    { }

    void add(PermissionFixLine line, const QString& finding)
    {
        for (PermissionFixLine& existing : m_plan.lines) {
            if (existing.kind == line.kind && existing.object == line.object
                && existing.permission == line.permission) {
                if (!finding.isEmpty() && !existing.findings.contains(finding)) {
                    existing.findings.append(finding);
                    existing.requiredFor.clear();
                }
                return;
            }
        }
        if (!finding.isEmpty()) {
            line.findings.append(finding);
        }
        m_plan.lines.append(line);
    }

    void addSystem(const QString& permission, const QString& finding)
    {
        PermissionFixLine line;
        line.kind = PermissionFixLine::Kind::System;
        line.permission = permission;
        add(line, finding);
    }

    void addObject(const AuditReport& report, const QString& object, const QString& permission, const QString& finding)
    {
        PermissionFixLine line;
        line.kind = PermissionFixLine::Kind::Object;
        line.object = object;
        line.permission = permission;
        line.before = currentAccess(report, object, permission);
        add(line, finding);
        for (const QString& needed : dependenciesOf(permission)) {
            PermissionFixLine dependency = line;
            dependency.permission = needed;
            dependency.before = currentAccess(report, object, needed);
            dependency.requiredFor = PermissionEvaluator::objectPermissionName(permission);
            add(dependency, {});
        }
    }

private:
    PermissionFixPlan& m_plan;
};

QJsonObject requirementById(const ExportSettings& exportSettings, const QString& id)
{
    for (const QJsonObject& requirement : PermissionEvaluator::requirements(exportSettings)) {
        if (requirement.value(QStringLiteral("id")).toString() == id) {
            return requirement;
        }
    }
    return {};
}

bool hasSystem(const AuditInputs& inputs, const QString& permission)
{
    for (const auto& set : inputs.permissionSets) {
        if (set.systemPermissions.contains(permission)) {
            return true;
        }
    }
    return false;
}

// An object the user could not read has fields it could not describe: once the plan grants Read,
// the required fields of the field policy need field permissions too, except those Salesforce
// does not allow in field permissions (not permissionable: required and system fields).
void addFieldsOfNewlyReadableObjects(
    const AuditInputs& inputs, const ExportSettings& exportSettings, PermissionFixPlan& plan, Builder& builder)
{
    QStringList policyObjects;
    for (const QJsonObject& requirement : PermissionEvaluator::requirements(exportSettings)) {
        for (const QJsonValue& object : requirement.value(QStringLiteral("objects")).toArray()) {
            policyObjects.append(object.toString());
        }
    }
    const QList<PermissionFixLine> lines = plan.lines;
    for (const PermissionFixLine& line : lines) {
        if (line.kind != PermissionFixLine::Kind::Object || line.permission != QLatin1String("read") || line.before
            || !policyObjects.contains(line.object) || inputs.readableFields.contains(line.object)) {
            continue;
        }
        if (!inputs.permissionableFields.contains(line.object)) {
            plan.notFixed.append(PermissionFixPlan::tr("%1: which of its fields need field permissions could not be "
                                                       "read; audit again after the fix.")
                                     .arg(line.object));
            continue;
        }
        for (const QString& field : FieldPolicy::instance().requiredFields(line.object)) {
            if (inputs.permissionableFields.value(line.object).contains(field)) {
                PermissionFixLine fieldLine;
                fieldLine.kind = PermissionFixLine::Kind::Field;
                fieldLine.object = line.object + QLatin1Char('.') + field;
                fieldLine.permission = QStringLiteral("read");
                builder.add(fieldLine, line.findings.value(0));
            }
        }
    }
}

} // namespace

PermissionFixPlan PermissionFixPlan::compute(
    const AuditInputs& inputs, const AuditReport& report, const ExportSettings& exportSettings, const Options& options)
{
    PermissionFixPlan plan;
    plan.userId = inputs.userId;
    plan.username = inputs.username;
    plan.orgName = inputs.orgName;
    plan.description = tr("Created by Callbridge on %1 for %2: what the permission audit found missing.")
                           .arg(options.today.toString(Qt::ISODate), inputs.username);
    Builder builder(plan);
    for (const AuditFinding& finding : report.findings) {
        if (finding.status == AuditFinding::Status::NotChecked) {
            plan.notFixed.append(tr("%1: not checked, so not in the fix.").arg(finding.title));
            continue;
        }
        if (finding.status != AuditFinding::Status::Missing
            || (finding.feature == QLatin1String("engage") && !options.engage)) {
            continue;
        }
        const QJsonObject requirement = requirementById(exportSettings, finding.id);
        const QString check = requirement.value(QStringLiteral("check")).toString();
        const QString object = requirement.value(QStringLiteral("object")).toString();
        const QString permission = requirement.value(QStringLiteral("permission")).toString();
        if (check == QLatin1String("system")) {
            builder.addSystem(permission, finding.title);
        } else if (check == QLatin1String("object")
            && (object == QLatin1String("Task") || object == QLatin1String("Event"))) {
            // Tasks and events have no object settings: the activity permissions decide.
            for (const QString& system : { QStringLiteral("PermissionsActivitiesAccess"),
                     object == QLatin1String("Task") ? QStringLiteral("PermissionsEditTask")
                                                     : QStringLiteral("PermissionsEditEvent") }) {
                if (!hasSystem(inputs, system)) {
                    builder.addSystem(system, finding.title);
                }
            }
        } else if (check == QLatin1String("object") && !inputs.orgObjects.contains(object)) {
            // Not in the org as the auditing user sees it: a package not installed or a feature
            // not enabled (or, auditing oneself, no access at all); a permission on it would make
            // Salesforce refuse the whole fix.
            plan.notFixed.append(tr("%1: %2 is not available to grant here (is the package installed, the "
                                    "feature enabled?); an admin can audit this user to include it.")
                                     .arg(finding.title, object));
        } else if (check == QLatin1String("object")) {
            const QString master = PermissionEvaluator::objectWithSettings(object);
            // A detail object's records are created and changed with Edit on its master.
            const QString needed =
                master == object || permission == QLatin1String("read") ? permission : QStringLiteral("edit");
            builder.addObject(report, master, needed, finding.title);
        } else if (check == QLatin1String("policyFields")) {
            for (const QJsonValue& value : requirement.value(QStringLiteral("objects")).toArray()) {
                const QString fieldsObject = value.toString();
                if (!inputs.readableFields.contains(fieldsObject)) {
                    continue;
                }
                for (const QString& field : FieldPolicy::instance().requiredFields(fieldsObject)) {
                    if (!inputs.readableFields.value(fieldsObject).contains(field)
                        && field != QLatin1String("IsDeleted")) {
                        PermissionFixLine line;
                        line.kind = PermissionFixLine::Kind::Field;
                        line.object = fieldsObject + QLatin1Char('.') + field;
                        line.permission = QStringLiteral("read");
                        builder.add(line, finding.title);
                    }
                }
            }
        } else if (check == QLatin1String("permissionSetLicense")) {
            PermissionFixLine line;
            line.kind = PermissionFixLine::Kind::License;
            line.object = requirement.value(QStringLiteral("license")).toString();
            builder.add(line, finding.title);
        } else {
            plan.notFixed.append(tr("%1: a user license is chosen when the user is created; a permission set "
                                    "cannot change it.")
                                     .arg(finding.title));
        }
    }
    addFieldsOfNewlyReadableObjects(inputs, exportSettings, plan, builder);
    if (!plan.grantsNothing()) {
        PermissionFixLine assignment;
        assignment.kind = PermissionFixLine::Kind::Assignment;
        assignment.object = setLabel();
        plan.lines.append(assignment);
    }
    return plan;
}

bool PermissionFixPlan::grantsNothing() const
{
    for (const PermissionFixLine& line : lines) {
        if (line.kind == PermissionFixLine::Kind::System || line.kind == PermissionFixLine::Kind::Object
            || line.kind == PermissionFixLine::Kind::Field) {
            return false;
        }
    }
    return true;
}

bool PermissionFixPlan::assignsLicense() const
{
    for (const PermissionFixLine& line : lines) {
        if (line.kind == PermissionFixLine::Kind::License) {
            return true;
        }
    }
    return false;
}

PermissionSetContent PermissionFixPlan::content() const
{
    PermissionSetContent content;
    content.name = setName();
    content.label = setLabel();
    content.description = description;
    for (const PermissionFixLine& line : lines) {
        if (line.kind == PermissionFixLine::Kind::System) {
            content.systemPermissions.insert(line.permission);
        } else if (line.kind == PermissionFixLine::Kind::Object) {
            content.objects[line.object].set(line.permission);
        } else if (line.kind == PermissionFixLine::Kind::Field) {
            content.fields.insert(line.object, false);
        }
    }
    return content;
}

} // namespace callbridge
