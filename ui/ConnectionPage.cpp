#include "ui/ConnectionPage.h"

#include "ui/SetupStep.h"
#include "ui/StepHeader.h"

#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/SignInRevocation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

ConnectionPage::ConnectionPage(ConfigDocument* document, ConnectionManager* connection, TokenStore* tokenStore,
    QNetworkAccessManager* network, ConnectWizard::DemoOrgProvider demoOrg, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_connection(connection)
    , m_tokenStore(tokenStore)
    , m_network(network)
    , m_demoOrg(std::move(demoOrg))
    , m_state(new QLabel(this))
    , m_details(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect…"), this))
    , m_reconnect(new QPushButton(tr("&Reconnect"), this))
    , m_disconnect(new QPushButton(tr("&Disconnect"), this))
{
    auto* header = new StepHeader(SetupStep::Connection, this);
    m_state->setObjectName(QStringLiteral("connectionPageState"));
    m_state->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("connectionPageDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_disconnect);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(12);
    layout->addWidget(m_state);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_connect, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionPage::reconnect);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionPage::disconnectOrg);
    connect(m_connection, &ConnectionManager::stateChanged, this, &ConnectionPage::refresh);
    connect(m_connection, &ConnectionManager::failed, this, &ConnectionPage::refresh);
    connect(m_document, &ConfigDocument::changed, this, &ConnectionPage::refresh);
    refresh();
}

void ConnectionPage::refresh()
{
    const ConnectionSettings& saved = m_document->config().connection;
    const ConnectionSummary& summary = m_connection->summary();
    const bool hasSaved = !saved.orgId.isEmpty();
    switch (m_connection->state()) {
    case ConnectionManager::State::Connected:
    case ConnectionManager::State::SessionOnly:
        m_state->setText(m_connection->state() == ConnectionManager::State::Connected
                ? tr("Connected.")
                : tr("Connected for this session only. %1").arg(m_connection->lastError()));
        m_details->setText(tr("%1 · %2\nas %3 · %4\nAPI %5")
                               .arg(summary.orgName, summary.organizationType, summary.username,
                                   summary.instanceUrl.toString(), summary.apiVersion));
        break;
    case ConnectionManager::State::Connecting:
        m_state->setText(tr("Connecting…"));
        m_details->clear();
        break;
    case ConnectionManager::State::Disconnected:
        if (hasSaved && saved.environment == Environment::Demo) {
            m_state->setText(tr("Not connected. The demo org starts fresh each time Callbridge starts, so the "
                                "connection to the previous one ended when Callbridge quit. Your setup is kept: "
                                "Reconnect logs in to the new demo org in the browser."));
        } else {
            m_state->setText(hasSaved ? tr("Not connected. %1").arg(m_connection->lastError())
                                      : tr("Not connected. Connect to your Salesforce org to begin."));
        }
        m_details->setText(
            hasSaved ? tr("Saved connection: %1 · %2").arg(saved.username, saved.instanceUrl.toString()) : QString());
        break;
    }
    const bool connected = m_connection->isConnected();
    m_connect->setEnabled(m_connection->state() != ConnectionManager::State::Connecting);
    m_reconnect->setVisible(!connected && hasSaved);
    m_reconnect->setEnabled(m_connection->state() != ConnectionManager::State::Connecting);
    m_disconnect->setEnabled(connected || hasSaved);
}

void ConnectionPage::restoreSavedConnection()
{
    const ConnectionSettings& saved = m_document->config().connection;
    if (!saved.orgId.isEmpty() && saved.environment != Environment::Demo) {
        m_connection->reconnect(saved);
    }
    refresh(); // a saved demo connection: why it is gone
}

void ConnectionPage::reconnect()
{
    const ConnectionSettings& saved = m_document->config().connection;
    if (saved.environment != Environment::Demo) {
        m_connection->reconnect(saved);
        return;
    }
    // The demo org holds no sign-in from before: log in to it again, starting at the login step.
    auto* wizard = new ConnectWizard(m_network, m_connection, saved, m_demoOrg, this);
    wizard->startAtLogin();
    showWizard(wizard);
}

void ConnectionPage::openWizard(std::optional<Environment> environment)
{
    ConnectionSettings start = m_document->config().connection;
    if (environment) {
        start.environment = *environment;
    }
    showWizard(new ConnectWizard(m_network, m_connection, start, m_demoOrg, this));
}

void ConnectionPage::showWizard(ConnectWizard* wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const ConnectionSettings previous = wizard->previous();
        if (wizard->replacesAnotherOrg()) {
            // Revoke the old org's sign-in at Salesforce and drop it from the keychain.
            (new SignInRevocation(m_network, m_tokenStore, previous, {}, this))->start();
        }
        saveConnection(wizard->result());
    });
    Q_EMIT wizardOpened(wizard);
    wizard->open();
}

void ConnectionPage::disconnectOrg()
{
    const auto answer = QMessageBox::question(this, tr("Disconnect from Salesforce?"),
        tr("Callbridge revokes its access at Salesforce and deletes the sign-in from the keychain. Your setup (fields, "
           "filter, users) is kept."));
    if (answer != QMessageBox::Yes) {
        return;
    }
    const ConnectionSettings saved = m_document->config().connection;
    m_connection->disconnectFrom(saved);
    ConnectionSettings cleared = saved;
    cleared.orgId.clear();
    cleared.userId.clear();
    cleared.username.clear();
    cleared.instanceUrl.clear();
    saveConnection(cleared);
}

void ConnectionPage::saveConnection(const ConnectionSettings& settings)
{
    IntegrationConfig config = m_document->config();
    config.connection = settings;
    m_document->setConfig(config);
    const Status saved = m_document->save();
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Could not save the connection"), saved.errorMessage());
    }
    refresh();
}

} // namespace callbridge::ui
