// The client against a Salesforce whose data answers are not what they should be: a next query
// page on another host, Bulk API job ids and results that are not the job's, rows without a
// real Id, describes that describe nothing. Nothing goes to another host, and nothing such a
// server sends is stored as if it were the org's. (Signing in to such a server: TestHostileSignIn.)
#include "tests/support/HostileServer.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/salesforce/BulkQueryStream.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"
#include "core/sync/ObjectImport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace callbridge;
using namespace callbridge::test;

class TestHostileData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextRecordsUrlOffTheInstanceIsRefused_data();
    void nextRecordsUrlOffTheInstanceIsRefused();
    void nextRecordsUrlOnTheInstanceIsFollowed();
    void bulkJobIdThatIsNotAnIdIsNotAPath();
    void bulkResultsThatAreNotTheJobsRowsAreRefused_data();
    void bulkResultsThatAreNotTheJobsRowsAreRefused();
    void bulkResultsAreReadAtMostTwoPagesAhead();
    void pagesBeforeAFailedPageAreDelivered();
    void rowsWithoutARealIdAreNotStored_data();
    void rowsWithoutARealIdAreNotStored();
    void describesAnsweredWithNothingAreRefused_data();
    void describesAnsweredWithNothingAreRefused();

private:
    QNetworkAccessManager m_network;
};

void TestHostileData::nextRecordsUrlOffTheInstanceIsRefused_data()
{
    QTest::addColumn<QString>("next"); // %1: the other server's port
    QTest::newRow("absolute http") << QStringLiteral("http://127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
    QTest::newRow("absolute, upper case")
        << QStringLiteral("HTTP://127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
    QTest::newRow("scheme-relative") << QStringLiteral("//127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
    QTest::newRow("backslash") << QStringLiteral("/\\127.0.0.1:%1/services/data/v60.0/query/01gNEXT-2000");
}

void TestHostileData::nextRecordsUrlOffTheInstanceIsRefused()
{
    QFETCH(QString, next);
    HostileServer salesforce;
    HostileServer elsewhere;
    next = next.arg(elsewhere.port());
    const QByteArray lastPage = R"({"totalSize":2,"done":true,"records":[{"Id":"003000000000002AAA"}]})";
    salesforce.setHandler([&](const HostileServer::Request& request) {
        if (request.target.contains(QLatin1String("query?q="))) {
            return HostileServer::Response::json(QJsonObject { { QStringLiteral("totalSize"), 2 },
                { QStringLiteral("done"), false }, { QStringLiteral("nextRecordsUrl"), next },
                { QStringLiteral("records"),
                    QJsonArray { QJsonObject { { QStringLiteral("Id"), QStringLiteral("003000000000001AAA") } } } } });
        }
        return HostileServer::Response::json(lastPage);
    });
    elsewhere.setHandler([&](const HostileServer::Request&) { return HostileServer::Response::json(lastPage); });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    client.setRetryPolicy({ 1, 5, 20 });
    QueryStream stream(&client, QStringLiteral("SELECT Id FROM Contact"));
    QSignalSpy finished(&stream, &QueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QVERIFY(elsewhere.requests().isEmpty());
    QCOMPARE(salesforce.requests().size(), 1);
    QCOMPARE(stream.error().kind, SalesforceError::Kind::OffInstance);
    QCOMPARE(stream.received(), 1);
    const QString message = stream.error().toString();
    QVERIFY2(message.contains(QLatin1String("not on the org's instance")), qPrintable(message));
}

void TestHostileData::nextRecordsUrlOnTheInstanceIsFollowed()
{
    HostileServer salesforce;
    salesforce.setHandler([&](const HostileServer::Request& request) {
        if (request.target.contains(QLatin1String("query?q="))) {
            // A full URL is accepted when it is the instance itself.
            const QString next = salesforce.url(QStringLiteral("/services/data/v60.0/query/01gNEXT-2000")).toString();
            return HostileServer::Response::json(QJsonObject { { QStringLiteral("totalSize"), 2 },
                { QStringLiteral("done"), false }, { QStringLiteral("nextRecordsUrl"), next },
                { QStringLiteral("records"),
                    QJsonArray { QJsonObject { { QStringLiteral("Id"), QStringLiteral("003000000000001AAA") } } } } });
        }
        return HostileServer::Response::json(R"({"totalSize":2,"done":true,"records":[{"Id":"003000000000002AAA"}]})");
    });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    QueryStream stream(&client, QStringLiteral("SELECT Id FROM Contact"));
    QSignalSpy finished(&stream, &QueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QVERIFY2(stream.ok(), qPrintable(stream.error().toString()));
    QCOMPARE(stream.received(), 2);
    QCOMPARE(salesforce.requests().size(), 2);
    QCOMPARE(salesforce.requests().at(1).path(), QStringLiteral("/services/data/v60.0/query/01gNEXT-2000"));
}

void TestHostileData::bulkJobIdThatIsNotAnIdIsNotAPath()
{
    // The job id goes into the next requests' paths (jobs/query/<id>).
    HostileServer salesforce;
    salesforce.setHandler([](const HostileServer::Request& request) {
        if (request.method == "POST") {
            return HostileServer::Response::json(
                R"({"id":"../../../../services/oauth2/revoke","state":"UploadComplete"})");
        }
        return HostileServer::Response::json(R"({"state":"JobComplete","numberRecordsProcessed":0})");
    });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    client.setRetryPolicy({ 1, 5, 20 });
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id FROM Contact"));
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(salesforce.requests().size(), 1);
    QCOMPARE(stream.error().kind, SalesforceError::Kind::Malformed);
    QVERIFY2(stream.error().toString().contains(QLatin1String("not a Salesforce id")),
        qPrintable(stream.error().toString()));
}

// A Bulk job that processed 60,000 rows, and results that are not those rows. Each used to end
// "completed" with nothing or junk stored, and the object's cursor marked complete.
void TestHostileData::bulkResultsThatAreNotTheJobsRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("an HTML page") << QByteArray("text/html; charset=utf-8")
                                  << QByteArray("<html><body>Maintenance</body></html>") << QStringLiteral("not CSV");
    QTest::newRow("only the header") << QByteArray("text/csv") << QByteArray("\"Id\",\"Email\"\n")
                                     << QStringLiteral("held 0 rows, but the job processed 60,000");
    QTest::newRow("a row with too many fields")
        << QByteArray("text/csv") << QByteArray("\"Id\",\"Email\"\n\"003000000000001AAA\",\"a@b.example\",\"junk\"\n")
        << QStringLiteral("row 1 has 3 fields, the header 2");
}

void TestHostileData::bulkResultsThatAreNotTheJobsRowsAreRefused()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    HostileServer salesforce;
    salesforce.setHandler([contentType, body](const HostileServer::Request& request) {
        if (request.method == "POST") {
            return HostileServer::Response::json(R"({"id":"750000000000001AAA","state":"UploadComplete"})");
        }
        if (request.path().endsWith(QLatin1String("/results"))) {
            HostileServer::Response results;
            results.headers = { { "Content-Type", contentType }, { "Sforce-Locator", "null" } };
            results.body = body;
            return results;
        }
        return HostileServer::Response::json(R"({"state":"JobComplete","numberRecordsProcessed":60000})");
    });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    client.setRetryPolicy({ 1, 5, 20 });
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id, Email FROM Contact"));
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(stream.error().kind, SalesforceError::Kind::Malformed);
    QVERIFY2(stream.error().toString().contains(named), qPrintable(stream.error().toString()));
}

namespace {

// A Bulk job of `pages` result pages of two rows each, locators "1", "2", ...
HostileServer::Response bulkPage(const HostileServer::Request& request, int pages)
{
    if (request.method == "POST") {
        return HostileServer::Response::json(R"({"id":"750000000000001AAA","state":"UploadComplete"})");
    }
    if (!request.path().endsWith(QLatin1String("/results"))) {
        return HostileServer::Response::json(
            QByteArray(R"({"state":"JobComplete","numberRecordsProcessed":)") + QByteArray::number(pages * 2) + '}');
    }
    const int page = QUrlQuery(QUrl(request.target)).queryItemValue(QStringLiteral("locator")).toInt();
    HostileServer::Response results;
    results.headers = { { "Content-Type", "text/csv" },
        { "Sforce-Locator", page + 1 < pages ? QByteArray::number(page + 1) : QByteArray("null") } };
    results.body = "\"Id\",\"Email\"\n";
    for (int row = 0; row < 2; ++row) {
        results.body += QStringLiteral("\"003%1AAA\",\"p%2@example.com\"\n")
                            .arg(page * 2 + row, 12, 10, QLatin1Char('0'))
                            .arg(page * 2 + row)
                            .toUtf8();
    }
    return results;
}

int resultRequests(const HostileServer& server)
{
    int count = 0;
    for (const HostileServer::Request& request : server.requests()) {
        count += request.path().endsWith(QLatin1String("/results")) ? 1 : 0;
    }
    return count;
}

} // namespace

// A consumer that stores rows on another thread paces the stream: pages are fetched while the
// consumer works, but never more than two wait (memory stays flat however large the job).
// Before, every page was fetched as fast as the network gave them.
void TestHostileData::bulkResultsAreReadAtMostTwoPagesAhead()
{
    HostileServer salesforce;
    salesforce.setHandler([](const HostileServer::Request& request) { return bulkPage(request, 6); });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id, Email FROM Contact"));
    stream.setConsumerPaced(true);
    QStringList pagesRead;
    connect(&stream, &BulkQueryStream::pageRead, this, [&pagesRead](const QString& next) { pagesRead << next; });
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(pagesRead.size(), 2, 15000);
    QTest::qWait(300); // time for more requests, were any to be made
    QCOMPARE(resultRequests(salesforce), BulkQueryStream::pagesHeld);
    QCOMPARE(pagesRead.size(), 2);
    stream.pageConsumed();
    QTRY_COMPARE_WITH_TIMEOUT(pagesRead.size(), 3, 15000);
    QCOMPARE(resultRequests(salesforce), 3);
    // The consumer keeps up from here: two pages wait, each later one is consumed when read.
    connect(&stream, &BulkQueryStream::pageRead, this,
        [&stream] { QTimer::singleShot(0, &stream, [&stream] { stream.pageConsumed(); }); });
    stream.pageConsumed();
    stream.pageConsumed();
    QVERIFY(finished.isEmpty() ? finished.wait(15000) : true);
    QVERIFY2(stream.ok(), qPrintable(stream.error().toString()));
    QCOMPARE(resultRequests(salesforce), 6);
    QCOMPARE(stream.received(), 12);
}

// The next page is asked for while this one is parsed; when that request fails, the rows already
// received are still delivered before the error (a resume then starts after them).
void TestHostileData::pagesBeforeAFailedPageAreDelivered()
{
    HostileServer salesforce;
    salesforce.setHandler([](const HostileServer::Request& request) {
        if (request.path().endsWith(QLatin1String("/results")) && request.target.contains(QLatin1String("locator"))) {
            return HostileServer::Response::json(
                R"([{"errorCode":"INVALIDLOCATOR","message":"Invalid locator"}])", 400);
        }
        return bulkPage(request, 3);
    });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    BulkQueryStream stream(&client, QStringLiteral("SELECT Id, Email FROM Contact"));
    qint64 rows = 0;
    QStringList pagesRead;
    connect(&stream, &BulkQueryStream::rows, this, [&rows](const TextRows& batch) { rows += batch.rowCount(); });
    connect(&stream, &BulkQueryStream::pageRead, this, [&pagesRead](const QString& next) { pagesRead << next; });
    QSignalSpy finished(&stream, &BulkQueryStream::finished);
    stream.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(stream.error().httpStatus, 400);
    QCOMPARE(rows, 2);
    QCOMPARE(pagesRead, QStringList { QStringLiteral("1") });
}

// Query pages whose records have a null or made-up Id: stored under that key they used to
// become rows (the cache's TEXT key allows NULL). Nothing of such a page is stored now.
void TestHostileData::rowsWithoutARealIdAreNotStored_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("named");
    QTest::newRow("null Id") << QByteArray(R"({"Id":null,"SystemModstamp":"2026-11-01T10:00:00.000+0000"})")
                             << QStringLiteral("row 2 of a page has the Id \"\"");
    QTest::newRow("made-up Id") << QByteArray(R"({"Id":"../x","SystemModstamp":"2026-11-01T10:00:00.000+0000"})")
                                << QStringLiteral("row 2 of a page has the Id \"../x\"");
    // 18 bytes, but not 18 letters and digits: the Id is checked as text, not by its length in bytes.
    QTest::newRow("non-ASCII Id") << QByteArray(
        R"({"Id":"003000000000002\u00e9A","SystemModstamp":"2026-11-01T10:00:00.000+0000"})")
                                  << QStringLiteral("row 2 of a page has the Id \"003000000000002\u00e9A\"");
}

void TestHostileData::rowsWithoutARealIdAreNotStored()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, named);
    HostileServer salesforce;
    salesforce.setHandler([record](const HostileServer::Request&) {
        return HostileServer::Response::json(R"({"totalSize":2,"done":true,"records":[{"Id":"003000000000001AAA",)"
                                             R"("SystemModstamp":"2026-11-01T09:00:00.000+0000"},)"
            + record + "]}");
    });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    QTemporaryDir dir;
    CacheStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite")), HostileServer::orgId).ok());
    const QList<CacheStore::Column> columns { { QStringLiteral("Id"), QStringLiteral("id") },
        { QStringLiteral("SystemModstamp"), QStringLiteral("datetime") } };
    Status status = Status::success();
    cache.ensureTable(QStringLiteral("Contact"), columns, &status);
    QVERIFY(status.ok());
    ObjectImport import(&client, &cache, { QStringLiteral("Contact"), columns, {}, true });
    QSignalSpy finished(&import, &ObjectImport::finished);
    import.start();
    QVERIFY(finished.wait(15000));
    QVERIFY(!import.ok());
    QVERIFY2(import.errorText().contains(named), qPrintable(import.errorText()));
    QCOMPARE(cache.count(QStringLiteral("Contact")), 0);
    QVERIFY(!cache.cursor(QStringLiteral("Contact")).complete);
}

// The fields' describes in one composite: an answer with no results used to be "completed"
// with no objects at all.
void TestHostileData::describesAnsweredWithNothingAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("an empty array") << QByteArray("[]");
    QTest::newRow("no results") << QByteArray(R"({"compositeResponse":[]})");
}

void TestHostileData::describesAnsweredWithNothingAreRefused()
{
    QFETCH(QByteArray, body);
    HostileServer salesforce;
    salesforce.setHandler([body](const HostileServer::Request&) { return HostileServer::Response::json(body); });
    SalesforceSession session(&m_network);
    session.setTokens(salesforce.sessionTokens());
    RestClient client(&m_network, &session);
    FieldCatalogLoader loader(&client);
    QSignalSpy finished(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(finished.wait(15000));
    QVERIFY(!loader.ok());
    QCOMPARE(loader.error().kind, SalesforceError::Kind::Malformed);
    QVERIFY(loader.catalog().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileData)
#include "TestHostileData.moc"
