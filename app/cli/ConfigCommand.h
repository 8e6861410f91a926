#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli config validate FILE [--json]
int runConfigCommand(const QStringList& arguments);

} // namespace callbridge::cli
