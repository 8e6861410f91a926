#include "tests/support/ProcessFigures.h"

#include <QFile>
#include <QList>

#include <sys/resource.h>
#include <unistd.h>

namespace callbridge::test {

namespace {

QString procFile(qint64 pid, const char* name)
{
    return pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(name))
                    : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name));
}

// The fields of /proc/PID/stat after the command name (in parentheses, and it may hold spaces):
// the state is [0], utime [11], stime [12], starttime [19].
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(procFile(pid, "stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}

} // namespace

qint64 statusKb(const char* key, qint64 pid)
{
    QFile status(procFile(pid, "status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
}

double cpuMs(qint64 pid)
{
    if (pid == 0) { // getrusage: microseconds, where /proc has clock ticks
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    }
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() < 13) {
        return -1;
    }
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double msSinceProcessStart()
{
    QFile uptime(QStringLiteral("/proc/uptime"));
    const QList<QByteArray> fields = statFields(0);
    if (!uptime.open(QIODevice::ReadOnly) || fields.size() < 20) {
        return -1;
    }
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

} // namespace callbridge::test
