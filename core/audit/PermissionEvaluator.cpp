#include "core/audit/PermissionEvaluator.h"

#include "core/fields/FieldPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace callbridge {

namespace {

using Access = ObjectAccessRow::Access;

const QJsonArray& allRequirements()
{
    static const QJsonArray requirements = [] {
        QFile file(QStringLiteral(":/callbridge/audit/requirements.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("the audit requirements resource is missing");
        }
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("requirements")).toArray();
    }();
    return requirements;
}

} // namespace

QString PermissionEvaluator::objectWithSettings(const QString& object)
{
    static const QHash<QString, QString> masters {
        { QStringLiteral("CampaignMember"), QStringLiteral("Campaign") },
        { QStringLiteral("OpportunityContactRole"), QStringLiteral("Opportunity") },
        { QStringLiteral("OpportunityHistory"), QStringLiteral("Opportunity") },
        { QStringLiteral("OpportunitySplit"), QStringLiteral("Opportunity") },
        { QStringLiteral("OpportunityTeamMember"), QStringLiteral("Opportunity") },
        { QStringLiteral("OpportunityLineItem"), QStringLiteral("Opportunity") },
    };
    return masters.value(object, object);
}

namespace {

AuditFinding::Severity severityOf(const QString& name)
{
    return name == QLatin1String("blocking") ? AuditFinding::Severity::Blocking
        : name == QLatin1String("degraded")  ? AuditFinding::Severity::Degraded
                                             : AuditFinding::Severity::Advice;
}

} // namespace

QString PermissionEvaluator::systemPermissionName(const QString& field)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("PermissionsApiEnabled"), QT_TRANSLATE_NOOP("PermissionEvaluator", "API Enabled") },
        { QStringLiteral("PermissionsViewAllUsers"), QT_TRANSLATE_NOOP("PermissionEvaluator", "View All Users") },
        { QStringLiteral("PermissionsViewSetup"),
            QT_TRANSLATE_NOOP("PermissionEvaluator", "View Setup and Configuration") },
        { QStringLiteral("PermissionsEditTask"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Edit Tasks") },
        { QStringLiteral("PermissionsEditEvent"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Edit Events") },
        { QStringLiteral("PermissionsActivitiesAccess"),
            QT_TRANSLATE_NOOP("PermissionEvaluator", "Access Activities") },
    };
    return PermissionEvaluator::tr(names.value(field, "?"));
}

QString PermissionEvaluator::objectPermissionName(const QString& permission)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("read"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Read") },
        { QStringLiteral("create"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Create") },
        { QStringLiteral("edit"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Edit") },
        { QStringLiteral("delete"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Delete") },
        { QStringLiteral("viewAll"), QT_TRANSLATE_NOOP("PermissionEvaluator", "View All") },
        { QStringLiteral("modifyAll"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Modify All") },
    };
    return PermissionEvaluator::tr(names.value(permission, "?"));
}

namespace {

QString breaksFor(const QJsonObject& requirement)
{
    const QString feature = requirement.value(QStringLiteral("feature")).toString();
    const QString permission = requirement.value(QStringLiteral("permission")).toString();
    if (permission == QLatin1String("viewAll") && feature == QLatin1String("import")) {
        return PermissionEvaluator::tr("Without View All Records the user sees only the records its role and sharing "
                                       "rules allow: calls are not matched to the records it cannot see.");
    }
    static const QHash<QString, const char*> byFeature {
        { QStringLiteral("api"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Nothing works without API access.") },
        { QStringLiteral("import"),
            QT_TRANSLATE_NOOP("PermissionEvaluator", "The import misses this data, so calls are not matched to it.") },
        { QStringLiteral("users"),
            QT_TRANSLATE_NOOP(
                "PermissionEvaluator", "User provisioning cannot read every user and the manager hierarchy.") },
        { QStringLiteral("export-task"),
            QT_TRANSLATE_NOOP("PermissionEvaluator", "Calls cannot be exported as tasks.") },
        { QStringLiteral("export-event"),
            QT_TRANSLATE_NOOP("PermissionEvaluator", "Calls cannot be exported as events.") },
        { QStringLiteral("conversation"),
            QT_TRANSLATE_NOOP("PermissionEvaluator",
                "Calls cannot be pushed to the Conversation object (is the managed package installed?).") },
        { QStringLiteral("deals"),
            QT_TRANSLATE_NOOP(
                "PermissionEvaluator", "Deal boards and forecasts lack team members, splits or products.") },
        { QStringLiteral("engage"), QT_TRANSLATE_NOOP("PermissionEvaluator", "Engage cannot update these records.") },
        { QStringLiteral("licenses"),
            QT_TRANSLATE_NOOP("PermissionEvaluator", "The recommended integration setup is not in place.") },
    };
    return PermissionEvaluator::tr(byFeature.value(feature, ""));
}

struct Context
{
    const AuditInputs& inputs;
    QString setName; // the permission set an admin would edit

    QString labelOf(const QString& object) const
    {
        const QString plural = inputs.sobjects.value(object).value(QStringLiteral("labelPlural")).toString();
        return plural.isEmpty() ? object : plural;
    }
    bool hasSystem(const QString& permission) const
    {
        for (const auto& set : inputs.permissionSets) {
            if (set.systemPermissions.contains(permission)) {
                return true;
            }
        }
        return false;
    }
    // From describeGlobal: what the user may do with the object, whatever grants it.
    Access describeFlag(const QString& object, const char* flag) const
    {
        if (!inputs.sobjects.contains(object)) {
            return Access::No;
        }
        return inputs.sobjects.value(object).value(QString::fromLatin1(flag)).toBool() ? Access::Yes : Access::No;
    }
    // From ObjectPermissions: View All / Modify All and who grants a permission.
    Access grant(const QString& detailObject, const char* field, QStringList* grantedBy) const
    {
        if (!inputs.setupReadable) {
            return Access::Unknown;
        }
        const QString object = PermissionEvaluator::objectWithSettings(detailObject);
        bool granted = false;
        for (const QJsonObject& record : inputs.objectPermissions) {
            if (record.value(QStringLiteral("SobjectType")).toString() == object
                && record.value(QString::fromLatin1(field)).toBool()) {
                granted = true;
                const QString parent = record.value(QStringLiteral("ParentId")).toString();
                for (const auto& set : inputs.permissionSets) {
                    if (set.id == parent && grantedBy) {
                        grantedBy->append(set.label);
                    }
                }
            }
        }
        const bool all = QString::fromLatin1(field).contains(QLatin1String("Modify"))
            ? hasSystem(QStringLiteral("PermissionsModifyAllData"))
            : hasSystem(QStringLiteral("PermissionsViewAllData"))
                || hasSystem(QStringLiteral("PermissionsModifyAllData"));
        return granted || all ? Access::Yes : Access::No;
    }
};

ObjectAccessRow rowFor(const Context& context, const QString& object)
{
    ObjectAccessRow row;
    row.object = object;
    row.read = context.describeFlag(object, "queryable");
    row.create = context.describeFlag(object, "createable");
    row.edit = context.describeFlag(object, "updateable");
    row.remove = context.describeFlag(object, "deletable");
    row.viewAll = context.grant(object, "PermissionsViewAllRecords", nullptr);
    row.modifyAll = context.grant(object, "PermissionsModifyAllRecords", nullptr);
    return row;
}

AuditFinding checkObject(const Context& context, const QJsonObject& requirement, AuditFinding finding)
{
    const QString object = requirement.value(QStringLiteral("object")).toString();
    const QString permission = requirement.value(QStringLiteral("permission")).toString();
    const QString label = context.labelOf(object);
    finding.title =
        PermissionEvaluator::tr("%1 on %2").arg(PermissionEvaluator::objectPermissionName(permission), label);
    finding.fix = PermissionEvaluator::tr("Setup > Permission Sets > %1 > Object Settings > %2 > %3")
                      .arg(context.setName, label, PermissionEvaluator::objectPermissionName(permission));
    if (object == QLatin1String("Task") || object == QLatin1String("Event")) {
        // Tasks and events have no object settings: the system permissions decide.
        finding.fix = PermissionEvaluator::tr("Setup > Permission Sets > %1 > System Permissions > Access Activities "
                                              "and %2")
                          .arg(context.setName,
                              object == QLatin1String("Task")
                                  ? PermissionEvaluator::systemPermissionName(QStringLiteral("PermissionsEditTask"))
                                  : PermissionEvaluator::systemPermissionName(QStringLiteral("PermissionsEditEvent")));
    }
    if (!context.inputs.sobjects.contains(object)) {
        finding.status = AuditFinding::Status::Missing;
        finding.detail = object.endsWith(QLatin1String("__c"))
            ? PermissionEvaluator::tr("%1 is not visible to the user: the package is not installed, or the user has no "
                                      "access to it.")
                  .arg(object)
            : PermissionEvaluator::tr("The user cannot see %1 at all.").arg(label);
        return finding;
    }
    QStringList grantedBy;
    Access access = Access::Unknown;
    if (permission == QLatin1String("viewAll") || permission == QLatin1String("modifyAll")) {
        access = context.grant(object,
            permission == QLatin1String("viewAll") ? "PermissionsViewAllRecords" : "PermissionsModifyAllRecords",
            &grantedBy);
    } else {
        static const QHash<QString, const char*> flags { { QStringLiteral("read"), "queryable" },
            { QStringLiteral("create"), "createable" }, { QStringLiteral("edit"), "updateable" },
            { QStringLiteral("delete"), "deletable" } };
        access = context.describeFlag(object, flags.value(permission));
        static const QHash<QString, const char*> fields { { QStringLiteral("read"), "PermissionsRead" },
            { QStringLiteral("create"), "PermissionsCreate" }, { QStringLiteral("edit"), "PermissionsEdit" },
            { QStringLiteral("delete"), "PermissionsDelete" } };
        context.grant(object, fields.value(permission), &grantedBy);
    }
    const qint64 visible = context.inputs.visibleCounts.value(object, -1);
    switch (access) {
    case Access::Yes:
        finding.status = AuditFinding::Status::Passed;
        finding.detail = grantedBy.isEmpty()
            ? QString()
            : PermissionEvaluator::tr("Granted by %1.").arg(grantedBy.join(QStringLiteral(", ")));
        break;
    case Access::No:
        finding.status = AuditFinding::Status::Missing;
        finding.detail = PermissionEvaluator::tr("The user does not have %1 on %2.")
                             .arg(PermissionEvaluator::objectPermissionName(permission), label);
        if (requirement.value(QStringLiteral("count")).toBool() && visible >= 0) {
            finding.detail += QLatin1Char(' ')
                + PermissionEvaluator::tr(
                    "It sees %Ln of the %1 records; how many exist, only a user with View All can "
                    "tell.",
                    nullptr, visible)
                      .arg(label);
        }
        break;
    case Access::Unknown:
        finding.status = AuditFinding::Status::NotChecked;
        finding.detail = PermissionEvaluator::tr("Not checked: reading the permission records needs View Setup and "
                                                 "Configuration.");
        if (requirement.value(QStringLiteral("count")).toBool() && visible >= 0) {
            finding.detail += QLatin1Char(' ')
                + PermissionEvaluator::tr("The user sees %Ln %1 records.", nullptr, visible).arg(label);
        }
        break;
    }
    return finding;
}

AuditFinding checkSystem(const Context& context, const QJsonObject& requirement, AuditFinding finding)
{
    const QString permission = requirement.value(QStringLiteral("permission")).toString();
    finding.title = PermissionEvaluator::systemPermissionName(permission);
    finding.fix = PermissionEvaluator::tr("Setup > Permission Sets > %1 > System Permissions > %2")
                      .arg(context.setName, PermissionEvaluator::systemPermissionName(permission));
    if (permission == QLatin1String("PermissionsApiEnabled") && !context.inputs.otherUser) {
        finding.status = AuditFinding::Status::Passed; // the audit itself ran over the API
        finding.detail = PermissionEvaluator::tr("The API answered this audit.");
        return finding;
    }
    if (!context.inputs.setupReadable) {
        finding.status = AuditFinding::Status::NotChecked;
        finding.detail = PermissionEvaluator::tr("Not checked: reading the permission records needs View Setup and "
                                                 "Configuration.");
        return finding;
    }
    QStringList grantedBy;
    for (const auto& set : context.inputs.permissionSets) {
        if (set.systemPermissions.contains(permission)) {
            grantedBy.append(set.label);
        }
    }
    finding.status = grantedBy.isEmpty() ? AuditFinding::Status::Missing : AuditFinding::Status::Passed;
    finding.detail = grantedBy.isEmpty()
        ? PermissionEvaluator::tr("Neither the profile nor any assigned permission set grants %1.")
              .arg(PermissionEvaluator::systemPermissionName(permission))
        : PermissionEvaluator::tr("Granted by %1.").arg(grantedBy.join(QStringLiteral(", ")));
    return finding;
}

// The required fields of the field policy for the requirement's objects.
QJsonObject policyFieldsOf(const QJsonObject& requirement)
{
    QJsonObject fields;
    for (const QJsonValue& object : requirement.value(QStringLiteral("objects")).toArray()) {
        fields.insert(
            object.toString(), QJsonArray::fromStringList(FieldPolicy::instance().requiredFields(object.toString())));
    }
    return fields;
}

AuditFinding checkFields(const Context& context, const QJsonObject& requirement, AuditFinding finding)
{
    const QJsonObject fields = policyFieldsOf(requirement);
    finding.title =
        PermissionEvaluator::tr("Required fields readable (%1)").arg(fields.keys().join(QStringLiteral(", ")));
    QStringList missing;
    QStringList objects;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!context.inputs.readableFields.contains(it.key())) {
            continue; // the object itself is unreadable: its own finding says so
        }
        const QSet<QString>& readable = context.inputs.readableFields.value(it.key());
        for (const QJsonValue& field : it.value().toArray()) {
            // IsDeleted is not subject to field-level security: absent means the object has none.
            if (!readable.contains(field.toString()) && field.toString() != QLatin1String("IsDeleted")) {
                missing.append(it.key() + QLatin1Char('.') + field.toString());
                if (!objects.contains(it.key())) {
                    objects.append(it.key());
                }
            }
        }
    }
    finding.status = missing.isEmpty() ? AuditFinding::Status::Passed : AuditFinding::Status::Missing;
    finding.detail = missing.isEmpty()
        ? PermissionEvaluator::tr("Every required field is readable.")
        : PermissionEvaluator::tr("Field-level security hides %1.").arg(missing.join(QStringLiteral(", ")));
    finding.breaks = PermissionEvaluator::tr("The integration reads these fields itself; it cannot work without them.");
    finding.fix = missing.isEmpty()
        ? QString()
        : PermissionEvaluator::tr(
            "Setup > Permission Sets > %1 > Object Settings > %2 > Field Permissions > Read Access on %3")
              .arg(context.setName, objects.join(QStringLiteral(" / ")), missing.join(QStringLiteral(", ")));
    return finding;
}

AuditFinding checkLicense(const Context& context, const QJsonObject& requirement, AuditFinding finding)
{
    const QString license = requirement.value(QStringLiteral("license")).toString();
    const bool userLicense = requirement.value(QStringLiteral("check")).toString() == QLatin1String("userLicense");
    finding.title = userLicense ? PermissionEvaluator::tr("User license: %1").arg(license)
                                : PermissionEvaluator::tr("Permission set license: %1").arg(license);
    if (userLicense) {
        QString actual;
        for (const auto& set : context.inputs.permissionSets) {
            if (set.ownedByProfile) {
                actual = set.licenseName;
            }
        }
        if (!context.inputs.setupReadable) {
            finding.status = AuditFinding::Status::NotChecked;
            finding.detail =
                PermissionEvaluator::tr("Not checked: reading the profile needs View Setup and Configuration.");
        } else if (actual == license) {
            finding.status = AuditFinding::Status::Passed;
        } else {
            finding.status = AuditFinding::Status::Missing;
            finding.detail = actual == QLatin1String("Salesforce")
                ? PermissionEvaluator::tr("%1 is on a full Salesforce license, usually a real person. If the user who "
                                          "connects the integration is deactivated, the integration disconnects: "
                                          "use a dedicated integration user that will not be deactivated.")
                      .arg(context.inputs.username)
                : PermissionEvaluator::tr("The user's license is %1.").arg(actual);
        }
        finding.fix =
            PermissionEvaluator::tr("Setup > Users > New User: User License \"Salesforce Integration\", Profile "
                                    "\"Minimum Access - API Only Integrations\"");
    } else {
        if (!context.inputs.licensesReadable) {
            finding.status = AuditFinding::Status::NotChecked;
            finding.detail = PermissionEvaluator::tr("Not checked: reading license assignments needs View Setup and "
                                                     "Configuration or Assign Permission Sets.");
        } else {
            const bool has = context.inputs.permissionSetLicenses.contains(license);
            finding.status = has ? AuditFinding::Status::Passed : AuditFinding::Status::Missing;
            finding.detail =
                has ? QString() : PermissionEvaluator::tr("The user has no %1 permission set license.").arg(license);
        }
        finding.fix =
            PermissionEvaluator::tr("Setup > Users > %1 > Permission Set License Assignments > Edit Assignments > %2")
                .arg(context.inputs.username, license);
    }
    finding.breaks = PermissionEvaluator::tr("The Salesforce API Integration license grants the system permissions "
                                             "tasks and events need; the Salesforce Integration license makes an "
                                             "API-only user that is not a person.");
    return finding;
}

} // namespace

QList<QJsonObject> PermissionEvaluator::requirements(const ExportSettings& exportSettings)
{
    const QString activity = activityTypeKey(exportSettings.activityType);
    QList<QJsonObject> applicable;
    for (const QJsonValue& value : allRequirements()) {
        const QJsonObject requirement = value.toObject();
        const QString when = requirement.value(QStringLiteral("when")).toString();
        if (when.isEmpty() || when == activity) {
            applicable.append(requirement);
        }
    }
    return applicable;
}

QStringList PermissionEvaluator::objectsToDescribe(const ExportSettings& exportSettings)
{
    QStringList objects;
    for (const QJsonObject& requirement : requirements(exportSettings)) {
        for (const QJsonValue& object : requirement.value(QStringLiteral("objects")).toArray()) {
            objects.append(object.toString());
        }
    }
    objects.removeDuplicates();
    return objects;
}

QStringList PermissionEvaluator::objectsWithSettings(const ExportSettings& exportSettings)
{
    QStringList objects;
    for (const QJsonObject& requirement : requirements(exportSettings)) {
        if (requirement.value(QStringLiteral("check")).toString() == QLatin1String("object")) {
            objects.append(
                PermissionEvaluator::objectWithSettings(requirement.value(QStringLiteral("object")).toString()));
        }
    }
    objects.removeDuplicates();
    return objects;
}

QStringList PermissionEvaluator::objectsToCount(const ExportSettings& exportSettings)
{
    QStringList objects;
    for (const QJsonObject& requirement : requirements(exportSettings)) {
        if (requirement.value(QStringLiteral("count")).toBool()) {
            objects.append(requirement.value(QStringLiteral("object")).toString());
        }
    }
    return objects;
}

AuditReport PermissionEvaluator::evaluate(const AuditInputs& inputs, const ExportSettings& exportSettings)
{
    Context context { inputs, tr("<your integration permission set>") };
    for (const auto& set : inputs.permissionSets) {
        if (!set.ownedByProfile) {
            context.setName = set.label; // the set an admin added for the integration
            break;
        }
    }
    AuditReport report;
    report.username = inputs.username;
    report.orgName = inputs.orgName;
    report.setupReadable = inputs.setupReadable;
    QStringList gridObjects;
    for (const QJsonObject& requirement : requirements(exportSettings)) {
        AuditFinding finding;
        finding.id = requirement.value(QStringLiteral("id")).toString();
        finding.feature = requirement.value(QStringLiteral("feature")).toString();
        finding.severity = severityOf(requirement.value(QStringLiteral("severity")).toString());
        finding.breaks = breaksFor(requirement);
        const QString check = requirement.value(QStringLiteral("check")).toString();
        if (check == QLatin1String("object")) {
            finding = checkObject(context, requirement, finding);
            const QString object = requirement.value(QStringLiteral("object")).toString();
            if (!gridObjects.contains(object)) {
                gridObjects.append(object);
            }
        } else if (check == QLatin1String("system")) {
            finding = checkSystem(context, requirement, finding);
        } else if (check == QLatin1String("policyFields")) {
            finding = checkFields(context, requirement, finding);
        } else {
            finding = checkLicense(context, requirement, finding);
        }
        report.findings.append(finding);
    }
    for (const QString& object : gridObjects) {
        report.grid.append(rowFor(context, object));
    }
    return report;
}

} // namespace callbridge
