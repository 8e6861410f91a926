#pragma once

#include "core/config/IntegrationConfig.h"

#include <QByteArray>
#include <QString>

namespace callbridge::test {

// A config with every section filled in with non-default values, for round trips.
IntegrationConfig fullConfig();

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& data);

} // namespace callbridge::test
