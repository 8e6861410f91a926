#include "ui/ConfigErrorsDialog.h"
#include "ui/Console.h"

#include "core/config/ConfigDocument.h"
#include "core/i18n/Translations.h"
#include "core/logging/LogCategories.h"
#include "core/logging/LogHandler.h"
#include "core/logging/RotatingLogFile.h"
#include "core/settings/Preferences.h"

#include <callbridge/Version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

using namespace callbridge;

namespace {

// --help and --version print and quit: they need no display, so they are answered before the
// QApplication (which needs one) exists.
bool onlyPrintsText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-?" || argument == "-v"
            || argument == "--version") {
            return true;
        }
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("callbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLBRIDGE_VERSION));
}

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        QCoreApplication::translate(
            "main", "Keep the setup, cache and logs in <dir> instead of the user's data folder."),
        QStringLiteral("dir") };
    QCommandLineOption demo { QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the built-in demo org (a local Salesforce org with sample data).") };

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Callbridge: set up, check and preview the Salesforce integration of your call recorder."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(dataDir);
        parser.addOption(demo);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrintsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Translations::install(&app, Translations::chooseLanguage(Preferences::loadForThisUser().language));
        CommandLine commandLine;
        commandLine.parser.process(app); // prints, and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Callbridge"));
    QApplication::setDesktopFileName(QStringLiteral("app.callbridge.Callbridge"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/callbridge.svg")));
    const Preferences preferences = Preferences::loadForThisUser();
    Translations::install(&app, Translations::chooseLanguage(preferences.language));
    preferences.applyLogLevel();

    CommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& dataDirOption = commandLine.dataDir;
    const QCommandLineOption& demoOption = commandLine.demo;
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption) ? QDir(parser.value(dataDirOption)).absolutePath()
                                                        : preferences.effectiveDataDirectory();
    RotatingLogFile logFile(dataDir + QStringLiteral("/logs/callbridge.log"));
    LogHandler::install(&logFile);
    qCInfo(lcApp) << "Callbridge" << CALLBRIDGE_VERSION << "starting; data in" << dataDir;

    ConfigDocument document(dataDir + QStringLiteral("/config.json"));
    ConfigStore::LoadResult loaded = document.load();
    if (loaded.status == ConfigStore::LoadStatus::Invalid) {
        ui::ConfigErrorsDialog dialog(document.store().path(), loaded.errors, ui::ConfigErrorsDialog::Purpose::Startup);
        if (dialog.exec() != QDialog::Accepted) {
            return 1;
        }
        if (document.store().setAsideInvalidFile().isEmpty()) {
            qCCritical(lcApp) << "could not rename the invalid config" << document.store().path();
            return 1;
        }
        document.load();
    }

    preferences.applyProxy();
    ui::Console::Options options;
    options.dataDirectory = dataDir;
    options.demo = parser.isSet(demoOption);
    ui::Console console(&document, options);
    console.start();
    const int exitCode = QApplication::exec();
    LogHandler::uninstall();
    return exitCode;
}
