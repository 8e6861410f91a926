#include "ConnectCommand.h"

#include "CliOutput.h"

#include "config/ConfigStore.h"
#include "salesforce/ConnectionManager.h"
#include "salesforce/SalesforceSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

namespace callbridge::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString stateName(ConnectionManager::State state)
{
    switch (state) {
    case ConnectionManager::State::Connected:
        return QStringLiteral("connected");
    case ConnectionManager::State::SessionOnly:
        return QStringLiteral("connected-session-only");
    case ConnectionManager::State::Connecting:
        return QStringLiteral("connecting");
    case ConnectionManager::State::Disconnected:
        break;
    }
    return QStringLiteral("disconnected");
}

void print(const QJsonObject& status, bool json)
{
    if (json) {
        printJson(status);
        return;
    }
    printLine(tr("State: %1").arg(status.value(QStringLiteral("state")).toString()));
    for (const char* key : { "orgName", "orgId", "username", "userLicense", "instanceUrl", "apiVersion", "error" }) {
        const QString value = status.value(QString::fromLatin1(key)).toVariant().toString();
        if (!value.isEmpty()) {
            printLine(QStringLiteral("%1: %2").arg(QString::fromLatin1(key), value));
        }
    }
}

} // namespace

int runConnectCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the Salesforce connection. Uses the saved connection (its sign-in is in the keychain), or the client "
           "credentials flow with --login-url and --client-id and the consumer secret in the environment variable "
           "CALLBRIDGE_CLIENT_SECRET (never on the command line)."));
    parser.addHelpOption();
    const QCommandLineOption status(QStringLiteral("status"), tr("Check and print the connection state."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption config(
        QStringLiteral("config"), tr("The setup file (default: the app's own)."), QStringLiteral("FILE"));
    const QCommandLineOption loginUrl(
        QStringLiteral("login-url"), tr("Log in here with the client credentials flow."), QStringLiteral("URL"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"), tr("The connected app's consumer key."), QStringLiteral("ID"));
    parser.addOptions({ status, json, config, loginUrl, clientId });
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(status)) {
        printError(
            tr("usage: callbridge-cli connect --status [--json] [--config FILE] [--login-url URL --client-id ID]"));
        return ExitUsage;
    }
    const bool headless = parser.isSet(loginUrl) || parser.isSet(clientId);
    const QString secret = qEnvironmentVariable("CALLBRIDGE_CLIENT_SECRET");
    if (headless && (!parser.isSet(loginUrl) || !parser.isSet(clientId))) {
        printError(tr("--login-url and --client-id go together."));
        return ExitUsage;
    }
    if (headless && secret.isEmpty()) {
        printError(tr("Set the consumer secret in the environment variable CALLBRIDGE_CLIENT_SECRET."));
        return ExitUsage;
    }
    const QUrl login(parser.value(loginUrl));
    if (headless && (!login.isValid() || !isAllowedSalesforceUrl(login))) {
        printError(
            tr("--login-url: \"%1\" must be an https URL (http only for this computer).").arg(parser.value(loginUrl)));
        return ExitUsage;
    }

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    TokenStore tokenStore;
    ConnectionManager connection(&network, &tokenStore);
    QJsonObject result;
    int exitCode = ExitFindings;
    auto report = [&] {
        const ConnectionSummary& summary = connection.summary();
        result.insert(QStringLiteral("state"), stateName(connection.state()));
        if (connection.state() == ConnectionManager::State::Connected
            || connection.state() == ConnectionManager::State::SessionOnly) {
            result.insert(QStringLiteral("orgId"), summary.orgId);
            result.insert(QStringLiteral("orgName"), summary.orgName);
            result.insert(QStringLiteral("organizationType"), summary.organizationType);
            result.insert(QStringLiteral("isSandbox"), summary.isSandbox);
            result.insert(QStringLiteral("userId"), summary.userId);
            result.insert(QStringLiteral("username"), summary.username);
            result.insert(QStringLiteral("userLicense"), summary.userLicense);
            result.insert(QStringLiteral("instanceUrl"), summary.instanceUrl.toString());
            result.insert(QStringLiteral("apiVersion"), summary.apiVersion);
            exitCode = ExitOk;
        } else {
            result.insert(QStringLiteral("error"), connection.lastError());
        }
        QCoreApplication::quit();
    };
    QObject::connect(&connection, &ConnectionManager::established, &connection, report);
    QObject::connect(&connection, &ConnectionManager::failed, &connection, report);

    if (headless) {
        result.insert(QStringLiteral("flow"), QStringLiteral("client_credentials"));
        connection.connectWithClientCredentials(login, parser.value(clientId), secret);
    } else {
        const QString path = parser.isSet(config)
            ? parser.value(config)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/config.json");
        ConfigStore store(path);
        const ConfigStore::LoadResult loaded = store.load();
        if (loaded.status != ConfigStore::LoadStatus::Loaded || loaded.config.connection.orgId.isEmpty()) {
            result.insert(QStringLiteral("state"), QStringLiteral("not-configured"));
            result.insert(QStringLiteral("error"),
                loaded.status == ConfigStore::LoadStatus::Invalid ? tr("%1 is not a valid setup file").arg(path)
                                                                  : tr("no saved connection in %1").arg(path));
            print(result, parser.isSet(json));
            return ExitFindings;
        }
        result.insert(QStringLiteral("environment"), environmentKey(loaded.config.connection.environment));
        connection.reconnect(loaded.config.connection);
    }
    QCoreApplication::exec();
    print(result, parser.isSet(json));
    return exitCode;
}

} // namespace callbridge::cli
