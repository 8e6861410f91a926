#pragma once

#include "ui/connect/ConnectWizard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
class TokenStore;
} // namespace callbridge

namespace callbridge::ui {

// The Connection step: the org Callbridge is connected to (or not), with Connect, Reconnect
// and Disconnect. The connection settings it changes are saved right away, because the
// keychain already holds the matching sign-in.
class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionPage(ConfigDocument* document, ConnectionManager* connection, TokenStore* tokenStore,
        QNetworkAccessManager* network, ConnectWizard::DemoOrgProvider demoOrg, QWidget* parent = nullptr);

    // Opens the connect wizard, with an environment preselected when given.
    void openWizard(std::optional<Environment> environment = std::nullopt);
    // At start-up: a saved sign-in comes back from the keychain without a word. A saved demo
    // connection cannot (the demo org starts fresh each run): the page says so, and Reconnect signs
    // in to the new demo org in one click.
    void restoreSavedConnection();

Q_SIGNALS:
    void wizardOpened(callbridge::ui::ConnectWizard* wizard);

private:
    void refresh();
    void reconnect();
    void showWizard(ConnectWizard* wizard);
    void disconnectOrg();
    void saveConnection(const ConnectionSettings& settings);

    ConfigDocument* m_document;
    ConnectionManager* m_connection;
    TokenStore* m_tokenStore;
    QNetworkAccessManager* m_network;
    ConnectWizard::DemoOrgProvider m_demoOrg;
    QLabel* m_state;
    QLabel* m_details;
    QPushButton* m_connect;
    QPushButton* m_reconnect;
    QPushButton* m_disconnect;
};

} // namespace callbridge::ui
