#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli preview: which calls export, to which records, at what API cost.
int runPreviewCommand(const QStringList& arguments);

} // namespace callbridge::cli
