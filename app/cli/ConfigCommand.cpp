#include "app/cli/ConfigCommand.h"

#include "app/cli/CliOutput.h"

#include "core/config/ConfigReader.h"
#include "core/util/InputFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace callbridge::cli {

namespace {

int validate(const QString& path, bool json)
{
    const InputFile file = readUserFile(path, ConfigReader::maxFileBytes);
    ConfigErrors errors;
    if (!file.ok()) {
        errors.append({ QStringLiteral("$"), tr("the file cannot be read (%1)").arg(file.status.errorMessage()), {} });
    } else {
        errors = ConfigReader::read(file.data).errors;
    }

    if (json) {
        QJsonArray list;
        for (const ConfigError& error : errors) {
            list.append(
                QJsonObject { { QStringLiteral("path"), error.path }, { QStringLiteral("problem"), error.problem },
                    { QStringLiteral("expected"), error.expected }, { QStringLiteral("message"), error.toString() } });
        }
        printJson(QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("valid"), errors.isEmpty() },
            { QStringLiteral("errors"), list } });
    } else if (errors.isEmpty()) {
        printLine(tr("valid"));
    } else {
        for (const ConfigError& error : errors) {
            printLine(error.toString());
        }
    }
    return errors.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace

int runConfigCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Work with an integration config document."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(
        QStringLiteral("validate"), tr("Check a config file and list its errors."), QStringLiteral("validate FILE"));
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("validate")) {
        return fail(parser, ExitUsage, tr("usage: callbridge-cli config validate FILE [--json]"));
    }
    return validate(positional.at(1), parser.isSet(jsonOption));
}

} // namespace callbridge::cli
