// Measures orgsim serving a large org: REST query pagination and a Bulk API 2.0 export of
// every contact, in records per second, and orgsim's peak memory. Prints figures; asserts
// only that every record arrived (no timing thresholds).
//
// By default it runs on the small demo org so CI keeps it working; set
// CALLBRIDGE_BENCH_SCALE=large for the 1,000,000-contact figures.
#include "tests/support/ProcessFigures.h"
#include "tests/support/TestHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace callbridge::test;

class BenchOrgSimExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void restPagination();
    void bulkExport();

private:
    QProcess m_orgsim;
    QString m_baseUrl;
    QString m_token;
    qint64 m_expected = 0;
    QString m_scale;
};

void BenchOrgSimExport::initTestCase()
{
    m_scale = qEnvironmentVariable("CALLBRIDGE_BENCH_SCALE", QStringLiteral("small"));
    QElapsedTimer startup;
    startup.start();
    m_orgsim.start(QStringLiteral(CALLBRIDGE_CLI_PATH),
        { QStringLiteral("orgsim"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"), m_scale,
            QStringLiteral("--api-limit"), QStringLiteral("1000000") });
    QVERIFY(m_orgsim.waitForReadyRead(120000));
    const QJsonObject info = QJsonDocument::fromJson(m_orgsim.readLine()).object();
    m_baseUrl = info.value(QStringLiteral("instanceUrl")).toString(); // My Domain: the token and REST calls here
    qInfo("orgsim --scale %s ready in %lld ms, peak memory %lld MB", qPrintable(m_scale), startup.elapsed(),
        statusKb("VmHWM:", m_orgsim.processId()) / 1024);
    TestHttp http(m_baseUrl);
    const HttpResult token = http.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), info.value(QStringLiteral("clientId")).toString() },
            { QStringLiteral("client_secret"), info.value(QStringLiteral("clientSecret")).toString() } });
    m_token = token.json().object().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
    http.setBearer(m_token);
    m_expected = http.query(QStringLiteral("SELECT COUNT() FROM Contact"))
                     .json()
                     .object()
                     .value(QStringLiteral("totalSize"))
                     .toInteger();
    QVERIFY(m_expected > 0);
}

void BenchOrgSimExport::cleanupTestCase()
{
    qInfo("orgsim peak memory over the whole run: %lld MB", statusKb("VmHWM:", m_orgsim.processId()) / 1024);
    m_orgsim.terminate();
    m_orgsim.waitForFinished(10000);
}

void BenchOrgSimExport::restPagination()
{
    TestHttp http(m_baseUrl);
    http.setBearer(m_token);
    QElapsedTimer timer;
    timer.start();
    qint64 records = 0;
    int pages = 0;
    HttpResult page = http.query(
        QStringLiteral("SELECT Id, FirstName, LastName, Email, AccountId, OwnerId, SystemModstamp FROM Contact"));
    while (true) {
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json().object();
        records += body.value(QStringLiteral("records")).toArray().size();
        ++pages;
        if (body.value(QStringLiteral("done")).toBool()) {
            break;
        }
        page = http.get(body.value(QStringLiteral("nextRecordsUrl")).toString());
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(records, m_expected);
    qInfo("REST query: %lld contacts in %d pages, %lld ms, %lld records/s, orgsim peak %lld MB", records, pages, ms,
        records * 1000 / ms, statusKb("VmHWM:", m_orgsim.processId()) / 1024);
}

void BenchOrgSimExport::bulkExport()
{
    TestHttp http(m_baseUrl);
    http.setBearer(m_token);
    QElapsedTimer timer;
    timer.start();
    const HttpResult job = http.post(QStringLiteral("/services/data/v60.0/jobs/query"),
        R"({"operation": "query", "query": "SELECT Id, FirstName, LastName, Email, AccountId, OwnerId, SystemModstamp FROM Contact"})");
    QCOMPARE(job.status, 200);
    const QString path =
        QStringLiteral("/services/data/v60.0/jobs/query/") + job.json().object().value(QStringLiteral("id")).toString();
    while (http.get(path).json().object().value(QStringLiteral("state")).toString() != QLatin1String("JobComplete")) { }
    qint64 records = 0;
    int pages = 0;
    QByteArray locator;
    do {
        const HttpResult page = http.get(path + QStringLiteral("/results?maxRecords=100000")
            + (locator.isEmpty() ? QString() : QStringLiteral("&locator=") + QString::fromLatin1(locator)));
        QCOMPARE(page.status, 200);
        records += page.header("Sforce-NumberOfRecords").toLongLong();
        locator = page.header("Sforce-Locator");
        ++pages;
    } while (locator != "null");
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(records, m_expected);
    qInfo("Bulk API 2.0: %lld contacts in %d result pages, %lld ms, %lld records/s, orgsim peak %lld MB", records,
        pages, ms, records * 1000 / ms, statusKb("VmHWM:", m_orgsim.processId()) / 1024);
}

QTEST_GUILESS_MAIN(BenchOrgSimExport)
#include "BenchOrgSimExport.moc"
