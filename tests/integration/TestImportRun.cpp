#include "core/orgsim/OrgSimServer.h"
#include "tests/support/OrgSimFixture.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/sync/ImportOperation.h"
#include "core/sync/ImportRun.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

// Every row of a cache table, all columns, keyed by Id: what two imports must agree on.
QMap<QString, QVariantMap> tableContents(const CacheStore& cache, const QString& object)
{
    QMap<QString, QVariantMap> rows;
    QSqlQuery query(QStringLiteral("SELECT * FROM o_%1").arg(object), cache.database());
    while (query.next()) {
        QVariantMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            row.insert(record.fieldName(i), record.value(i));
        }
        rows.insert(row.value(QStringLiteral("Id")).toString(), row);
    }
    return rows;
}

QStringList idsInCache(const CacheStore& cache, const QString& object)
{
    return tableContents(cache, object).keys();
}

} // namespace

class TestImportRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void restAndBulkPathsStoreTheSameRows();
    void opportunitiesFollowTheRecordedUsers();
    void manyRecordedUsersFitInQueryUrls_data();
    void manyRecordedUsersFitInQueryUrls();
    void longTextIsTrimmed();
    void selectionChangesMigrateTheCache();
    void stopsBeforeTheBudgetAndResumes();
    void saysWhatItIsWaitingFor();
    void waitsOutTheConcurrencyLimit();
    void stopsAtTheDailyLimitAndResumes(); // last: it spends the org's daily requests

private:
    std::unique_ptr<ImportRun> makeRun(CacheStore& cache, const QMap<QString, QStringList>& selection = {},
        const RecordedUsers& recorded = {}, const QStringList& only = {});
    bool run(ImportRun& importRun);
    // Orgsim's answer to a query as the integration user, read directly over HTTP.
    QStringList idsInOrg(const QString& soql);
    QStringList activeOpportunityOwners(); // distinct, in the order their opportunities come
    int patchOpportunityAsAdmin(const QString& id, const QString& json); // the HTTP status

    std::unique_ptr<OrgSimFixture> m_org;
    std::unique_ptr<TestHttp> m_http;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge import run tests") };
    std::unique_ptr<ConnectionManager> m_connection;
    FieldCatalogLoader::Catalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheStore> m_cache;
};

void TestImportRun::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::integrationUser()));
    RetryPolicy quickRetries;
    quickRetries.baseDelayMs = 5;
    m_connection->client()->setRetryPolicy(quickRetries);
    m_http = std::make_unique<TestHttp>(m_org->instanceUrl());
    m_http->setBearer(m_org->accessTokenFor(OrgSimFixture::integrationUser()));

    FieldCatalogLoader loader(m_connection->client());
    QSignalSpy loaded(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(loaded.wait(30000));
    QVERIFY2(loader.ok(), qPrintable(loader.error().toString()));
    m_catalog = loader.catalog();
}

void TestImportRun::init()
{
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CacheStore>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite")), QStringLiteral("00Dorgsim")).ok());
}

std::unique_ptr<ImportRun> TestImportRun::makeRun(CacheStore& cache, const QMap<QString, QStringList>& selection,
    const RecordedUsers& recorded, const QStringList& only)
{
    return std::make_unique<ImportRun>(
        m_connection->client(), &cache, planImport(m_catalog, selection, opportunityScope(recorded), only));
}

bool TestImportRun::run(ImportRun& importRun)
{
    QSignalSpy finished(&importRun, &ImportRun::finished);
    importRun.start();
    return finished.wait(60000) && finished.size() == 1;
}

QStringList TestImportRun::activeOpportunityOwners()
{
    QStringList owners;
    const QJsonArray opportunities =
        m_http->query(QStringLiteral("SELECT OwnerId FROM Opportunity WHERE Owner.IsActive = true"))
            .json()
            .object()
            .value(QStringLiteral("records"))
            .toArray();
    for (const QJsonValue& opportunity : opportunities) {
        const QString owner = opportunity[QStringLiteral("OwnerId")].toString();
        if (!owners.contains(owner)) {
            owners.append(owner);
        }
    }
    return owners;
}

int TestImportRun::patchOpportunityAsAdmin(const QString& id, const QString& json)
{
    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    return admin.patch(QStringLiteral("/services/data/v60.0/sobjects/Opportunity/") + id, json.toUtf8()).status;
}

QStringList TestImportRun::idsInOrg(const QString& soql)
{
    QStringList ids;
    HttpResult page = m_http->query(soql);
    for (;;) {
        const QJsonObject body = page.json().object();
        for (const QJsonValue& record : body.value(QStringLiteral("records")).toArray()) {
            ids.append(record[QStringLiteral("Id")].toString());
        }
        const QString next = body.value(QStringLiteral("nextRecordsUrl")).toString();
        if (next.isEmpty()) {
            break;
        }
        page = m_http->get(next);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestImportRun::restAndBulkPathsStoreTheSameRows()
{
    auto restRun = makeRun(*m_cache);
    QVERIFY(run(*restRun));
    QCOMPARE(restRun->outcome(), ImportRun::Outcome::Completed);
    QVERIFY(restRun->budget() > 0);
    QStringList objects;
    for (const ObjectImportProgress& object : restRun->objects()) {
        objects.append(object.object);
        QCOMPARE(int(object.state), int(ObjectImportProgress::State::Done));
        QVERIFY(!object.bulk); // the small org is under the threshold everywhere
        QCOMPARE(object.received, object.total);
        QVERIFY(object.requests >= 2); // COUNT() and at least one page
    }
    QVERIFY(objects.contains(QStringLiteral("Account")));
    QVERIFY(objects.contains(QStringLiteral("User")));
    QVERIFY(!objects.contains(QStringLiteral("Task")));
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Contact")), idsInOrg(QStringLiteral("SELECT Id FROM Contact")));
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("User")), idsInOrg(QStringLiteral("SELECT Id FROM User")));

    // The same import through Bulk API jobs stores exactly the same values.
    QTemporaryDir bulkDir;
    CacheStore bulkCache;
    QVERIFY(bulkCache.open(bulkDir.filePath(QStringLiteral("bulk.sqlite")), QStringLiteral("00Dorgsim")).ok());
    auto bulkRun = makeRun(bulkCache);
    bulkRun->setBulkThreshold(0);
    QVERIFY(run(*bulkRun));
    QVERIFY2(bulkRun->outcome() == ImportRun::Outcome::Completed, qPrintable(bulkRun->message()));
    for (const ObjectImportProgress& object : bulkRun->objects()) {
        QVERIFY(object.bulk);
        QCOMPARE(tableContents(bulkCache, object.object), tableContents(*m_cache, object.object));
    }
    // One job per object: create, polls, one results page; far fewer requests than REST pages would take.
    QVERIFY(bulkRun->requestsUsed() > 0);
}

void TestImportRun::opportunitiesFollowTheRecordedUsers()
{
    const QStringList owners = activeOpportunityOwners();
    QVERIFY(owners.size() > 3);
    RecordedUsers some;
    some.allActive = false;
    some.userIds = owners.mid(0, 2);
    auto scoped = makeRun(*m_cache, {}, some, { QStringLiteral("Opportunity") });
    QVERIFY(run(*scoped));
    QCOMPARE(scoped->outcome(), ImportRun::Outcome::Completed);
    const QStringList ofTwo = idsInOrg(QStringLiteral("SELECT Id FROM Opportunity WHERE OwnerId IN ('%1')")
                                           .arg(some.userIds.join(QStringLiteral("', '"))));
    QVERIFY(!ofTwo.isEmpty());
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Opportunity")), ofTwo);

    // An opportunity moves to a user who is not recorded: it leaves the cache on the next
    // import, although the scope itself did not change (it used to stay with its old values).
    const QString moved = ofTwo.first();
    QCOMPARE(patchOpportunityAsAdmin(moved, QStringLiteral(R"({"OwnerId": "%1"})").arg(owners.at(2))), 204);
    auto again = makeRun(*m_cache, {}, some, { QStringLiteral("Opportunity") });
    QVERIFY(run(*again));
    QCOMPARE(again->outcome(), ImportRun::Outcome::Completed);
    const QStringList ofTwoNow = idsInOrg(QStringLiteral("SELECT Id FROM Opportunity WHERE OwnerId IN ('%1')")
                                              .arg(some.userIds.join(QStringLiteral("', '"))));
    QVERIFY(!ofTwoNow.contains(moved));
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Opportunity")), ofTwoNow);

    // Until the admin chooses, every active user counts: the cache is re-scoped, not mixed.
    auto all = makeRun(*m_cache, {}, {}, { QStringLiteral("Opportunity") });
    QVERIFY(run(*all));
    const QStringList ofActive = idsInOrg(QStringLiteral("SELECT Id FROM Opportunity WHERE Owner.IsActive = true"));
    QVERIFY(ofActive.size() > ofTwo.size());
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Opportunity")), ofActive);

    // An explicit empty choice records nobody.
    RecordedUsers nobody;
    nobody.allActive = false;
    auto none = makeRun(*m_cache, {}, nobody, { QStringLiteral("Opportunity") });
    QVERIFY(run(*none));
    QCOMPARE(m_cache->count(QStringLiteral("Opportunity")), 0);
}

void TestImportRun::manyRecordedUsersFitInQueryUrls_data()
{
    QTest::addColumn<bool>("bulk");
    QTest::newRow("REST") << false;
    QTest::newRow("Bulk") << true;
}

void TestImportRun::manyRecordedUsersFitInQueryUrls()
{
    // 650 recorded users: one IN list of their ids would take a query URL past the 16,384 bytes
    // Salesforce accepts for the request line and headers (orgsim answers 414 as it does).
    QFETCH(bool, bulk);
    const QStringList owners = activeOpportunityOwners();
    QVERIFY(owners.size() > 3);
    RecordedUsers many;
    many.allActive = false;
    many.userIds << owners.at(0); // in the first condition
    for (int i = 0; i < 650; ++i) {
        many.userIds << QStringLiteral("005Zz%1").arg(i, 10, 10, QLatin1Char('0')); // users without opportunities
    }
    many.userIds << owners.at(1); // in the last condition
    const ImportScope scope = opportunityScope(many);
    QVERIFY(scope.size() > 2);
    for (const QString& condition : scope) {
        QVERIFY(QUrl::toPercentEncoding(condition).size() <= maxScopeConditionBytes);
    }
    const QString ofTwo =
        QStringLiteral("SELECT Id FROM Opportunity WHERE OwnerId IN ('%1', '%2')").arg(owners.at(0), owners.at(1));

    auto first = makeRun(*m_cache, {}, many, { QStringLiteral("Opportunity") });
    first->setBulkThreshold(bulk ? 0 : ImportRun::bulkThreshold);
    QVERIFY(run(*first));
    QVERIFY2(first->outcome() == ImportRun::Outcome::Completed, qPrintable(first->message()));
    QCOMPARE(first->objects().first().bulk, bulk);
    QCOMPARE(first->objects().first().total, qint64(idsInOrg(ofTwo).size())); // the parts' counts add up
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Opportunity")), idsInOrg(ofTwo));
    // The cursor moved to the newest change the object had when the read began.
    const HttpResult newest =
        m_http->query(QStringLiteral("SELECT SystemModstamp FROM Opportunity ORDER BY SystemModstamp DESC LIMIT 1"));
    QCOMPARE(m_cache->cursor(QStringLiteral("Opportunity")).systemModstamp,
        QDateTime::fromString(newest.json()[QStringLiteral("records")][0][QStringLiteral("SystemModstamp")].toString(),
            Qt::ISODateWithMs));

    // A change in the last condition's rows is read by the next import (the cursor did not pass
    // it while the first condition was read), and a row that left the scope goes.
    const QString changed =
        idsInOrg(QStringLiteral("SELECT Id FROM Opportunity WHERE OwnerId = '%1'").arg(owners.at(1))).first();
    const QString moved =
        idsInOrg(QStringLiteral("SELECT Id FROM Opportunity WHERE OwnerId = '%1'").arg(owners.at(0))).first();
    QCOMPARE(patchOpportunityAsAdmin(changed, QStringLiteral(R"({"Name": "Renamed in the last part"})")), 204);
    QCOMPARE(patchOpportunityAsAdmin(moved, QStringLiteral(R"({"OwnerId": "%1"})").arg(owners.at(2))), 204);
    auto again = makeRun(*m_cache, {}, many, { QStringLiteral("Opportunity") });
    again->setBulkThreshold(bulk ? 0 : ImportRun::bulkThreshold);
    QVERIFY(run(*again));
    QVERIFY2(again->outcome() == ImportRun::Outcome::Completed, qPrintable(again->message()));
    QVERIFY(again->objects().first().incremental);
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Opportunity")), idsInOrg(ofTwo));
    QCOMPARE(tableContents(*m_cache, QStringLiteral("Opportunity")).value(changed).value(QStringLiteral("Name")),
        QVariant(QStringLiteral("Renamed in the last part")));
}

void TestImportRun::longTextIsTrimmed()
{
    const QString text = QString(12000, QLatin1Char('x'));
    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const HttpResult created = admin.post(QStringLiteral("/services/data/v60.0/sobjects/Contact"),
        QJsonDocument(QJsonObject { { QStringLiteral("LastName"), QStringLiteral("Longnote") },
                          { QStringLiteral("Description"), text } })
            .toJson());
    QCOMPARE(created.status, 201);
    const QString id = created.json().object().value(QStringLiteral("id")).toString();

    QMap<QString, QStringList> selection;
    selection.insert(QStringLiteral("Contact"), { QStringLiteral("Description") });
    auto importRun = makeRun(*m_cache, selection, {}, { QStringLiteral("Contact") });
    QVERIFY(run(*importRun));
    QCOMPARE(importRun->outcome(), ImportRun::Outcome::Completed);
    const QString stored =
        m_cache->record(QStringLiteral("Contact"), id).value(QStringLiteral("Description")).toString();
    QCOMPARE(stored.size(), CacheStore::longTextLimit);
    QCOMPARE(stored, text.left(CacheStore::longTextLimit));
}

void TestImportRun::selectionChangesMigrateTheCache()
{
    QMap<QString, QStringList> selection;
    selection.insert(QStringLiteral("Contact"), {}); // the required fields only
    auto first = makeRun(*m_cache, selection, {}, { QStringLiteral("Contact") });
    QVERIFY(run(*first));
    QVERIFY(!m_cache->columns(QStringLiteral("Contact")).contains(QStringLiteral("Title")));
    const qint64 rows = m_cache->count(QStringLiteral("Contact"));
    QVERIFY(rows > 0);

    // Title selected: the column is added and back-filled for every row.
    selection.insert(QStringLiteral("Contact"), { QStringLiteral("Title") });
    auto added = makeRun(*m_cache, selection, {}, { QStringLiteral("Contact") });
    QVERIFY(run(*added));
    QCOMPARE(added->objects().constFirst().stored, rows);
    QSqlQuery titled(QStringLiteral("SELECT COUNT(*) FROM o_Contact WHERE Title IS NOT NULL"), m_cache->database());
    QVERIFY(titled.next());
    const qint64 titledInOrg = idsInOrg(QStringLiteral("SELECT Id FROM Contact WHERE Title != null")).size();
    QVERIFY(titledInOrg > 0);
    QCOMPARE(titled.value(0).toLongLong(), titledInOrg);

    // Deselected again: the column goes, the rows stay, nothing is read again.
    selection.insert(QStringLiteral("Contact"), {});
    auto dropped = makeRun(*m_cache, selection, {}, { QStringLiteral("Contact") });
    QVERIFY(run(*dropped));
    QVERIFY(!m_cache->columns(QStringLiteral("Contact")).contains(QStringLiteral("Title")));
    QCOMPARE(m_cache->count(QStringLiteral("Contact")), rows);
    QVERIFY(dropped->objects().constFirst().incremental);
    QVERIFY(dropped->objects().constFirst().stored < 10);
}

void TestImportRun::stopsBeforeTheBudgetAndResumes()
{
    // A budget of 6 requests: limits, then Account (COUNT + 1 page) and Contact (COUNT + 2 pages of
    // 200) fit; Lead does not start, not even its COUNT().
    const qint64 remaining = m_http->get(QStringLiteral("/services/data/v60.0/limits"))
                                 .json()
                                 .object()
                                 .value(QStringLiteral("DailyApiRequests"))
                                 .toObject()
                                 .value(QStringLiteral("Remaining"))
                                 .toInteger();
    auto budgeted = makeRun(*m_cache);
    budgeted->setRestBatchSize(200);
    budgeted->setBudgetShare(6.5 / double(remaining));
    QVERIFY(run(*budgeted));
    QCOMPARE(budgeted->outcome(), ImportRun::Outcome::BudgetReached);
    QCOMPARE(budgeted->budget(), 6);
    QVERIFY(budgeted->requestsUsed() <= 6);
    QVERIFY2(budgeted->message().contains(QLatin1String("rolling 24 hours")), qPrintable(budgeted->message()));
    int done = 0;
    int notStarted = 0;
    for (const ObjectImportProgress& object : budgeted->objects()) {
        done += object.state == ObjectImportProgress::State::Done;
        notStarted += object.state == ObjectImportProgress::State::NotStarted;
    }
    QVERIFY(done >= 1);
    QCOMPARE(notStarted, 1);

    // The next run (a full budget) finishes; what was imported is not read again.
    auto resumed = makeRun(*m_cache);
    QVERIFY(run(*resumed));
    QCOMPARE(resumed->outcome(), ImportRun::Outcome::Completed);
    QVERIFY(resumed->objects().constFirst().incremental);
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Contact")), idsInOrg(QStringLiteral("SELECT Id FROM Contact")));
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Lead")), idsInOrg(QStringLiteral("SELECT Id FROM Lead")));
}

void TestImportRun::stopsAtTheDailyLimitAndResumes()
{
    // Another tool spends the org's daily requests while Contact is being read.
    auto importRun = makeRun(*m_cache);
    importRun->setBudgetShare(1.0);
    importRun->setRestBatchSize(200);
    connect(importRun.get(), &ImportRun::objectChanged, this, [this, &importRun](int row) {
        const ObjectImportProgress& object = importRun->objects().at(row);
        if (object.object == QLatin1String("Contact") && object.received == 200) {
            m_org->host().run([](orgsim::OrgSimServer& server) {
                server.usage().count(server.usage().max() - server.usage().used());
            });
        }
    });
    QVERIFY(run(*importRun));
    QCOMPARE(importRun->outcome(), ImportRun::Outcome::Failed);
    QVERIFY2(
        importRun->message().contains(QLatin1String("daily API limit is reached")), qPrintable(importRun->message()));
    QVERIFY(importRun->message().contains(QLatin1String("continues where it stopped")));
    // The pages read before the limit are kept (the next page is on the wire while one is stored,
    // so the limit meets the second or the third).
    const qint64 kept = m_cache->count(QStringLiteral("Contact"));
    QVERIFY2(kept == 200 || kept == 400, qPrintable(QString::number(kept)));
    QVERIFY(!m_cache->cursor(QStringLiteral("Contact")).complete);

    // A day later: the import goes on from the stored page and ends equal to the org.
    m_org->host().run([](orgsim::OrgSimServer& server) { server.usage().reset(); });
    auto resumed = makeRun(*m_cache);
    QVERIFY(run(*resumed));
    QCOMPARE(resumed->outcome(), ImportRun::Outcome::Completed);
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Contact")), idsInOrg(QStringLiteral("SELECT Id FROM Contact")));
}

// REQUEST_LIMIT_EXCEEDED "ConcurrentPerOrgLongTxn Limit exceeded." while Contact is read: it
// clears in seconds, so the import waits and goes on. It used to stop as if the daily limit was
// reached ("run the import again later, by tomorrow").
void TestImportRun::waitsOutTheConcurrencyLimit()
{
    auto importRun = makeRun(*m_cache);
    importRun->setBudgetShare(1.0);
    importRun->setRestBatchSize(200);
    bool injected = false;
    connect(importRun.get(), &ImportRun::objectChanged, this, [this, &importRun, &injected](int row) {
        const ObjectImportProgress& object = importRun->objects().at(row);
        if (!injected && object.object == QLatin1String("Contact") && object.received == 200) {
            injected = true;
            m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().concurrencyLimitNextRequests = 3; });
        }
    });
    QVERIFY(run(*importRun));
    QVERIFY(injected);
    QVERIFY2(importRun->outcome() == ImportRun::Outcome::Completed, qPrintable(importRun->message()));
    QCOMPARE(idsInCache(*m_cache, QStringLiteral("Contact")), idsInOrg(QStringLiteral("SELECT Id FROM Contact")));
}

// A slow org: the import says which request it has been waiting for, and for how long.
void TestImportRun::saysWhatItIsWaitingFor()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.setLatencyMs(2000); });
    ImportOperation::Options options;
    options.dataDirectory = m_dir->path();
    options.opportunityScope = opportunityScope({});
    ImportOperation operation(m_connection.get(), options);
    QSignalSpy finished(&operation, &ImportOperation::finished);
    QVERIFY(operation.waitingFor(0).isEmpty()); // not started
    operation.start();
    QTRY_VERIFY_WITH_TIMEOUT(!operation.waitingFor(500).isEmpty(), 10000);
    const QString waiting = operation.waitingFor(500);
    QVERIFY2(waiting.startsWith(QLatin1String("Waiting for Salesforce: POST /services/data/v")), qPrintable(waiting));
    QVERIFY2(waiting.contains(QLatin1String("/composite (")), qPrintable(waiting)); // the describes
    operation.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(operation.waitingFor(0).isEmpty());
    m_org->host().run([](orgsim::OrgSimServer& server) { server.setLatencyMs(0); });
}

QTEST_GUILESS_MAIN(TestImportRun)
#include "TestImportRun.moc"
