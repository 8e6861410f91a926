#pragma once

#include "core/util/Status.h"

#include <QByteArray>
#include <QString>

namespace callbridge {

// The contents of a file the user named (a calls file, a setup document, a saved describe), or
// why it was not read.
struct InputFile
{
    QByteArray data;
    Status status = Status::success(); // the reason, without the file's name: callers name it
    bool ok() const { return status.ok(); }
};

// Reads a regular file of at most `maxBytes`. A folder, a device (/dev/zero), a FIFO or a
// socket is refused before it is opened, so the read can neither block nor run forever; a
// larger file is refused before it fills memory. Symbolic links are followed.
InputFile readUserFile(const QString& path, qint64 maxBytes);

// Why `path` is not something to read or replace as a file (a folder, a device, a FIFO, a
// socket; symbolic links followed); empty for a regular file and for nothing at all.
QString whyNotARegularFile(const QString& path);

} // namespace callbridge
