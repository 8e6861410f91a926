#include "ui/Console.h"

#include "ui/ConnectionPage.h"
#include "ui/ExportFilterPage.h"
#include "ui/ExportRunDialog.h"
#include "ui/FieldsPage.h"
#include "ui/MainWindow.h"
#include "ui/PermissionsPage.h"
#include "ui/PreviewPage.h"
#include "ui/UsersPage.h"

#include "core/cache/CacheStore.h"
#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/logging/LogCategories.h"
#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimHost.h"
#include "core/orgsim/OrgSimServer.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/TokenStore.h"

#include <QApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace callbridge::ui {

Console::Console(ConfigDocument* document, Options options, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_tokenStore(m_options.keychainService.isEmpty() ? std::make_unique<TokenStore>()
                                                       : std::make_unique<TokenStore>(m_options.keychainService))
    , m_connection(std::make_unique<ConnectionManager>(m_network.get(), m_tokenStore.get()))
    , m_exportWorkspace(std::make_unique<ExportWorkspace>())
    , m_window(std::make_unique<MainWindow>(document))
{
    ConnectionManager* connection = m_connection.get();
    ExportWorkspace* exportWorkspace = m_exportWorkspace.get();
    MainWindow* window = m_window.get();

    m_connectionPage =
        new ConnectionPage(document, connection, m_tokenStore.get(), m_network.get(), [this] { return demoOrg(); });
    window->setStepPage(SetupStep::Connection, m_connectionPage);
    window->setStepPage(SetupStep::Permissions, new PermissionsPage(document, connection));
    window->setStepPage(SetupStep::Fields, new FieldsPage(document, connection));
    window->setStepPage(SetupStep::Users, new UsersPage(document, connection));
    window->setStepPage(SetupStep::ExportFilter, new ExportFilterPage(document, exportWorkspace));
    m_previewPage = new PreviewPage(document, exportWorkspace, connection);
    window->setStepPage(SetupStep::Preview, m_previewPage);
    window->setOpenCallsHandler([this] { m_previewPage->openCallsDialog(); });
    window->setExportRunHandler([this] {
        if (!m_exportRun) {
            m_exportRun = new ExportRunDialog(m_connection.get(), m_document, m_exportWorkspace.get(), m_window.get());
        }
        m_exportRun->show();
        m_exportRun->raise();
        m_exportRun->refresh();
    });
    window->setDataDirectory(m_options.dataDirectory);
    window->setClearCacheHandler([this] {
        qint64 removed = 0;
        const Status cleared = CacheStore::clearImportedData(m_options.dataDirectory, &removed);
        return cleared.ok() ? QApplication::translate("main", "Removed %L1 cached records.").arg(removed)
                            : cleared.errorMessage();
    });
    // Matching reads the connected org's cache, and before connecting the saved connection's org's
    // (the preview sends nothing: after a restart it works, and the saved filter's account and
    // opportunity fields are known, before the admin reconnects). An import refreshes it.
    auto openOrgCache = [this] {
        const QString orgId =
            m_connection->isConnected() ? m_connection->summary().orgId : m_document->config().connection.orgId;
        if (orgId != m_exportWorkspace->orgId()) {
            const Status opened = m_exportWorkspace->openOrg(m_document->store().directory(), orgId);
            if (!opened.ok()) {
                qCWarning(lcExport) << opened.errorMessage();
            }
        }
    };
    connect(connection, &ConnectionManager::stateChanged, exportWorkspace, openOrgCache);
    connect(document, &ConfigDocument::changed, exportWorkspace, openOrgCache); // a setup opened or reset
    openOrgCache();
    connect(window, &MainWindow::importFinished, exportWorkspace, &ExportWorkspace::reloadCache);
    connect(window, &MainWindow::cachedDataCleared, exportWorkspace, &ExportWorkspace::reloadCache);
    window->attachConnection(connection);
}

Console::~Console() = default;

orgsim::OrgSimHost* Console::demoOrg()
{
    if (m_options.demoOrg) {
        return m_options.demoOrg();
    }
    // The demo org runs on its own thread and port, on this computer only.
    if (!m_ownDemoOrg) {
        m_ownDemoOrg = std::make_unique<orgsim::OrgSimHost>(orgsim::OrgSimOptions::packagedApp());
        m_ownDemoOrg->start();
    }
    return m_ownDemoOrg.get();
}

void Console::start()
{
    m_window->restoreLayout(); // the size and place it had when last closed
    m_window->show();
    qCInfo(lcApp) << "main window shown";

    if (m_options.demo) {
        orgsim::OrgSimHost* host = demoOrg();
        connect(host, &orgsim::OrgSimHost::failed, m_window.get(), [this](const QString& error) {
            m_window->setConnectionState(
                QApplication::translate("main", "The demo org could not start: %1").arg(error));
        });
        // The platform's side of the demo: calls whose participants are the demo org's people.
        auto loadDemoCalls = [this, host] {
            if (m_exportWorkspace->calls().isEmpty()) {
                QByteArray json;
                host->run([&json](orgsim::OrgSimServer& server) {
                    json = QJsonDocument(orgsim::generateDemoCalls(server.org(), 600)).toJson(QJsonDocument::Compact);
                });
                m_exportWorkspace->loadCalls(json, QApplication::translate("main", "the demo org"));
            }
        };
        // First run: the wizard opens on the demo org. A saved demo connection ended with the
        // previous demo org: the Connection step says so and reconnects in one click.
        const bool openWizard = m_document->config().connection.orgId.isEmpty();
        auto whenReady = [this, loadDemoCalls, openWizard] {
            loadDemoCalls();
            if (openWizard) {
                m_connectionPage->openWizard(Environment::Demo);
            }
        };
        if (host->baseUrl().isEmpty()) {
            connect(host, &orgsim::OrgSimHost::ready, m_previewPage, whenReady, Qt::SingleShotConnection);
        } else {
            whenReady(); // a demo org that already runs (the tests')
        }
    }
    m_connectionPage->restoreSavedConnection();
}

} // namespace callbridge::ui
