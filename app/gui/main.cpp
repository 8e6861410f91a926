#include "ui/ConfigErrorsDialog.h"
#include "ui/ConnectionPage.h"
#include "ui/ExportFilterPage.h"
#include "ui/ExportRunDialog.h"
#include "ui/FieldsPage.h"
#include "ui/MainWindow.h"
#include "ui/PermissionsPage.h"
#include "ui/PreviewPage.h"
#include "ui/UsersPage.h"
#include "ui/import/ImportDialog.h"

#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimServer.h"

#include "core/cache/CacheStore.h"
#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/i18n/Translations.h"
#include "core/logging/LogCategories.h"
#include "core/logging/LogHandler.h"
#include "core/logging/RotatingLogFile.h"
#include "core/orgsim/OrgSimHost.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/TokenStore.h"
#include "core/settings/Preferences.h"

#include <callbridge/Version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

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
    QNetworkAccessManager network;
    TokenStore tokenStore;
    ConnectionManager connection(&network, &tokenStore);

    // The demo org runs on its own thread and port, on this computer only: started with --demo,
    // or when the admin picks it in the connect wizard.
    std::unique_ptr<orgsim::OrgSimHost> demoOrg;
    auto demoOrgProvider = [&demoOrg]() {
        if (!demoOrg) {
            demoOrg = std::make_unique<orgsim::OrgSimHost>(orgsim::OrgSimOptions::packagedApp());
            demoOrg->start();
        }
        return demoOrg.get();
    };

    ui::MainWindow window(&document);
    auto* connectionPage = new ui::ConnectionPage(&document, &connection, &tokenStore, &network, demoOrgProvider);
    window.setStepPage(ui::SetupStep::Connection, connectionPage);
    window.setStepPage(ui::SetupStep::Permissions, new ui::PermissionsPage(&document, &connection));
    window.setStepPage(ui::SetupStep::Fields, new ui::FieldsPage(&document, &connection));
    window.setStepPage(ui::SetupStep::Users, new ui::UsersPage(&document, &connection));
    ExportWorkspace exportWorkspace;
    window.setStepPage(ui::SetupStep::ExportFilter, new ui::ExportFilterPage(&document, &exportWorkspace));
    auto* previewPage = new ui::PreviewPage(&document, &exportWorkspace, &connection);
    window.setStepPage(ui::SetupStep::Preview, previewPage);
    window.setOpenCallsHandler([previewPage] { previewPage->openCallsDialog(); });
    QPointer<ui::ExportRunDialog> exportRun;
    window.setExportRunHandler([&exportRun, &connection, &document, &exportWorkspace, &window] {
        if (!exportRun) {
            exportRun = new ui::ExportRunDialog(&connection, &document, &exportWorkspace, &window);
        }
        exportRun->show();
        exportRun->raise();
        exportRun->refresh();
    });
    window.setDataDirectory(dataDir);
    window.setClearCacheHandler([&dataDir] {
        qint64 removed = 0;
        const Status cleared = CacheStore::clearImportedData(dataDir, &removed);
        return cleared.ok() ? QApplication::translate("main", "Removed %L1 cached records.").arg(removed)
                            : cleared.errorMessage();
    });
    // Matching reads the connected org's cache; an import refreshes it.
    QObject::connect(
        &connection, &ConnectionManager::stateChanged, &exportWorkspace, [&exportWorkspace, &connection, &document] {
            const QString orgId = connection.isConnected() ? connection.summary().orgId : QString();
            if (orgId != exportWorkspace.orgId()) {
                const Status opened = exportWorkspace.openOrg(document.store().directory(), orgId);
                if (!opened.ok()) {
                    qCWarning(lcExport) << opened.errorMessage();
                }
            }
        });
    QObject::connect(&window, &ui::MainWindow::importFinished, &exportWorkspace, &ExportWorkspace::reloadCache);
    QObject::connect(&window, &ui::MainWindow::cachedDataCleared, &exportWorkspace, &ExportWorkspace::reloadCache);
    window.attachConnection(&connection);
    window.restoreLayout(); // the size and place it had when last closed
    window.show();
    qCInfo(lcApp) << "main window shown";

    if (parser.isSet(demoOption)) {
        orgsim::OrgSimHost* host = demoOrgProvider();
        QObject::connect(host, &orgsim::OrgSimHost::failed, &window, [&window](const QString& error) {
            window.setConnectionState(QApplication::translate("main", "The demo org could not start: %1").arg(error));
        });
        // The platform's side of the demo: calls whose participants are the demo org's people.
        QObject::connect(host, &orgsim::OrgSimHost::ready, previewPage, [host, previewPage, &exportWorkspace] {
            if (exportWorkspace.calls().isEmpty()) {
                QByteArray json;
                host->run([&json](orgsim::OrgSimServer& server) {
                    json = QJsonDocument(orgsim::generateDemoCalls(server.org(), 600)).toJson(QJsonDocument::Compact);
                });
                exportWorkspace.loadCalls(json, QApplication::translate("main", "the demo org's calls"));
            }
        });
        // First run: the wizard opens on the demo org. A saved demo connection ended with the
        // previous demo org: the Connection step says so and reconnects in one click.
        if (document.config().connection.orgId.isEmpty()) {
            QObject::connect(host, &orgsim::OrgSimHost::ready, connectionPage,
                [connectionPage] { connectionPage->openWizard(Environment::Demo); });
        }
    }
    connectionPage->restoreSavedConnection();
    const int exitCode = QApplication::exec();
    LogHandler::uninstall();
    return exitCode;
}
