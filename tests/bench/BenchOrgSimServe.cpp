// Measures orgsim alone serving what an import of every contact asks for: the orgsim process's
// start-up (time, CPU, memory), then the contacts read through Bulk API 2.0 (a query job, then
// every CSV result page of 50,000 rows, the client's page size) and through REST query pages
// (ORDER BY SystemModstamp, Id, batchSize=2000, following nextRecordsUrl), with the import's
// other queries (COUNT(), the newest SystemModstamp). The client here only moves bytes: it never
// parses a page (the REST path finds nextRecordsUrl by searching the bytes), so the figures are
// orgsim's own. Each path prints rows/s, MB/s and orgsim's CPU seconds (utime + stime of the
// orgsim process from /proc/<pid>/stat, before and after), and CPU seconds per 1,000,000 rows.
// Asserts only that every row arrived (no timing thresholds).
//
// The columns are the import's default selection for Contact (core/fields/field-policy.json:
// alwaysRequired, required and recommended, in describe order).
//
// By default it runs on the small demo org so CI keeps it working; for the 1,000,000-contact
// figures: CALLBRIDGE_BENCH_SCALE=large (and QTEST_FUNCTION_TIMEOUT=3600000 if orgsim is slow).
// CALLBRIDGE_BENCH_LATENCY_MS=N starts orgsim with --latency-ms N (0 by default: serving alone).
#include "tests/support/ProcessFigures.h"
#include "tests/support/TestHttp.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace callbridge::test;

namespace {

const QString contactColumns = QStringLiteral("Id, IsDeleted, AccountId, LastName, FirstName, Title, Phone, "
                                              "MobilePhone, Email, LeadSource, LastModifiedDate, SystemModstamp, "
                                              "LastActivityDate");

// A line of /proc/<pid>/status in MB: VmRSS (now) or VmHWM (peak).
qint64 memoryMb(qint64 pid, const char* key)
{
    return statusKb(key, pid) / 1024;
}

} // namespace

class BenchOrgSimServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importQueries();
    void bulkResults();
    void restPages();

private:
    void report(const char* path, qint64 rows, int pages, qint64 bytes, qint64 ms, double cpu) const;

    QProcess m_orgsim;
    QString m_instanceUrl;
    QString m_token;
    qint64 m_expected = 0;
};

void BenchOrgSimServe::initTestCase()
{
    const QString scale = qEnvironmentVariable("CALLBRIDGE_BENCH_SCALE", QStringLiteral("small"));
    const QString latency = qEnvironmentVariable("CALLBRIDGE_BENCH_LATENCY_MS", QStringLiteral("0"));
    QElapsedTimer startup;
    startup.start();
    m_orgsim.start(QStringLiteral(CALLBRIDGE_CLI_PATH),
        { QStringLiteral("orgsim"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"), scale,
            QStringLiteral("--latency-ms"), latency, QStringLiteral("--api-limit"), QStringLiteral("1000000") });
    QVERIFY(m_orgsim.waitForReadyRead(120000));
    const qint64 startupMs = startup.elapsed();
    const QJsonObject info = QJsonDocument::fromJson(m_orgsim.readLine()).object();
    m_instanceUrl = info.value(QStringLiteral("instanceUrl")).toString(); // the client credentials flow works here
    QVERIFY(!m_instanceUrl.isEmpty());
    qInfo("orgsim --scale %s --latency-ms %s: ready in %lld ms, %.2f s CPU, memory %lld MB (peak %lld MB)",
        qPrintable(scale), qPrintable(latency), startupMs, cpuMs(m_orgsim.processId()) / 1000.0,
        memoryMb(m_orgsim.processId(), "VmRSS:"), memoryMb(m_orgsim.processId(), "VmHWM:"));

    TestHttp http(m_instanceUrl);
    const HttpResult token = http.postForm(QStringLiteral("/services/oauth2/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), info.value(QStringLiteral("clientId")).toString() },
            { QStringLiteral("client_secret"), info.value(QStringLiteral("clientSecret")).toString() } });
    m_token = token.json().object().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
}

void BenchOrgSimServe::cleanupTestCase()
{
    qInfo("orgsim over the whole run: %.2f s CPU, memory %lld MB (peak %lld MB)", cpuMs(m_orgsim.processId()) / 1000.0,
        memoryMb(m_orgsim.processId(), "VmRSS:"), memoryMb(m_orgsim.processId(), "VmHWM:"));
    m_orgsim.terminate();
    m_orgsim.waitForFinished(10000);
}

void BenchOrgSimServe::report(const char* path, qint64 rows, int pages, qint64 bytes, qint64 ms, double cpu) const
{
    ms = qMax<qint64>(1, ms);
    qInfo("%s: %lld rows in %d pages, %.1f MB, %lld ms = %lld rows/s, %.1f MB/s; orgsim %.2f s CPU "
          "(%.2f s per 1,000,000 rows), peak memory %lld MB",
        path, rows, pages, double(bytes) / 1e6, ms, rows * 1000 / ms, double(bytes) / 1e3 / double(ms), cpu,
        rows > 0 ? cpu * 1e6 / double(rows) : 0.0, memoryMb(m_orgsim.processId(), "VmHWM:"));
}

void BenchOrgSimServe::importQueries()
{
    TestHttp http(m_instanceUrl);
    http.setBearer(m_token);
    const double cpuBefore = cpuMs(m_orgsim.processId()) / 1000.0;
    QElapsedTimer timer;
    timer.start();
    const HttpResult count = http.query(QStringLiteral("SELECT COUNT() FROM Contact"));
    QCOMPARE(count.status, 200);
    m_expected = count.json().object().value(QStringLiteral("totalSize")).toInteger();
    QVERIFY(m_expected > 0);
    const HttpResult newest =
        http.query(QStringLiteral("SELECT SystemModstamp FROM Contact ORDER BY SystemModstamp DESC LIMIT 1"));
    QCOMPARE(newest.status, 200);
    qInfo("COUNT() and the newest SystemModstamp of %lld contacts: %lld ms; orgsim %.2f s CPU", m_expected,
        timer.elapsed(), cpuMs(m_orgsim.processId()) / 1000.0 - cpuBefore);
}

void BenchOrgSimServe::bulkResults()
{
    QVERIFY(m_expected > 0);
    TestHttp http(m_instanceUrl);
    http.setBearer(m_token);
    const double cpuBefore = cpuMs(m_orgsim.processId()) / 1000.0;
    QElapsedTimer timer;
    timer.start();
    const QByteArray request =
        QJsonDocument(QJsonObject { { QStringLiteral("operation"), QStringLiteral("query") },
                          { QStringLiteral("query"), QStringLiteral("SELECT %1 FROM Contact").arg(contactColumns) } })
            .toJson(QJsonDocument::Compact);
    const HttpResult job = http.post(QStringLiteral("/services/data/v60.0/jobs/query"), request);
    QCOMPARE(job.status, 200);
    const QString path =
        QStringLiteral("/services/data/v60.0/jobs/query/") + job.json().object().value(QStringLiteral("id")).toString();
    while (true) {
        const HttpResult status = http.get(path);
        QCOMPARE(status.status, 200);
        if (status.json().object().value(QStringLiteral("state")).toString() == QLatin1String("JobComplete")) {
            break;
        }
    }
    const double cpuJob = cpuMs(m_orgsim.processId()) / 1000.0 - cpuBefore;
    const qint64 jobMs = timer.elapsed();
    qint64 rows = 0;
    qint64 bytes = 0;
    int pages = 0;
    QByteArray locator;
    do {
        const HttpResult page = http.get(path + QStringLiteral("/results?maxRecords=50000")
            + (locator.isEmpty() ? QString() : QStringLiteral("&locator=") + QString::fromLatin1(locator)));
        QCOMPARE(page.status, 200);
        rows += page.header("Sforce-NumberOfRecords").toLongLong();
        bytes += page.body.size();
        locator = page.header("Sforce-Locator");
        ++pages;
    } while (locator != "null");
    const qint64 ms = timer.elapsed();
    const double cpu = cpuMs(m_orgsim.processId()) / 1000.0 - cpuBefore;
    QCOMPARE(rows, m_expected);
    qInfo("Bulk API 2.0 job created and complete: %lld ms; orgsim %.2f s CPU", jobMs, cpuJob);
    report("Bulk API 2.0 (job and results)", rows, pages, bytes, ms, cpu);
}

void BenchOrgSimServe::restPages()
{
    QVERIFY(m_expected > 0);
    TestHttp http(m_instanceUrl);
    http.setBearer(m_token);
    const QList<QPair<QByteArray, QByteArray>> options { { "Sforce-Query-Options", "batchSize=2000" } };
    const double cpuBefore = cpuMs(m_orgsim.processId()) / 1000.0;
    QElapsedTimer timer;
    timer.start();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"),
        QString::fromLatin1(QUrl::toPercentEncoding(
            QStringLiteral("SELECT %1 FROM Contact ORDER BY SystemModstamp ASC, Id ASC").arg(contactColumns))));
    QString next = QStringLiteral("/services/data/v60.0/query?") + query.toString(QUrl::FullyEncoded);
    const QByteArray nextKey = "\"nextRecordsUrl\":\"";
    const QByteArray recordKey = "\"attributes\":{\"type\":\"Contact\"";
    qint64 rows = 0;
    qint64 bytes = 0;
    int pages = 0;
    while (!next.isEmpty()) {
        const HttpResult page = http.get(next, options);
        QCOMPARE(page.status, 200);
        bytes += page.body.size();
        ++pages;
        rows += page.body.count(recordKey);
        const qsizetype at = page.body.indexOf(nextKey);
        next.clear();
        if (at >= 0) {
            const qsizetype start = at + nextKey.size();
            next = QString::fromLatin1(page.body.mid(start, page.body.indexOf('"', start) - start));
        }
    }
    const qint64 ms = timer.elapsed();
    const double cpu = cpuMs(m_orgsim.processId()) / 1000.0 - cpuBefore;
    QCOMPARE(rows, m_expected);
    report("REST query pages", rows, pages, bytes, ms, cpu);
}

QTEST_GUILESS_MAIN(BenchOrgSimServe)
#include "BenchOrgSimServe.moc"
