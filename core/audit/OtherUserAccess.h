#pragma once

#include "core/audit/PermissionEvaluator.h"

#include <QJsonArray>

namespace callbridge {

// When an admin audits another user (the integration user), the describes answer for the admin,
// not for that user. This works out what that user's describes would show from its permission
// records, the way Salesforce grants access: ObjectPermissions (a detail object follows its
// master), the activity permissions for tasks and events, View All Data and Modify All Data, and
// field permissions for the permissionable fields (the others are readable with the object).
class OtherUserAccess
{
public:
    // Replaces inputs.sobjects' access flags with the audited user's, dropping the objects it
    // cannot see. Needs inputs.permissionSets and inputs.objectPermissions.
    static void applyObjectAccess(AuditInputs& inputs, const QStringList& auditedObjects);
    // The fields the audited user reads: `describes` are the admin's describes by object,
    // `fieldPermissions` the user's FieldPermissions records with read access.
    static void applyFieldAccess(
        AuditInputs& inputs, const QHash<QString, QJsonArray>& describes, const QJsonArray& fieldPermissions);
};

} // namespace callbridge
