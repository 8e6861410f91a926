// Measures the import the way an admin runs it, side by side with a plain alternative in the
// same run: the client (ConnectionManager, FieldCatalogLoader, ImportRun, CacheStore) in this
// process, orgsim as its own process with 50 ms latency on every answer, and jsforce (pinned in
// tests/jsforce) reading the same rows from the same orgsim without storing them: Bulk API 2.0
// page by page with the Sforce-Locator, and REST with autoFetch.
//
// Prints, for each: wall time, records per second, CPU (this process: every thread; jsforce:
// node's), CPU per record, peak memory (VmHWM, reset before each path), orgsim's own CPU, and
// the ratio of jsforce's Bulk time to Callbridge's. Asserts only that the cache ends equal in
// size to the org and that jsforce read as many rows (no timing thresholds).
//
// By default it runs on the small demo org so CI keeps it working. For the figures:
// CALLBRIDGE_BENCH_SCALE=large (1,000,000 contacts), CALLBRIDGE_BENCH_CONTACTS=N (another number
// of contacts on the large org: 100000, 3000000), CALLBRIDGE_BENCH_REST=0 (skip both REST reads,
// which take minutes at a million rows), QTEST_FUNCTION_TIMEOUT=3600000.
#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/salesforce/BulkQueryStream.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/TokenStore.h"
#include "core/sync/ImportRun.h"
#include "core/sync/ObjectImport.h"

#include "tests/support/ProcessFigures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace callbridge;
using namespace callbridge::test;

namespace {

qint64 memoryMb(const char* key)
{
    return statusKb(key) / 1024;
}

// The peak of each kind of resident memory while an import runs, sampled every 50 ms:
// anonymous (heap, stacks) and file-backed (mapped files: the cache's mmap, libraries).
class MemorySampler : public QObject
{
public:
    MemorySampler()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_anonMb = qMax(m_anonMb, memoryMb("RssAnon:"));
            m_fileMb = qMax(m_fileMb, memoryMb("RssFile:"));
        });
        m_timer.start(50);
    }
    qint64 anonMb() const { return m_anonMb; }
    qint64 fileMb() const { return m_fileMb; }

private:
    QTimer m_timer;
    qint64 m_anonMb = 0;
    qint64 m_fileMb = 0;
};

struct Figures
{
    qint64 rows = 0;
    qint64 ms = 0;
    qint64 cpuMs = 0;
    qint64 peakMb = 0;
    qint64 orgsimCpuMs = 0;
};

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bulkSideBySide();
    void restSideBySide();

private:
    Figures importContacts(bool bulk);
    Figures jsforceRead(const QString& mode, const QString& soql);
    QString soqlFor(bool bulk);
    void print(const char* what, const Figures& figures) const;

    QProcess m_orgsim;
    QJsonObject m_orgsimInfo;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge import benchmark") };
    std::unique_ptr<ConnectionManager> m_connection;
    FieldCatalogLoader::Catalog m_catalog;
    QString m_scale;
};

void BenchImport::initTestCase()
{
    m_scale = qEnvironmentVariable("CALLBRIDGE_BENCH_SCALE", QStringLiteral("small"));
    QStringList arguments { QStringLiteral("orgsim"), QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--scale"), m_scale, QStringLiteral("--latency-ms"), QStringLiteral("50"),
        QStringLiteral("--api-limit"), QStringLiteral("1000000") };
    if (qEnvironmentVariableIsSet("CALLBRIDGE_BENCH_CONTACTS")) {
        arguments << QStringLiteral("--contacts") << qEnvironmentVariable("CALLBRIDGE_BENCH_CONTACTS");
    }
    QElapsedTimer started;
    started.start();
    m_orgsim.start(QStringLiteral(CALLBRIDGE_CLI_PATH), arguments);
    QVERIFY(m_orgsim.waitForReadyRead(600000));
    m_orgsimInfo = QJsonDocument::fromJson(m_orgsim.readLine()).object();
    qInfo("orgsim %s ready in %lld ms", qPrintable(arguments.mid(3).join(QLatin1Char(' '))), started.elapsed());
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QSignalSpy established(m_connection.get(), &ConnectionManager::established);
    m_connection->connectWithClientCredentials(QUrl(m_orgsimInfo.value(QStringLiteral("instanceUrl")).toString()),
        m_orgsimInfo.value(QStringLiteral("clientId")).toString(),
        m_orgsimInfo.value(QStringLiteral("clientSecret")).toString());
    QVERIFY(established.wait(30000));

    FieldCatalogLoader loader(m_connection->client());
    QSignalSpy loaded(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(loaded.wait(60000));
    QVERIFY(loader.ok());
    m_catalog = loader.catalog();
    qInfo("client memory before importing: %lld MB", memoryMb("VmRSS:"));
}

void BenchImport::cleanupTestCase()
{
    m_orgsim.terminate();
    m_orgsim.waitForFinished(10000);
}

QString BenchImport::soqlFor(bool bulk)
{
    QTemporaryDir dir;
    CacheStore cache;
    const QList<ObjectImportPlan> plans = planImport(m_catalog, {}, ImportScope(), { QStringLiteral("Contact") });
    if (!cache.open(dir.filePath(QStringLiteral("soql.sqlite")), m_connection->summary().orgId).ok()
        || plans.isEmpty()) {
        return {};
    }
    ObjectImport probe(m_connection->client(), &cache, plans.constFirst());
    probe.setUseBulk(bulk);
    return probe.changedRowsSoql();
}

void BenchImport::print(const char* what, const Figures& figures) const
{
    qInfo("%-34s %9lld rows in %7lld ms = %7lld records/s; CPU %6lld ms = %5.2f us/record; peak RSS %4lld MB; "
          "orgsim CPU %6lld ms",
        what, figures.rows, figures.ms, figures.rows * 1000 / qMax<qint64>(1, figures.ms), figures.cpuMs,
        double(figures.cpuMs) * 1000.0 / double(qMax<qint64>(1, figures.rows)), figures.peakMb, figures.orgsimCpuMs);
}

Figures BenchImport::importContacts(bool bulk)
{
    Figures figures;
    QTemporaryDir dir;
    CacheStore cache;
    [&] {
        QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite")), m_connection->summary().orgId).ok());
    }();
    ImportRun importRun(
        m_connection->client(), &cache, planImport(m_catalog, {}, ImportScope(), { QStringLiteral("Contact") }));
    // Both paths on the same data: the threshold picks the one under test.
    importRun.setBulkThreshold(bulk ? 0 : std::numeric_limits<qint64>::max());
    resetPeakMemory();
    QSignalSpy finished(&importRun, &ImportRun::finished);
    const qint64 orgsimBefore = qint64(cpuMs(m_orgsim.processId()));
    const qint64 cpuBefore = qint64(cpuMs());
    MemorySampler sampler;
    QElapsedTimer timer;
    timer.start();
    importRun.start();
    [&] {
        QVERIFY(finished.wait(3600 * 1000));
        QVERIFY2(importRun.outcome() == ImportRun::Outcome::Completed, qPrintable(importRun.message()));
    }();
    figures.ms = qMax<qint64>(1, timer.elapsed());
    figures.cpuMs = qint64(cpuMs()) - cpuBefore;
    figures.orgsimCpuMs = qint64(cpuMs(m_orgsim.processId())) - orgsimBefore;
    figures.peakMb = memoryMb("VmHWM:");
    const ObjectImportProgress& contacts = importRun.objects().constFirst();
    figures.rows = contacts.stored;
    [&] {
        QCOMPARE(contacts.bulk, bulk);
        QCOMPARE(cache.count(QStringLiteral("Contact")), contacts.total);
    }();
    qInfo("Callbridge %s: %lld columns, %lld API requests; resident memory at its peak: %lld MB anonymous, %lld MB "
          "mapped files",
        bulk ? "Bulk API 2.0" : "REST", qint64(cache.columns(QStringLiteral("Contact")).size()),
        importRun.requestsUsed(), sampler.anonMb(), sampler.fileMb());
    return figures;
}

Figures BenchImport::jsforceRead(const QString& mode, const QString& soql)
{
    Figures figures;
    const QString directory = QStringLiteral(JSFORCE_DIR);
    if (!QDir(directory + QStringLiteral("/node_modules/jsforce")).exists()) {
        // The README's test command installs it; a run that skips it must not pass unnoticed in CI.
        if (qEnvironmentVariableIsSet("CI")) {
            [] {
                QFAIL("jsforce is not installed: run 'npm ci --prefix tests/jsforce'");
            }();
        }
        return figures;
    }
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("ORGSIM_INSTANCE_URL"), m_orgsimInfo.value(QStringLiteral("instanceUrl")).toString());
    environment.insert(QStringLiteral("ORGSIM_CLIENT_ID"), m_orgsimInfo.value(QStringLiteral("clientId")).toString());
    environment.insert(
        QStringLiteral("ORGSIM_CLIENT_SECRET"), m_orgsimInfo.value(QStringLiteral("clientSecret")).toString());
    environment.insert(QStringLiteral("BENCH_SOQL"), soql);
    environment.insert(QStringLiteral("BENCH_MAX_RECORDS"), QString::number(BulkQueryStream::defaultPageRecords));
    environment.insert(QStringLiteral("BENCH_API_VERSION"), m_connection->client()->apiVersion());
    node.setProcessEnvironment(environment);
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 orgsimBefore = qint64(cpuMs(m_orgsim.processId()));
    node.start(QStringLiteral("node"), { directory + QStringLiteral("/read-all.js"), mode });
    [&] {
        QVERIFY2(node.waitForFinished(3600 * 1000), "jsforce did not finish");
        QCOMPARE(node.exitCode(), 0);
    }();
    figures.orgsimCpuMs = qint64(cpuMs(m_orgsim.processId())) - orgsimBefore;
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    figures.rows = result.value(QStringLiteral("rows")).toInteger();
    figures.ms = qMax<qint64>(1, result.value(QStringLiteral("ms")).toInteger());
    figures.cpuMs = result.value(QStringLiteral("cpuMs")).toInteger();
    figures.peakMb = result.value(QStringLiteral("peakRssMb")).toInteger();
    return figures;
}

void BenchImport::bulkSideBySide()
{
    const Figures callbridge = importContacts(true);
    print("Callbridge Bulk API 2.0 (stored)", callbridge);
    const Figures jsforce = jsforceRead(QStringLiteral("bulk"), soqlFor(true));
    if (jsforce.rows > 0) {
        print("jsforce Bulk API 2.0 (read only)", jsforce);
        QCOMPARE(jsforce.rows, callbridge.rows);
        qInfo("Callbridge's Bulk import is %.2fx jsforce's page-by-page Bulk read", double(jsforce.ms) / callbridge.ms);
    }
}

void BenchImport::restSideBySide()
{
    if (qEnvironmentVariable("CALLBRIDGE_BENCH_REST") == QLatin1String("0")) {
        QSKIP("CALLBRIDGE_BENCH_REST=0");
    }
    const Figures callbridge = importContacts(false);
    print("Callbridge REST (stored)", callbridge);
    const Figures jsforce = jsforceRead(QStringLiteral("rest"), soqlFor(false));
    if (jsforce.rows > 0) {
        print("jsforce REST autoFetch (read only)", jsforce);
        QCOMPARE(jsforce.rows, callbridge.rows);
        qInfo("Callbridge's REST import is %.2fx jsforce's autoFetch", double(jsforce.ms) / callbridge.ms);
    }
}

QTEST_GUILESS_MAIN(BenchImport)
#include "BenchImport.moc"
