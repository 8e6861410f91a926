#include "app/cli/AuditCommand.h"
#include "app/cli/CliOutput.h"
#include "app/cli/ConfigCommand.h"
#include "app/cli/ConnectCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/FieldsCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/OrgsimCommand.h"
#include "app/cli/PreviewCommand.h"

#include "core/i18n/Translations.h"
#include "core/settings/Preferences.h"

#include <callbridge/Version.h>

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace callbridge::cli;
using callbridge::Preferences;
using callbridge::Translations;

namespace {

QString commandList()
{
    return QCoreApplication::translate("callbridge::cli",
        "Commands:\n"
        "  config validate FILE   Check an integration config document.\n"
        "  audit                  Check the integration user's permissions (exit 1 when a required one is missing).\n"
        "  connect --status       Show (and check) the Salesforce connection.\n"
        "  fields                 Classify the imported objects' fields (--describe FILE, or live).\n"
        "  import                 Bring the local cache up to date (--objects, --full, --recorded-users).\n"
        "  preview --calls FILE   Which calls export, to which records (--filter EXPR, --json).\n"
        "  export --calls FILE    Export new and changed calls to the org (--dry-run, --json).\n"
        "  orgsim [options]       Serve a local Salesforce org for demos and tests.\n"
        "\n"
        "Run 'callbridge-cli COMMAND --help' for a command's options.");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLBRIDGE_VERSION));
    const Preferences preferences = Preferences::loadForThisUser();
    Translations::install(&app, Translations::chooseLanguage(preferences.language));
    preferences.applyLogLevel();
    preferences.applyProxy();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("callbridge::cli",
        "Callbridge command line: headless, scriptable, JSON output with --json.\n"
        "Exit codes: 0 ok, 1 findings or failure, 2 usage error."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("callbridge::cli", "Print results as JSON on stdout."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("callbridge::cli", "The command to run."), QStringLiteral("COMMAND [options]"));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        printLine(QStringLiteral("callbridge-cli ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        const QString help = parser.helpText() + QLatin1Char('\n') + commandList();
        if (positional.isEmpty() && !parser.isSet(helpOption)) {
            printError(help);
            return ExitUsage;
        }
        printLine(help);
        return ExitOk;
    }

    const QString command = positional.first();
    QStringList commandArguments = QStringList { QCoreApplication::arguments().first() } + positional.mid(1);
    if (parser.isSet(jsonOption)) {
        commandArguments.append(QStringLiteral("--json")); // accepted before the command too
    }
    if (command == QLatin1String("config")) {
        return runConfigCommand(commandArguments);
    }
    if (command == QLatin1String("preview")) {
        return runPreviewCommand(commandArguments);
    }
    if (command == QLatin1String("export")) {
        return runExportCommand(commandArguments);
    }
    if (command == QLatin1String("import")) {
        return runImportCommand(commandArguments);
    }
    if (command == QLatin1String("audit")) {
        return runAuditCommand(commandArguments);
    }
    if (command == QLatin1String("connect")) {
        return runConnectCommand(commandArguments);
    }
    if (command == QLatin1String("fields")) {
        return runFieldsCommand(commandArguments);
    }
    if (command == QLatin1String("orgsim")) {
        return runOrgsimCommand(commandArguments);
    }
    printError(
        QCoreApplication::translate("callbridge::cli", "Unknown command \"%1\".\n\n%2").arg(command, commandList()));
    return ExitUsage;
}
