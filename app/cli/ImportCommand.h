#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli import: brings the local cache up to date with the org.
int runImportCommand(const QStringList& arguments);

} // namespace callbridge::cli
