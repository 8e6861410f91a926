// A fault campaign: imports against an org that fails in every way orgsim can (server errors,
// outages, dropped connections, sessions that expire, row locks), interrupted at random points,
// while an admin edits, deletes and reassigns records between runs. After each round's import
// completes, the cache must equal what the integration user sees in the org: nothing lost,
// nothing kept that was deleted or left the scope, no value out of date.
#include "tests/support/OrgSimFixture.h"
#include "tests/support/TestHttp.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/orgsim/OrgSimServer.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/TokenStore.h"
#include "core/sync/ImportRun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace callbridge;
using namespace callbridge::test;

namespace {

struct Differences
{
    qint64 compared = 0;
    qint64 lost = 0; // in the org, not in the cache
    qint64 kept = 0; // in the cache, no longer in the org (deleted, or out of scope)
    qint64 wrong = 0; // in both, with another value
};

// Id -> the compared value, from the org through the API (as the integration user sees it).
QMap<QString, QString> inOrg(TestHttp& http, const QString& soql, const QString& field)
{
    QMap<QString, QString> rows;
    HttpResult page = http.query(soql);
    for (;;) {
        const QJsonObject body = page.json().object();
        for (const QJsonValue& record : body.value(QStringLiteral("records")).toArray()) {
            rows.insert(record[QStringLiteral("Id")].toString(), record[field].toVariant().toString());
        }
        const QString next = body.value(QStringLiteral("nextRecordsUrl")).toString();
        if (next.isEmpty()) {
            return rows;
        }
        page = http.get(next);
    }
}

QMap<QString, QString> inCache(const CacheStore& cache, const QString& object, const QString& field)
{
    QMap<QString, QString> rows;
    QSqlQuery query(
        QStringLiteral("SELECT \"Id\", \"%1\" FROM %2").arg(field, CacheStore::tableName(object)), cache.database());
    while (query.next()) {
        rows.insert(query.value(0).toString(), query.value(1).toString());
    }
    return rows;
}

void compare(const QMap<QString, QString>& org, const QMap<QString, QString>& cache, Differences* differences)
{
    differences->compared += org.size();
    for (auto row = org.cbegin(); row != org.cend(); ++row) {
        const auto cached = cache.constFind(row.key());
        if (cached == cache.cend()) {
            ++differences->lost;
        } else if (*cached != row.value()) {
            ++differences->wrong;
        }
    }
    for (auto row = cache.cbegin(); row != cache.cend(); ++row) {
        differences->kept += org.contains(row.key()) ? 0 : 1;
    }
}

} // namespace

class TestFaultCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void campaign_data();
    void campaign();
    void cleanupTestCase();

private:
    Differences m_total;
    int m_runs = 0;
    int m_interrupted = 0;
};

void TestFaultCampaign::campaign_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("bulk");
    const QStringList profiles { QStringLiteral("503"), QStringLiteral("500"), QStringLiteral("drop"),
        QStringLiteral("expire"), QStringLiteral("lock"), QStringLiteral("mixed") };
    quint64 seed = 7001;
    for (const QString& profile : profiles) {
        for (const bool bulk : { false, true }) {
            QTest::addRow("%s, %s", qPrintable(profile), bulk ? "Bulk API" : "REST") << profile << seed++ << bulk;
        }
    }
}

void TestFaultCampaign::campaign()
{
    QFETCH(QString, profile);
    QFETCH(quint64, seed);
    QFETCH(bool, bulk);
    orgsim::OrgSimOptions options;
    options.seed = seed;
    OrgSimFixture org(options);
    orgsim::FaultOptions faults;
    if (profile == QLatin1String("503") || profile == QLatin1String("mixed")) {
        faults.unavailableRate = 0.15;
    }
    if (profile == QLatin1String("500") || profile == QLatin1String("mixed")) {
        faults.serverErrorRate = 0.1;
    }
    if (profile == QLatin1String("drop") || profile == QLatin1String("mixed")) {
        faults.dropConnectionRate = 0.08;
    }
    if (profile == QLatin1String("expire") || profile == QLatin1String("mixed")) {
        faults.sessionExpiryAfterRequests = 7;
    }
    if (profile == QLatin1String("lock")) {
        faults.lockRowRate = 0.2;
    }

    // The integration user through the client credentials flow, so an expired session renews.
    QNetworkAccessManager network;
    TokenStore store(QStringLiteral("Callbridge campaign tests"));
    ConnectionManager connection(&network, &store);
    QSignalSpy established(&connection, &ConnectionManager::established);
    connection.connectWithClientCredentials(
        QUrl(org.instanceUrl()), org.options().clientId, org.options().clientSecret);
    QVERIFY(established.wait(15000));
    RetryPolicy quickRetries;
    quickRetries.baseDelayMs = 2;
    quickRetries.maxDelayMs = 20;
    connection.client()->setRetryPolicy(quickRetries);
    FieldCatalogLoader loader(connection.client());
    QSignalSpy loaded(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(loaded.wait(30000));
    QVERIFY(loader.ok());

    TestHttp admin(org.instanceUrl());
    admin.setBearer(org.accessTokenFor(OrgSimFixture::adminUser()));
    TestHttp integration(org.instanceUrl());
    integration.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    const QMap<QString, QString> owners = inOrg(integration,
        QStringLiteral("SELECT Id, OwnerId FROM Opportunity WHERE Owner.IsActive = true"), QStringLiteral("OwnerId"));
    QStringList recorded;
    for (const QString& owner : owners) {
        if (!recorded.contains(owner) && recorded.size() < 3) {
            recorded.append(owner);
        }
    }
    QVERIFY(recorded.size() == 3);
    RecordedUsers some;
    some.allActive = false;
    some.userIds = recorded.mid(0, 2); // the third owner is not recorded: opportunities move there
    const QString scope = QStringLiteral("OwnerId IN ('%1')").arg(some.userIds.join(QStringLiteral("', '")));

    QTemporaryDir dir;
    CacheStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite")), QStringLiteral("00Dcampaign")).ok());
    QRandomGenerator random { quint32(seed) };
    const auto plans = planImport(loader.catalog(), {}, opportunityScope(some),
        { QStringLiteral("Contact"), QStringLiteral("Opportunity"), QStringLiteral("Account") });

    for (int round = 0; round < 4; ++round) {
        if (round > 0) {
            // Between imports an admin works in the org: edits, deletes, reassigns. The clock
            // moves past the import's 60 s overlap, so only the cursors can find the changes.
            const QStringList contacts =
                inOrg(integration, QStringLiteral("SELECT Id, Email FROM Contact"), QStringLiteral("Email")).keys();
            for (int i = 0; i < 3; ++i) {
                const QString id = contacts.at(int(random.bounded(quint32(contacts.size()))));
                admin.patch(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + id,
                    QStringLiteral(R"({"Email": "round%1-%2@edited.example"})").arg(round).arg(i).toUtf8());
            }
            for (int i = 0; i < 2; ++i) {
                admin.remove(QStringLiteral("/services/data/v60.0/sobjects/Contact/")
                    + contacts.at(int(random.bounded(quint32(contacts.size())))));
            }
            const QStringList scoped = inOrg(
                integration, QStringLiteral("SELECT Id, Name FROM Opportunity WHERE ") + scope, QStringLiteral("Name"))
                                           .keys();
            if (!scoped.isEmpty()) {
                admin.patch(QStringLiteral("/services/data/v60.0/sobjects/Opportunity/") + scoped.first(),
                    QStringLiteral(R"({"OwnerId": "%1"})").arg(recorded.at(2)).toUtf8());
            }
            org.host().run([](orgsim::OrgSimServer& server) { server.org().advanceClock(3 * 60 * 1000); });
        }

        // The import runs under faults, stopped at a random point, until a run completes.
        org.host().run([faults](orgsim::OrgSimServer& server) { server.faults() = faults; });
        bool completed = false;
        for (int attempt = 0; attempt < 30 && !completed; ++attempt) {
            ImportRun run(connection.client(), &cache, plans);
            if (bulk) {
                run.setBulkThreshold(50);
            }
            run.setBudgetShare(1.0);
            const int stopAfter = attempt < 2 ? int(random.bounded(1, 12)) : -1;
            int changes = 0;
            connect(&run, &ImportRun::objectChanged, &run, [&run, &changes, stopAfter] {
                if (++changes == stopAfter) {
                    // As the admin's Cancel arrives: from the event loop, between two events.
                    QTimer::singleShot(0, &run, &ImportRun::cancel);
                }
            });
            QSignalSpy finished(&run, &ImportRun::finished);
            run.start();
            QVERIFY(finished.wait(60000));
            ++m_runs;
            m_interrupted += run.outcome() == ImportRun::Outcome::Completed ? 0 : 1;
            completed = run.outcome() == ImportRun::Outcome::Completed;
        }
        org.host().run([](orgsim::OrgSimServer& server) { server.faults() = {}; });
        QVERIFY2(completed, "no import completed in 30 attempts");

        Differences differences;
        compare(inOrg(integration, QStringLiteral("SELECT Id, Email FROM Contact"), QStringLiteral("Email")),
            inCache(cache, QStringLiteral("Contact"), QStringLiteral("Email")), &differences);
        compare(inOrg(integration, QStringLiteral("SELECT Id, Name FROM Account"), QStringLiteral("Name")),
            inCache(cache, QStringLiteral("Account"), QStringLiteral("Name")), &differences);
        compare(inOrg(integration, QStringLiteral("SELECT Id, OwnerId FROM Opportunity WHERE ") + scope,
                    QStringLiteral("OwnerId")),
            inCache(cache, QStringLiteral("Opportunity"), QStringLiteral("OwnerId")), &differences);
        m_total.compared += differences.compared;
        m_total.lost += differences.lost;
        m_total.kept += differences.kept;
        m_total.wrong += differences.wrong;
        QCOMPARE(differences.lost, 0);
        QCOMPARE(differences.kept, 0);
        QCOMPARE(differences.wrong, 0);
    }
}

void TestFaultCampaign::cleanupTestCase()
{
    qInfo("fault campaign: %d import runs (%d stopped by a fault or a cancel), %lld records compared: %lld lost, "
          "%lld kept after deletion or leaving the scope, %lld wrong",
        m_runs, m_interrupted, m_total.compared, m_total.lost, m_total.kept, m_total.wrong);
}

QTEST_GUILESS_MAIN(TestFaultCampaign)
#include "TestFaultCampaign.moc"
