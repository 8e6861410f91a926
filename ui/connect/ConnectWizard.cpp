#include "ui/connect/ConnectWizard.h"

#include "ui/connect/AuthorizePage.h"
#include "ui/connect/ConnectedAppPage.h"
#include "ui/connect/EnvironmentPage.h"
#include "ui/connect/SummaryPage.h"

#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/LoopbackRedirectListener.h"

namespace callbridge::ui {

QString callbackUrlFor(quint16 port)
{
    return QStringLiteral("http://localhost:%1%2").arg(port).arg(LoopbackRedirectListener::callbackPath());
}

ConnectWizard::ConnectWizard(QNetworkAccessManager* network, ConnectionManager* connection,
    const ConnectionSettings& current, DemoOrgProvider demoOrg, QWidget* parent)
    : QWizard(parent)
    , m_network(network)
    , m_connection(connection)
    , m_settings(current)
    , m_previous(current)
    , m_demoOrg(std::move(demoOrg))
{
    setWindowTitle(tr("Connect to Salesforce"));
    setObjectName(QStringLiteral("connectWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(EnvironmentPageId, new EnvironmentPage(this));
    setPage(ConnectedAppPageId, new ConnectedAppPage(this));
    setPage(AuthorizePageId, new AuthorizePage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(EnvironmentPageId);
    resize(720, 560);
}

void ConnectWizard::startAtLogin()
{
    m_signsInAgain = true;
    setStartId(AuthorizePageId);
}

bool ConnectWizard::reconnectedAsBefore() const
{
    const ConnectionSummary& summary = m_connection->summary();
    return m_connection->isConnected() && !m_previous.orgId.isEmpty() && summary.orgId == m_previous.orgId
        && summary.userId == m_previous.userId;
}

ConnectionSettings ConnectWizard::result() const
{
    return m_connection->settingsFor(m_settings);
}

bool ConnectWizard::replacesAnotherOrg() const
{
    return !m_previous.orgId.isEmpty() && m_previous.orgId != m_connection->summary().orgId;
}

void ConnectWizard::done(int result)
{
    if (result != QDialog::Accepted) {
        // Cancelled: stop a running login, and do not keep a connection the admin did not confirm.
        static_cast<AuthorizePage*>(page(AuthorizePageId))->stop();
        if (m_connection->isConnected()) {
            if (m_connection->summary().orgId != m_previous.orgId) {
                m_connection->disconnectFrom(m_connection->settingsFor(m_settings));
            }
        }
    }
    QWizard::done(result);
}

} // namespace callbridge::ui
