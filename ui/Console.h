#pragma once

#include "ui/connect/ConnectWizard.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
class ExportWorkspace;
class TokenStore;
} // namespace callbridge

namespace callbridge::ui {

class ConnectionPage;
class ExportRunDialog;
class MainWindow;
class PreviewPage;

// Callbridge as main() starts it: the main window with every step's page, and what runs behind
// them: the network, the keychain, the connection to Salesforce, the export workspace and, when it
// is used, the demo org. The GUI tests start the same, with their own keychain and demo org.
class Console : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDirectory;
        // --demo: the demo org starts with the window, and its wizard opens unless another org is saved.
        bool demo = false;
        // The demo org to use; empty: the console starts its own the first time one is needed.
        ConnectWizard::DemoOrgProvider demoOrg;
        // The keychain service the sign-in is kept under; empty: Callbridge's own.
        QString keychainService;
    };

    Console(ConfigDocument* document, Options options, QObject* parent = nullptr);
    ~Console() override;

    MainWindow* window() const { return m_window.get(); }
    ConnectionManager* connection() const { return m_connection.get(); }
    ExportWorkspace* exportWorkspace() const { return m_exportWorkspace.get(); }

    // Shows the window, then connects: to the saved org with the sign-in from the keychain, or to
    // the demo org with --demo.
    void start();

private:
    orgsim::OrgSimHost* demoOrg();

    ConfigDocument* m_document;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenStore> m_tokenStore;
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<orgsim::OrgSimHost> m_ownDemoOrg;
    std::unique_ptr<ExportWorkspace> m_exportWorkspace;
    std::unique_ptr<MainWindow> m_window;
    ConnectionPage* m_connectionPage = nullptr;
    PreviewPage* m_previewPage = nullptr;
    QPointer<ExportRunDialog> m_exportRun;
};

} // namespace callbridge::ui
