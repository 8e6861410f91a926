#pragma once

#include "core/config/IntegrationConfig.h"

#include <QByteArray>
#include <QString>

namespace callbridge::test {

// A config with every section filled in with non-default values, for round trips.
IntegrationConfig fullConfig();

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& data);
// A named pipe (FIFO): opening it for reading blocks until someone writes.
void makeFifo(const QString& path);
// A file of `size` zero bytes that takes no disk space (a hole).
void makeSparseFile(const QString& path, qint64 size);

} // namespace callbridge::test
