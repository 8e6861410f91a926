#include "tests/support/TestData.h"

#include "core/config/ConfigReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace callbridge;

namespace {

// Sets a value at a dotted path ("connection.callbackPort") in a JSON object; an undefined
// value removes the key.
QJsonObject withValue(QJsonObject root, const QString& dottedPath, const QJsonValue& value)
{
    const QStringList keys = dottedPath.split(QLatin1Char('.'));
    if (keys.size() == 1) {
        if (value.isUndefined()) {
            root.remove(keys.first());
        } else {
            root.insert(keys.first(), value);
        }
        return root;
    }
    root.insert(
        keys.first(), withValue(root.value(keys.first()).toObject(), keys.mid(1).join(QLatin1Char('.')), value));
    return root;
}

} // namespace

class TestConfigReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void defaultsRoundTrip();
    void errors_data();
    void errors();
    void collectsEveryError();
    void parseErrorHasLineAndColumn();
    void refusesNewerSchema();
    void loopbackHttpAllowedForDemo();
    void filterOnRecordFieldsNeedsNoCache();
};

void TestConfigReader::roundTrip()
{
    const IntegrationConfig config = test::fullConfig();
    const QByteArray json = QJsonDocument(config.toJson()).toJson();
    const ConfigReadResult result = ConfigReader::read(json);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
    QVERIFY(result.config.has_value());
    QCOMPARE(*result.config, config);
    QCOMPARE(result.sourceSchemaVersion, IntegrationConfig::currentSchemaVersion);
}

void TestConfigReader::defaultsRoundTrip()
{
    const IntegrationConfig config;
    const ConfigReadResult result = ConfigReader::read(config.toJson());
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(*result.config, config);
    QCOMPARE(result.config->connection.callbackPort, quint16(1717));
}

void TestConfigReader::errors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedMessage");

    const QJsonValue missing(QJsonValue::Undefined);
    auto row = [](const char* name, const char* key, const QJsonValue& value, const char* path, const char* message) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << QString::fromLatin1(path)
                            << QString::fromLatin1(message);
    };
    row("schema missing", "schemaVersion", missing, "$.schemaVersion", "is missing; expected the integer 1");
    row("schema not int", "schemaVersion", QStringLiteral("1"), "$.schemaVersion", "is a string; expected an integer");
    row("schema fraction", "schemaVersion", 1.5, "$.schemaVersion", "is a number; expected an integer");
    row("schema zero", "schemaVersion", 0, "$.schemaVersion", "0 is not a schema version");
    row("unknown top key", "accessToken", QStringLiteral("x"), "$.accessToken", "is not a known setting");
    row("connection missing", "connection", missing, "$.connection", "is missing; expected an object");
    row("connection not object", "connection", QJsonArray(), "$.connection", "is an array; expected an object");
    row("unknown connection key", "connection.refreshToken", QStringLiteral("x"), "$.connection.refreshToken",
        "is not a known setting");
    row("environment unknown", "connection.environment", QStringLiteral("staging"), "$.connection.environment",
        "\"staging\" is not an environment");
    row("environment not string", "connection.environment", 3, "$.connection.environment",
        "is a number; expected a string");
    row("login url relative", "connection.loginUrl", QStringLiteral("login.salesforce.com"), "$.connection.loginUrl",
        "is not an absolute URL");
    row("login url http", "connection.loginUrl", QStringLiteral("http://login.salesforce.com"), "$.connection.loginUrl",
        "does not use https");
    row("login url wrong host", "connection.loginUrl", QStringLiteral("https://test.salesforce.com"),
        "$.connection.loginUrl", "is not the production login host");
    row("instance url http", "connection.instanceUrl", QStringLiteral("http://na1.salesforce.com"),
        "$.connection.instanceUrl", "does not use https");
    row("org id wrong prefix", "connection.orgId", QStringLiteral("0055g00000AbCdEAAV"), "$.connection.orgId",
        "is not a Salesforce id of this kind; expected a 15- or 18-character id starting with 00D");
    row("org id wrong length", "connection.orgId", QStringLiteral("00D5g0000"), "$.connection.orgId",
        "is not a Salesforce id of this kind");
    row("org id ending in a newline", "connection.orgId", QStringLiteral("00D5g000004ABCDEAS\n"), "$.connection.orgId",
        "is not a Salesforce id of this kind");
    row("org id naming a path", "connection.orgId", QStringLiteral("00D/../../../victim"), "$.connection.orgId",
        "is not a Salesforce id of this kind");
    row("user id wrong prefix", "connection.userId", QStringLiteral("00D5g000004ABCDEAS"), "$.connection.userId",
        "starting with 005");
    row("username not string", "connection.username", false, "$.connection.username", "is a boolean");
    row("client id missing", "connection.clientId", missing, "$.connection.clientId", "is missing");
    row("port missing", "connection.callbackPort", missing, "$.connection.callbackPort", "is missing");
    row("port string", "connection.callbackPort", QStringLiteral("1717"), "$.connection.callbackPort",
        "is a string; expected an integer from 1024 to 65535");
    row("port too low", "connection.callbackPort", 80, "$.connection.callbackPort", "80 is out of range");
    row("port too high", "connection.callbackPort", 70000, "$.connection.callbackPort", "70000 is out of range");
    row("fields not object", "fields", QJsonArray(), "$.fields", "is an array; expected an object");
    row("fields unknown object", "fields.Campaign", QJsonArray { QStringLiteral("Id") }, "$.fields.Campaign",
        "\"Campaign\" is not an object the integration imports");
    row("fields not array", "fields.Account", QStringLiteral("Id"), "$.fields.Account",
        "is a string; expected an array of strings");
    row("field not string", "fields.Account", QJsonArray { QStringLiteral("Id"), 4 }, "$.fields.Account[1]",
        "is a number; expected a string");
    row("field bad name", "fields.Account", QJsonArray { QStringLiteral("Billing City") }, "$.fields.Account[0]",
        "\"Billing City\" is not a field API name");
    row("field twice", "fields.Account", QJsonArray { QStringLiteral("Name"), QStringLiteral("name") },
        "$.fields.Account[1]", "\"name\" is listed twice");
    row("export missing", "export", missing, "$.export", "is missing");
    row("activity type unknown", "export.activityType", QStringLiteral("email"), "$.export.activityType",
        "\"email\" is not an activity type; expected \"task\" or \"event\"");
    row("smart trackers not bool", "export.smartTrackers", QStringLiteral("yes"), "$.export.smartTrackers",
        "is a string; expected true or false");
    row("emails missing", "export.emailsAsTasks", missing, "$.export.emailsAsTasks", "is missing");
    row("unknown export key", "export.batchSize", 5, "$.export.batchSize", "is not a known setting");
    row("filter not string", "callFilter", 5, "$.callFilter", "is a number; expected a string");
    row("filter syntax", "callFilter", QStringLiteral("duration > 5m and title in"), "$.callFilter",
        "column 27: expected a value after 'in'");
    row("filter unknown field", "callFilter", QStringLiteral("titel = \"x\""), "$.callFilter",
        "column 1: unknown field 'titel'; did you mean 'title'?");
    row("filter too deep", "callFilter",
        QString(QString(20000, QLatin1Char('(')) + QStringLiteral("duration > 5m") + QString(20000, QLatin1Char(')'))),
        "$.callFilter", "column 201: the filter nests deeper than 100 levels");
    row("recorded mode unknown", "recordedUsers.mode", QStringLiteral("everyone"), "$.recordedUsers.mode",
        "\"everyone\" is not a mode");
    row("recorded ids not array", "recordedUsers.userIds", QStringLiteral("005"), "$.recordedUsers.userIds",
        "expected an array of strings");
    row("recorded id bad", "recordedUsers.userIds", QJsonArray { QStringLiteral("a@b.com") },
        "$.recordedUsers.userIds[0]", "\"a@b.com\" is not a Salesforce user id");
}

void TestConfigReader::errors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedMessage);

    const QJsonObject document = withValue(IntegrationConfig().toJson(), key, value);
    const ConfigReadResult result = ConfigReader::read(document);
    QVERIFY(!result.config.has_value());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, expectedPath);
    const QString message = result.errors.first().toString();
    QVERIFY2(message.contains(expectedMessage), qPrintable(message));
}

void TestConfigReader::collectsEveryError()
{
    QJsonObject document = IntegrationConfig().toJson();
    document = withValue(document, QStringLiteral("connection.callbackPort"), 1);
    document = withValue(document, QStringLiteral("export.activityType"), QStringLiteral("fax"));
    document = withValue(document, QStringLiteral("callFilter"), QJsonValue(QJsonValue::Null));
    const ConfigReadResult result = ConfigReader::read(document);
    QCOMPARE(result.errors.size(), 3);
    QStringList paths;
    for (const ConfigError& error : result.errors) {
        paths.append(error.path);
    }
    QCOMPARE(paths,
        (QStringList { QStringLiteral("$.connection.callbackPort"), QStringLiteral("$.export.activityType"),
            QStringLiteral("$.callFilter") }));
    QCOMPARE(result.errors.at(2).problem, QStringLiteral("is null"));
}

void TestConfigReader::parseErrorHasLineAndColumn()
{
    const ConfigReadResult result = ConfigReader::read(QByteArray("{\n  \"schemaVersion\": 1,\n  \"connection\": }\n"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, QStringLiteral("$"));
    QVERIFY2(result.errors.first().problem.contains(QLatin1String("line 3, column")),
        qPrintable(result.errors.first().problem));

    const ConfigReadResult array = ConfigReader::read(QByteArray("[1, 2]"));
    QCOMPARE(array.errors.size(), 1);
    QCOMPARE(array.errors.first().toString(), QStringLiteral("$: the document is an array; expected a JSON object"));
}

void TestConfigReader::refusesNewerSchema()
{
    const QJsonObject document = withValue(IntegrationConfig().toJson(), QStringLiteral("schemaVersion"), 7);
    const ConfigReadResult result = ConfigReader::read(document);
    QVERIFY(!result.config);
    QCOMPARE(result.sourceSchemaVersion, 7);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().problem.contains(QLatin1String("written by a newer Callbridge")));
}

void TestConfigReader::loopbackHttpAllowedForDemo()
{
    QJsonObject document = IntegrationConfig().toJson();
    document = withValue(document, QStringLiteral("connection.environment"), QStringLiteral("demo"));
    document = withValue(document, QStringLiteral("connection.instanceUrl"), QStringLiteral("http://127.0.0.1:4321"));
    QVERIFY(ConfigReader::read(document).config.has_value());

    document =
        withValue(document, QStringLiteral("connection.instanceUrl"), QStringLiteral("https://na1.salesforce.com"));
    const ConfigReadResult remote = ConfigReader::read(document);
    QCOMPARE(remote.errors.size(), 1);
    QVERIFY(remote.errors.first().problem.contains(QLatin1String("the demo org runs locally")));
}

void TestConfigReader::filterOnRecordFieldsNeedsNoCache()
{
    // Which account and opportunity fields exist is known from the org's cache only: the reader
    // checks the filter's syntax and the call's own fields, and takes record fields as written.
    const QJsonObject document = withValue(IntegrationConfig().toJson(), QStringLiteral("callFilter"),
        QStringLiteral("account.Industry = \"Manufacturing\" and not opportunity.Amount < 5000 "
                       "and opportunity.CloseDate exists and duration > 5m"));
    const ConfigReadResult result = ConfigReader::read(document);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
}

QTEST_GUILESS_MAIN(TestConfigReader)
#include "TestConfigReader.moc"
