#include "CliSession.h"

#include "settings/Preferences.h"

#include "config/ConfigStore.h"
#include "salesforce/SalesforceSession.h"

#include <QCoreApplication>

namespace callbridge::cli {

void CliSession::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("config"),
        QCoreApplication::translate("cli", "The setup file (default: the app's own)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("login-url"),
        QCoreApplication::translate("cli",
            "Log in here with the client credentials flow (secret in "
            "CALLBRIDGE_CLIENT_SECRET)."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("client-id"),
        QCoreApplication::translate("cli", "The connected app's consumer key."), QStringLiteral("ID") });
}

QString CliSession::configure(const QCommandLineParser& parser)
{
    m_configPath = parser.isSet(QStringLiteral("config"))
        ? parser.value(QStringLiteral("config"))
        : Preferences::loadForThisUser().effectiveDataDirectory() + QStringLiteral("/config.json");
    ConfigStore store(m_configPath);
    const ConfigStore::LoadResult loaded = store.load();
    if (loaded.status == ConfigStore::LoadStatus::Invalid) {
        return QCoreApplication::translate("cli",
            "%1 is not a valid setup file; check it with 'callbridge-cli config "
            "validate %1'.")
            .arg(m_configPath);
    }
    m_config = loaded.config;
    m_configured = !m_config.connection.orgId.isEmpty();

    m_headless = parser.isSet(QStringLiteral("login-url")) || parser.isSet(QStringLiteral("client-id"));
    if (!m_headless) {
        return {};
    }
    if (!parser.isSet(QStringLiteral("login-url")) || !parser.isSet(QStringLiteral("client-id"))) {
        return QCoreApplication::translate("cli", "--login-url and --client-id go together.");
    }
    m_secret = qEnvironmentVariable("CALLBRIDGE_CLIENT_SECRET");
    if (m_secret.isEmpty()) {
        return QCoreApplication::translate("cli",
            "Set the consumer secret in the environment variable "
            "CALLBRIDGE_CLIENT_SECRET.");
    }
    m_loginUrl = QUrl(parser.value(QStringLiteral("login-url")));
    if (!m_loginUrl.isValid() || !isAllowedSalesforceUrl(m_loginUrl)) {
        return QCoreApplication::translate(
            "cli", "--login-url: \"%1\" must be an https URL (http only for this computer).")
            .arg(parser.value(QStringLiteral("login-url")));
    }
    m_clientId = parser.value(QStringLiteral("client-id"));
    return {};
}

bool CliSession::connect()
{
    if (!m_headless && !m_configured) {
        return false;
    }
    bool connected = false;
    auto done = [&] {
        connected = m_connection.state() == ConnectionManager::State::Connected
            || m_connection.state() == ConnectionManager::State::SessionOnly;
        QCoreApplication::quit();
    };
    QObject::connect(&m_connection, &ConnectionManager::established, &m_connection, done);
    QObject::connect(&m_connection, &ConnectionManager::failed, &m_connection, done);
    if (m_headless) {
        m_connection.connectWithClientCredentials(m_loginUrl, m_clientId, m_secret);
    } else {
        m_connection.reconnect(m_config.connection);
    }
    QCoreApplication::exec();
    QObject::disconnect(&m_connection, nullptr, &m_connection, nullptr);
    return connected;
}

} // namespace callbridge::cli
