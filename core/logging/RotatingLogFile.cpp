#include "core/logging/RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>

namespace callbridge {

RotatingLogFile::RotatingLogFile(const QString& path, qint64 maxBytes, int keptFiles)
    : m_path(path)
    , m_maxBytes(maxBytes)
    , m_keptFiles(keptFiles)
    , m_file(path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
}

void RotatingLogFile::append(const QString& line)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        return; // logging must never take the app down
    }
    m_file.write(line.toUtf8());
    m_file.write("\n");
    m_file.flush();
    if (m_file.size() >= m_maxBytes) {
        rotate();
    }
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(m_path + QLatin1Char('.') + QString::number(m_keptFiles));
    for (int i = m_keptFiles - 1; i >= 1; --i) {
        QFile::rename(
            m_path + QLatin1Char('.') + QString::number(i), m_path + QLatin1Char('.') + QString::number(i + 1));
    }
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
}

} // namespace callbridge
