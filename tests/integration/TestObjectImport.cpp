#include "core/orgsim/OrgSimServer.h"
#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/OrgData.h"

#include "core/cache/CacheStore.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/sync/ObjectImport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QList<CacheStore::Column> contactColumns = { { QStringLiteral("Id"), QStringLiteral("id") },
    { QStringLiteral("SystemModstamp"), QStringLiteral("datetime") },
    { QStringLiteral("LastName"), QStringLiteral("string") }, { QStringLiteral("Email"), QStringLiteral("email") },
    { QStringLiteral("AccountId"), QStringLiteral("reference") },
    { QStringLiteral("OwnerId"), QStringLiteral("reference") } };

ObjectImportPlan contactPlan()
{
    return { QStringLiteral("Contact"), contactColumns, {}, true };
}

// Orgsim's own answer, read directly over HTTP (not through the client under test).
QMap<QString, QString> emailsInOrg(TestHttp& http)
{
    QMap<QString, QString> emails;
    HttpResult page = http.query(QStringLiteral("SELECT Id, Email FROM Contact"));
    for (;;) {
        const QJsonObject body = page.json().object();
        for (const QJsonValue& record : body.value(QStringLiteral("records")).toArray()) {
            emails.insert(record[QStringLiteral("Id")].toString(), record[QStringLiteral("Email")].toString());
        }
        const QString next = body.value(QStringLiteral("nextRecordsUrl")).toString();
        if (next.isEmpty())
            break;
        page = http.get(next);
    }
    return emails;
}

QMap<QString, QString> emailsInCache(const CacheStore& cache)
{
    QMap<QString, QString> emails;
    QSqlQuery query(QStringLiteral("SELECT Id, Email FROM o_Contact"), cache.database());
    while (query.next())
        emails.insert(query.value(0).toString(), query.value(1).toString());
    return emails;
}

// An org of its own whose tokens outlive a clock moved days ahead, the client connected to it as
// the integration user, and an admin's plain HTTP.
struct ClockOrg
{
    ClockOrg(QNetworkAccessManager* network, TokenStore* store)
        : org(longLivedTokens())
        , connection(network, store)
        , admin(org.instanceUrl())
    {
        connected = org.connectSessionOnly(connection, OrgSimFixture::integrationUser());
        admin.setBearer(org.accessTokenFor(OrgSimFixture::adminUser()));
    }
    static orgsim::OrgSimOptions longLivedTokens()
    {
        orgsim::OrgSimOptions options;
        options.accessTokenLifetimeSeconds = 90 * 24 * 3600;
        return options;
    }
    void advanceHours(qint64 hours)
    {
        org.host().run([hours](orgsim::OrgSimServer& server) { server.org().advanceClock(hours * 3600 * 1000); });
    }

    OrgSimFixture org;
    ConnectionManager connection;
    TestHttp admin;
    bool connected = false;
};

} // namespace

class TestObjectImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void initialThenIncrementalAfterEditsAndDeletes();
    void resumesAfterAFaultMidImport();
    void bulkPathResumesItsJobFromTheLocator();
    void deletesSurviveAnImportStoppedBeforeReadingThem();
    void bulkResumeReadsWithTheJobsVersion();
    void failedBulkJobFailsTheRead();
    void deletesOlderThanTheRecycleBinAreReconciled();
    void deletesEvictedFromAFullRecycleBinAreReconciled();
    void pagesOfAnySizeAreAllStored();

private:
    bool run(ObjectImport& import);

    std::unique_ptr<OrgSimFixture> m_org;
    std::unique_ptr<TestHttp> m_http;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge import tests") };
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheStore> m_cache;
};

void TestObjectImport::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::integrationUser()));
    RetryPolicy quickRetries;
    quickRetries.baseDelayMs = 5;
    m_connection->client()->setRetryPolicy(quickRetries);
    m_http = std::make_unique<TestHttp>(m_org->instanceUrl());
    m_http->setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
}

void TestObjectImport::init()
{
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheStore>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite")), QStringLiteral("00Dorgsim")).ok());
    Status status = Status::success();
    m_cache->ensureTable(QStringLiteral("Contact"), contactColumns, &status);
    QVERIFY(status.ok());
}

bool TestObjectImport::run(ObjectImport& import)
{
    QSignalSpy finished(&import, &ObjectImport::finished);
    import.start();
    return finished.wait(30000) && finished.size() == 1;
}

void TestObjectImport::initialThenIncrementalAfterEditsAndDeletes()
{
    {
        ObjectImport initial(m_connection->client(), m_cache.get(), contactPlan());
        QVERIFY(!initial.changedRowsSoql().contains(QLatin1String("WHERE")));
        QSignalSpy progress(&initial, &ObjectImport::progress);
        QVERIFY(run(initial));
        QVERIFY2(initial.ok(), qPrintable(initial.error().toString()));
        QVERIFY(!initial.wasIncremental());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong());
    }
    QMap<QString, QString> inOrg = emailsInOrg(*m_http);
    QVERIFY(inOrg.size() >= 400);
    QCOMPARE(emailsInCache(*m_cache), inOrg);
    QVERIFY(m_cache->cursor(QStringLiteral("Contact")).complete);

    // An admin edits one contact and deletes another in Salesforce.
    const QString edited = inOrg.firstKey();
    const QString deleted = inOrg.lastKey();
    QCOMPARE(m_http
                 ->patch(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + edited,
                     R"({"Email": "moved@new-company.example"})")
                 .status,
        204);
    QCOMPARE(m_http->remove(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + deleted).status, 204);

    ObjectImport incremental(m_connection->client(), m_cache.get(), contactPlan());
    QVERIFY(run(incremental));
    QVERIFY2(incremental.ok(), qPrintable(incremental.error().toString()));
    QVERIFY(incremental.wasIncremental());
    QVERIFY(incremental.changedRowsSoql().contains(QLatin1String("SystemModstamp >= ")));
    QVERIFY2(incremental.stored() < 10, qPrintable(QString::number(incremental.stored()))); // only what changed
    QCOMPARE(incremental.removed(), 1);
    inOrg = emailsInOrg(*m_http);
    QCOMPARE(inOrg.value(edited), QStringLiteral("moved@new-company.example"));
    QVERIFY(!inOrg.contains(deleted));
    QCOMPARE(emailsInCache(*m_cache), inOrg);
}

void TestObjectImport::resumesAfterAFaultMidImport()
{
    ObjectImport first(m_connection->client(), m_cache.get(), contactPlan());
    first.setBatchSize(200);
    // After the first page, Salesforce answers 503 for longer than the client retries. (The next
    // page is asked for while the first is stored, so the fault is set by requests.)
    m_org->host().run([](orgsim::OrgSimServer& server) {
        server.faults().unavailableAfterRequests = 1;
        server.faults().unavailableNextRequests = 50;
    });
    QVERIFY(run(first));
    QVERIFY(!first.ok());
    QCOMPARE(first.stored(), 200);
    const CacheStore::Cursor stopped = m_cache->cursor(QStringLiteral("Contact"));
    QVERIFY(stopped.systemModstamp.isValid());
    QVERIFY(!stopped.complete);
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 0; });

    ObjectImport resumed(m_connection->client(), m_cache.get(), contactPlan());
    resumed.setBatchSize(200);
    QVERIFY(run(resumed));
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().toString()));
    QVERIFY(resumed.changedRowsSoql().contains(QLatin1String("SystemModstamp >= ")));
    QVERIFY2(resumed.stored() < emailsInOrg(*m_http).size(), qPrintable(QString::number(resumed.stored())));
    QCOMPARE(emailsInCache(*m_cache), emailsInOrg(*m_http)); // none lost, none twice (Id is the key)
    QVERIFY(m_cache->cursor(QStringLiteral("Contact")).complete);
}

void TestObjectImport::bulkPathResumesItsJobFromTheLocator()
{
    ObjectImport first(m_connection->client(), m_cache.get(), contactPlan());
    first.setUseBulk(true);
    first.setBulkPageRecords(150);
    QVERIFY(!first.changedRowsSoql().contains(QLatin1String("ORDER BY"))); // Bulk API queries are unordered
    // After the job is created, polled twice (orgsim reports InProgress once) and its first results
    // page is read, Salesforce answers 503 for longer than the client retries. Counted in
    // requests, as the next page is asked for while the first is being stored.
    m_org->host().run([](orgsim::OrgSimServer& server) {
        server.faults().unavailableAfterRequests = 4;
        server.faults().unavailableNextRequests = 50;
    });
    QVERIFY(run(first));
    QVERIFY(!first.ok());
    QCOMPARE(first.error().httpStatus, 503);
    QCOMPARE(first.stored(), 150);
    const CacheStore::Cursor stopped = m_cache->cursor(QStringLiteral("Contact"));
    QVERIFY(!stopped.bulkJobId.isEmpty());
    QVERIFY(!stopped.bulkLocator.isEmpty());
    QVERIFY(stopped.bulkNewest.isValid());
    QVERIFY(!stopped.systemModstamp.isValid()); // unordered rows: the cursor waits for the whole job
    QVERIFY(!stopped.complete);
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 0; });

    // The next run reads the rest of the same job: no new job, no page read twice.
    ObjectImport resumed(m_connection->client(), m_cache.get(), contactPlan());
    resumed.setBulkPageRecords(150);
    QVERIFY(run(resumed));
    QVERIFY2(resumed.ok(), qPrintable(resumed.errorText()));
    const QMap<QString, QString> inOrg = emailsInOrg(*m_http);
    QCOMPARE(resumed.stored(), inOrg.size() - 150);
    QCOMPARE(emailsInCache(*m_cache), inOrg);
    const CacheStore::Cursor done = m_cache->cursor(QStringLiteral("Contact"));
    QVERIFY(done.complete);
    QVERIFY(done.bulkJobId.isEmpty());
    QVERIFY(done.systemModstamp >= stopped.bulkNewest);
}

// The changes phase moves its cursor as it stores pages; the deletes phase used to read from
// that moved cursor, so an import stopped between the two never removed what had been deleted
// before the newest change (found by a kill during queryAll).
void TestObjectImport::deletesSurviveAnImportStoppedBeforeReadingThem()
{
    ObjectImport initial(m_connection->client(), m_cache.get(), contactPlan());
    QVERIFY(run(initial));
    QVERIFY(initial.ok());
    QMap<QString, QString> inOrg = emailsInOrg(*m_http);

    // A contact is deleted; five minutes later (more than the 60 s overlap) another is edited.
    const QString deleted = inOrg.firstKey();
    const QString edited = inOrg.lastKey();
    QCOMPARE(m_http->remove(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + deleted).status, 204);
    m_org->host().run([](orgsim::OrgSimServer& server) { server.org().advanceClock(5 * 60 * 1000); });
    QCOMPARE(m_http
                 ->patch(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + edited,
                     R"({"Email": "edited@new-company.example"})")
                 .status,
        204);

    // The edit is stored, then Salesforce is unavailable for the deleted rows' queryAll.
    ObjectImport stopped(m_connection->client(), m_cache.get(), contactPlan());
    connect(&stopped, &ObjectImport::progress, this, [this] {
        m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 50; });
    });
    QVERIFY(run(stopped));
    QVERIFY(!stopped.ok());
    QVERIFY(stopped.stored() >= 1); // the edit, and rows within the overlap again
    QVERIFY(emailsInCache(*m_cache).contains(deleted));
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 0; });

    ObjectImport next(m_connection->client(), m_cache.get(), contactPlan());
    QVERIFY(run(next));
    QVERIFY2(next.ok(), qPrintable(next.errorText()));
    QVERIFY(next.removed() >= 1); // ids are counted as Salesforce lists them; earlier tests deleted some too
    QVERIFY(!emailsInCache(*m_cache).contains(deleted));
    inOrg = emailsInOrg(*m_http);
    QVERIFY(!inOrg.contains(deleted));
    QCOMPARE(emailsInCache(*m_cache), inOrg);
}

// Results of a Bulk API job can only be read with the version that created it (else 409): a
// read resumed after the client moved to another version used to fail on every run.
void TestObjectImport::bulkResumeReadsWithTheJobsVersion()
{
    ObjectImport first(m_connection->client(), m_cache.get(), contactPlan());
    first.setUseBulk(true);
    first.setBulkPageRecords(150);
    m_org->host().run([](orgsim::OrgSimServer& server) {
        server.faults().unavailableAfterRequests = 4;
        server.faults().unavailableNextRequests = 50;
    });
    QVERIFY(run(first));
    QVERIFY(!first.ok());
    QCOMPARE(first.stored(), 150);
    const CacheStore::Cursor stopped = m_cache->cursor(QStringLiteral("Contact"));
    QCOMPARE(stopped.bulkApiVersion, m_connection->client()->apiVersion());
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 0; });

    // The app is updated and negotiates a newer version; the job still reads with its own.
    const QString version = m_connection->client()->apiVersion();
    m_connection->client()->setApiVersion(QStringLiteral("61.0"));
    QVERIFY(version != QLatin1String("61.0"));
    ObjectImport resumed(m_connection->client(), m_cache.get(), contactPlan());
    resumed.setBulkPageRecords(150);
    QVERIFY(run(resumed));
    QVERIFY2(resumed.ok(), qPrintable(resumed.errorText()));
    const QMap<QString, QString> inOrg = emailsInOrg(*m_http);
    QCOMPARE(resumed.stored(), inOrg.size() - 150); // the same job, not a new one
    QCOMPARE(emailsInCache(*m_cache), inOrg);

    // A cursor from before the version was kept: the 409 starts a new job instead of failing.
    m_connection->client()->setApiVersion(version);
    m_cache.reset();
    init();
    ObjectImport again(m_connection->client(), m_cache.get(), contactPlan());
    again.setUseBulk(true);
    again.setBulkPageRecords(150);
    m_org->host().run([](orgsim::OrgSimServer& server) {
        server.faults().unavailableAfterRequests = 4;
        server.faults().unavailableNextRequests = 50;
    });
    QVERIFY(run(again));
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().unavailableNextRequests = 0; });
    CacheStore::Cursor old = m_cache->cursor(QStringLiteral("Contact"));
    QVERIFY(!old.bulkJobId.isEmpty());
    old.bulkApiVersion.clear();
    QVERIFY(m_cache->setCursor(QStringLiteral("Contact"), old).ok());
    m_connection->client()->setApiVersion(QStringLiteral("61.0"));
    ObjectImport restarted(m_connection->client(), m_cache.get(), contactPlan());
    restarted.setBulkPageRecords(150);
    QVERIFY(run(restarted));
    QVERIFY2(restarted.ok(), qPrintable(restarted.errorText()));
    QCOMPARE(emailsInCache(*m_cache), emailsInOrg(*m_http));
    m_connection->client()->setApiVersion(version);
}

// A Bulk API job can end Failed; the read fails with Salesforce's errorMessage.
void TestObjectImport::failedBulkJobFailsTheRead()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().failNextBulkJobs = 1; });
    ObjectImport import(m_connection->client(), m_cache.get(), contactPlan());
    import.setUseBulk(true);
    QVERIFY(run(import));
    QVERIFY(!import.ok());
    QVERIFY2(import.errorText().contains(QLatin1String("Query timeout")), qPrintable(import.errorText()));
    QVERIFY(m_cache->cursor(QStringLiteral("Contact")).bulkJobId.isEmpty()); // nothing to resume
}

// Deleted rows are visible to queryAll for 15 days only: an import after a longer gap used to
// keep them in the cache for ever. It now compares the cached Ids with Salesforce's.
void TestObjectImport::deletesOlderThanTheRecycleBinAreReconciled()
{
    ClockOrg sim(&m_network, &m_store);
    QVERIFY(sim.connected);
    ObjectImport initial(sim.connection.client(), m_cache.get(), contactPlan());
    QVERIFY(run(initial));
    QVERIFY(initial.ok());
    QMap<QString, QString> inOrg = emailsInOrg(sim.admin);
    QCOMPARE(emailsInCache(*m_cache), inOrg);

    const QString deleted = inOrg.firstKey();
    QCOMPARE(sim.admin.remove(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + deleted).status, 204);
    // A contact is added too, so the counts agree: only the gap tells.
    QCOMPARE(
        sim.admin.post(QStringLiteral("/services/data/v60.0/sobjects/Contact"), R"({"LastName": "Newcomer"})").status,
        201);
    sim.advanceHours(16 * 24);

    ObjectImport later(sim.connection.client(), m_cache.get(), contactPlan());
    QVERIFY(run(later));
    QVERIFY2(later.ok(), qPrintable(later.errorText()));
    QVERIFY(later.reconciledIds());
    QCOMPARE(later.removed(), 1);
    inOrg = emailsInOrg(sim.admin);
    QVERIFY(!inOrg.contains(deleted));
    QCOMPARE(emailsInCache(*m_cache), inOrg);

    // The next day's import trusts queryAll again: no Id read.
    sim.advanceHours(24);
    ObjectImport nextDay(sim.connection.client(), m_cache.get(), contactPlan());
    QVERIFY(run(nextDay));
    QVERIFY(nextDay.ok());
    QVERIFY(!nextDay.reconciledIds());
}

// A full recycle bin loses its oldest records after two hours: queryAll no longer lists them,
// however recent the last import. The cache holds more rows than Salesforce counts, so the Ids
// are compared.
void TestObjectImport::deletesEvictedFromAFullRecycleBinAreReconciled()
{
    ClockOrg sim(&m_network, &m_store);
    QVERIFY(sim.connected);
    ObjectImport initial(sim.connection.client(), m_cache.get(), contactPlan());
    QVERIFY(run(initial));
    QVERIFY(initial.ok());
    const QString deleted = emailsInOrg(sim.admin).firstKey();
    sim.org.host().run([](orgsim::OrgSimServer& server) { server.org().recycleBinCapacity = 0; });
    QCOMPARE(sim.admin.remove(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + deleted).status, 204);
    sim.advanceHours(3);

    ObjectImport later(sim.connection.client(), m_cache.get(), contactPlan());
    QVERIFY(run(later));
    QVERIFY2(later.ok(), qPrintable(later.errorText()));
    QVERIFY(later.reconciledIds());
    QVERIFY(!emailsInCache(*m_cache).contains(deleted));
    QCOMPARE(emailsInCache(*m_cache), emailsInOrg(sim.admin));
}

// Salesforce does not guarantee a page's size: every row arrives however the pages are cut.
void TestObjectImport::pagesOfAnySizeAreAllStored()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().shrinkPagesRate = 1; });
    ObjectImport import(m_connection->client(), m_cache.get(), contactPlan());
    import.setBatchSize(200);
    const bool finished = run(import);
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().shrinkPagesRate = 0; });
    QVERIFY(finished);
    QVERIFY2(import.ok(), qPrintable(import.errorText()));
    QCOMPARE(emailsInCache(*m_cache), emailsInOrg(*m_http));
}

QTEST_GUILESS_MAIN(TestObjectImport)
#include "TestObjectImport.moc"
