#include "tests/support/CliProcess.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/TestData.h"

#include "core/config/ConfigStore.h"
#include "core/orgsim/OrgSimServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

using Run = CliRun;

Run cli(const QStringList& arguments, const QString& secret = {})
{
    return runCli(QStringLiteral(CALLBRIDGE_CLI_PATH), arguments, secret);
}

QStringList sortedKeysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientCredentials();
    void wrongSecret();
    void clientCredentialsOnlyOnMyDomain();
    void orgsimPrintsBothHostsAndServesTheChosenApp();
    void secretOnlyFromTheEnvironment();
    void notConfigured();
    void auditAsJsonAndHtml();
    void auditUsageErrors();
    void auditFixPlanAndApply();
    void fieldsFromFilesAndLive();
    void importAsJson();
    void aFailedDescribeIsRetriedThenFailsVisibly();
    void messagesAndExitCodesAScriptReliesOn();

private:
    QTemporaryDir m_dir;
};

void TestCliConnect::clientCredentials()
{
    OrgSimFixture org;
    const Run run = cli(
        { QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--json"),
            QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId },
        org.options().clientSecret);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("connected-session-only"));
    QCOMPARE(run.json.value(QStringLiteral("username")).toString(), OrgSimFixture::integrationUser());
    QCOMPARE(run.json.value(QStringLiteral("orgName")).toString(), QStringLiteral("Callbridge Demo Org"));
    QCOMPARE(run.json.value(QStringLiteral("flow")).toString(), QStringLiteral("client_credentials"));
    QVERIFY(!run.out.contains(org.options().clientSecret.toUtf8()));
    QVERIFY(!run.err.contains(org.options().clientSecret.toUtf8()));
    QVERIFY(!run.err.contains("!AR")); // no access token in the output either
}

void TestCliConnect::wrongSecret()
{
    OrgSimFixture org;
    const Run run = cli(
        { QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--json"),
            QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId },
        QStringLiteral("not-the-secret"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));
    const QString error = run.json.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("invalid client credentials")), qPrintable(error));
    // Said as what it is: the credentials were refused (it read "Reconnect to continue; your
    // setup is kept", as if a saved connection had expired).
    QVERIFY2(error.contains(QLatin1String("refused the client credentials")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("Reconnect")), qPrintable(error));

    // Every command prints one JSON document with --json, also when it cannot connect.
    const Run import = cli({ QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--login-url"),
                               org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId },
        QStringLiteral("not-the-secret"));
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.json.value(QStringLiteral("error")).toString().contains(QLatin1String("Could not connect")),
        import.out.constData());
    QCOMPARE(import.json.value(QStringLiteral("exitCode")).toInt(), 1);
}

void TestCliConnect::clientCredentialsOnlyOnMyDomain()
{
    // Refused before any request (the host cannot be reached from a test anyway), naming My Domain.
    for (const char* host : { "https://login.salesforce.com", "https://test.salesforce.com" }) {
        const Run run = cli({ QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--login-url"),
                                QString::fromLatin1(host), QStringLiteral("--client-id"), QStringLiteral("3MVG9key") },
            QStringLiteral("a-secret"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("My Domain"), run.err.constData());
        QVERIFY2(run.err.contains(".my.salesforce.com"), run.err.constData());
    }
    // A script asking for JSON gets the same reason as a JSON error document.
    const Run asJson = cli({ QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--json"),
                               QStringLiteral("--login-url"), QStringLiteral("https://login.salesforce.com"),
                               QStringLiteral("--client-id"), QStringLiteral("3MVG9key") },
        QStringLiteral("a-secret"));
    QCOMPARE(asJson.exitCode, 2);
    QCOMPARE(asJson.json.value(QStringLiteral("exitCode")).toInt(), 2);
    QVERIFY2(asJson.json.value(QStringLiteral("error")).toString().contains(QLatin1String("My Domain")),
        asJson.out.constData());
    // orgsim's login host answers as login.salesforce.com does; the message says the same.
    OrgSimFixture org;
    const Run run =
        cli({ QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--json"),
                QStringLiteral("--login-url"), org.baseUrl(), QStringLiteral("--client-id"), org.options().clientId },
            org.options().clientSecret);
    QCOMPARE(run.exitCode, 1);
    const QString error = run.json.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("My Domain")), qPrintable(error));
}

void TestCliConnect::orgsimPrintsBothHostsAndServesTheChosenApp()
{
    for (const bool externalClientApp : { false, true }) {
        QStringList arguments { QStringLiteral("orgsim"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--scale"), QStringLiteral("none") };
        if (externalClientApp) {
            arguments.append(QStringLiteral("--external-client-app"));
        }
        QProcess orgsim;
        orgsim.start(QStringLiteral(CALLBRIDGE_CLI_PATH), arguments);
        QVERIFY(orgsim.waitForReadyRead(30000));
        const QJsonObject info = QJsonDocument::fromJson(orgsim.readLine()).object();
        const QString login = info.value(QStringLiteral("baseUrl")).toString();
        const QString instance = info.value(QStringLiteral("instanceUrl")).toString();
        QVERIFY(!login.isEmpty() && !instance.isEmpty() && login != instance);
        // The secret is checked before the code: an External Client App wants it, the packaged app does not.
        const HttpResult answer = TestHttp(login).postForm(QStringLiteral("/services/oauth2/token"),
            { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                { QStringLiteral("code"), QStringLiteral("aPrxNotACode") },
                { QStringLiteral("client_id"), info.value(QStringLiteral("clientId")).toString() } });
        QCOMPARE(answer.json().object().value(QStringLiteral("error")).toString(),
            externalClientApp ? QStringLiteral("invalid_client") : QStringLiteral("invalid_grant"));
        orgsim.terminate();
        QVERIFY(orgsim.waitForFinished(10000));
    }
}

void TestCliConnect::secretOnlyFromTheEnvironment()
{
    const Run missing = cli({ QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--login-url"),
        QStringLiteral("https://login.salesforce.com"), QStringLiteral("--client-id"), QStringLiteral("x") });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("CALLBRIDGE_CLIENT_SECRET"));
    const Run flag = cli({ QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--client-secret"),
        QStringLiteral("s") });
    QCOMPARE(flag.exitCode, 2); // there is no such option
    const Run http =
        cli({ QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--login-url"),
                QStringLiteral("http://login.salesforce.com"), QStringLiteral("--client-id"), QStringLiteral("x") },
            QStringLiteral("s"));
    QCOMPARE(http.exitCode, 2);
    QVERIFY(http.err.contains("must be an https URL"));
}

void TestCliConnect::notConfigured()
{
    const QString path = m_dir.filePath(QStringLiteral("empty-setup.json"));
    writeFile(path, ConfigStore::serialize(IntegrationConfig()));
    const Run run = cli({ QStringLiteral("connect"), QStringLiteral("--status"), QStringLiteral("--json"),
        QStringLiteral("--config"), path });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("not-configured"));
}

void TestCliConnect::auditAsJsonAndHtml()
{
    OrgSimFixture org;
    const QString html = m_dir.filePath(QStringLiteral("audit.html"));
    const Run run = cli(
        { QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--html"), html,
            QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId },
        org.options().clientSecret);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("username")).toString(), OrgSimFixture::integrationUser());
    QVERIFY(run.json.value(QStringLiteral("verdict")).toString() != QLatin1String("blocked"));
    QVERIFY(run.json.value(QStringLiteral("findings")).toArray().size() > 30);
    QVERIFY(readFile(html).contains("Salesforce permission audit"));

    const Run text = cli(
        { QStringLiteral("audit"), QStringLiteral("--activity-type"), QStringLiteral("event"),
            QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId },
        org.options().clientSecret);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.isEmpty());
    // The page's and the report's words (TestPermissionsPage::oneVocabularyEverywhere).
    QVERIFY2(
        text.out.contains("[missing, recommended]") || text.out.contains("[missing, optional]"), text.out.constData());
    for (const char* word : { "advice", "blocking", "degraded", "warning" }) {
        QVERIFY2(!text.out.contains(word), text.out.constData());
    }
    QVERIFY(!readFile(html).contains("OK ("));
}

void TestCliConnect::auditUsageErrors()
{
    const Run badType = cli({ QStringLiteral("audit"), QStringLiteral("--activity-type"), QStringLiteral("fax") });
    QCOMPARE(badType.exitCode, 2);
    QVERIFY(badType.err.contains("expected task or event"));
    const Run notConnected =
        cli({ QStringLiteral("audit"), QStringLiteral("--config"), m_dir.filePath(QStringLiteral("none.json")) });
    QCOMPARE(notConnected.exitCode, 1);
    QVERIFY(notConnected.err.contains("Not connected"));
}

void TestCliConnect::auditFixPlanAndApply()
{
    OrgSimFixture org;
    const QStringList connection { QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"),
        org.options().clientId };
    const QStringList forLimited { QStringLiteral("audit"), QStringLiteral("--user"), OrgSimFixture::limitedUser() };
    const QString secret = org.options().clientSecret;

    // The integration user (View Setup and Configuration) audits the limited one and writes the fix.
    const QString directory = m_dir.filePath(QStringLiteral("fix"));
    const Run plan =
        cli(forLimited + QStringList { QStringLiteral("--json"), QStringLiteral("--fix-plan"), directory } + connection,
            secret);
    QCOMPARE(plan.exitCode, 1); // blocking findings
    const QJsonObject fixPlan = plan.json.value(QStringLiteral("fixPlan")).toObject();
    QCOMPARE(fixPlan.value(QStringLiteral("username")).toString(), OrgSimFixture::limitedUser());
    QVERIFY(fixPlan.value(QStringLiteral("lines")).toArray().size() >= 4);
    QCOMPARE(plan.json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("username")).toString(),
        OrgSimFixture::limitedUser());
    QVERIFY(readFile(directory + QStringLiteral("/package.xml")).contains("<name>PermissionSet</name>"));
    QVERIFY(readFile(
        directory + QStringLiteral("/permissionsets/Callbridge_Call_Recorder_Integration.permissionset-meta.xml"))
                .contains("<name>EditTask</name>"));
    QVERIFY(readFile(directory + QStringLiteral("/fix-plan.txt")).contains("Edit Tasks"));

    // Applying needs --yes, and says which org it would change.
    const Run unconfirmed = cli(forLimited + QStringList { QStringLiteral("--apply") } + connection, secret);
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(
        unconfirmed.err.contains("(production)") && unconfirmed.err.contains("--yes"), unconfirmed.err.constData());
    // The integration user may not change permissions.
    const QStringList apply { QStringLiteral("--apply"), QStringLiteral("--yes") };
    const Run refused = cli(forLimited + apply + connection, secret);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("INSUFFICIENT_ACCESS_OR_READONLY"), refused.err.constData());

    // Given Manage Profiles and Permission Sets and Assign Permission Sets, it may.
    org.host().run([](orgsim::OrgSimServer& server) {
        orgsim::ObjectTable* sets = server.org().table(QStringLiteral("PermissionSet"));
        const orgsim::ObjectSchema& schema = sets->schema();
        for (qint64 row = 0; row < sets->rowCount(); ++row) {
            orgsim::Record set = sets->record(row);
            if (set.at(schema.indexOf(QStringLiteral("Name"))).toString()
                == QLatin1String("Call_Recorder_Integration")) {
                set[schema.indexOf(QStringLiteral("PermissionsManageProfilesPermissionsets"))] = true;
                set[schema.indexOf(QStringLiteral("PermissionsAssignPermissionSets"))] = true;
                sets->replace(row, set);
            }
        }
        server.org().securityChanged();
    });
    const Run applied = cli(forLimited + apply + QStringList { QStringLiteral("--json") } + connection, secret);
    QVERIFY2(applied.exitCode == 0, QByteArray(applied.out + applied.err).constData());
    QVERIFY(applied.json.value(QStringLiteral("changes")).toArray().size() >= 4);
    QVERIFY(applied.json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("verdict")).toString()
        != QLatin1String("blocked"));
    const Run again = cli(forLimited + apply + connection, secret);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("Nothing to fix"), again.out.constData());
    QVERIFY2(again.out.contains("Nothing changed"), again.out.constData());
}

void TestCliConnect::fieldsFromFilesAndLive()
{
    const QString fixtures = QStringLiteral(CALLBRIDGE_FIXTURES_DIR "/salesforce/");
    const Run files = cli({ QStringLiteral("fields"), QStringLiteral("--json"), QStringLiteral("--describe"),
        fixtures + QStringLiteral("nango_sobject_describe_Account_v58.json"), QStringLiteral("--describe"),
        fixtures + QStringLiteral("nango_sobject_describe_Task_v60.json") });
    QCOMPARE(files.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(files.out).array();
    QVERIFY(entries.size() > 80);
    QJsonObject billing;
    for (const QJsonValue& entry : entries) {
        if (entry.toObject().value(QStringLiteral("field")).toString() == QLatin1String("BillingAddress")) {
            billing = entry.toObject();
        }
    }
    QCOMPARE(sortedKeysOf(billing),
        (QStringList { QStringLiteral("field"), QStringLiteral("label"), QStringLiteral("locked"),
            QStringLiteral("notes"), QStringLiteral("object"), QStringLiteral("reason"), QStringLiteral("selected"),
            QStringLiteral("status"), QStringLiteral("type") }));
    QCOMPARE(billing.value(QStringLiteral("status")).toString(), QStringLiteral("unsupported"));

    OrgSimFixture org;
    const Run live = cli({ QStringLiteral("fields"), QStringLiteral("--json"), QStringLiteral("--login-url"),
                             org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId },
        org.options().clientSecret);
    QCOMPARE(live.exitCode, 0);
    QStringList objects;
    for (const QJsonValue& entry : QJsonDocument::fromJson(live.out).array()) {
        objects.append(entry.toObject().value(QStringLiteral("object")).toString());
    }
    objects.removeDuplicates();
    QCOMPARE(objects.size(), 14);

    const Run bad =
        cli({ QStringLiteral("fields"), QStringLiteral("--describe"), m_dir.filePath(QStringLiteral("nope.json")) });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("cannot be read"));
}

void TestCliConnect::importAsJson()
{
    OrgSimFixture org;
    QTemporaryDir dir;
    const QStringList connection { QStringLiteral("--config"), dir.filePath(QStringLiteral("config.json")),
        QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId };
    const Run first =
        cli(QStringList { QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--objects"),
                QStringLiteral("Account,Opportunity"), QStringLiteral("--recorded-users"), QStringLiteral("all") }
                + connection,
            org.options().clientSecret);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
    const QJsonArray objects = first.json.value(QStringLiteral("objects")).toArray();
    QCOMPARE(objects.size(), 2);
    for (const QJsonValue& object : objects) {
        QCOMPARE(object[QStringLiteral("state")].toString(), QStringLiteral("done"));
        QCOMPARE(object[QStringLiteral("api")].toString(), QStringLiteral("rest"));
        QVERIFY(object[QStringLiteral("stored")].toInteger() > 0);
        QCOMPARE(object[QStringLiteral("stored")].toInteger(), object[QStringLiteral("total")].toInteger());
        QVERIFY(!object[QStringLiteral("incremental")].toBool());
    }
    QVERIFY(first.json.value(QStringLiteral("requestsUsed")).toInteger() >= 5); // limits, 2 x (COUNT + page)
    QVERIFY(first.json.value(QStringLiteral("budget")).toInteger() > 0);
    QVERIFY(QFile::exists(first.json.value(QStringLiteral("cache")).toString()));
    QVERIFY(first.json.value(QStringLiteral("cache")).toString().startsWith(dir.path()));

    // The second run reads only what changed since.
    const Run second = cli(QStringList { QStringLiteral("import"), QStringLiteral("--json"),
                               QStringLiteral("--objects"), QStringLiteral("Account") }
            + connection,
        org.options().clientSecret);
    QCOMPARE(second.exitCode, 0);
    const QJsonObject account = second.json.value(QStringLiteral("objects")).toArray().at(0).toObject();
    QVERIFY(account.value(QStringLiteral("incremental")).toBool());
    QVERIFY(account.value(QStringLiteral("stored")).toInteger() < 10);

    const Run badUsers =
        cli(QStringList { QStringLiteral("import"), QStringLiteral("--recorded-users"), QStringLiteral("everyone") }
                + connection,
            org.options().clientSecret);
    QCOMPARE(badUsers.exitCode, 2);
    QVERIFY2(badUsers.err.contains("\"everyone\" is neither"), badUsers.err.constData());
    const Run badObject = cli(
        QStringList { QStringLiteral("import"), QStringLiteral("--objects"), QStringLiteral("Widget") } + connection,
        org.options().clientSecret);
    QCOMPARE(badObject.exitCode, 2);
    QVERIFY2(badObject.err.contains("Widget is not an object"), badObject.err.constData());
}

// A describe that fails inside the composite (503 on Contact's) used to drop Contact silently:
// "completed", exit 0, no contacts. Now it is asked again, and when it keeps failing the object
// is listed as failed and the exit code says so.
void TestCliConnect::aFailedDescribeIsRetriedThenFailsVisibly()
{
    orgsim::OrgSimOptions options;
    options.faults.unavailablePath = QStringLiteral("/sobjects/Contact/describe");
    options.faults.unavailablePathTimes = 1;
    OrgSimFixture org(options);
    QTemporaryDir dir;
    const QStringList import { QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--objects"),
        QStringLiteral("Account,Contact"), QStringLiteral("--config"), dir.filePath(QStringLiteral("config.json")),
        QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId };

    const Run retried = cli(import, org.options().clientSecret);
    QVERIFY2(retried.exitCode == 0, retried.err.constData());
    QStringList done;
    for (const QJsonValue& object : retried.json.value(QStringLiteral("objects")).toArray()) {
        if (object[QStringLiteral("state")].toString() == QLatin1String("done")) {
            done.append(object[QStringLiteral("object")].toString());
        }
    }
    QCOMPARE(done, (QStringList { QStringLiteral("Account"), QStringLiteral("Contact") }));

    org.host().run([](orgsim::OrgSimServer& server) { server.faults().unavailablePathTimes = 100; });
    const Run failed = cli(import, org.options().clientSecret);
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed-with-errors"));
    QJsonObject contact;
    for (const QJsonValue& object : failed.json.value(QStringLiteral("objects")).toArray()) {
        if (object[QStringLiteral("object")].toString() == QLatin1String("Contact")) {
            contact = object.toObject();
        }
    }
    QCOMPARE(contact.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY2(contact.value(QStringLiteral("message")).toString().contains(QLatin1String("did not describe Contact")),
        qPrintable(contact.value(QStringLiteral("message")).toString()));

    // The text form says why, not only "0 records stored".
    const Run text = cli(import.mid(0, 1) + import.mid(2), org.options().clientSecret);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.err.contains("Contact: Salesforce did not describe Contact"), text.err.constData());
}

void TestCliConnect::messagesAndExitCodesAScriptReliesOn()
{
    // A truncated describe file: the parse error says where (it said only "not a describe response").
    const QByteArray describe =
        readFile(QStringLiteral(CALLBRIDGE_FIXTURES_DIR "/salesforce/nango_sobject_describe_Task_v60.json"));
    writeFile(m_dir.filePath(QStringLiteral("truncated.json")), describe.left(describe.size() / 2));
    const Run truncated = cli(
        { QStringLiteral("fields"), QStringLiteral("--describe"), m_dir.filePath(QStringLiteral("truncated.json")) });
    QCOMPARE(truncated.exitCode, 1);
    QVERIFY2(truncated.err.contains("not valid JSON at character"), truncated.err.constData());

    // --budget nan compared false with every bound and switched the budget off.
    const Run nan = cli({ QStringLiteral("import"), QStringLiteral("--budget"), QStringLiteral("nan"),
        QStringLiteral("--config"), m_dir.filePath(QStringLiteral("none.json")) });
    QCOMPARE(nan.exitCode, 2);
    QVERIFY2(nan.err.contains("--budget"), nan.err.constData());

    // orgsim --calls 0 printed an error but exited 0.
    const Run noCalls = cli({ QStringLiteral("orgsim"), QStringLiteral("--write-calls"),
        m_dir.filePath(QStringLiteral("calls.json")), QStringLiteral("--calls"), QStringLiteral("0") });
    QCOMPARE(noCalls.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("calls.json"))));

    // The limit faults have command-line spellings; a rate above 1 is refused.
    const Run faults = cli({ QStringLiteral("orgsim"), QStringLiteral("--fault"), QStringLiteral("concurrent-next=3"),
        QStringLiteral("--fault"), QStringLiteral("bulk-fail-next=1"), QStringLiteral("--fault"),
        QStringLiteral("shrink-pages=2"), QStringLiteral("--fault"), QStringLiteral("concurrent=0.5") });
    QCOMPARE(faults.exitCode, 2);
    QVERIFY2(faults.err.contains("shrink-pages=2: a rate is between 0 and 1"), faults.err.constData());
    QVERIFY2(!faults.err.contains("unknown fault"), faults.err.constData());

    // An org with (almost) nothing left today: said so, not "1 of the 0 requests allowed".
    orgsim::OrgSimOptions options;
    options.apiDailyLimit = 3;
    OrgSimFixture org(options);
    QTemporaryDir dir;
    const Run spent = cli(
        { QStringLiteral("import"), QStringLiteral("--config"), dir.filePath(QStringLiteral("config.json")),
            QStringLiteral("--login-url"), org.instanceUrl(), QStringLiteral("--client-id"), org.options().clientId },
        org.options().clientSecret);
    QCOMPARE(spent.exitCode, 1);
    QVERIFY2(!spent.out.contains("of the 0 requests allowed"), spent.out.constData());
    QVERIFY2(spent.out.contains("no API requests to spare"), spent.out.constData());
}

QTEST_GUILESS_MAIN(TestCliConnect)
#include "TestCliConnect.moc"
