#pragma once

#include "users/UserHierarchy.h"
#include "util/Status.h"

#include <QByteArray>
#include <QSet>

namespace callbridge {

// Who automatic provisioning would create, and under which manager: every active user, placed
// under their nearest active manager (an inactive manager is skipped, as provisioning cannot
// create them). Written as RFC 4180 CSV for the admin to review in a spreadsheet.
class ProvisioningPlan
{
    Q_DECLARE_TR_FUNCTIONS(ProvisioningPlan)

public:
    // recordedIds empty means no choice was made yet: every active user counts as recorded.
    static QByteArray toCsv(const UserHierarchy& hierarchy, const QSet<QString>& recordedIds);
    static Status write(const QString& path, const UserHierarchy& hierarchy, const QSet<QString>& recordedIds);
};

} // namespace callbridge
