#include "core/util/AtomicFile.h"

#include "core/util/InputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace callbridge {

Status AtomicFile::write(const QString& path, const QByteArray& data)
{
    // Only a file is replaced: the rename would turn a FIFO, a socket or (as root) a device such
    // as /dev/full into a file. A link to a file replaces the file it points to, and stays.
    const QString notAFile = whyNotARegularFile(path);
    if (!notAFile.isEmpty()) {
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), notAFile));
    }
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        return Status::failure(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit()) {
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return Status::success();
}

} // namespace callbridge
