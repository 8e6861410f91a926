#pragma once

#include <QJsonValue>
#include <QString>

namespace callbridge::cli {

// Exit codes shared by every command: scripts rely on them.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

// stdout carries results only (text, or one JSON document with --json); stderr carries the rest.
void printLine(const QString& text);
void printJson(const QJsonValue& value);
void printError(const QString& text);

} // namespace callbridge::cli
