#pragma once

#include "core/orgsim/OrgData.h"

namespace callbridge::orgsim {

// Salesforce's own rules for the permission records written through the API: a permission
// depends on others (Edit needs Read, Modify All needs Read, Edit, Delete and View All), field
// permissions exist only for permissionable fields, and one record per parent and object, field
// or assignee. check() lists what a create (row < 0) or an update of `record` breaks.
class PermissionRules
{
public:
    struct Error
    {
        QString statusCode;
        QString message;
        QStringList fields;
    };

    static bool governs(const ObjectSchema& object);
    static QList<Error> check(const OrgData& org, const ObjectSchema& object, const Record& record, qint64 row);
    // The values Salesforce sets itself on insert: a new permission set is custom and regular.
    static void applyDefaults(const ObjectSchema& object, Record& record);
};

} // namespace callbridge::orgsim
