// Measures the import the way an admin runs it: the client (ConnectionManager, FieldCatalogLoader,
// ImportRun, CacheStore) in this process, orgsim as its own process with 50 ms latency on
// every answer. Imports every contact through the Bulk API 2.0 path and through the REST
// path, and prints records per second, API requests and this process's peak memory. Asserts
// only that the cache ends equal in size to the org (no timing thresholds).
//
// By default it runs on the small demo org so CI keeps it working; for the 1,000,000-contact
// figures: CALLBRIDGE_BENCH_SCALE=large QTEST_FUNCTION_TIMEOUT=3600000 (the REST path takes
// longer than QtTest's default 5 minutes per function).
#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/TokenStore.h"
#include "core/sync/ImportRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

namespace {

// This process's resident memory: current (VmRSS) or peak (VmHWM), in MB.
qint64 memoryMb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong() / 1024;
        }
    }
    return -1;
}

// Resets the peak (VmHWM) so each path's figure is its own (Linux: write 5 to clear_refs).
void resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bulkPath();
    void restPath();

private:
    void importContacts(bool bulk);

    QProcess m_orgsim;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge import benchmark") };
    std::unique_ptr<ConnectionManager> m_connection;
    FieldCatalogLoader::Catalog m_catalog;
    QString m_scale;
};

void BenchImport::initTestCase()
{
    m_scale = qEnvironmentVariable("CALLBRIDGE_BENCH_SCALE", QStringLiteral("small"));
    m_orgsim.start(QStringLiteral(CALLBRIDGE_CLI_PATH),
        { QStringLiteral("orgsim"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"), m_scale,
            QStringLiteral("--latency-ms"), QStringLiteral("50"), QStringLiteral("--api-limit"),
            QStringLiteral("1000000") });
    QVERIFY(m_orgsim.waitForReadyRead(120000));
    const QJsonObject info = QJsonDocument::fromJson(m_orgsim.readLine()).object();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QSignalSpy established(m_connection.get(), &ConnectionManager::established);
    m_connection->connectWithClientCredentials(QUrl(info.value(QStringLiteral("instanceUrl")).toString()),
        info.value(QStringLiteral("clientId")).toString(), info.value(QStringLiteral("clientSecret")).toString());
    QVERIFY(established.wait(30000));

    FieldCatalogLoader loader(m_connection->client());
    QSignalSpy loaded(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(loaded.wait(60000));
    QVERIFY(loader.ok());
    m_catalog = loader.catalog();
    qInfo("orgsim --scale %s with 50 ms latency; client memory before importing: %lld MB", qPrintable(m_scale),
        memoryMb("VmRSS:"));
}

void BenchImport::cleanupTestCase()
{
    m_orgsim.terminate();
    m_orgsim.waitForFinished(10000);
}

void BenchImport::importContacts(bool bulk)
{
    QTemporaryDir dir;
    CacheStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite")), m_connection->summary().orgId).ok());
    ImportRun importRun(
        m_connection->client(), &cache, planImport(m_catalog, {}, ImportScope(), { QStringLiteral("Contact") }));
    // Both paths on the same data: the threshold picks the one under test.
    importRun.setBulkThreshold(bulk ? 0 : std::numeric_limits<qint64>::max());
    resetPeakMemory();
    const qint64 baseline = memoryMb("VmRSS:");
    QSignalSpy finished(&importRun, &ImportRun::finished);
    QElapsedTimer timer;
    timer.start();
    importRun.start();
    QVERIFY(finished.wait(3600 * 1000));
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QVERIFY2(importRun.outcome() == ImportRun::Outcome::Completed, qPrintable(importRun.message()));
    const ObjectImportProgress& contacts = importRun.objects().constFirst();
    QCOMPARE(contacts.bulk, bulk);
    QCOMPARE(cache.count(QStringLiteral("Contact")), contacts.total);
    qInfo("%s path: %lld contacts (%lld columns) in %lld ms = %lld records/s; %lld API requests; "
          "peak memory %lld MB (%lld MB before the import)",
        bulk ? "Bulk API 2.0" : "REST", contacts.stored, qint64(cache.columns(QStringLiteral("Contact")).size()), ms,
        contacts.stored * 1000 / ms, importRun.requestsUsed(), memoryMb("VmHWM:"), baseline);
}

void BenchImport::bulkPath()
{
    importContacts(true);
}

void BenchImport::restPath()
{
    importContacts(false);
}

QTEST_GUILESS_MAIN(BenchImport)
#include "BenchImport.moc"
