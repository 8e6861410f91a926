#pragma once

#include "core/config/IntegrationConfig.h"
#include "core/salesforce/BrowserSignIn.h"

#include <QWizard>

#include <functional>

class QNetworkAccessManager;

namespace callbridge {
class ConnectionManager;
namespace orgsim {
class OrgSimHost;
}
} // namespace callbridge

namespace callbridge::ui {

// Connects Callbridge to one Salesforce org: environment, connected app, the browser login
// (OAuth with PKCE), and a summary of who and where. The refresh token goes to the keychain
// through the ConnectionManager; the wizard returns the non-secret settings to save.
class ConnectWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { EnvironmentPageId, ConnectedAppPageId, AuthorizePageId, SummaryPageId };
    using DemoOrgProvider = std::function<orgsim::OrgSimHost*()>;

    ConnectWizard(QNetworkAccessManager* network, ConnectionManager* connection, const ConnectionSettings& current,
        DemoOrgProvider demoOrg, QWidget* parent = nullptr);

    // What the admin chose so far; pages fill it in as they are left.
    ConnectionSettings& settings() { return m_settings; }
    const ConnectionSettings& previous() const { return m_previous; }
    // The app's consumer secret, if it has one: memory only (the keychain keeps it once connected).
    QString clientSecret() const { return m_clientSecret; }
    void setClientSecret(const QString& secret) { m_clientSecret = secret; }
    QNetworkAccessManager* network() const { return m_network; }
    ConnectionManager* connection() const { return m_connection; }
    orgsim::OrgSimHost* demoOrg() const { return m_demoOrg ? m_demoOrg() : nullptr; }
    // How long the login waits for the browser's answer before it says what to do (tests shorten it).
    int noAnswerMs() const { return m_noAnswerMs; }
    void setNoAnswerMs(int ms) { m_noAnswerMs = ms; }

    // Signing in again to the saved connection's org (the demo org after a restart): the wizard
    // starts at the login step and finishes by itself when the same org and user come back.
    void startAtLogin();
    bool signsInAgain() const { return m_signsInAgain; }
    // Connected to the org and user the wizard started with.
    bool reconnectedAsBefore() const;

    // The settings to save once the wizard was accepted.
    ConnectionSettings result() const;
    // Another org than before: the old connection must be revoked.
    bool replacesAnotherOrg() const;

    void done(int result) override;

private:
    QNetworkAccessManager* m_network;
    ConnectionManager* m_connection;
    ConnectionSettings m_settings;
    ConnectionSettings m_previous;
    QString m_clientSecret;
    DemoOrgProvider m_demoOrg;
    int m_noAnswerMs = BrowserSignIn::defaultNoAnswerMs;
    bool m_signsInAgain = false;
};

QString callbackUrlFor(quint16 port);

} // namespace callbridge::ui
