#include "core/util/InputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace callbridge {

QString whyNotARegularFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile()) {
        return {};
    }
    if (info.isDir()) {
        return QCoreApplication::translate("InputFile", "it is a folder, not a file");
    }
    return QCoreApplication::translate("InputFile", "it is not a regular file but a device, a pipe or a socket");
}

InputFile readUserFile(const QString& path, qint64 maxBytes)
{
    InputFile result;
    const QString notAFile = whyNotARegularFile(path);
    if (!notAFile.isEmpty()) {
        result.status = Status::failure(notAFile);
        return result;
    }
    const QString tooLarge = QCoreApplication::translate("InputFile", "it is larger than the limit of %1")
                                 .arg(QLocale().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat));
    if (QFileInfo(path).size() > maxBytes) {
        result.status = Status::failure(tooLarge);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::failure(file.errorString());
        return result;
    }
    // In pieces, in case the file grows after its size was read: never more than the limit.
    constexpr qint64 piece = 1024 * 1024;
    result.data.reserve(qsizetype(std::min<qint64>(file.size(), maxBytes)));
    while (true) {
        const QByteArray chunk = file.read(std::min<qint64>(piece, maxBytes + 1 - result.data.size()));
        if (chunk.isEmpty()) {
            break;
        }
        result.data += chunk;
        if (result.data.size() > maxBytes) {
            result.data.clear();
            result.status = Status::failure(tooLarge);
            return result;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        result.data.clear();
        result.status = Status::failure(file.errorString());
    }
    return result;
}

} // namespace callbridge
