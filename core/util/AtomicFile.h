#pragma once

#include "core/util/Status.h"

#include <QByteArray>
#include <QCoreApplication>

namespace callbridge {

// Writes a whole file or nothing: the data goes to a temporary file beside the target and
// replaces it with one rename (QSaveFile), so a crash or a full disk never leaves half a file.
// Only a regular file (or nothing) is replaced; a folder, a device, a FIFO or a socket is
// refused. A symbolic link to a file is followed: the file is replaced, the link stays.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static Status write(const QString& path, const QByteArray& data);
};

} // namespace callbridge
