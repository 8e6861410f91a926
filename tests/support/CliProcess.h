#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace callbridge::test {

// callbridge-cli run as a script runs it: its exit code, its output, and its output read as JSON.
struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

// Runs the callbridge-cli at cliPath (a test target defines CALLBRIDGE_CLI_PATH) with the consumer
// secret, if any, in CALLBRIDGE_CLIENT_SECRET, as the CLI reads it (never on the command line).
inline CliRun runCli(const QString& cliPath, const QStringList& arguments, const QString& secret = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CALLBRIDGE_CLIENT_SECRET"));
    if (!secret.isEmpty()) {
        environment.insert(QStringLiteral("CALLBRIDGE_CLIENT_SECRET"), secret);
    }
    process.setProcessEnvironment(environment);
    process.start(cliPath, arguments);
    process.waitForFinished(60000);
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out).object();
    return run;
}

} // namespace callbridge::test
