#pragma once

#include "core/config/IntegrationConfig.h"
#include "core/users/UserHierarchy.h"
#include "core/util/Status.h"

#include <QByteArray>

namespace callbridge {

// Who automatic provisioning would create, and under which manager: every active user, placed
// under their nearest active manager (an inactive manager is skipped, as provisioning cannot
// create them). Written as RFC 4180 CSV for the admin to review in a spreadsheet.
class ProvisioningPlan
{
    Q_DECLARE_TR_FUNCTIONS(ProvisioningPlan)

public:
    static QByteArray toCsv(const UserHierarchy& hierarchy, const RecordedUsers& recorded);
    static Status write(const QString& path, const UserHierarchy& hierarchy, const RecordedUsers& recorded);
};

} // namespace callbridge
