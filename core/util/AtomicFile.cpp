#include "core/util/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace callbridge {

Status AtomicFile::write(const QString& path, const QByteArray& data)
{
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
