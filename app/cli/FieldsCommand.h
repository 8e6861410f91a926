#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli fields [--describe FILE]... [--json] [connection options]
// Classifies fields from saved describe responses, or live from the connected org.
int runFieldsCommand(const QStringList& arguments);

} // namespace callbridge::cli
