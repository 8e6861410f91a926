#pragma once

#include <QtGlobal>

namespace callbridge {

class RotatingLogFile;

// Routes every qDebug/qInfo/qWarning through the secret redactor into the log file and
// stderr. install() replaces Qt's default handler; uninstall() restores it.
class LogHandler
{
public:
    static void install(RotatingLogFile* file, bool echoToStderr = true);
    static void uninstall();
    static QString format(QtMsgType type, const QMessageLogContext& context, const QString& message);
};

} // namespace callbridge
