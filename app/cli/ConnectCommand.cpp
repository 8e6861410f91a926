#include "app/cli/ConnectCommand.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace callbridge::cli {

namespace {

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
    parser.addOptions({ status, json });
    CliSession::addOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }
    if (!parser.isSet(status)) {
        return fail(parser, ExitUsage,
            tr("usage: callbridge-cli connect --status [--json] [--config FILE] [--login-url URL --client-id ID]"));
    }
    CliSession session;
    const Status configured = session.configure(parser);
    if (!configured.ok()) {
        return fail(parser, ExitUsage, configured.errorMessage()); // a JSON error document with --json
    }
    QJsonObject result;
    if (!session.headless() && !session.configured()) {
        result.insert(QStringLiteral("state"), QStringLiteral("not-configured"));
        result.insert(QStringLiteral("error"), tr("no saved connection in %1").arg(session.configPath()));
        result.insert(QStringLiteral("exitCode"), int(ExitFindings));
        print(result, parser.isSet(json));
        return ExitFindings;
    }
    if (session.headless()) {
        result.insert(QStringLiteral("flow"), QStringLiteral("client_credentials"));
    } else {
        result.insert(QStringLiteral("environment"), environmentKey(session.config().connection.environment));
    }
    const bool connected = session.connect();
    ConnectionManager& connection = session.connection();
    const ConnectionSummary& summary = connection.summary();
    if (connected) {
        result.insert(QStringLiteral("state"),
            connection.state() == ConnectionManager::State::Connected ? QStringLiteral("connected")
                                                                      : QStringLiteral("connected-session-only"));
        result.insert(QStringLiteral("orgId"), summary.orgId);
        result.insert(QStringLiteral("orgName"), summary.orgName);
        result.insert(QStringLiteral("organizationType"), summary.organizationType);
        result.insert(QStringLiteral("isSandbox"), summary.isSandbox);
        result.insert(QStringLiteral("userId"), summary.userId);
        result.insert(QStringLiteral("username"), summary.username);
        result.insert(QStringLiteral("userLicense"), summary.userLicense);
        result.insert(QStringLiteral("instanceUrl"), summary.instanceUrl.toString());
        result.insert(QStringLiteral("apiVersion"), summary.apiVersion);
    } else {
        result.insert(QStringLiteral("state"), QStringLiteral("disconnected"));
        result.insert(QStringLiteral("error"), connection.lastError());
        result.insert(QStringLiteral("exitCode"), int(ExitFindings));
    }
    print(result, parser.isSet(json));
    return connected ? ExitOk : ExitFindings;
}

} // namespace callbridge::cli
