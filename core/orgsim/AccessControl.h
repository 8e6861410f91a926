#pragma once

#include "core/orgsim/OrgData.h"

#include <QSet>

namespace callbridge::orgsim {

struct ObjectAccess
{
    bool read = false;
    bool create = false;
    bool edit = false;
    bool remove = false;
    bool viewAll = false;
    bool modifyAll = false;
};

// What one user may do, as Salesforce computes it: the union of the profile's permission set
// and every assigned permission set.
struct UserPermissions
{
    QString userId;
    qint64 userRow = -1;
    bool active = false;
    QSet<QString> systemPermissions; // field names, e.g. "PermissionsApiEnabled"
    QHash<QString, ObjectAccess> objectAccess; // lower-case sObject -> ObjectPermissions union
    QSet<QString> readableFields; // lower-case "object.field"
    QSet<QString> editableFields;
    QSet<QString> visibleOwnerIds; // self and users in roles below

    bool has(const QString& permission) const { return systemPermissions.contains(permission); }
};

// Answers "may this user see / change this" for objects, fields and records.
class AccessControl
{
public:
    explicit AccessControl(OrgData& org);

    // Null when the user does not exist.
    const UserPermissions* permissionsOf(const QString& userId);

    ObjectAccess objectAccess(const UserPermissions& user, const ObjectSchema& object) const;
    bool canReadField(const UserPermissions& user, const ObjectSchema& object, const FieldSchema& field) const;
    bool canEditField(const UserPermissions& user, const ObjectSchema& object, const FieldSchema& field) const;
    bool canSeeRecord(const UserPermissions& user, const ObjectTable& table, const Record& record);
    // True when canSeeRecord() holds for every record of the object (View All, public sharing).
    bool seesEveryRecord(const UserPermissions& user, const ObjectSchema& object) const;

private:
    UserPermissions compute(qint64 userRow) const;
    void collectRoleSubordinates(const QString& roleId, QSet<QString>* roles) const;

    OrgData& m_org;
    QHash<QString, UserPermissions> m_cache;
    quint64 m_cacheGeneration = ~quint64(0);
};

} // namespace callbridge::orgsim
