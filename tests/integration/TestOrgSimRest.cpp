#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/OrgSimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

QStringList fieldNames(const QJsonObject& describe)
{
    QStringList names;
    for (const QJsonValue& field : describe.value(QStringLiteral("fields")).toArray()) {
        names.append(field.toObject().value(QStringLiteral("name")).toString());
    }
    return names;
}

qint64 count(TestHttp& http, const QString& soql)
{
    return http.query(soql).json().object().value(QStringLiteral("totalSize")).toInteger(-1);
}

} // namespace

class TestOrgSimRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fieldLevelSecurityHidesFields();
    void viewAllOverridesTheRole();
    void setupObjectsNeedViewSetup();
    void permissionSetsAddToTheProfile();
    void paginationCoversEveryRecordOnce();
    void errorCodes_data();
    void errorCodes();
    void invalidLocatorAndVersion();
    void apiCounterAndDailyLimit();
    void compositeIsOneCallWithReferences();
    void compositeAllOrNoneRollsBack();
    void batchCountsEverySubrequest();
    void taskLifecycle();
    void writesAreChecked();
    void bulkQueryJob();
    void textComesBackAsWritten();
    void bulkRefusesWhatSalesforceRefuses();
    void describeHonoursIfModifiedSince();
    void fifteenCharacterIdsAreAccepted();
    void injectedFaults();
    void semiJoinsAndAntiJoins();

private:
    std::unique_ptr<OrgSimFixture> m_org;
    QString m_integration;
    QString m_limited;
    QString m_admin;
    QString m_noSetup;
};

void TestOrgSimRest::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_integration = m_org->accessTokenFor(OrgSimFixture::integrationUser());
    m_limited = m_org->accessTokenFor(OrgSimFixture::limitedUser());
    m_admin = m_org->accessTokenFor(OrgSimFixture::adminUser());
    m_noSetup = m_org->accessTokenFor(OrgSimFixture::noSetupUser());
    QVERIFY(!m_integration.isEmpty() && !m_limited.isEmpty() && !m_admin.isEmpty() && !m_noSetup.isEmpty());
}

void TestOrgSimRest::fieldLevelSecurityHidesFields()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_limited);
    const HttpResult describe = http.get(QStringLiteral("/services/data/v60.0/sobjects/Contact/describe"));
    QCOMPARE(describe.status, 200);
    QVERIFY(!fieldNames(describe.json().object()).contains(QStringLiteral("Email")));
    QVERIFY(fieldNames(describe.json().object()).contains(QStringLiteral("LastName")));
    const HttpResult query = http.query(QStringLiteral("SELECT Id, Email FROM Contact"));
    QCOMPARE(query.status, 400);
    QCOMPARE(query.errorCode(), QStringLiteral("INVALID_FIELD"));

    http.setBearer(m_integration);
    QVERIFY(fieldNames(http.get(QStringLiteral("/services/data/v60.0/sobjects/Contact/describe")).json().object())
                .contains(QStringLiteral("Email")));
    QCOMPARE(http.query(QStringLiteral("SELECT Id, Email FROM Contact LIMIT 1")).status, 200);
}

void TestOrgSimRest::viewAllOverridesTheRole()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_admin);
    const qint64 all = count(http, QStringLiteral("SELECT COUNT() FROM Opportunity"));
    QVERIFY(all > 0);
    http.setBearer(m_integration); // View All Records on Opportunity
    QCOMPARE(count(http, QStringLiteral("SELECT COUNT() FROM Opportunity")), all);
    http.setBearer(m_limited); // Read only, in a role with nobody below: sees what it owns
    QCOMPARE(count(http, QStringLiteral("SELECT COUNT() FROM Opportunity")), 0);
    // Contacts are controlled by their account, where the limited user still has View All.
    QCOMPARE(count(http, QStringLiteral("SELECT COUNT() FROM Contact")), 400);
}

void TestOrgSimRest::setupObjectsNeedViewSetup()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_noSetup);
    const HttpResult refused = http.query(QStringLiteral("SELECT Id FROM PermissionSetAssignment"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_TYPE"));
    QCOMPARE(http.get(QStringLiteral("/services/data/v60.0/limits")).status, 403);
    http.setBearer(m_integration);
    QVERIFY(count(http, QStringLiteral("SELECT COUNT() FROM PermissionSetAssignment")) > 0);
}

void TestOrgSimRest::permissionSetsAddToTheProfile()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    // The integration profile grants no object access; the permission set grants Account.
    const HttpResult sets = http.query(
        QStringLiteral("SELECT PermissionSet.Name, PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment "
                       "WHERE Assignee.Username = 'integration@callbridge-demo.example'"));
    QCOMPARE(sets.status, 200);
    QCOMPARE(sets.json().object().value(QStringLiteral("totalSize")).toInt(), 2);
    const HttpResult profileAccess = http.query(QStringLiteral(
        "SELECT COUNT() FROM ObjectPermissions WHERE SobjectType = 'Account' AND Parent.IsOwnedByProfile = true "
        "AND Parent.Label = 'Minimum Access - API Only Integrations'"));
    QCOMPARE(profileAccess.json().object().value(QStringLiteral("totalSize")).toInt(), 0);
    QCOMPARE(http.query(QStringLiteral("SELECT Id FROM Account LIMIT 1")).status, 200);
}

void TestOrgSimRest::paginationCoversEveryRecordOnce()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    HttpResult page = http.get(QStringLiteral("/services/data/v60.0/query?q=SELECT+Id+FROM+Contact"),
        { { "Sforce-Query-Options", "batchSize=150" } });
    QSet<QString> ids;
    int pages = 0;
    while (true) {
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json().object();
        QCOMPARE(body.value(QStringLiteral("totalSize")).toInt(), 400);
        ++pages;
        for (const QJsonValue& record : body.value(QStringLiteral("records")).toArray()) {
            ids.insert(record.toObject().value(QStringLiteral("Id")).toString());
        }
        if (body.value(QStringLiteral("done")).toBool()) {
            QVERIFY(!body.contains(QStringLiteral("nextRecordsUrl")));
            break;
        }
        page = http.get(body.value(QStringLiteral("nextRecordsUrl")).toString());
    }
    QCOMPARE(pages, 2); // batch sizes below 200 are raised to 200
    QCOMPARE(ids.size(), 400);
}

void TestOrgSimRest::errorCodes_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed")
        << QStringLiteral("SELECT Id FRM Contact") << QStringLiteral("MALFORMED_QUERY")
        << QStringLiteral("\nSELECT Id FRM Contact\n          ^\nERROR at Row:1:Column:11\nunexpected token: FRM");
    QTest::newRow("end of query") << QStringLiteral("SELECT Id FROM") << QStringLiteral("MALFORMED_QUERY")
                                  << QStringLiteral("unexpected token: <EOF>");
    QTest::newRow("mixed and or") << QStringLiteral(
        "SELECT Id FROM Contact WHERE Title = 'a' AND Title = 'b' OR Title = 'c'")
                                  << QStringLiteral("MALFORMED_QUERY") << QStringLiteral("unexpected token: OR");
    QTest::newRow("unknown field") << QStringLiteral("SELECT Id, Xyzzy FROM Account") << QStringLiteral("INVALID_FIELD")
                                   << QStringLiteral("No such column 'Xyzzy' on entity 'Account'");
    QTest::newRow("unknown relationship")
        << QStringLiteral("SELECT Id, Foo.Name FROM Contact") << QStringLiteral("INVALID_FIELD")
        << QStringLiteral("Didn't understand relationship 'Foo' in field path");
    QTest::newRow("unknown object") << QStringLiteral("SELECT Id FROM Xyzzy") << QStringLiteral("INVALID_TYPE")
                                    << QStringLiteral("\nSELECT Id FROM Xyzzy\n               ^\nERROR at "
                                                      "Row:1:Column:16\nsObject type 'Xyzzy' is not supported.");
    QTest::newRow("quoted number") << QStringLiteral("SELECT Id FROM Opportunity WHERE Amount > '5'")
                                   << QStringLiteral("INVALID_FIELD")
                                   << QStringLiteral("value of filter criterion for field 'Amount' must be of type "
                                                     "double and should not be enclosed in quotes");
    QTest::newRow("unquoted string") << QStringLiteral("SELECT Id FROM Account WHERE Name = 5")
                                     << QStringLiteral("INVALID_FIELD")
                                     << QStringLiteral("must be of type string and should be enclosed in quotes");
    QTest::newRow("not filterable") << QStringLiteral("SELECT Id FROM Account WHERE Description = 'x'")
                                    << QStringLiteral("INVALID_FIELD")
                                    << QStringLiteral("field 'Description' can not be filtered in a query call");
    QTest::newRow("not sortable") << QStringLiteral("SELECT Id FROM Account ORDER BY Description")
                                  << QStringLiteral("INVALID_FIELD")
                                  << QStringLiteral("field 'Description' can not be sorted in a query call");
    QTest::newRow("includes on picklist")
        << QStringLiteral("SELECT Id FROM Account WHERE Industry INCLUDES ('x')") << QStringLiteral("INVALID_FIELD")
        << QStringLiteral("includes or excludes operator only valid on multipicklist field");
    QTest::newRow("bad id") << QStringLiteral("SELECT Id FROM Account WHERE Id = 'abc'")
                            << QStringLiteral("INVALID_QUERY_FILTER_OPERATOR")
                            << QStringLiteral("invalid ID field: abc");
    QTest::newRow("duplicate") << QStringLiteral("SELECT Id, Name, name FROM Account")
                               << QStringLiteral("MALFORMED_QUERY") << QStringLiteral("duplicate field selected: name");
}

void TestOrgSimRest::errorCodes()
{
    QFETCH(QString, soql);
    QFETCH(QString, code);
    QFETCH(QString, message);
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult result = http.query(soql);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), code);
    const QString actual = result.json().array().first().toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(actual.contains(message), qPrintable(actual));
}

void TestOrgSimRest::invalidLocatorAndVersion()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult locator = http.get(QStringLiteral("/services/data/v60.0/query/0r85g0000000999AAA-2000"));
    QCOMPARE(locator.status, 400);
    QCOMPARE(locator.errorCode(), QStringLiteral("INVALID_QUERY_LOCATOR"));
    const HttpResult version = http.get(QStringLiteral("/services/data/v20.0/sobjects"));
    QCOMPARE(version.status, 404);
    QCOMPARE(version.errorCode(), QStringLiteral("NOT_FOUND"));
    http.setBearer(QStringLiteral("00Dbogus!token"));
    const HttpResult session = http.get(QStringLiteral("/services/data/v60.0/sobjects"));
    QCOMPARE(session.status, 401);
    QCOMPARE(session.errorCode(), QStringLiteral("INVALID_SESSION_ID"));
}

void TestOrgSimRest::apiCounterAndDailyLimit()
{
    orgsim::OrgSimOptions options;
    options.apiDailyLimit = 4;
    OrgSimFixture org(options);
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    QCOMPARE(http.get(QStringLiteral("/services/data/v60.0/sobjects")).header("Sforce-Limit-Info"),
        QByteArray("api-usage=1/4"));
    QCOMPARE(http.get(QStringLiteral("/services/data/v60.0/limits")).header("Sforce-Limit-Info"),
        QByteArray("api-usage=2/4"));
    const HttpResult limits = http.get(QStringLiteral("/services/data/v60.0/limits"));
    QCOMPARE(limits.json()
                 .object()
                 .value(QStringLiteral("DailyApiRequests"))
                 .toObject()
                 .value(QStringLiteral("Remaining"))
                 .toInt(),
        1);
    QCOMPARE(http.get(QStringLiteral("/services/data/v60.0/sobjects")).status, 200);
    const HttpResult refused = http.get(QStringLiteral("/services/data/v60.0/sobjects"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    QCOMPARE(refused.json().array().first().toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("TotalRequests Limit exceeded."));
    QCOMPARE(refused.header("Sforce-Limit-Info"), QByteArray("api-usage=4/4"));
}

void TestOrgSimRest::compositeIsOneCallWithReferences()
{
    OrgSimFixture org;
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    const QByteArray body = R"({"allOrNone": false, "compositeRequest": [
        {"method": "GET", "url": "/services/data/v60.0/query?q=SELECT+Id,+AccountId+FROM+Contact+LIMIT+1", "referenceId": "contact"},
        {"method": "POST", "url": "/services/data/v60.0/sobjects/Task", "referenceId": "task",
         "body": {"Subject": "Call with customer", "WhoId": "@{contact.records[0].Id}", "WhatId": "@{contact.records[0].AccountId}",
                  "ActivityDate": "2026-11-20", "Status": "Completed", "TaskSubtype": "Call", "CallDurationInSeconds": 1800}},
        {"method": "GET", "url": "/services/data/v60.0/sobjects/Task/@{task.id}?fields=Subject,WhoId", "referenceId": "check"}]})";
    const HttpResult result = http.post(QStringLiteral("/services/data/v60.0/composite"), body);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Sforce-Limit-Info"), QByteArray("api-usage=1/100000"));
    const QJsonArray responses = result.json().object().value(QStringLiteral("compositeResponse")).toArray();
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.at(1).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 201);
    const QString taskId =
        responses.at(1).toObject().value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(taskId.startsWith(QStringLiteral("00T")));
    QCOMPARE(responses.at(1)
                 .toObject()
                 .value(QStringLiteral("httpHeaders"))
                 .toObject()
                 .value(QStringLiteral("Location"))
                 .toString(),
        QStringLiteral("/services/data/v60.0/sobjects/Task/") + taskId);
    const QJsonObject check = responses.at(2).toObject().value(QStringLiteral("body")).toObject();
    QCOMPARE(check.value(QStringLiteral("Subject")).toString(), QStringLiteral("Call with customer"));
    QVERIFY(check.value(QStringLiteral("WhoId")).toString().startsWith(QStringLiteral("003")));
}

void TestOrgSimRest::compositeAllOrNoneRollsBack()
{
    OrgSimFixture org;
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    const qint64 before = count(http, QStringLiteral("SELECT COUNT() FROM Task"));
    const QByteArray body = R"({"allOrNone": true, "compositeRequest": [
        {"method": "POST", "url": "/services/data/v60.0/sobjects/Task", "referenceId": "good", "body": {"Subject": "Kept?"}},
        {"method": "POST", "url": "/services/data/v60.0/sobjects/Task", "referenceId": "bad", "body": {"NoSuchField": 1}}]})";
    const QJsonArray responses = http.post(QStringLiteral("/services/data/v60.0/composite"), body)
                                     .json()
                                     .object()
                                     .value(QStringLiteral("compositeResponse"))
                                     .toArray();
    QCOMPARE(responses.at(0).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 400);
    QCOMPARE(responses.at(0)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("errorCode"))
                 .toString(),
        QStringLiteral("PROCESSING_HALTED"));
    QCOMPARE(responses.at(1)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("errorCode"))
                 .toString(),
        QStringLiteral("INVALID_FIELD"));
    QCOMPARE(count(http, QStringLiteral("SELECT COUNT() FROM Task")), before);
}

void TestOrgSimRest::batchCountsEverySubrequest()
{
    OrgSimFixture org;
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    const QByteArray body = R"({"haltOnError": false, "batchRequests": [
        {"method": "GET", "url": "v60.0/limits"}, {"method": "GET", "url": "v60.0/sobjects/Account/describe"},
        {"method": "GET", "url": "v60.0/sobjects/Nope/describe"}]})";
    const HttpResult result = http.post(QStringLiteral("/services/data/v60.0/composite/batch"), body);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Sforce-Limit-Info"), QByteArray("api-usage=3/100000"));
    const QJsonObject json = result.json().object();
    QCOMPARE(json.value(QStringLiteral("hasErrors")).toBool(), true);
    QCOMPARE(
        json.value(QStringLiteral("results")).toArray().at(2).toObject().value(QStringLiteral("statusCode")).toInt(),
        404);
}

void TestOrgSimRest::taskLifecycle()
{
    OrgSimFixture org;
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    const HttpResult created = http.post(QStringLiteral("/services/data/v60.0/sobjects/Task"),
        R"({"Subject": "Discovery call", "ActivityDate": "2026-11-19"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json().object().value(QStringLiteral("id")).toString();
    const HttpResult fetched = http.get(QStringLiteral("/services/data/v60.0/sobjects/Task/") + id);
    QCOMPARE(fetched.json().object().value(QStringLiteral("Status")).toString(), QStringLiteral("Not Started"));
    QCOMPARE(
        http.patch(QStringLiteral("/services/data/v60.0/sobjects/Task/") + id, R"({"Status": "Completed"})").status,
        204);
    QCOMPARE(http.get(QStringLiteral("/services/data/v60.0/sobjects/Task/") + id)
                 .json()
                 .object()
                 .value(QStringLiteral("Status"))
                 .toString(),
        QStringLiteral("Completed"));
    QCOMPARE(http.remove(QStringLiteral("/services/data/v60.0/sobjects/Task/") + id).status, 204);
    const HttpResult gone = http.get(QStringLiteral("/services/data/v60.0/sobjects/Task/") + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(count(http, QStringLiteral("SELECT COUNT() FROM Task WHERE Id = '%1'").arg(id)), 0);
    const HttpResult all =
        http.get(QStringLiteral("/services/data/v60.0/queryAll?q=SELECT+Id,+IsDeleted+FROM+Task+WHERE+Id+=+'") + id
            + QLatin1Char('\''));
    QCOMPARE(all.json()
                 .object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("IsDeleted"))
                 .toBool(),
        true);
}

void TestOrgSimRest::writesAreChecked()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_limited); // no Edit Tasks
    const HttpResult noEditTasks =
        http.post(QStringLiteral("/services/data/v60.0/sobjects/Task"), R"({"Subject": "x"})");
    QCOMPARE(noEditTasks.status, 400);
    QCOMPARE(noEditTasks.errorCode(), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));

    http.setBearer(m_integration);
    const HttpResult readOnly = http.post(QStringLiteral("/services/data/v60.0/sobjects/Task"),
        R"({"Subject": "x", "CreatedDate": "2020-01-01T00:00:00Z"})");
    QCOMPARE(readOnly.errorCode(), QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"));
    const HttpResult wrongTarget = http.post(
        QStringLiteral("/services/data/v60.0/sobjects/Task"), R"({"Subject": "x", "WhoId": "0015g0000000000AAA"})");
    QCOMPARE(wrongTarget.errorCode(), QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));
    const HttpResult eventWithoutEnd = http.post(QStringLiteral("/services/data/v60.0/sobjects/Event"),
        R"({"Subject": "Demo", "StartDateTime": "2026-11-20T10:00:00.000+0000"})");
    QCOMPARE(eventWithoutEnd.errorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    const HttpResult endlessEvent = http.post(QStringLiteral("/services/data/v60.0/sobjects/Event"),
        R"({"Subject": "Demo", "StartDateTime": "2026-11-20T10:00:00.000+0000", "DurationInMinutes": 1e10})");
    QCOMPARE(endlessEvent.errorCode(), QStringLiteral("JSON_PARSER_ERROR")); // int fields are 32-bit
    const HttpResult event = http.post(QStringLiteral("/services/data/v60.0/sobjects/Event"),
        R"({"Subject": "Demo", "StartDateTime": "2026-11-20T10:00:00.000+0000", "DurationInMinutes": 30})");
    QCOMPARE(event.status, 201);
    const QJsonObject stored = http.get(QStringLiteral("/services/data/v60.0/sobjects/Event/")
                                       + event.json().object().value(QStringLiteral("id")).toString())
                                   .json()
                                   .object();
    QCOMPARE(stored.value(QStringLiteral("EndDateTime")).toString(), QStringLiteral("2026-11-20T10:30:00.000+0000"));
    const HttpResult badJson = http.post(QStringLiteral("/services/data/v60.0/sobjects/Task"), "{\"Subject\": ");
    QCOMPARE(badJson.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
}

void TestOrgSimRest::bulkQueryJob()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult created = http.post(QStringLiteral("/services/data/v60.0/jobs/query"),
        R"({"operation": "query", "query": "SELECT Id, Email, Account.Name FROM Contact"})");
    QCOMPARE(created.status, 200);
    const QJsonObject job = created.json().object();
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("UploadComplete"));
    const QString jobPath =
        QStringLiteral("/services/data/v60.0/jobs/query/") + job.value(QStringLiteral("id")).toString();
    QString state;
    for (int polls = 0; polls < 5 && state != QLatin1String("JobComplete"); ++polls) {
        state = http.get(jobPath).json().object().value(QStringLiteral("state")).toString();
    }
    QCOMPARE(state, QStringLiteral("JobComplete"));
    QByteArray locator;
    int rows = 0;
    int pages = 0;
    do {
        const HttpResult page = http.get(jobPath + QStringLiteral("/results?maxRecords=150")
            + (locator.isEmpty() ? QString() : QStringLiteral("&locator=") + QString::fromLatin1(locator)));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/csv"));
        const QList<QByteArray> lines = page.body.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("\"Id\",\"Email\",\"Account.Name\""));
        QCOMPARE(page.header("Sforce-NumberOfRecords").toInt(), lines.size() - 1);
        rows += int(lines.size()) - 1;
        locator = page.header("Sforce-Locator");
        ++pages;
    } while (locator != "null");
    QCOMPARE(rows, 400);
    QCOMPARE(pages, 3);
}

// Every kind of character a text field may hold comes back as written: in a REST page's JSON
// (written as Qt writes JSON: parsing and writing it again gives the same bytes) and in a Bulk
// API 2.0 result's CSV (every field quoted, quotes doubled, UTF-8), with the same date-times.
void TestOrgSimRest::textComesBackAsWritten()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_admin);
    const QString lastName = QStringLiteral("Quote \" back\\slash /slash\nline\ttab\r\u0001\u001f\u007f "
                                            "M\u00fcller \u20ac \u2028 \U0001F600 O'Brien");
    const QString firstName = QStringLiteral("a,b;c|d`e^f");
    const HttpResult created = http.post(QStringLiteral("/services/data/v60.0/sobjects/Contact"),
        QJsonDocument(
            QJsonObject { { QStringLiteral("LastName"), lastName }, { QStringLiteral("FirstName"), firstName } })
            .toJson(QJsonDocument::Compact));
    QCOMPARE(created.status, 201);
    const QString id = created.json().object().value(QStringLiteral("id")).toString();
    const QString soql =
        QStringLiteral("SELECT Id, FirstName, LastName, Title, IsDeleted, CreatedDate FROM Contact WHERE Id = '%1'")
            .arg(id);

    const HttpResult page = http.query(soql);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().toJson(QJsonDocument::Compact), page.body);
    const QJsonObject record = page.records().first().toObject();
    QCOMPARE(record.value(QStringLiteral("LastName")).toString(), lastName);
    QCOMPARE(record.value(QStringLiteral("FirstName")).toString(), firstName);
    QVERIFY(record.value(QStringLiteral("Title")).isNull());
    const QString createdDate = record.value(QStringLiteral("CreatedDate")).toString();
    QVERIFY(createdDate.endsWith(QStringLiteral("+0000")));

    const HttpResult job = http.post(QStringLiteral("/services/data/v60.0/jobs/query"),
        QJsonDocument(
            QJsonObject { { QStringLiteral("operation"), QStringLiteral("query") }, { QStringLiteral("query"), soql } })
            .toJson(QJsonDocument::Compact));
    QCOMPARE(job.status, 200);
    const QString jobPath =
        QStringLiteral("/services/data/v60.0/jobs/query/") + job.json().object().value(QStringLiteral("id")).toString();
    QString state;
    for (int polls = 0; polls < 5 && state != QLatin1String("JobComplete"); ++polls) {
        state = http.get(jobPath).json().object().value(QStringLiteral("state")).toString();
    }
    QCOMPARE(state, QStringLiteral("JobComplete"));
    const HttpResult results = http.get(jobPath + QStringLiteral("/results"));
    QCOMPARE(results.status, 200);
    const auto quoted = [](const QString& value) -> QByteArray {
        return '"' + value.toUtf8().replace('"', "\"\"") + '"';
    };
    const QByteArray expected = "\"Id\",\"FirstName\",\"LastName\",\"Title\",\"IsDeleted\",\"CreatedDate\"\n"
        + quoted(id) + ',' + quoted(firstName) + ',' + quoted(lastName) + ",\"\",\"false\","
        + quoted(createdDate.chopped(5) + QLatin1Char('Z')) + '\n';
    QCOMPARE(results.body, expected);
}

void TestOrgSimRest::bulkRefusesWhatSalesforceRefuses()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult compound = http.post(QStringLiteral("/services/data/v60.0/jobs/query"),
        R"({"operation": "query", "query": "SELECT Id, BillingAddress FROM Account"})");
    QCOMPARE(compound.status, 400);
    QCOMPARE(compound.json().array().first().toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Selecting compound data not supported in Bulk Query"));
    const HttpResult aggregate = http.post(QStringLiteral("/services/data/v60.0/jobs/query"),
        R"({"operation": "query", "query": "SELECT COUNT() FROM Account"})");
    QCOMPARE(aggregate.status, 400);
    const HttpResult operation = http.post(QStringLiteral("/services/data/v60.0/jobs/query"),
        R"({"operation": "insert", "query": "SELECT Id FROM Account"})");
    QCOMPARE(operation.status, 400);
}

void TestOrgSimRest::describeHonoursIfModifiedSince()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult first = http.get(QStringLiteral("/services/data/v60.0/sobjects/Account/describe"));
    QCOMPARE(first.status, 200);
    const QByteArray lastModified = first.header("Last-Modified");
    QVERIFY(!lastModified.isEmpty());
    const HttpResult second = http.get(
        QStringLiteral("/services/data/v60.0/sobjects/Account/describe"), { { "If-Modified-Since", lastModified } });
    QCOMPARE(second.status, 304);
    QVERIFY(second.body.isEmpty());
    const HttpResult older = http.get(QStringLiteral("/services/data/v60.0/sobjects/Account/describe"),
        { { "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT" } });
    QCOMPARE(older.status, 200);
}

void TestOrgSimRest::fifteenCharacterIdsAreAccepted()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const QString id18 = http.query(QStringLiteral("SELECT Id FROM Account LIMIT 1"))
                             .json()
                             .object()
                             .value(QStringLiteral("records"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("Id"))
                             .toString();
    QCOMPARE(id18.size(), 18);
    const HttpResult by15 = http.get(QStringLiteral("/services/data/v60.0/sobjects/Account/") + id18.left(15));
    QCOMPARE(by15.status, 200);
    QCOMPARE(by15.json().object().value(QStringLiteral("Id")).toString(), id18);
    QCOMPARE(count(http, QStringLiteral("SELECT COUNT() FROM Account WHERE Id = '%1'").arg(id18.left(15))), 1);
}

void TestOrgSimRest::injectedFaults()
{
    orgsim::OrgSimOptions options;
    options.faults.unavailableRate = 1.0;
    OrgSimFixture unavailable(options);
    TestHttp http(unavailable.instanceUrl());
    http.setBearer(unavailable.accessTokenFor(OrgSimFixture::integrationUser()));
    const HttpResult busy = http.get(QStringLiteral("/services/data/v60.0/sobjects"));
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.errorCode(), QStringLiteral("SERVER_UNAVAILABLE"));

    orgsim::OrgSimOptions dropping;
    dropping.faults.dropConnectionRate = 1.0;
    OrgSimFixture dropper(dropping);
    TestHttp dropped(dropper.instanceUrl());
    dropped.setBearer(dropper.accessTokenFor(OrgSimFixture::integrationUser()));
    const HttpResult cut = dropped.get(QStringLiteral("/services/data/v60.0/sobjects"));
    QVERIFY(!cut.networkError.isEmpty() || cut.json().isNull());

    orgsim::OrgSimOptions expiring;
    expiring.faults.sessionExpiryAfterRequests = 2;
    OrgSimFixture expirer(expiring);
    TestHttp session(expirer.instanceUrl());
    session.setBearer(expirer.accessTokenFor(OrgSimFixture::integrationUser()));
    QCOMPARE(session.get(QStringLiteral("/services/data/v60.0/sobjects")).status, 200);
    QCOMPARE(session.get(QStringLiteral("/services/data/v60.0/sobjects")).status, 200);
    QCOMPARE(session.get(QStringLiteral("/services/data/v60.0/sobjects")).status, 401);
}

void TestOrgSimRest::semiJoinsAndAntiJoins()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const QString userId =
        http.query(QStringLiteral("SELECT Id FROM User WHERE Username = 'integration@callbridge-demo.example'"))
            .json()
            .object()
            .value(QStringLiteral("records"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toString();
    QStringList setIds;
    for (const QJsonValue& record :
        http.query(QStringLiteral("SELECT PermissionSetId FROM PermissionSetAssignment WHERE "
                                  "AssigneeId = '%1'")
                       .arg(userId))
            .json()
            .object()
            .value(QStringLiteral("records"))
            .toArray()) {
        setIds.append(QLatin1Char('\'') + record.toObject().value(QStringLiteral("PermissionSetId")).toString()
            + QLatin1Char('\''));
    }
    QCOMPARE(setIds.size(), 2);
    const qint64 twoSteps = count(http,
        QStringLiteral("SELECT COUNT() FROM ObjectPermissions WHERE ParentId IN (%1)")
            .arg(setIds.join(QLatin1Char(','))));
    const qint64 semiJoin = count(http,
        QStringLiteral("SELECT COUNT() FROM ObjectPermissions WHERE ParentId IN "
                       "(SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '%1')")
            .arg(userId));
    QVERIFY(twoSteps > 0);
    QCOMPARE(semiJoin, twoSteps);

    const qint64 contacts = count(http, QStringLiteral("SELECT COUNT() FROM Contact"));
    const qint64 withRoles = count(
        http, QStringLiteral("SELECT COUNT() FROM Contact WHERE Id IN (SELECT ContactId FROM OpportunityContactRole)"));
    const qint64 withoutRoles = count(http,
        QStringLiteral("SELECT COUNT() FROM Contact WHERE Id NOT IN (SELECT ContactId FROM OpportunityContactRole)"));
    QVERIFY(withRoles > 0);
    QCOMPARE(withRoles + withoutRoles, contacts);

    const HttpResult notAnId =
        http.query(QStringLiteral("SELECT Id FROM Contact WHERE Id IN (SELECT Role FROM OpportunityContactRole)"));
    QCOMPARE(notAnId.errorCode(), QStringLiteral("MALFORMED_QUERY"));
    const HttpResult unknown = http.query(QStringLiteral("SELECT Id FROM Contact WHERE Id IN (SELECT Id FROM Nope)"));
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_TYPE"));
}

QTEST_GUILESS_MAIN(TestOrgSimRest)
#include "TestOrgSimRest.moc"
