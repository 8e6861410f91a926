#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace callbridge {

// An append-only log file that rolls over to <name>.1 ... <name>.N when it grows past a size,
// so a long-running console never fills the disk. Thread-safe.
class RotatingLogFile
{
public:
    RotatingLogFile(const QString& path, qint64 maxBytes = 2 * 1024 * 1024, int keptFiles = 5);

    QString path() const { return m_path; }
    void append(const QString& line);

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keptFiles;
    QMutex m_mutex;
    QFile m_file;
};

} // namespace callbridge
