#pragma once

#include "core/calls/CallsReader.h"

#include <QCoreApplication>

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace callbridge::cli {

// The command line's texts. lupdate files a tr() called in this namespace under the context
// "callbridge::cli", so that is the context they are looked up in (a "cli" context here found
// no translation: the commands spoke English whatever the language).
inline QString tr(const char* text)
{
    return QCoreApplication::translate("callbridge::cli", text);
}

// Exit codes shared by every command: scripts rely on them.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

// stdout carries results only (text, or one JSON document with --json); stderr carries the rest.
void printLine(const QString& text);
void printJson(const QJsonValue& value);
void printError(const QString& text);
// A command that cannot give its result: the message on stderr and, when --json was given, one
// JSON document {"error", "exitCode"} on stdout, so a script always has a document to read.
int fail(const QCommandLineParser& parser, int exitCode, const QString& message);

// Parses a command's arguments. Returns an exit code when the command is done already
// (a usage error, or --help printed), nothing when it should run.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments);

// --calls FILE (preview, export), read before the command signs in: a missing option, a mistyped
// path or a broken file fails at once, offline too. Returns the usage error, if any.
QString readCallsOption(
    const QCommandLineParser& parser, const QCommandLineOption& callsFile, CallsReader::Result* calls);

// --budget PERCENT (import, export): the share of the org's remaining daily API requests a run may
// use. Leaves *share as it is when the option is not given; returns the usage error, if any.
QString parseBudgetShare(const QCommandLineParser& parser, const QCommandLineOption& budget, double* share);

} // namespace callbridge::cli
