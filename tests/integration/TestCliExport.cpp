#include "tests/support/CliProcess.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/TestData.h"

#include "core/cache/CacheStore.h"
#include "core/config/ConfigStore.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/filter/FilterParser.h"
#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

// A script author's folder beside orgsim: a setup file, demo calls, and the connection options
// every command takes.
struct CliWorkspace
{
    explicit CliWorkspace(OrgSimFixture& org, int callCount)
        : connection { QStringLiteral("--config"), dir.filePath(QStringLiteral("config.json")),
            QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId }
        , callsPath(dir.filePath(QStringLiteral("calls.json")))
        , secret(org.options().clientSecret)
    {
        QByteArray callsJson;
        org.host().run([&callsJson, callCount](orgsim::OrgSimServer& server) {
            callsJson = QJsonDocument(orgsim::generateDemoCalls(server.org(), callCount)).toJson();
        });
        writeFile(callsPath, callsJson);
    }

    CliRun run(const QStringList& arguments) const
    {
        return runCli(QStringLiteral(CALLBRIDGE_CLI_PATH), arguments + connection, secret);
    }
    CliRun importAll() const
    {
        return run({ QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--recorded-users"),
            QStringLiteral("all") });
    }

    QTemporaryDir dir;
    const QStringList connection;
    const QString callsPath;
    const QString secret;
};

} // namespace

// callbridge-cli's calls side, as a script uses it: preview and export against orgsim.
class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlessPreviewAgreesWithTheWorkspace();
    void exportRunsWriteFullCallData();
    void exportRunReadsTheActivityFieldsFirst();
    void aBadCallsFileFailsBeforeSigningIn();
};

// A script author's session: import and preview, both with --login-url, from a setup folder of
// their own. The preview must match in the cache the import filled (it used to read only the
// saved setup, found no org and matched nothing) and agree call by call with the workspace the
// Preview step uses on the same cache.
void TestCliExport::headlessPreviewAgreesWithTheWorkspace()
{
    OrgSimFixture org;
    const CliWorkspace script(org, 120);
    const CliRun imported = script.importAll();
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const CliRun preview = script.run(
        { QStringLiteral("preview"), QStringLiteral("--json"), QStringLiteral("--calls"), script.callsPath });
    QVERIFY2(preview.exitCode == 0, preview.err.constData());
    QVERIFY2(!preview.err.contains("nothing will match"), preview.err.constData());
    const QJsonArray perCall = QJsonDocument::fromJson(preview.out).array();
    QCOMPARE(perCall.size(), 120);

    // The same cache, calls and (default) filter through the workspace.
    const QString cachePath = imported.json.value(QStringLiteral("cache")).toString();
    const QString orgId = QFileInfo(cachePath).completeBaseName();
    ExportWorkspace workspace;
    QVERIFY(workspace.openOrg(script.dir.path(), orgId).ok());
    QVERIFY(workspace.loadCalls(script.callsPath).ok());
    const FilterParser::Result filter = FilterParser::parse(IntegrationConfig().callFilter, workspace.schema());
    QVERIFY(filter.ok());
    QSignalSpy ready(&workspace, &ExportWorkspace::previewReady);
    workspace.requestPreview(filter.root, filter.root, ExportSettings());
    QVERIFY(ready.wait(30000));
    QCOMPARE(workspace.plans().size(), perCall.size());
    int matched = 0;
    for (int row = 0; row < perCall.size(); ++row) {
        const QJsonObject cli = perCall.at(row).toObject();
        const ExportPreview::CallPlan& plan = workspace.plans().at(row);
        const QString callId = workspace.calls().at(plan.index).id;
        QCOMPARE(cli.value(QStringLiteral("call")).toString(), callId);
        QCOMPARE(cli.value(QStringLiteral("export")).toBool(), plan.action == ExportPreview::Action::Create);
        QStringList contacts;
        for (const CallMatch::Person& contact : plan.match().contacts) {
            contacts.append(contact.id);
        }
        QCOMPARE(cli.value(QStringLiteral("contacts")).toVariant().toStringList(), contacts);
        QCOMPARE(cli.value(QStringLiteral("account")).toString(), plan.match().accountId);
        QCOMPARE(cli.value(QStringLiteral("opportunity")).toString(), plan.match().opportunityId);
        QCOMPARE(cli.value(QStringLiteral("matching")).toVariant().toStringList(), plan.match().reasons());
        if (plan.action == ExportPreview::Action::Create) {
            QCOMPARE(cli.value(QStringLiteral("activity")).toObject().value(QStringLiteral("fields")).toObject(),
                plan.activity().fields);
        }
        matched += contacts.isEmpty() ? 0 : 1;
    }
    QVERIFY2(matched > 20, qPrintable(QString::number(matched))); // the demo calls meet the org's contacts
}

// callbridge-cli export: a dry run lists the records and sends nothing; a production org needs
// --production; the run writes every call's Conversation and children in a few API calls; the
// next run has nothing left to do.
void TestCliExport::exportRunsWriteFullCallData()
{
    OrgSimFixture org;
    const CliWorkspace script(org, 60);
    IntegrationConfig config;
    config.exportSettings.target = ExportTarget::FullData;
    writeFile(script.dir.filePath(QStringLiteral("config.json")), ConfigStore::serialize(config));
    QVERIFY(script.importAll().exitCode == 0);
    auto conversations = [&org] {
        qint64 count = 0;
        org.host().run([&count](orgsim::OrgSimServer& server) {
            count = server.org().table(QStringLiteral("cb__Conversation__c"))->rowCount();
        });
        return count;
    };
    const QStringList exportArguments { QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--calls"),
        script.callsPath };
    const CliRun dryRun = script.run(exportArguments + QStringList { QStringLiteral("--dry-run") });
    QVERIFY2(dryRun.exitCode == 0, dryRun.err.constData());
    const QJsonArray planned = QJsonDocument::fromJson(dryRun.out).array();
    QVERIFY(planned.size() > 50);
    const QJsonArray records = planned.at(0)[QStringLiteral("records")].toArray();
    QCOMPARE(records.at(0)[QStringLiteral("sobject")].toString(), QStringLiteral("cb__Conversation__c"));
    QVERIFY(records.size() > 1);
    QCOMPARE(conversations(), 0);

    const CliRun refused = script.run(exportArguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.out.contains("--production"), refused.out.constData());
    QCOMPARE(conversations(), 0);

    const CliRun exported = script.run(exportArguments + QStringList { QStringLiteral("--production") });
    QVERIFY2(exported.exitCode == 0, exported.out.left(2000).constData());
    QCOMPARE(exported.json.value(QStringLiteral("written")).toInt(), planned.size());
    QCOMPARE(exported.json.value(QStringLiteral("failed")).toInt(), 0);
    QVERIFY2(exported.json.value(QStringLiteral("apiCalls")).toInt()
            <= 5, // `limits`, then per batch a look-up and a graph request
        qPrintable(QString::number(exported.json.value(QStringLiteral("apiCalls")).toInt())));
    QCOMPARE(conversations(), planned.size());

    const CliRun again = script.run(exportArguments + QStringList { QStringLiteral("--dry-run") });
    QCOMPARE(QJsonDocument::fromJson(again.out).array().size(), 0);
}

// An export run in an org whose Task describe was never kept (no Fields step, describes gone):
// the run reads it first and sends only fields the org's Task can set (the demo org's Task has
// no Type, which the plan would otherwise send and Salesforce refuse with INVALID_FIELD).
void TestCliExport::exportRunReadsTheActivityFieldsFirst()
{
    OrgSimFixture org;
    const CliWorkspace script(org, 20);
    const CliRun imported = script.importAll();
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString orgId = QFileInfo(imported.json.value(QStringLiteral("cache")).toString()).completeBaseName();
    const QString describes = CacheStore::describeDirectoryFor(script.dir.path(), orgId);
    QDir(describes).removeRecursively();
    auto tasks = [&org] {
        qint64 count = 0;
        org.host().run(
            [&count](orgsim::OrgSimServer& server) { count = server.org().table(QStringLiteral("Task"))->rowCount(); });
        return count;
    };
    const qint64 before = tasks();

    const CliRun exported = script.run({ QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--calls"),
        script.callsPath, QStringLiteral("--production") });
    QVERIFY2(exported.exitCode == 0, exported.out.left(2000).constData());
    QCOMPARE(exported.json.value(QStringLiteral("failed")).toInt(), 0);
    QVERIFY(exported.json.value(QStringLiteral("written")).toInt() > 10);
    QCOMPARE(tasks() - before, qint64(exported.json.value(QStringLiteral("written")).toInt()));
    QVERIFY(QFileInfo::exists(describes + QStringLiteral("/Task.json")));
}

// A script with a mistyped or broken calls file hears about the file, with exit code 2, before
// anything goes over the network: here the login URL has no server behind it (the commands used
// to sign in first and end with "Could not connect", exit 1).
void TestCliExport::aBadCallsFileFailsBeforeSigningIn()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString nobody = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("calls.json"));
    writeFile(broken, QByteArrayLiteral("[{\"id\": \"c1\""));
    const QString missing = dir.filePath(QStringLiteral("no-such-calls.json"));
    for (const QString& command : { QStringLiteral("preview"), QStringLiteral("export") }) {
        for (const QString& file : { broken, missing }) {
            const CliRun run = runCli(QStringLiteral(CALLBRIDGE_CLI_PATH),
                { command, QStringLiteral("--json"), QStringLiteral("--calls"), file, QStringLiteral("--config"),
                    dir.filePath(QStringLiteral("config.json")), QStringLiteral("--login-url"), nobody,
                    QStringLiteral("--client-id"), QStringLiteral("3MVG9example") },
                QStringLiteral("a-secret"));
            const QByteArray what = (command + QLatin1Char(' ') + file).toUtf8() + ": " + run.err;
            QVERIFY2(run.exitCode == 2, what.constData());
            QCOMPARE(run.json.value(QStringLiteral("exitCode")).toInt(), 2);
            QVERIFY2(!run.err.contains("connect"), what.constData());
            QVERIFY2(run.err.contains(file == broken ? "not valid JSON" : "no-such-calls.json"), what.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
