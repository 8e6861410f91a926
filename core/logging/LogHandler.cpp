#include "core/logging/LogHandler.h"

#include "core/logging/RotatingLogFile.h"
#include "core/logging/SecretRedactor.h"

#include <QDateTime>

#include <atomic>
#include <cstdio>

namespace callbridge {

namespace {

std::atomic<RotatingLogFile*> s_file { nullptr };
std::atomic<bool> s_echo { true };
QtMessageHandler s_previous = nullptr;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = LogHandler::format(type, context, message);
    if (RotatingLogFile* file = s_file.load()) {
        file->append(line);
    }
    if (s_echo.load()) {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }
}

} // namespace

void LogHandler::install(RotatingLogFile* file, bool echoToStderr)
{
    s_file.store(file);
    s_echo.store(echoToStderr);
    QtMessageHandler previous = qInstallMessageHandler(handleMessage);
    if (previous != handleMessage) {
        s_previous = previous;
    }
}

void LogHandler::uninstall()
{
    qInstallMessageHandler(s_previous);
    s_previous = nullptr;
    s_file.store(nullptr);
}

QString LogHandler::format(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString category = context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
        + QLatin1String(levelName(type)) + QLatin1Char(' ') + category + QStringLiteral(": ")
        + SecretRedactor::redact(message);
}

} // namespace callbridge
