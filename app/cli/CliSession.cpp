#include "app/cli/CliSession.h"

#include "app/cli/CliOutput.h"

#include "core/settings/Preferences.h"

#include "core/config/ConfigStore.h"
#include "core/salesforce/OAuthProblems.h"
#include "core/salesforce/SalesforceSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

namespace callbridge::cli {

CliSession::~CliSession()
{
    KeychainJob* write = m_connection.pendingKeychainWrite();
    if (!write) {
        return;
    }
    QEventLoop loop;
    QObject::connect(write, &KeychainJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
}

void CliSession::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        { QStringLiteral("config"), tr("The setup file (default: the app's own)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("login-url"),
        tr("Log in here with the client credentials flow (secret in CALLBRIDGE_CLIENT_SECRET): the org's My Domain "
           "URL, never login.salesforce.com or test.salesforce.com."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("client-id"), tr("The consumer key of the app Callbridge signs in through."),
        QStringLiteral("ID") });
}

Status CliSession::configure(const QCommandLineParser& parser)
{
    m_configPath = parser.isSet(QStringLiteral("config"))
        ? parser.value(QStringLiteral("config"))
        : Preferences::loadForThisUser().effectiveDataDirectory() + QStringLiteral("/config.json");
    ConfigStore store(m_configPath);
    const ConfigStore::LoadResult loaded = store.load();
    if (loaded.status == ConfigStore::LoadStatus::Invalid) {
        return Status::failure(tr("%1 is not a valid setup file; check it with 'callbridge-cli config "
                                  "validate %1'.")
                                   .arg(m_configPath));
    }
    m_config = loaded.config;
    m_configured = !m_config.connection.orgId.isEmpty();

    m_headless = parser.isSet(QStringLiteral("login-url")) || parser.isSet(QStringLiteral("client-id"));
    if (!m_headless) {
        return Status::success();
    }
    if (!parser.isSet(QStringLiteral("login-url")) || !parser.isSet(QStringLiteral("client-id"))) {
        return Status::failure(tr("--login-url and --client-id go together."));
    }
    m_secret = qEnvironmentVariable("CALLBRIDGE_CLIENT_SECRET");
    if (m_secret.isEmpty()) {
        return Status::failure(tr("Set the consumer secret in the environment variable "
                                  "CALLBRIDGE_CLIENT_SECRET."));
    }
    m_loginUrl = QUrl(parser.value(QStringLiteral("login-url")));
    if (!m_loginUrl.isValid() || !isAllowedSalesforceUrl(m_loginUrl)) {
        return Status::failure(tr("--login-url: \"%1\" must be an https URL (http only for this computer).")
                                   .arg(parser.value(QStringLiteral("login-url"))));
    }
    if (const QString problem = OAuthProblems::clientCredentialsHostProblem(m_loginUrl); !problem.isEmpty()) {
        return Status::failure(tr("--login-url: %1").arg(problem));
    }
    m_clientId = parser.value(QStringLiteral("client-id"));
    return Status::success();
}

QString CliSession::dataDirectory() const
{
    return QFileInfo(m_configPath).absolutePath();
}

bool CliSession::connect()
{
    if (!m_headless && !m_configured) {
        return false;
    }
    QEventLoop loop;
    QObject::connect(&m_connection, &ConnectionManager::established, &loop, &QEventLoop::quit);
    QObject::connect(&m_connection, &ConnectionManager::failed, &loop, &QEventLoop::quit);
    if (m_headless) {
        m_connection.connectWithClientCredentials(m_loginUrl, m_clientId, m_secret);
    } else {
        m_connection.reconnect(m_config.connection);
    }
    if (m_connection.state() == ConnectionManager::State::Connecting) {
        loop.exec();
    }
    return m_connection.isConnected();
}

QString CliSession::orgId() const
{
    return m_connection.isConnected() ? m_connection.summary().orgId : m_config.connection.orgId;
}

int CliSession::execute(const QCommandLineParser& parser, const QString& usageError,
    const std::function<int(CliSession&)>& withConnection, ConnectWhen when)
{
    const Status configured = configure(parser);
    const QString usage = configured.ok() ? usageError : configured.errorMessage();
    if (!usage.isEmpty()) {
        return fail(parser, ExitUsage, usage);
    }
    if (when == ConnectWhen::LoginUrlGiven && !m_headless) {
        return withConnection(*this);
    }
    if (!m_headless && !m_configured) {
        return fail(
            parser, ExitFindings, tr("Not connected: connect in the app first, or use --login-url and --client-id."));
    }
    if (!connect()) {
        return fail(parser, ExitFindings, tr("Could not connect: %1").arg(m_connection.lastError()));
    }
    return withConnection(*this);
}

} // namespace callbridge::cli
