#pragma once

#include "core/audit/PermissionFixPlan.h"
#include "core/util/Status.h"

namespace callbridge {

// A permission set as Metadata API source that `sf project deploy start` or a change set deploys:
// <dir>/package.xml and <dir>/permissionsets/<Name>.permissionset-meta.xml, in the PermissionSet
// type's format (Metadata API Developer Guide, "PermissionSet",
// https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm:
// "Permission sets are stored in the permissionsets directory. The file name matches the
// permission set API name"): description, fieldPermissions
// (editable, field, readable), hasActivationRequired, label, objectPermissions (allowCreate,
// allowDelete, allowEdit, allowRead, modifyAllRecords, object, viewAllRecords) and
// userPermissions (enabled, name), in the order Salesforce retrieves them.
class PermissionSetMetadata
{
    Q_DECLARE_TR_FUNCTIONS(PermissionSetMetadata)

public:
    static QByteArray permissionSetXml(const PermissionSetContent& content);
    static QByteArray packageXml(const QString& permissionSetName, const QString& apiVersion);
    // Writes both files (each atomically), creating the folders.
    static Status write(const PermissionSetContent& content, const QString& directory, const QString& apiVersion);
    static QString permissionSetPath(const QString& directory, const QString& permissionSetName);
};

} // namespace callbridge
