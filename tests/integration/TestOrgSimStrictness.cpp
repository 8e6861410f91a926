// orgsim is as strict as Salesforce where Salesforce is strict: string escapes, composite and
// batch request bodies, OFFSET, time literals, and the size of a request (each case here was
// accepted before); and as lenient where it is lenient (a path with a double slash, the
// Tooling API's answer, identity URLs in TestOrgSimOAuth).
#include "tests/support/OrgSimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

QString errorCode(const HttpResult& result)
{
    return result.json().array().first().toObject().value(QStringLiteral("errorCode")).toString();
}

QStringList names(const HttpResult& result)
{
    QStringList found;
    for (const QJsonValue& record : result.json().object().value(QStringLiteral("records")).toArray()) {
        found.append(record.toObject().value(QStringLiteral("Name")).toString());
    }
    found.sort();
    return found;
}

QByteArray compositeOf(const QByteArray& subrequests)
{
    return R"({"allOrNone": false, "compositeRequest": [)" + subrequests + "]}";
}

} // namespace

class TestOrgSimStrictness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyDocumentedEscapes_data();
    void onlyDocumentedEscapes();
    void likeEscapesMatchLiterally();
    void compositeRefusesWhatSalesforceRefuses_data();
    void compositeRefusesWhatSalesforceRefuses();
    void compositeStillServesItsResources();
    void batchRefusesWhatSalesforceRefuses();
    void offsetLimits();
    void timeLiteralsAreUnquoted();
    void requestLineAndHeadersLimit();
    void soqlStatementLimit();
    void toolingQueryAnswersLikeSalesforce();
    void doubleSlashPathIsServed();
    void columnsTrueAnswersColumnMetadata();

private:
    std::unique_ptr<OrgSimFixture> m_org;
    QString m_integration;
    QString m_admin;
};

void TestOrgSimStrictness::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_integration = m_org->accessTokenFor(OrgSimFixture::integrationUser());
    m_admin = m_org->accessTokenFor(OrgSimFixture::adminUser());
    QVERIFY(!m_integration.isEmpty() && !m_admin.isEmpty());
}

void TestOrgSimStrictness::onlyDocumentedEscapes_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<int>("status");
    QTest::newRow("\\q") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name = 'a\qb')") << 400;
    QTest::newRow("\\_ outside LIKE") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name = 'a\_b')") << 400;
    QTest::newRow("\\% in IN") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name IN ('a\%'))") << 400;
    QTest::newRow("short \\u") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name = 'a\u00e')") << 400;
    QTest::newRow("\\_ in LIKE") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name LIKE 'a\_b')") << 200;
    QTest::newRow("quotes") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name = 'Bob\'s \"BBQ\"')") << 200;
    QTest::newRow("controls") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name = 'a\n\N\r\R\t\T\b\B\f\F\\')")
                              << 200;
    QTest::newRow("\\uXXXX") << QStringLiteral(R"(SELECT Id FROM Account WHERE Name = 'Caf\u00e9')") << 200;
}

void TestOrgSimStrictness::onlyDocumentedEscapes()
{
    QFETCH(QString, soql);
    QFETCH(int, status);
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult result = http.query(soql);
    QCOMPARE(result.status, status);
    if (status == 400) {
        QCOMPARE(errorCode(result), QStringLiteral("MALFORMED_QUERY"));
        QVERIFY2(result.json().array().first()[QStringLiteral("message")].toString().contains(
                     QLatin1String("Illegal character sequence")),
            result.body.constData());
    }
}

void TestOrgSimStrictness::likeEscapesMatchLiterally()
{
    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_admin);
    for (const char* name : { "Strict%Ter", "StrictXTer", "Strict_1", "StrictA1", "Strict\\Caf\u00e9" }) {
        QCOMPARE(admin
                     .post(QStringLiteral("/services/data/v60.0/sobjects/Account"),
                         QJsonDocument(QJsonObject { { QStringLiteral("Name"), QString::fromUtf8(name) } }).toJson())
                     .status,
            201);
    }
    const auto like = [&admin](const QString& pattern) {
        return names(admin.query(QStringLiteral("SELECT Name FROM Account WHERE Name LIKE '%1'").arg(pattern)));
    };
    QCOMPARE(like(QStringLiteral(R"(Strict\%Ter)")), QStringList { QStringLiteral("Strict%Ter") });
    QCOMPARE(like(QStringLiteral(R"(Strict%Ter)")),
        (QStringList { QStringLiteral("Strict%Ter"), QStringLiteral("StrictXTer") }));
    QCOMPARE(like(QStringLiteral(R"(Strict\_1)")), QStringList { QStringLiteral("Strict_1") });
    QCOMPARE(
        like(QStringLiteral(R"(Strict_1)")), (QStringList { QStringLiteral("StrictA1"), QStringLiteral("Strict_1") }));
    QCOMPARE(like(QStringLiteral(R"(Strict\\Caf\u00e9)")), QStringList { QStringLiteral("Strict\\Caf\u00e9") });
    QCOMPARE(like(QStringLiteral(R"(strict\%%)")), QStringList { QStringLiteral("Strict%Ter") });
}

void TestOrgSimStrictness::compositeRefusesWhatSalesforceRefuses_data()
{
    QTest::addColumn<QByteArray>("subrequests");
    const QByteArray query = R"("url": "/services/data/v60.0/query?q=SELECT+Id+FROM+Account+LIMIT+1")";
    QTest::newRow("Accept header") << QByteArray(
        R"({"method": "GET", )" + query + R"(, "referenceId": "a", "httpHeaders": {"Accept": "application/json"}})");
    QTest::newRow("authorization header") << QByteArray(
        R"({"method": "GET", )" + query + R"(, "referenceId": "a", "httpHeaders": {"authorization": "Bearer x"}})");
    QTest::newRow("Content-Type header") << QByteArray(
        R"({"method": "POST", "url": "/services/data/v60.0/sobjects/Account", "referenceId": "a", "body": {"Name": "x"}, "httpHeaders": {"Content-Type": "application/json"}})");
    QTest::newRow("limits") << QByteArray(
        R"({"method": "GET", "url": "/services/data/v60.0/limits", "referenceId": "a"})");
    QTest::newRow("bulk job") << QByteArray(
        R"({"method": "POST", "url": "/services/data/v60.0/jobs/query", "referenceId": "a", "body": {"operation": "query", "query": "SELECT Id FROM Account"}})");
    QTest::newRow("nested composite") << QByteArray(
        R"({"method": "POST", "url": "/services/data/v60.0/composite", "referenceId": "a", "body": {"compositeRequest": []}})");
    QTest::newRow("lower-case method") << QByteArray(R"({"method": "get", )" + query + R"(, "referenceId": "a"})");
    QTest::newRow("no referenceId") << QByteArray(R"({"method": "GET", )" + query + "}");
    QTest::newRow("duplicate referenceId") << QByteArray(R"({"method": "GET", )" + query
        + R"(, "referenceId": "a"}, {"method": "GET", )" + query + R"(, "referenceId": "a"})");
    QTest::newRow("referenceId with a dash")
        << QByteArray(R"({"method": "GET", )" + query + R"(, "referenceId": "new-account"})");
    QTest::newRow("referenceId with a dot")
        << QByteArray(R"({"method": "GET", )" + query + R"(, "referenceId": "a.b"})");
    QTest::newRow("referenceId starting with _")
        << QByteArray(R"({"method": "GET", )" + query + R"(, "referenceId": "_a"})");
}

void TestOrgSimStrictness::compositeRefusesWhatSalesforceRefuses()
{
    QFETCH(QByteArray, subrequests);
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    // A creation before the refused subrequest does not run either: the whole request fails.
    const QByteArray create =
        R"({"method": "POST", "url": "/services/data/v60.0/sobjects/Account", "referenceId": "created", "body": {"Name": "Refused composite"}}, )";
    const HttpResult result =
        http.post(QStringLiteral("/services/data/v60.0/composite"), compositeOf(create + subrequests));
    QCOMPARE(result.status, 400);
    QVERIFY2(!errorCode(result).isEmpty(), result.body.constData());
    QCOMPARE(http.query(QStringLiteral("SELECT Id FROM Account WHERE Name = 'Refused composite'"))
                 .json()
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        0);
}

void TestOrgSimStrictness::compositeStillServesItsResources()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult result = http.post(QStringLiteral("/services/data/v60.0/composite"),
        compositeOf(R"({"method": "GET", "url": "/services/data/v60.0/sobjects", "referenceId": "Global_1"},
            {"method": "GET", "url": "/services/data/v60.0/sobjects/Account/describe", "referenceId": "describe",
             "httpHeaders": {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}},
            {"method": "GET", "url": "/services/data/v60.0/queryAll?q=SELECT+Id+FROM+Account+LIMIT+1", "referenceId": "2all"},
            {"method": "POST", "url": "/services/data/v60.0/composite/sobjects", "referenceId": "collection",
             "body": {"allOrNone": false, "records": []}})"));
    QCOMPARE(result.status, 200);
    const QJsonArray responses = result.json().object().value(QStringLiteral("compositeResponse")).toArray();
    QCOMPARE(responses.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(responses.at(i)[QStringLiteral("httpStatusCode")].toInt(), 200);
    }
}

void TestOrgSimStrictness::batchRefusesWhatSalesforceRefuses()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult limits = http.post(QStringLiteral("/services/data/v60.0/composite/batch"),
        R"({"batchRequests": [{"method": "GET", "url": "v60.0/query?q=SELECT+Id+FROM+Account+LIMIT+1"},
            {"method": "GET", "url": "v60.0/sobjects/Account/describe"}]})");
    QCOMPARE(limits.status, 200);
    QCOMPARE(limits.json().object().value(QStringLiteral("hasErrors")).toBool(), false);
    for (const QByteArray& refused : { QByteArray(R"({"method": "POST", "url": "v60.0/composite", "richInput": {}})"),
             QByteArray(R"({"method": "FETCH", "url": "v60.0/sobjects"})"),
             QByteArray(R"({"method": "GET", "url": "/services/data/v60.0/jobs/query"})") }) {
        const HttpResult result = http.post(QStringLiteral("/services/data/v60.0/composite/batch"),
            R"({"batchRequests": [{"method": "GET", "url": "v60.0/sobjects"}, )" + refused + "]}");
        QCOMPARE(result.status, 400);
    }
}

void TestOrgSimStrictness::offsetLimits()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    QCOMPARE(http.query(QStringLiteral("SELECT Id FROM Contact ORDER BY Id LIMIT 5 OFFSET 2000")).status, 200);
    const HttpResult beyond = http.query(QStringLiteral("SELECT Id FROM Contact ORDER BY Id LIMIT 5 OFFSET 2001"));
    QCOMPARE(beyond.status, 400);
    QCOMPARE(errorCode(beyond), QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"));
    for (const char* clause : { "ORDER BY ContactId", "LIMIT 10", "OFFSET 1" }) {
        const HttpResult nested = http.query(
            QStringLiteral("SELECT Id FROM Contact WHERE Id IN (SELECT ContactId FROM OpportunityContactRole %1)")
                .arg(QLatin1String(clause)));
        QCOMPARE(nested.status, 400);
        QCOMPARE(errorCode(nested), QStringLiteral("MALFORMED_QUERY"));
    }
}

void TestOrgSimStrictness::timeLiteralsAreUnquoted()
{
    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_admin);
    const HttpResult created = admin.post(QStringLiteral("/services/data/v60.0/sobjects/Account"),
        R"({"Name": "Time literal account", "Renewal_Call_Time__c": "14:30:00.000Z"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json().object().value(QStringLiteral("id")).toString();
    const auto ids = [&admin](const QString& condition) {
        QStringList found;
        const HttpResult result = admin.query(QStringLiteral("SELECT Id FROM Account WHERE ") + condition);
        for (const QJsonValue& record : result.json().object().value(QStringLiteral("records")).toArray()) {
            found.append(record[QStringLiteral("Id")].toString());
        }
        return found;
    };
    QCOMPARE(ids(QStringLiteral("Renewal_Call_Time__c = 14:30:00Z")), QStringList { id });
    QCOMPARE(ids(QStringLiteral("Renewal_Call_Time__c = 14:30:00.000Z")), QStringList { id });
    QCOMPARE(ids(QStringLiteral("Renewal_Call_Time__c = 15:30:00.000+01:00")), QStringList { id });
    QVERIFY(ids(QStringLiteral("Renewal_Call_Time__c >= 14:30:00Z")).contains(id));
    QVERIFY(!ids(QStringLiteral("Renewal_Call_Time__c > 14:30:00Z")).contains(id));
    const HttpResult quoted =
        admin.query(QStringLiteral("SELECT Id FROM Account WHERE Renewal_Call_Time__c = '14:30:00Z'"));
    QCOMPARE(quoted.status, 400);
    QCOMPARE(errorCode(quoted), QStringLiteral("INVALID_FIELD"));
    QVERIFY(quoted.json().array().first()[QStringLiteral("message")].toString().contains(
        QLatin1String("must be of type time and should not be enclosed in quotes")));
}

void TestOrgSimStrictness::requestLineAndHeadersLimit()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const auto inList = [](int ids) {
        QStringList literals;
        for (int i = 0; i < ids; ++i) {
            literals.append(QStringLiteral("'005Zz%1'").arg(i, 10, 10, QLatin1Char('0')));
        }
        return QStringLiteral("SELECT Id FROM Opportunity WHERE OwnerId IN (%1)").arg(literals.join(QLatin1Char(',')));
    };
    QCOMPARE(http.query(inList(300)).status, 200); // about 8 KB
    QCOMPARE(http.query(inList(700)).status, 414); // about 19 KB of URI
    // A short URI with headers that take it past 16,384 bytes.
    const HttpResult headers = http.get(
        QStringLiteral("/services/data/v60.0/limits"), { { QByteArray("X-Padding"), QByteArray(16300, 'x') } });
    QCOMPARE(headers.status, 431);
}

void TestOrgSimStrictness::soqlStatementLimit()
{
    // Over 100,000 characters: refused also where no URL carries it (a Bulk job's body).
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const QString soql =
        QStringLiteral("SELECT Id FROM Account WHERE Name != '%1'").arg(QString(100000, QLatin1Char('x')));
    const HttpResult job = http.post(QStringLiteral("/services/data/v60.0/jobs/query"),
        QJsonDocument(
            QJsonObject { { QStringLiteral("operation"), QStringLiteral("query") }, { QStringLiteral("query"), soql } })
            .toJson());
    QCOMPARE(job.status, 400);
    QCOMPARE(errorCode(job), QStringLiteral("MALFORMED_QUERY"));
}

void TestOrgSimStrictness::toolingQueryAnswersLikeSalesforce()
{
    // orgsim models no Tooling API object: it answers as an org does for one it does not have,
    // not with a bare 404 a client cannot tell from a wrong URL.
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult result =
        http.get(QStringLiteral("/services/data/v60.0/tooling/query?q=SELECT+Id,+Name+FROM+ApexClass+LIMIT+1"));
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), QStringLiteral("INVALID_TYPE"));
    QVERIFY(result.json().array().first()[QStringLiteral("message")].toString().contains(
        QLatin1String("sObject type 'ApexClass' is not supported")));
    const HttpResult malformed =
        http.get(QStringLiteral("/services/data/v60.0/tooling/query?q=SELECT+Id+FRM+ApexClass"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(errorCode(malformed), QStringLiteral("MALFORMED_QUERY"));
}

void TestOrgSimStrictness::doubleSlashPathIsServed()
{
    // Sent as written: QNetworkAccessManager would normalise the path.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(m_org->instanceUrl()).port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET //services/data/v60.0/limits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + m_integration.toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    static const QRegularExpression contentLength(QStringLiteral("Content-Length: (\\d+)"));
    while (socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        const auto length = contentLength.match(QString::fromLatin1(answer.left(headerEnd)));
        if (headerEnd >= 0 && length.hasMatch() && answer.size() - headerEnd - 4 >= length.captured(1).toInt()) {
            break;
        }
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(300).constData());
    QVERIFY(answer.contains("DailyApiRequests"));
}

void TestOrgSimStrictness::columnsTrueAnswersColumnMetadata()
{
    // The shape the Salesforce CLI's tests record for query?columns=true.
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_integration);
    const HttpResult result = http.get(QStringLiteral("/services/data/v60.0/query?columns=true&q=")
        + QString::fromLatin1(QUrl::toPercentEncoding(
            QStringLiteral("SELECT Id, Name, Owner.Name, Owner.Email, AnnualRevenue FROM Account"))));
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json().object();
    QVERIFY(!body.contains(QStringLiteral("records")));
    const QJsonArray columns = body.value(QStringLiteral("columnMetadata")).toArray();
    QCOMPARE(columns.size(), 4);
    const QJsonObject id = columns.at(0).toObject();
    QCOMPARE(id.keys(),
        (QStringList { QStringLiteral("aggregate"), QStringLiteral("apexType"), QStringLiteral("booleanType"),
            QStringLiteral("columnName"), QStringLiteral("custom"), QStringLiteral("displayName"),
            QStringLiteral("foreignKeyName"), QStringLiteral("insertable"), QStringLiteral("joinColumns"),
            QStringLiteral("numberType"), QStringLiteral("textType"), QStringLiteral("updatable") }));
    QCOMPARE(id[QStringLiteral("apexType")].toString(), QStringLiteral("Id"));
    QCOMPARE(id[QStringLiteral("insertable")].toBool(), false);
    QVERIFY(id[QStringLiteral("foreignKeyName")].isNull());
    const QJsonObject name = columns.at(1).toObject();
    QCOMPARE(name[QStringLiteral("columnName")].toString(), QStringLiteral("Name"));
    QCOMPARE(name[QStringLiteral("textType")].toBool(), true);
    const QJsonObject owner = columns.at(2).toObject();
    QCOMPARE(owner[QStringLiteral("columnName")].toString(), QStringLiteral("Owner"));
    QCOMPARE(owner[QStringLiteral("foreignKeyName")].toString(), QStringLiteral("OwnerId"));
    QVERIFY(owner[QStringLiteral("apexType")].isNull());
    const QJsonArray joined = owner[QStringLiteral("joinColumns")].toArray();
    QCOMPARE(joined.size(), 2);
    QCOMPARE(joined.at(1)[QStringLiteral("columnName")].toString(), QStringLiteral("Email"));
    const QJsonObject revenue = columns.at(3).toObject();
    QCOMPARE(revenue[QStringLiteral("numberType")].toBool(), true);
    QCOMPARE(revenue[QStringLiteral("textType")].toBool(), false);
}

QTEST_GUILESS_MAIN(TestOrgSimStrictness)
#include "TestOrgSimStrictness.moc"
