#include "tests/support/TestData.h"

#include "core/config/ConfigStore.h"

#include <callbridge/Version.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments, const QString& language = {})
{
    QProcess process;
    if (!language.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), language);
        environment.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(CALLBRIDGE_CLI_PATH), arguments);
    if (!process.waitForFinished(30000)) {
        qFatal("callbridge-cli did not finish");
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void commandsSpeakTheLanguage_data();
    void commandsSpeakTheLanguage();
    void usageErrors_data();
    void usageErrors();
    void usageErrorsWithJsonAreOneJsonDocument_data();
    void usageErrorsWithJsonAreOneJsonDocument();
    void validateValid();
    void validateInvalidText();
    void validateInvalidJson();
    void previewPrintsOneObjectPerCall();
    void previewRefusesABadFilterOrCallsFile();
    void deeplyNestedFiltersAreRefused();
    void refusesFilesThatAreNotRegularOrTooLarge();

private:
    QTemporaryDir m_dir;
};

void TestCli::version()
{
    const CliRun run = runCli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("callbridge-cli " CALLBRIDGE_VERSION));
}

void TestCli::help()
{
    const CliRun run = runCli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("config validate FILE"));
    QVERIFY(run.out.contains("Exit codes"));

    const CliRun commandHelp = runCli({ QStringLiteral("config"), QStringLiteral("--help") });
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains("--json"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList() << QByteArray("Commands:");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << QByteArray("Unknown command \"frobnicate\"");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frob") } << QByteArray("frob");
    QTest::newRow("validate without file") << QStringList { QStringLiteral("config"), QStringLiteral("validate") }
                                           << QByteArray("usage: callbridge-cli config validate FILE");
    QTest::newRow("config without verb") << QStringList { QStringLiteral("config") } << QByteArray("usage:");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::validateValid()
{
    const QString path = m_dir.filePath(QStringLiteral("valid.json"));
    test::writeFile(path, ConfigStore::serialize(test::fullConfig()));
    const CliRun run = runCli({ QStringLiteral("config"), QStringLiteral("validate"), path });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("valid"));
}

void TestCli::usageErrorsWithJsonAreOneJsonDocument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("audit"), QStringLiteral("--json"),
        QStringLiteral("--bogus") };
    QTest::newRow("connect without --status") << QStringList { QStringLiteral("connect"), QStringLiteral("--login-url"),
        QStringLiteral("https://acme.my.salesforce.com"), QStringLiteral("--json") };
    QTest::newRow("config without a file")
        << QStringList { QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("--json") };
}

// The README's promise: with --json, stdout carries one JSON document, also when the command is
// used wrongly ({"error", "exitCode"}); the message goes to stderr as well.
void TestCli::usageErrorsWithJsonAreOneJsonDocument()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(result.value(QStringLiteral("exitCode")).toInt(), 2);
    QVERIFY(!result.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestCli::validateInvalidText()
{
    const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
    QJsonObject document = IntegrationConfig().toJson();
    QJsonObject exportSettings = document.value(QStringLiteral("export")).toObject();
    exportSettings.insert(QStringLiteral("activityType"), QStringLiteral("fax"));
    document.insert(QStringLiteral("export"), exportSettings);
    test::writeFile(path, QJsonDocument(document).toJson());

    const CliRun run = runCli({ QStringLiteral("config"), QStringLiteral("validate"), path });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.trimmed(),
        QByteArray("$.export.activityType: \"fax\" is not an activity type; expected \"task\" or \"event\""));
}

void TestCli::validateInvalidJson()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    test::writeFile(path, "{\"schemaVersion\": 1,");
    // --json is accepted before and after the command.
    for (const QStringList& arguments :
        { QStringList { QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate"), path },
            QStringList { QStringLiteral("config"), QStringLiteral("validate"), path, QStringLiteral("--json") } }) {
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(result.value(QStringLiteral("file")).toString(), path);
        const QJsonArray errors = result.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("$"));
        QVERIFY(
            errors.first().toObject().value(QStringLiteral("problem")).toString().contains(QLatin1String("line 1")));
    }

    const CliRun missing =
        runCli({ QStringLiteral("config"), QStringLiteral("validate"), m_dir.filePath(QStringLiteral("nope.json")) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains("cannot be read"));
}

namespace {

QString writeCalls(const QTemporaryDir& dir, const QByteArray& json)
{
    const QString path = dir.filePath(QStringLiteral("calls.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        qFatal("cannot write the calls file");
    }
    return path;
}

const QByteArray previewCalls = R"([
 {"id":"c1","title":"Discovery","started":"2026-03-02T15:00:00Z","duration":1800,"direction":"outbound",
  "primaryUser":"rep@ourco.com","participants":[{"email":"ann@acme.com","name":"Ann","affiliation":"external"}]},
 {"id":"c2","title":"Standup","started":"2026-03-03T09:00:00Z","duration":600,"direction":"conference",
  "primaryUser":"rep@ourco.com","participants":[{"email":"other@ourco.com","affiliation":"internal"}]}
])";

} // namespace

void TestCli::previewPrintsOneObjectPerCall()
{
    const QString calls = writeCalls(m_dir, previewCalls);
    const CliRun run = runCli({ QStringLiteral("preview"), QStringLiteral("--calls"), calls, QStringLiteral("--filter"),
        QStringLiteral("scope = \"external\""), QStringLiteral("--config"), m_dir.filePath(QStringLiteral("none.json")),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray plans = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError); // nothing else on stdout
    QCOMPARE(plans.size(), 2);
    const QJsonObject first = plans.at(0).toObject();
    for (const char* key :
        { "call", "export", "reason", "contacts", "leads", "account", "opportunity", "activity", "apiCalls" }) {
        QVERIFY2(first.contains(QLatin1String(key)), key);
    }
    QCOMPARE(first.value(QStringLiteral("call")).toString(), QStringLiteral("c1"));
    QCOMPARE(first.value(QStringLiteral("export")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("apiCalls")).toInt(), 1);
    QVERIFY(first.value(QStringLiteral("account")).isNull()); // no cache: nothing matched
    QCOMPARE(first.value(QStringLiteral("activity")).toObject().value(QStringLiteral("sobject")).toString(),
        QStringLiteral("Task"));
    const QJsonObject second = plans.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("export")).toBool(), false);
    QCOMPARE(second.value(QStringLiteral("reason")).toString(),
        QStringLiteral("Filtered out: scope = \"external\" (scope: internal)"));
    QVERIFY(second.value(QStringLiteral("activity")).isNull());
    QCOMPARE(second.value(QStringLiteral("apiCalls")).toInt(), 0);
    QVERIFY(run.err.contains("1 of 2 calls will export"));
}

void TestCli::previewRefusesABadFilterOrCallsFile()
{
    const QString calls = writeCalls(m_dir, previewCalls);
    const QString config = m_dir.filePath(QStringLiteral("none.json"));
    const CliRun badFilter = runCli({ QStringLiteral("preview"), QStringLiteral("--calls"), calls,
        QStringLiteral("--filter"), QStringLiteral("duration > 5m and title in"), QStringLiteral("--config"), config,
        QStringLiteral("--json") });
    QCOMPARE(badFilter.exitCode, 2);
    QVERIFY2(badFilter.err.contains("--filter: column 27: expected a value after 'in'"), badFilter.err.constData());
    // With --json, stdout still carries exactly one JSON document: the error.
    const QJsonObject error = QJsonDocument::fromJson(badFilter.out).object();
    QCOMPARE(error.value(QStringLiteral("error")).toString(),
        QStringLiteral("--filter: column 27: expected a value after 'in'"));
    QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), 2);

    const QString broken = writeCalls(m_dir, QByteArray(previewCalls).replace("\"conference\"", "\"sideways\""));
    const CliRun badCalls =
        runCli({ QStringLiteral("preview"), QStringLiteral("--calls"), broken, QStringLiteral("--config"), config });
    QCOMPARE(badCalls.exitCode, 2);
    QVERIFY(badCalls.out.isEmpty());
    QVERIFY2(badCalls.err.contains("call 2 (id \"c2\"), direction: \"sideways\" is not one of inbound, outbound, "
                                   "conference"),
        badCalls.err.constData());
}

void TestCli::deeplyNestedFiltersAreRefused()
{
    const QString deep =
        QString(10000, QLatin1Char('(')) + QStringLiteral("duration > 5m") + QString(10000, QLatin1Char(')'));
    const QString calls = writeCalls(m_dir, previewCalls);
    const CliRun preview = runCli({ QStringLiteral("preview"), QStringLiteral("--calls"), calls,
        QStringLiteral("--filter"), deep, QStringLiteral("--config"), m_dir.filePath(QStringLiteral("none.json")) });
    QCOMPARE(preview.exitCode, 2);
    QVERIFY2(
        preview.err.contains("--filter: column 201: the filter nests deeper than 100 levels"), preview.err.constData());

    IntegrationConfig config = test::fullConfig();
    config.callFilter = deep;
    const QString path = m_dir.filePath(QStringLiteral("deep-filter.json"));
    test::writeFile(path, ConfigStore::serialize(config));
    const CliRun validate = runCli({ QStringLiteral("config"), QStringLiteral("validate"), path });
    QCOMPARE(validate.exitCode, 1);
    QCOMPARE(validate.out.trimmed(),
        QByteArray("$.callFilter: column 201: the filter nests deeper than 100 levels; expected a filter in the "
                   "export filter language"));
}

void TestCli::refusesFilesThatAreNotRegularOrTooLarge()
{
    // A FIFO would block the reader forever, a device or a huge file would exhaust memory: each
    // is refused before it is read, with the file and the reason.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    test::makeFifo(fifo);
    const QString folder = dir.filePath(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkdir(folder));
    const QString hugeConfig = dir.filePath(QStringLiteral("huge-config.json"));
    test::makeSparseFile(hugeConfig, 5 * 1024 * 1024 + 1);
    const QString hugeDescribe = dir.filePath(QStringLiteral("huge-describe.json"));
    test::makeSparseFile(hugeDescribe, 20 * 1024 * 1024 + 1);
    const QByteArray notRegular = "it is not a regular file but a device, a pipe or a socket";

    for (const QString& path : { fifo, folder, hugeConfig }) {
        const CliRun run = runCli({ QStringLiteral("config"), QStringLiteral("validate"), path });
        QCOMPARE(run.exitCode, 1);
        const QByteArray reason = path == fifo ? notRegular
            : path == folder                   ? QByteArray("it is a folder, not a file")
                                               : QByteArray("it is larger than the limit of 5 MB");
        QCOMPARE(run.out.trimmed(), "$: the file cannot be read (" + reason + ")");
    }

    const QString config = m_dir.filePath(QStringLiteral("none.json"));
    for (const QString& path : { fifo, folder }) {
        const CliRun run =
            runCli({ QStringLiteral("preview"), QStringLiteral("--calls"), path, QStringLiteral("--config"), config });
        QCOMPARE(run.exitCode, 2);
        const QByteArray expected = "Cannot read the calls file " + path.toUtf8() + ": "
            + (path == fifo ? notRegular : QByteArray("it is a folder, not a file"));
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }

    const CliRun fifoSetup = runCli({ QStringLiteral("preview"), QStringLiteral("--calls"),
        writeCalls(m_dir, previewCalls), QStringLiteral("--config"), fifo });
    QCOMPARE(fifoSetup.exitCode, 2);
    QVERIFY2(fifoSetup.err.contains("is not a valid setup file"), fifoSetup.err.constData());

    for (const QString& path : { fifo, hugeDescribe }) {
        const CliRun run = runCli({ QStringLiteral("fields"), QStringLiteral("--describe"), path });
        QCOMPARE(run.exitCode, 1);
        const QByteArray expected = path.toUtf8()
            + ": cannot be read: " + (path == fifo ? notRegular : QByteArray("it is larger than the limit of 20 MB"));
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }
}

// Every command's own messages are translated, not only the command list: they were looked up
// in a context lupdate never filed them under, so "import" answered in English in German.
void TestCli::commandsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("erwartet wird ein Prozentsatz");
    QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("un pourcentage supérieur à 0");
}

void TestCli::commandsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const CliRun run =
        runCli({ QStringLiteral("import"), QStringLiteral("--budget"), QStringLiteral("lots") }, language);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
