#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli export: writes the new and changed calls to the org (their activity and full
// call data, as the setup says) and removes what deleted calls left; resumable.
int runExportCommand(const QStringList& arguments);

} // namespace callbridge::cli
