#include "core/orgsim/AccessControl.h"

#include "core/orgsim/SalesforceId.h"

namespace callbridge::orgsim {

namespace {

enum class AccessRule { ObjectPermissions, Everyone, Setup, SetupOrAssign, Activity, Parent };

struct AccessPolicy
{
    AccessRule rule;
    QString parent; // for AccessRule::Parent: whose object permissions apply
    // For AccessRule::Setup and SetupOrAssign: the system permission that lets a user who can
    // read the object also create, change and delete its records.
    QString writer = {};
};

// How Salesforce decides access to each object orgsim serves. Most objects follow their
// ObjectPermissions; detail objects follow their master; tasks and events follow the
// activity system permissions; setup objects need View Setup and Configuration.
AccessPolicy policyFor(const QString& object)
{
    static const QHash<QString, AccessPolicy> policies {
        { QStringLiteral("User"), { AccessRule::Everyone, {} } },
        { QStringLiteral("RecordType"), { AccessRule::Everyone, {} } },
        { QStringLiteral("OpportunityStage"), { AccessRule::Everyone, {} } },
        { QStringLiteral("OpportunitySplitType"), { AccessRule::Everyone, {} } },
        { QStringLiteral("Organization"), { AccessRule::Everyone, {} } },
        { QStringLiteral("UserRole"), { AccessRule::Everyone, {} } },
        { QStringLiteral("OpportunityHistory"), { AccessRule::Parent, QStringLiteral("Opportunity") } },
        { QStringLiteral("OpportunityContactRole"), { AccessRule::Parent, QStringLiteral("Opportunity") } },
        { QStringLiteral("OpportunitySplit"), { AccessRule::Parent, QStringLiteral("Opportunity") } },
        { QStringLiteral("OpportunityTeamMember"), { AccessRule::Parent, QStringLiteral("Opportunity") } },
        { QStringLiteral("OpportunityLineItem"), { AccessRule::Parent, QStringLiteral("Opportunity") } },
        { QStringLiteral("CampaignMember"), { AccessRule::Parent, QStringLiteral("Campaign") } },
        { QStringLiteral("Task"), { AccessRule::Activity, QStringLiteral("PermissionsEditTask") } },
        { QStringLiteral("Event"), { AccessRule::Activity, QStringLiteral("PermissionsEditEvent") } },
        { QStringLiteral("UserLicense"), { AccessRule::Setup, {} } },
        { QStringLiteral("Profile"), { AccessRule::Setup, {} } },
        { QStringLiteral("PermissionSet"),
            { AccessRule::Setup, {}, QStringLiteral("PermissionsManageProfilesPermissionsets") } },
        { QStringLiteral("PermissionSetAssignment"),
            { AccessRule::Setup, {}, QStringLiteral("PermissionsAssignPermissionSets") } },
        { QStringLiteral("ObjectPermissions"),
            { AccessRule::Setup, {}, QStringLiteral("PermissionsManageProfilesPermissionsets") } },
        { QStringLiteral("FieldPermissions"),
            { AccessRule::Setup, {}, QStringLiteral("PermissionsManageProfilesPermissionsets") } },
        { QStringLiteral("PermissionSetLicense"), { AccessRule::Setup, {} } },
        { QStringLiteral("PermissionSetLicenseAssign"),
            { AccessRule::SetupOrAssign, {}, QStringLiteral("PermissionsAssignPermissionSets") } },
    };
    return policies.value(object, { AccessRule::ObjectPermissions, {} });
}

QString fieldKey(const QString& object, const QString& field)
{
    return (object + QLatin1Char('.') + field).toLower();
}

} // namespace

AccessControl::AccessControl(OrgData& org)
    : m_org(org)
{ }

const UserPermissions* AccessControl::permissionsOf(const QString& userId)
{
    if (m_cacheGeneration != m_org.securityGeneration()) {
        m_cache.clear();
        m_cacheGeneration = m_org.securityGeneration();
    }
    const QString id18 = SalesforceId::normalize(userId);
    auto cached = m_cache.find(id18);
    if (cached == m_cache.end()) {
        const qint64 row = m_org.table(QStringLiteral("User"))->rowOfId(id18);
        if (row < 0) {
            return nullptr;
        }
        cached = m_cache.insert(id18, compute(row));
    }
    return &*cached;
}

UserPermissions AccessControl::compute(qint64 userRow) const
{
    UserPermissions permissions;
    permissions.userRow = userRow;
    permissions.userId = m_org.table(QStringLiteral("User"))->idOf(userRow);
    permissions.active = m_org.value(QStringLiteral("User"), userRow, QStringLiteral("IsActive")).toBool();

    // The user's permission sets: every assignment (Salesforce also assigns the profile's own set).
    QSet<QString> permissionSetIds;
    const ObjectTable* assignments = m_org.table(QStringLiteral("PermissionSetAssignment"));
    const int assignee = assignments->schema().indexOf(QStringLiteral("AssigneeId"));
    const int assigned = assignments->schema().indexOf(QStringLiteral("PermissionSetId"));
    for (qint64 row = 0; row < assignments->rowCount(); ++row) {
        const Record record = assignments->record(row);
        if (!assignments->isPurged(row) && record.at(assignee).toString() == permissions.userId) {
            permissionSetIds.insert(record.at(assigned).toString());
        }
    }

    const ObjectTable* sets = m_org.table(QStringLiteral("PermissionSet"));
    for (const QString& setId : permissionSetIds) {
        const qint64 row = sets->rowOfId(setId);
        if (row < 0) {
            continue;
        }
        const Record record = sets->record(row);
        for (const QString& permission : systemPermissionFields()) {
            if (record.at(sets->schema().indexOf(permission)).toBool()) {
                permissions.systemPermissions.insert(permission);
            }
        }
    }

    const ObjectTable* objectPermissions = m_org.table(QStringLiteral("ObjectPermissions"));
    const ObjectSchema& op = objectPermissions->schema();
    for (qint64 row = 0; row < objectPermissions->rowCount(); ++row) {
        const Record record = objectPermissions->record(row);
        if (objectPermissions->isPurged(row)
            || !permissionSetIds.contains(record.at(op.indexOf(QStringLiteral("ParentId"))).toString())) {
            continue;
        }
        ObjectAccess& access =
            permissions.objectAccess[record.at(op.indexOf(QStringLiteral("SobjectType"))).toString().toLower()];
        access.read |= record.at(op.indexOf(QStringLiteral("PermissionsRead"))).toBool();
        access.create |= record.at(op.indexOf(QStringLiteral("PermissionsCreate"))).toBool();
        access.edit |= record.at(op.indexOf(QStringLiteral("PermissionsEdit"))).toBool();
        access.remove |= record.at(op.indexOf(QStringLiteral("PermissionsDelete"))).toBool();
        access.viewAll |= record.at(op.indexOf(QStringLiteral("PermissionsViewAllRecords"))).toBool();
        access.modifyAll |= record.at(op.indexOf(QStringLiteral("PermissionsModifyAllRecords"))).toBool();
    }

    const ObjectTable* fieldPermissions = m_org.table(QStringLiteral("FieldPermissions"));
    const ObjectSchema& fp = fieldPermissions->schema();
    for (qint64 row = 0; row < fieldPermissions->rowCount(); ++row) {
        const Record record = fieldPermissions->record(row);
        if (fieldPermissions->isPurged(row)
            || !permissionSetIds.contains(record.at(fp.indexOf(QStringLiteral("ParentId"))).toString())) {
            continue;
        }
        const QString field = record.at(fp.indexOf(QStringLiteral("Field"))).toString().toLower();
        if (record.at(fp.indexOf(QStringLiteral("PermissionsRead"))).toBool()) {
            permissions.readableFields.insert(field);
        }
        if (record.at(fp.indexOf(QStringLiteral("PermissionsEdit"))).toBool()) {
            permissions.editableFields.insert(field);
        }
    }

    // Records owned by the user or by anyone in a role below theirs.
    permissions.visibleOwnerIds.insert(permissions.userId);
    const QString roleId = m_org.value(QStringLiteral("User"), userRow, QStringLiteral("UserRoleId")).toString();
    if (!roleId.isEmpty()) {
        QSet<QString> subordinateRoles;
        collectRoleSubordinates(roleId, &subordinateRoles);
        const ObjectTable* users = m_org.table(QStringLiteral("User"));
        const int roleField = users->schema().indexOf(QStringLiteral("UserRoleId"));
        for (qint64 row = 0; row < users->rowCount(); ++row) {
            if (subordinateRoles.contains(users->record(row).at(roleField).toString())) {
                permissions.visibleOwnerIds.insert(users->idOf(row));
            }
        }
    }
    return permissions;
}

void AccessControl::collectRoleSubordinates(const QString& roleId, QSet<QString>* roles) const
{
    const ObjectTable* userRoles = m_org.table(QStringLiteral("UserRole"));
    const int parentField = userRoles->schema().indexOf(QStringLiteral("ParentRoleId"));
    for (qint64 row = 0; row < userRoles->rowCount(); ++row) {
        const QString child = userRoles->idOf(row);
        if (userRoles->record(row).at(parentField).toString() == roleId && !roles->contains(child)) {
            roles->insert(child);
            collectRoleSubordinates(child, roles);
        }
    }
}

ObjectAccess AccessControl::objectAccess(const UserPermissions& user, const ObjectSchema& object) const
{
    if (!user.active || !user.has(QStringLiteral("PermissionsApiEnabled"))) {
        return {};
    }
    const bool viewAllData = user.has(QStringLiteral("PermissionsViewAllData"));
    const bool modifyAllData = user.has(QStringLiteral("PermissionsModifyAllData"));
    const AccessPolicy policy = policyFor(object.name);
    ObjectAccess access;
    switch (policy.rule) {
    case AccessRule::ObjectPermissions:
        access = user.objectAccess.value(object.name.toLower());
        break;
    case AccessRule::Everyone:
        access.read = true;
        break;
    case AccessRule::Setup:
    case AccessRule::SetupOrAssign: {
        access.read = user.has(QStringLiteral("PermissionsViewSetup"))
            || (policy.rule == AccessRule::SetupOrAssign
                && user.has(QStringLiteral("PermissionsAssignPermissionSets")));
        const bool writes = access.read && !policy.writer.isEmpty() && user.has(policy.writer);
        access.create = access.edit = access.remove = writes;
        break;
    }
    case AccessRule::Activity: {
        const bool activities = user.has(QStringLiteral("PermissionsActivitiesAccess"));
        const bool edit = activities && user.has(policy.parent);
        access = { activities, edit, edit, edit, false, false };
        break;
    }
    case AccessRule::Parent: {
        const ObjectAccess parent = user.objectAccess.value(policy.parent.toLower());
        access = { parent.read, parent.edit, parent.edit, parent.edit, parent.viewAll, parent.modifyAll };
        break;
    }
    }
    if (viewAllData || modifyAllData) {
        access.read = true;
        access.viewAll = true;
    }
    if (modifyAllData && policy.rule != AccessRule::Everyone && policy.rule != AccessRule::Setup
        && policy.rule != AccessRule::SetupOrAssign) {
        access.create = access.edit = access.remove = access.modifyAll = true;
    }
    return access;
}

bool AccessControl::canReadField(
    const UserPermissions& user, const ObjectSchema& object, const FieldSchema& field) const
{
    if (!objectAccess(user, object).read) {
        return false;
    }
    if (!field.permissionable || policyFor(object.name).rule != AccessRule::ObjectPermissions) {
        return true; // field-level security applies to permissionable fields of ordinary objects
    }
    return user.readableFields.contains(fieldKey(object.name, field.name));
}

bool AccessControl::canEditField(
    const UserPermissions& user, const ObjectSchema& object, const FieldSchema& field) const
{
    if (!canReadField(user, object, field)) {
        return false;
    }
    if (!field.permissionable || policyFor(object.name).rule != AccessRule::ObjectPermissions) {
        return true;
    }
    return user.editableFields.contains(fieldKey(object.name, field.name));
}

bool AccessControl::seesEveryRecord(const UserPermissions& user, const ObjectSchema& object) const
{
    const ObjectAccess access = objectAccess(user, object);
    return access.read
        && (access.viewAll || object.sharing == SharingModel::Read || object.sharing == SharingModel::ReadWrite);
}

bool AccessControl::canSeeRecord(const UserPermissions& user, const ObjectTable& table, const Record& record)
{
    const ObjectSchema& object = table.schema();
    const ObjectAccess access = objectAccess(user, object);
    if (!access.read) {
        return false;
    }
    if (access.viewAll || object.sharing == SharingModel::Read || object.sharing == SharingModel::ReadWrite) {
        return true;
    }
    if (object.sharing == SharingModel::ControlledByParent) {
        const int parentField = object.indexOf(object.parentField);
        const OrgData::RecordRef parent = m_org.find(record.at(parentField).toString());
        return parent.isValid() && canSeeRecord(user, *parent.table, parent.table->record(parent.row));
    }
    const int owner = object.indexOf(QStringLiteral("OwnerId"));
    return owner < 0 || user.visibleOwnerIds.contains(record.at(owner).toString());
}

} // namespace callbridge::orgsim
