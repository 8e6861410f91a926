#pragma once

#include "salesforce/ConnectionManager.h"
#include "salesforce/TokenStore.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace callbridge::cli {

// The Salesforce connection of a command: the saved one (config + keychain) or, with
// --login-url and --client-id, the client credentials flow with the consumer secret taken
// from CALLBRIDGE_CLIENT_SECRET. One place for every command that talks to Salesforce.
class CliSession
{
public:
    static void addOptions(QCommandLineParser& parser);

    // Checks the options; returns an error message for a usage error, else empty.
    QString configure(const QCommandLineParser& parser);
    // Connects, running the event loop until connected or failed. Returns true when connected.
    bool connect();

    ConnectionManager& connection() { return m_connection; }
    const IntegrationConfig& config() const { return m_config; }
    bool headless() const { return m_headless; }
    bool configured() const { return m_configured; }
    QString configPath() const { return m_configPath; }

private:
    QNetworkAccessManager m_network;
    TokenStore m_tokenStore;
    ConnectionManager m_connection { &m_network, &m_tokenStore };
    IntegrationConfig m_config;
    QString m_configPath;
    QUrl m_loginUrl;
    QString m_clientId;
    QString m_secret;
    bool m_headless = false;
    bool m_configured = false;
};

} // namespace callbridge::cli
