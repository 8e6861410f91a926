#pragma once

#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/TokenStore.h"
#include "core/util/Status.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <functional>

namespace callbridge::cli {

// The Salesforce connection of a command: the saved one (config + keychain) or, with
// --login-url and --client-id, the client credentials flow with the consumer secret taken
// from CALLBRIDGE_CLIENT_SECRET. One place for every command that talks to Salesforce.
class CliSession
{
public:
    CliSession() = default;
    // Waits (at most 10 s) for a rotated refresh token to reach the keychain: a command that ends
    // right after a renewal must not leave the spent token there.
    ~CliSession();
    CliSession(const CliSession&) = delete;
    CliSession& operator=(const CliSession&) = delete;

    static void addOptions(QCommandLineParser& parser);

    // Checks the options and reads the setup; fails with the usage error.
    Status configure(const QCommandLineParser& parser);
    // Connects, running the event loop until connected or failed. Returns true when connected.
    bool connect();

    // The skeleton of every command that talks to Salesforce (KeePassXC's executeWithDatabase):
    // checks the options (a usage error from configure() or the command's own `usageError` is
    // exit code 2), connects with the saved sign-in or the client credentials options (exit 1
    // when that fails), then runs `withConnection` and returns its exit code.
    // With ConnectWhen::LoginUrlGiven a command that can work from the saved setup alone (the
    // preview reads the local cache) connects only for --login-url, to learn which org it is.
    enum class ConnectWhen { Always, LoginUrlGiven };
    int execute(const QCommandLineParser& parser, const QString& usageError,
        const std::function<int(CliSession&)>& withConnection, ConnectWhen when = ConnectWhen::Always);
    // The org the command works on: the connected one, else the saved setup's.
    QString orgId() const;

    ConnectionManager& connection() { return m_connection; }
    const IntegrationConfig& config() const { return m_config; }
    bool headless() const { return m_headless; }
    bool configured() const { return m_configured; }
    QString configPath() const { return m_configPath; }
    // Where the setup lives, and beside it the org caches and describes.
    QString dataDirectory() const;

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

// Starts an asynchronous job of core (one finished(), exactly once) and runs the event loop until
// it has finished.
template<typename Job> void runUntilFinished(Job& job)
{
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished) {
        loop.exec();
    }
}

} // namespace callbridge::cli
