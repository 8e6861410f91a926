#include "app/cli/CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace callbridge::cli {

void printLine(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int fail(const QCommandLineParser& parser, int exitCode, const QString& message)
{
    printError(message);
    if (parser.optionNames().contains(QStringLiteral("json"))) {
        printJson(QJsonObject { { QStringLiteral("error"), message }, { QStringLiteral("exitCode"), exitCode } });
    }
    return exitCode;
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        return fail(parser, ExitUsage, parser.errorText()); // with --json, a JSON error document too
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

QString parseBudgetShare(const QCommandLineParser& parser, const QCommandLineOption& budget, double* share)
{
    if (!parser.isSet(budget)) {
        return {};
    }
    bool ok = false;
    const double percent = parser.value(budget).toDouble(&ok);
    if (!ok || !std::isfinite(percent) || percent <= 0 || percent > 100) {
        return tr("--budget: expected a percentage above 0 and up to 100, got \"%1\"").arg(parser.value(budget));
    }
    *share = percent / 100.0;
    return {};
}

QString readCallsOption(
    const QCommandLineParser& parser, const QCommandLineOption& callsFile, CallsReader::Result* calls)
{
    if (!parser.isSet(callsFile)) {
        return tr("--calls FILE is required");
    }
    *calls = CallsReader::readFile(parser.value(callsFile));
    return calls->errors.join(QLatin1Char('\n'));
}

} // namespace callbridge::cli
