#include "core/orgsim/OrgSimServer.h"
#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/OrgData.h"
#include "core/orgsim/RecordBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <numeric>

using namespace callbridge;
using namespace callbridge::test;

// orgsim where Salesforce is strict about limits: the recycle bin's lifetime and size, the
// concurrent request limit, and what a Bulk API query job demands and can do.
class TestOrgSimLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deletedRecordsLeaveTheRecycleBinAfter15Days();
    void aFullRecycleBinLosesItsOldestRecords();
    void concurrencyLimitIsTheSameCodeWithAnotherMessage();
    void bulkResultsNeedTheJobsApiVersion();
    void bulkJobCanFail();
    void bulkJobHonoursItsCsvFormat();
    void widePagesHoldFewerRows();
    void pagesShrinkAtRandomAsAFault();
    void queryCursorsLiveTwoDays();

private:
    void advanceDays(double days);
    QString deleteAContact(int index);
    QString createJob(const QByteArray& body, const QString& version = QStringLiteral("60.0"));
    QString pollUntilDone(const QString& jobPath);

    std::unique_ptr<OrgSimFixture> m_org;
    std::unique_ptr<TestHttp> m_http;
};

void TestOrgSimLimits::initTestCase()
{
    orgsim::OrgSimOptions options;
    options.accessTokenLifetimeSeconds = 90 * 24 * 3600; // the clock moves weeks ahead
    m_org = std::make_unique<OrgSimFixture>(options);
    m_http = std::make_unique<TestHttp>(m_org->instanceUrl());
    m_http->setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
}

void TestOrgSimLimits::advanceDays(double days)
{
    m_org->host().run([days](orgsim::OrgSimServer& server) { server.org().advanceClock(qint64(days * 86400000)); });
}

QString TestOrgSimLimits::deleteAContact(int index)
{
    const QString id = m_http->query(QStringLiteral("SELECT Id FROM Contact ORDER BY Id LIMIT 1 OFFSET %1").arg(index))
                           .json()
                           .object()
                           .value(QStringLiteral("records"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("Id"))
                           .toString();
    [&] {
        QCOMPARE(m_http->remove(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + id).status, 204);
    }();
    return id;
}

namespace {

int deletedRowsListed(TestHttp& http, const QString& id)
{
    const HttpResult result = http.get(QStringLiteral("/services/data/v60.0/queryAll?q=")
        + QString::fromLatin1(QUrl::toPercentEncoding(
            QStringLiteral("SELECT Id FROM Contact WHERE IsDeleted = true AND Id = '%1'").arg(id))));
    return result.json().object().value(QStringLiteral("totalSize")).toInt(-1);
}

} // namespace

// "The Recycle Bin lets you view and restore recently deleted records for 15 days before
// they're permanently deleted" (emptyRecycleBin()). orgsim used to keep them forever.
void TestOrgSimLimits::deletedRecordsLeaveTheRecycleBinAfter15Days()
{
    const QString id = deleteAContact(0);
    QCOMPARE(deletedRowsListed(*m_http, id), 1);
    advanceDays(14.9);
    QCOMPARE(deletedRowsListed(*m_http, id), 1);
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + id).status, 404);
    advanceDays(0.2);
    QCOMPARE(deletedRowsListed(*m_http, id), 0);
    // Gone without a trace: not even ENTITY_IS_DELETED.
    const HttpResult gone = m_http->get(QStringLiteral("/services/data/v60.0/sobjects/Contact/") + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json().array().first().toObject().value(QStringLiteral("errorCode")).toString(),
        QStringLiteral("NOT_FOUND"));
}

// "If your org reaches its Recycle Bin limit, Salesforce automatically removes the oldest
// records, as long as they've been in the recycle bin for at least two hours."
void TestOrgSimLimits::aFullRecycleBinLosesItsOldestRecords()
{
    qint64 defaultCapacity = 0;
    m_org->host().run([&](orgsim::OrgSimServer& server) {
        server.org().emptyRecycleBin();
        defaultCapacity =
            orgsim::OrgData::recycleBinRecordsPerLicense * server.org().table(QStringLiteral("User"))->rowCount();
        server.org().recycleBinCapacity = server.org().recycleBinSize() + 2;
    });
    QVERIFY(defaultCapacity >= 5000);
    const QString oldest = deleteAContact(1);
    advanceDays(0.01);
    const QString middle = deleteAContact(1);
    const QString newest = deleteAContact(1);
    // Over the limit, but nothing has been in the bin two hours yet.
    QCOMPARE(deletedRowsListed(*m_http, oldest), 1);
    advanceDays(3.0 / 24);
    QCOMPARE(deletedRowsListed(*m_http, oldest), 0);
    QCOMPARE(deletedRowsListed(*m_http, middle), 1);
    QCOMPARE(deletedRowsListed(*m_http, newest), 1);
    m_org->host().run([](orgsim::OrgSimServer& server) { server.org().recycleBinCapacity = -1; });
}

// API Request Limits and Allocations: too many concurrent long-running requests answer
// REQUEST_LIMIT_EXCEEDED too; only the message tells it from the daily limit.
void TestOrgSimLimits::concurrencyLimitIsTheSameCodeWithAnotherMessage()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().concurrencyLimitNextRequests = 1; });
    const HttpResult refused = m_http->get(QStringLiteral("/services/data/v60.0/limits"));
    QCOMPARE(refused.status, 403);
    const QJsonObject error = refused.json().array().first().toObject();
    QCOMPARE(error.value(QStringLiteral("errorCode")).toString(), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    QCOMPARE(
        error.value(QStringLiteral("message")).toString(), QStringLiteral("ConcurrentPerOrgLongTxn Limit exceeded."));
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits")).status, 200); // it clears
}

QString TestOrgSimLimits::createJob(const QByteArray& body, const QString& version)
{
    const HttpResult created = m_http->post(QStringLiteral("/services/data/v%1/jobs/query").arg(version), body);
    if (created.status != 200) {
        return QString::number(created.status) + QLatin1Char(' ') + QString::fromUtf8(created.body);
    }
    return QStringLiteral("/services/data/v%1/jobs/query/").arg(version)
        + created.json().object().value(QStringLiteral("id")).toString();
}

QString TestOrgSimLimits::pollUntilDone(const QString& jobPath)
{
    QString state;
    for (int polls = 0; polls < 5
         && (state.isEmpty() || state == QLatin1String("UploadComplete") || state == QLatin1String("InProgress"));
         ++polls) {
        state = m_http->get(jobPath).json().object().value(QStringLiteral("state")).toString();
    }
    return state;
}

// Get Results for a Query Job: "use the same API version that you used to create the query.
// Otherwise, the call returns a 409 error."
void TestOrgSimLimits::bulkResultsNeedTheJobsApiVersion()
{
    const QString job = createJob(R"({"operation": "query", "query": "SELECT Id FROM Lead"})", QStringLiteral("59.0"));
    QVERIFY2(job.startsWith(QLatin1Char('/')), qPrintable(job));
    QCOMPARE(pollUntilDone(job), QStringLiteral("JobComplete"));
    QCOMPARE(m_http->get(job + QStringLiteral("/results")).status, 200);
    QString other = job;
    other.replace(QStringLiteral("v59.0"), QStringLiteral("v60.0"));
    QCOMPARE(m_http->get(other + QStringLiteral("/results")).status, 409);
}

// A job can end Failed, with an errorMessage (Get Information About a Query Job).
void TestOrgSimLimits::bulkJobCanFail()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().failNextBulkJobs = 1; });
    const QString job = createJob(R"({"operation": "query", "query": "SELECT Id FROM Lead"})");
    QCOMPARE(pollUntilDone(job), QStringLiteral("Failed"));
    QVERIFY(!m_http->get(job).json().object().value(QStringLiteral("errorMessage")).toString().isEmpty());
    QCOMPARE(m_http->get(job + QStringLiteral("/results")).status, 400);
    const QString next = createJob(R"({"operation": "query", "query": "SELECT Id FROM Lead"})");
    QCOMPARE(pollUntilDone(next), QStringLiteral("JobComplete"));
}

// Create a Query Job: contentType (CSV only), columnDelimiter and lineEnding are honoured, and
// other values refused.
void TestOrgSimLimits::bulkJobHonoursItsCsvFormat()
{
    const QString job = createJob(R"({"operation": "query", "query": "SELECT Id, LastName FROM Lead LIMIT 2",
                                      "columnDelimiter": "PIPE", "lineEnding": "CRLF"})");
    QVERIFY2(job.startsWith(QLatin1Char('/')), qPrintable(job));
    const QJsonObject info = m_http->get(job).json().object();
    QCOMPARE(info.value(QStringLiteral("columnDelimiter")).toString(), QStringLiteral("PIPE"));
    QCOMPARE(info.value(QStringLiteral("lineEnding")).toString(), QStringLiteral("CRLF"));
    QCOMPARE(pollUntilDone(job), QStringLiteral("JobComplete"));
    const QByteArray csv = m_http->get(job + QStringLiteral("/results")).body;
    QVERIFY2(csv.startsWith("\"Id\"|\"LastName\"\r\n"), csv.constData());
    QCOMPARE(csv.count("\r\n"), 3);

    QVERIFY(createJob(R"({"operation": "query", "query": "SELECT Id FROM Lead", "contentType": "JSON"})")
                .startsWith(QLatin1String("400")));
    QVERIFY(createJob(R"({"operation": "query", "query": "SELECT Id FROM Lead", "columnDelimiter": "COLON"})")
                .startsWith(QLatin1String("400")));
    QVERIFY(createJob(R"({"operation": "query", "query": "SELECT Id FROM Lead", "lineEnding": "CR"})")
                .startsWith(QLatin1String("400")));
}

namespace {

// Every page's record count, following nextRecordsUrl.
QList<int> pageSizes(TestHttp& http, const QString& soql, int batchSize = 2000)
{
    QList<int> sizes;
    HttpResult page =
        http.get(QStringLiteral("/services/data/v60.0/query?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)),
            { { "Sforce-Query-Options", "batchSize=" + QByteArray::number(batchSize) } });
    for (;;) {
        const QJsonObject body = page.json().object();
        sizes.append(int(body.value(QStringLiteral("records")).toArray().size()));
        const QString next = body.value(QStringLiteral("nextRecordsUrl")).toString();
        if (next.isEmpty()) {
            return sizes;
        }
        page = http.get(next);
    }
}

} // namespace

// Change the Batch Size in Queries: "the returned batch size can be lower than the max or what's
// set in the request, based on the size and complexity of records queried"; two or more custom
// long text fields allow 200 at most; a recorded query with one long text field came in pages
// of 1,000. orgsim used to send 2,000 whatever the fields.
void TestOrgSimLimits::widePagesHoldFewerRows()
{
    m_org->host().run([](orgsim::OrgSimServer& server) {
        orgsim::RecordBuilder builder(server.org(), server.org().now());
        for (int i = 0; i < 1100; ++i) {
            builder.insert(QStringLiteral("Account"), { { QStringLiteral("Name"), QStringLiteral("Wide %1").arg(i) } });
        }
    });
    const QList<int> narrow = pageSizes(*m_http, QStringLiteral("SELECT Id, Name FROM Account"));
    QCOMPARE(narrow.size(), 1);
    QVERIFY(narrow.first() > 1100);
    const int total = narrow.first();
    const QList<int> oneLongText = pageSizes(*m_http, QStringLiteral("SELECT Id, Description FROM Account"));
    QCOMPARE(oneLongText, (QList<int> { 1000, total - 1000 }));
    const QList<int> twoLongTexts = pageSizes(*m_http, QStringLiteral("SELECT Id, Notes__c, Overview__c FROM Account"));
    QCOMPARE(twoLongTexts.first(), 200);
    QCOMPARE(std::accumulate(twoLongTexts.cbegin(), twoLongTexts.cend(), 0), total);
}

// A fault makes any page smaller, so a client that counts on full pages fails here too.
void TestOrgSimLimits::pagesShrinkAtRandomAsAFault()
{
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().shrinkPagesRate = 1; });
    const QList<int> sizes = pageSizes(*m_http, QStringLiteral("SELECT Id FROM Contact"), 200);
    m_org->host().run([](orgsim::OrgSimServer& server) { server.faults().shrinkPagesRate = 0; });
    QVERIFY(sizes.size() > 2); // 400 rows in pages of at most 200, and fewer
    QVERIFY(*std::max_element(sizes.cbegin(), sizes.cend()) <= 200);
    QCOMPARE(std::accumulate(sizes.cbegin(), sizes.cend(), 0),
        m_http->query(QStringLiteral("SELECT COUNT() FROM Contact"))
            .json()
            .object()
            .value(QStringLiteral("totalSize"))
            .toInt());
}

// API Query Cursor Limits: "Cursors and their related query results are available for 2 days";
// orgsim used to drop a locator after 15 minutes without use, the rule before API 56.0.
void TestOrgSimLimits::queryCursorsLiveTwoDays()
{
    auto nextPage = [this] {
        return m_http
            ->get(QStringLiteral("/services/data/v60.0/query?q=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("SELECT Id FROM Contact"))),
                { { "Sforce-Query-Options", "batchSize=200" } })
            .json()
            .object()
            .value(QStringLiteral("nextRecordsUrl"))
            .toString();
    };
    const QString idle = nextPage();
    QVERIFY(!idle.isEmpty());
    advanceDays(1.0 / 24); // an hour without use
    QCOMPARE(m_http->get(idle).status, 200);
    advanceDays(1.5);
    QCOMPARE(m_http->get(idle).status, 200); // still within two days of the query
    advanceDays(0.6);
    const HttpResult expired = m_http->get(idle);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.json().array().first().toObject().value(QStringLiteral("errorCode")).toString(),
        QStringLiteral("INVALID_QUERY_LOCATOR"));
}

QTEST_GUILESS_MAIN(TestOrgSimLimits)
#include "TestOrgSimLimits.moc"
