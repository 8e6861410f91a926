#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli audit [--json] [--activity-type task|event] [--html FILE] [connection options]
// Exit code 1 when anything is blocking.
int runAuditCommand(const QStringList& arguments);

} // namespace callbridge::cli
