#include "core/cache/CacheStore.h"
#include "core/cache/CachedRecord.h"
#include "core/cache/SqliteRows.h"
#include "core/exporting/ExportLedger.h"
#include "core/util/EmailAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

namespace {

QList<CacheStore::Column> contactColumns()
{
    return { { QStringLiteral("Id"), QStringLiteral("id") },
        { QStringLiteral("SystemModstamp"), QStringLiteral("datetime") },
        { QStringLiteral("Email"), QStringLiteral("email") },
        { QStringLiteral("AccountId"), QStringLiteral("reference") },
        { QStringLiteral("OwnerId"), QStringLiteral("reference") },
        { QStringLiteral("Call_Notes__c"), QStringLiteral("textarea"), 131072 } };
}

QVariantMap contact(const QString& id, const QString& email, const QString& notes = {})
{
    return { { QStringLiteral("Id"), id },
        { QStringLiteral("SystemModstamp"), QStringLiteral("2026-09-01T10:00:00.000Z") },
        { QStringLiteral("Email"), email }, { QStringLiteral("AccountId"), QStringLiteral("0015g0000000001AAA") },
        { QStringLiteral("OwnerId"), QStringLiteral("0055g0000000001AAA") },
        { QStringLiteral("Call_Notes__c"), notes } };
}

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upsertsById();
    void upsertsManyRowsAndNamesTheOneRefused();
    void emailDomainFromBytesIsTheTextOne_data();
    void emailDomainFromBytesIsTheTextOne();
    void indexesWhatMatchingReads();
    void readsAnyNumberOfKeysThroughOneStatement();
    void trimsLongText();
    void csvAndJsonStoreTheSameRow();
    void textRowsKeepEachValueWhole();
    void longTextIsTrimmedByCharacters();
    void selectionChangesMigrate();
    void cursorsPersist();
    void anotherOrgReplacesTheCache();
    void removesRows();
    void clearingKeepsTheExportLedger();
    void pathsAreOnlyForOrgIds_data();
    void pathsAreOnlyForOrgIds();
    void pathsForOrgIdsStayInTheDataDirectory();
    void clearingSkipsFilesNotNamedForAnOrg();

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestCacheStore::upsertsById()
{
    CacheStore cache;
    QVERIFY(cache.open(path("upsert.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("ada@Acme.example")),
                        contact(QStringLiteral("0035g0000000002AAA"), QStringLiteral("bob@acme.example")) })
                .ok());
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("ada@lovelace.example")) })
                .ok());
    QCOMPARE(cache.count(QStringLiteral("Contact")), 2);
    const QVariantMap ada = cache.record(QStringLiteral("Contact"), QStringLiteral("0035g0000000001AAA"));
    QCOMPARE(ada.value(QStringLiteral("Email")).toString(), QStringLiteral("ada@lovelace.example"));
    QCOMPARE(ada.value(QStringLiteral("_EmailDomain")).toString(), QStringLiteral("lovelace.example"));
}

// Rows go in several to a statement: any number of them, an Id twice in one batch (the later
// row wins, as one by one), and a row SQLite refuses named by its Id with nothing stored.
void TestCacheStore::upsertsManyRowsAndNamesTheOneRefused()
{
    CacheStore cache;
    QVERIFY(cache.open(path("many.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    auto idOf = [](int n) {
        return QStringLiteral("0035g%1AAA").arg(n, 10, 10, QLatin1Char('0'));
    };
    QList<QVariantMap> batch;
    for (int n = 0; n < 41; ++n) {
        batch.append(contact(idOf(n), QStringLiteral("person%1@acme.example").arg(n)));
    }
    batch.append(contact(idOf(3), QStringLiteral("again@acme.example"))); // with others in a statement
    batch.append(contact(idOf(40), QStringLiteral("last@acme.example"))); // among the rows left over
    QVERIFY(cache.upsert(QStringLiteral("Contact"), batch).ok());
    QCOMPARE(cache.count(QStringLiteral("Contact")), 41);
    QCOMPARE(cache.record(QStringLiteral("Contact"), idOf(3)).value(QStringLiteral("Email")).toString(),
        QStringLiteral("again@acme.example"));
    QCOMPARE(cache.record(QStringLiteral("Contact"), idOf(40)).value(QStringLiteral("Email")).toString(),
        QStringLiteral("last@acme.example"));
    QCOMPARE(cache.record(QStringLiteral("Contact"), idOf(17)).value(QStringLiteral("_EmailDomain")).toString(),
        QStringLiteral("acme.example"));

    QSqlQuery trigger(cache.database());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON o_Contact WHEN NEW.Id = '%1' "
                                        "BEGIN SELECT RAISE(ABORT, 'refused here'); END")
                             .arg(idOf(107))));
    batch.clear();
    for (int n = 100; n < 140; ++n) {
        batch.append(contact(idOf(n), QStringLiteral("new%1@acme.example").arg(n)));
    }
    const Status refused = cache.upsert(QStringLiteral("Contact"), batch);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(idOf(107)), qPrintable(refused.errorMessage()));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("refused here")), qPrintable(refused.errorMessage()));
    QCOMPARE(cache.count(QStringLiteral("Contact")), 41);
}

// An import derives the domain from the bytes it received; matching, from the text it read.
// Both must agree, or a contact is stored under a domain no call is looked up by.
void TestCacheStore::emailDomainFromBytesIsTheTextOne_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<QString>("domain");
    QTest::newRow("upper case") << QByteArray("Ann@Acme.COM") << QStringLiteral("acme.com");
    QTest::newRow("lower case") << QByteArray("ann@acme.com") << QStringLiteral("acme.com");
    QTest::newRow("spaces") << QByteArray(" ann@ Acme.com \t") << QStringLiteral("acme.com");
    QTest::newRow("no at") << QByteArray("ann.acme.com") << QString();
    QTest::newRow("nothing after at") << QByteArray("ann@") << QString();
    QTest::newRow("the last at") << QByteArray("\"a@b\"@Example.ORG") << QStringLiteral("example.org");
    QTest::newRow("unicode domain") << QByteArray("ann@B\xc3\x9c\x43HER.de") << QStringLiteral("b\u00fccher.de");
    QTest::newRow("unicode before at") << QByteArray("J\xc3\xbcrgen@Acme.DE") << QStringLiteral("acme.de");
    QTest::newRow("no-break space") << QByteArray("ann@acme.com\xc2\xa0") << QStringLiteral("acme.com");
    QTest::newRow("invalid utf-8 before at") << QByteArray("\xff\xfe@Acme.com") << QStringLiteral("acme.com");
    QTest::newRow("invalid utf-8 after at") << QByteArray("ann@\xff") << QStringLiteral("\ufffd");
}

void TestCacheStore::emailDomainFromBytesIsTheTextOne()
{
    QFETCH(QByteArray, email);
    QFETCH(QString, domain);
    QCOMPARE(emailDomain(QString::fromUtf8(email)), domain);
    QCOMPARE(emailDomain(QByteArrayView(email)), domain.toUtf8());
    // And what an import stores.
    CacheStore cache;
    QVERIFY(cache.open(path("domain.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    { contact(QStringLiteral("0035g0000000001AAA"), QString::fromUtf8(email)) })
                .ok());
    const QVariant stored = cache.record(QStringLiteral("Contact"), QStringLiteral("0035g0000000001AAA"))
                                .value(QStringLiteral("_EmailDomain"));
    QCOMPARE(stored.isNull(), domain.isEmpty());
    QCOMPARE(stored.toString(), domain);
}

void TestCacheStore::indexesWhatMatchingReads()
{
    CacheStore cache;
    QVERIFY(cache.open(path("index.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    QSqlQuery query(cache.database());
    query.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'o_Contact' AND sql IS NOT NULL"));
    QStringList indexes;
    while (query.next()) {
        indexes.append(query.value(0).toString());
    }
    QCOMPARE(indexes.size(), 2); // only what matching reads: each index costs every write
    for (const char* column : { "Email_nocase", "_EmailDomain" }) {
        QVERIFY2(indexes.contains(QStringLiteral("i_Contact_") + QString::fromLatin1(column)), column);
    }
    // A cache from before keeps indexes nothing reads; they go when indexes are built again.
    QVERIFY(query.exec(QStringLiteral("CREATE INDEX i_Contact_OwnerId ON o_Contact (OwnerId)")));
    // Indexes are sorted with a small page cache; the connection gets its own back after.
    QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size")) && query.next());
    const int cacheSize = query.value(0).toInt();
    QVERIFY(cacheSize != -4096);
    QVERIFY(cache.dropIndexes(QStringLiteral("Contact")).ok());
    QVERIFY(cache.createIndexes(QStringLiteral("Contact")).ok());
    QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size")) && query.next());
    QCOMPARE(query.value(0).toInt(), cacheSize);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'i_Contact_OwnerId'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // Emails match ignoring case, through the index.
    QVERIFY(query.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT Id FROM o_Contact WHERE Email = 'ADA@acme.example' COLLATE NOCASE")));
    QVERIFY(query.next());
    QVERIFY2(query.value(3).toString().contains(QStringLiteral("i_Contact_Email_nocase")),
        qPrintable(query.value(3).toString()));
}

// Matching reads `Email IN (?,?,…)` for any number of emails: the ?s are bound to as many keys
// as they hold, then to the next ones; the last run's spare ?s are NULL and match nothing.
void TestCacheStore::readsAnyNumberOfKeysThroughOneStatement()
{
    CacheStore cache;
    QVERIFY(cache.open(path("keys.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    QList<QVariantMap> contacts;
    QStringList emails;
    for (int i = 1; i <= 5; ++i) {
        emails.append(QStringLiteral("o'brien%1@acme.example").arg(i)); // a quote, bound as it is
        contacts.append(contact(QStringLiteral("0035g000000000%1AAA").arg(i), emails.last()));
    }
    QVERIFY(cache.upsert(QStringLiteral("Contact"), contacts).ok());
    emails.append(QStringLiteral("nobody@acme.example"));
    QStringList found;
    const Status read = forEachSqliteRow(cache.database(),
        QStringLiteral("SELECT Email FROM ") + CacheStore::tableName(QStringLiteral("Contact"))
            + QStringLiteral(" WHERE Email COLLATE NOCASE IN (?,?,?,?)"),
        QStringList(emails.cbegin(), emails.cend()).replaceInStrings(QStringLiteral("o'b"), QStringLiteral("O'B")),
        [&found](const SqliteRow& row) { found.append(row.text(0)); });
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    found.sort();
    QCOMPARE(found, emails.first(5)); // four keys, then the last two with two NULLs: each row once

    // Keys asked for a run at a time, from a source two statements share: each key is bound once,
    // and a statement that finds the source empty does not run (a run of NULLs would be wasted).
    const QString sql = QStringLiteral("SELECT Email FROM ") + CacheStore::tableName(QStringLiteral("Contact"))
        + QStringLiteral(" WHERE Email IN (?,?)");
    qsizetype taken = 0;
    QList<int> asked;
    auto next = [&emails, &taken, &asked](int count) {
        asked.append(count);
        const QStringList keys = emails.mid(taken, count);
        taken += keys.size();
        return keys;
    };
    QStringList shared;
    auto collect = [&shared](const SqliteRow& row) {
        shared.append(row.text(0));
    };
    QVERIFY(forEachSqliteRowFrom(cache.database(), sql, next, collect).ok());
    QCOMPARE(asked, QList<int>({ 2, 2, 2, 2 })); // three runs, then none left
    QVERIFY(forEachSqliteRowFrom(cache.database(), sql, next, collect).ok());
    QCOMPARE(asked.size(), 5);
    shared.sort();
    QCOMPARE(shared, emails.first(5));
    int runs = 0;
    QVERIFY(forEachSqliteRowFrom(
        cache.database(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN (?)"),
        [](int) { return QStringList(); },
        [&runs](const SqliteRow&) {
            ++runs;
        }).ok());
    QCOMPARE(runs, 0);

    const Status wrong =
        forEachSqliteRow(cache.database(), QStringLiteral("SELECT name FROM nowhere"), {}, [](const SqliteRow&) {});
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.errorMessage().contains(QLatin1String("no such table: nowhere")), qPrintable(wrong.errorMessage()));
}

void TestCacheStore::trimsLongText()
{
    CacheStore cache;
    QVERIFY(cache.open(path("trim.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    const QString notes(25000, QLatin1Char('n'));
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("a@b.example"), notes) })
                .ok());
    QCOMPARE(cache.record(QStringLiteral("Contact"), QStringLiteral("0035g0000000001AAA"))
                 .value(QStringLiteral("Call_Notes__c"))
                 .toString()
                 .size(),
        CacheStore::longTextLimit);
}

// Values reach the cache as the APIs' text (TextRows): a Bulk API CSV row and the same record
// from REST JSON must become the same stored row, type by type.
void TestCacheStore::csvAndJsonStoreTheSameRow()
{
    CacheStore cache;
    QVERIFY(cache.open(path("forms.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    const QString object = QStringLiteral("Opportunity");
    cache.ensureTable(object,
        { { QStringLiteral("Id"), QStringLiteral("id") }, { QStringLiteral("IsClosed"), QStringLiteral("boolean") },
            { QStringLiteral("Amount"), QStringLiteral("currency") },
            { QStringLiteral("Seats__c"), QStringLiteral("int") },
            { QStringLiteral("SystemModstamp"), QStringLiteral("datetime") },
            { QStringLiteral("Description"), QStringLiteral("string") },
            { QStringLiteral("NextStep"), QStringLiteral("string") } });
    const QStringList fields { QStringLiteral("Id"), QStringLiteral("IsClosed"), QStringLiteral("Amount"),
        QStringLiteral("Seats__c"), QStringLiteral("SystemModstamp"), QStringLiteral("Description"),
        QStringLiteral("NextStep") };
    TextRows csv(fields);
    for (const char* value : { "0065g0000000001AAA", "true", "1250.5", "12", "2026-05-01T10:00:00.000Z", "Zürich" }) {
        csv.append(QByteArrayView(value));
    }
    csv.appendNull(); // an empty CSV value
    TextRows json(fields);
    json.append(QJsonValue(QStringLiteral("0065g0000000002AAA")));
    json.append(QJsonValue(true));
    json.append(QJsonValue(1250.5));
    json.append(QJsonValue(12.0)); // JSON has doubles only
    json.append(QJsonValue(QStringLiteral("2026-05-01T10:00:00.000+0000")));
    json.append(QJsonValue(QStringLiteral("Zürich")));
    json.append(QJsonValue(QJsonValue::Null));
    QVERIFY(cache.upsert(object, csv).ok());
    QVERIFY(cache.upsert(object, json).ok());
    QVariantMap fromCsv = cache.record(object, QStringLiteral("0065g0000000001AAA"));
    QVariantMap fromJson = cache.record(object, QStringLiteral("0065g0000000002AAA"));
    QCOMPARE(fromCsv.value(QStringLiteral("IsClosed")), QVariant(qlonglong(1)));
    QCOMPARE(fromCsv.value(QStringLiteral("Amount")), QVariant(1250.5));
    QCOMPARE(fromCsv.value(QStringLiteral("Seats__c")), QVariant(qlonglong(12)));
    QCOMPARE(fromCsv.value(QStringLiteral("SystemModstamp")), QVariant(QStringLiteral("2026-05-01T10:00:00.000Z")));
    QCOMPARE(fromCsv.value(QStringLiteral("Description")), QVariant(QStringLiteral("Zürich")));
    QVERIFY(fromCsv.value(QStringLiteral("NextStep")).isNull());
    fromCsv.remove(QStringLiteral("Id"));
    fromJson.remove(QStringLiteral("Id"));
    QCOMPARE(fromJson, fromCsv);
}

// TextRows grows its one buffer as values arrive: every value reads back whole, an empty value
// stays apart from a null, and a copy taken earlier (another thread's batch) keeps its rows.
void TestCacheStore::textRowsKeepEachValueWhole()
{
    TextRows rows({ QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Phone") });
    TextRows firstRows;
    const int count = 5000;
    for (int row = 0; row < count; ++row) {
        rows.append(QByteArrayView(QByteArray::number(row)));
        rows.append(QByteArrayView(QByteArray(row % 97, 'a' + char(row % 26))));
        if (row % 2) {
            rows.appendNull();
        } else {
            rows.append(QByteArrayView(""));
        }
        if (row == 9) {
            firstRows = rows;
        }
    }
    QCOMPARE(rows.rowCount(), qsizetype(count));
    for (int row = 0; row < count; ++row) {
        QCOMPARE(rows.value(row, 0), QByteArray::number(row));
        QCOMPARE(rows.value(row, 1), QByteArray(row % 97, 'a' + char(row % 26)));
        QVERIFY(rows.value(row, 2).isEmpty());
        QCOMPARE(rows.isNull(row, 2), row % 2 == 1);
        QVERIFY(!rows.isNull(row, 1));
    }
    QCOMPARE(firstRows.rowCount(), qsizetype(10));
    QCOMPARE(firstRows.value(9, 1), QByteArray(9, 'j'));
    QCOMPARE(firstRows.textBytes(), qsizetype(10 + 45));
}

// The limit counts characters, as Salesforce's lengths do: 6,000 two-byte characters are 12,000
// bytes and stay whole; 12,000 of them are cut to 10,000 characters, not bytes.
void TestCacheStore::longTextIsTrimmedByCharacters()
{
    CacheStore cache;
    QVERIFY(cache.open(path("chars.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    const QString shorter(6000, QChar(0x00E9));
    const QString longer(12000, QChar(0x00E9));
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("a@b.example"), shorter),
                        contact(QStringLiteral("0035g0000000002AAA"), QStringLiteral("c@d.example"), longer) })
                .ok());
    QCOMPARE(cache.record(QStringLiteral("Contact"), QStringLiteral("0035g0000000001AAA"))
                 .value(QStringLiteral("Call_Notes__c"))
                 .toString(),
        shorter);
    QCOMPARE(cache.record(QStringLiteral("Contact"), QStringLiteral("0035g0000000002AAA"))
                 .value(QStringLiteral("Call_Notes__c"))
                 .toString(),
        longer.left(CacheStore::longTextLimit));
}

void TestCacheStore::selectionChangesMigrate()
{
    CacheStore cache;
    QVERIFY(cache.open(path("migrate.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("a@b.example")) })
                .ok());
    QVERIFY(cache
                .setCursor(QStringLiteral("Contact"),
                    { QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC), true, {}, {}, {}, {}, {}, {} })
                .ok());

    QList<CacheStore::Column> changed = contactColumns();
    changed.removeLast(); // Call_Notes__c deselected
    changed.append({ QStringLiteral("Title"), QStringLiteral("string") }); // Title selected
    Status status = Status::failure(QStringLiteral("not run"));
    const QStringList added = cache.ensureTable(QStringLiteral("Contact"), changed, &status);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(added, QStringList { QStringLiteral("Title") });
    QVERIFY(!cache.columns(QStringLiteral("Contact")).contains(QStringLiteral("Call_Notes__c")));
    QVERIFY(cache.columns(QStringLiteral("Contact")).contains(QStringLiteral("Title")));
    QCOMPARE(cache.count(QStringLiteral("Contact")), 1); // rows are kept
    QVERIFY(!cache.cursor(QStringLiteral("Contact")).complete); // but the object is imported again to back-fill Title
}

void TestCacheStore::cursorsPersist()
{
    const QDateTime stamp(QDate(2026, 9, 30), QTime(12, 0, 0, 250), Qt::UTC);
    {
        CacheStore cache;
        QVERIFY(cache.open(path("cursor.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
        QVERIFY(cache
                    .setCursor(QStringLiteral("Account"),
                        { stamp, true, QStringLiteral("750000000000001AAA"), QStringLiteral("MTUw"), stamp,
                            stamp.addSecs(-30), stamp.addSecs(-10), QStringLiteral("59.0") })
                    .ok());
    }
    CacheStore reopened;
    QVERIFY(reopened.open(path("cursor.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    const CacheStore::Cursor cursor = reopened.cursor(QStringLiteral("Account"));
    QCOMPARE(cursor.systemModstamp, stamp);
    QVERIFY(cursor.complete);
    QCOMPARE(cursor.deletesSince, stamp.addSecs(-30));
    QCOMPARE(cursor.deletesReadAt, stamp.addSecs(-10)); // when deletes were last read in full
    QCOMPARE(cursor.bulkJobId, QStringLiteral("750000000000001AAA"));
    QCOMPARE(cursor.bulkApiVersion, QStringLiteral("59.0")); // the job's results need its version
    QVERIFY(!reopened.cursor(QStringLiteral("Lead")).systemModstamp.isValid());
}

void TestCacheStore::anotherOrgReplacesTheCache()
{
    {
        CacheStore cache;
        QVERIFY(cache.open(path("org.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
        cache.ensureTable(QStringLiteral("Contact"), contactColumns());
        QVERIFY(cache
                    .upsert(QStringLiteral("Contact"),
                        { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("a@b.example")) })
                    .ok());
    }
    CacheStore other;
    QVERIFY(other.open(path("org.sqlite"), QStringLiteral("00D000000000002AAA")).ok());
    QVERIFY(other.wasReplaced());
    QVERIFY(other.columns(QStringLiteral("Contact")).isEmpty());
}

void TestCacheStore::removesRows()
{
    CacheStore cache;
    QVERIFY(cache.open(path("remove.sqlite"), QStringLiteral("00D000000000001AAA")).ok());
    cache.ensureTable(QStringLiteral("Contact"), contactColumns());
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("a@b.example")),
                        contact(QStringLiteral("0035g0000000002AAA"), QStringLiteral("c@d.example")),
                        contact(QStringLiteral("0035g0000000003AAA"), QStringLiteral("e@f.example")) })
                .ok());
    QVERIFY(cache
                .remove(QStringLiteral("Contact"),
                    { QStringLiteral("0035g0000000001AAA"), QStringLiteral("0035g0000000003AAA") })
                .ok());
    QCOMPARE(cache.count(QStringLiteral("Contact")), 1);
    QVERIFY(!cache.record(QStringLiteral("Contact"), QStringLiteral("0035g0000000002AAA")).isEmpty());
}

void TestCacheStore::clearingKeepsTheExportLedger()
{
    const QString dataDirectory = m_dir.filePath(QStringLiteral("clear"));
    const QString orgId = QStringLiteral("00D000000000009AAA");
    {
        CacheStore cache;
        QVERIFY(cache.open(CacheStore::pathFor(dataDirectory, orgId), orgId).ok());
        cache.ensureTable(QStringLiteral("Contact"), contactColumns());
        QVERIFY(cache
                    .upsert(QStringLiteral("Contact"),
                        { contact(QStringLiteral("0035g0000000001AAA"), QStringLiteral("ada@acme.example")),
                            contact(QStringLiteral("0035g0000000002AAA"), QStringLiteral("bob@acme.example")) })
                    .ok());
        CacheStore::Cursor cursor;
        cursor.systemModstamp = QDateTime::currentDateTimeUtc();
        cursor.complete = true;
        QVERIFY(cache.setCursor(QStringLiteral("Contact"), cursor).ok());
        ExportLedger ledger(cache.database());
        QVERIFY(ledger.open().ok());
        ExportLedger::Entry entry;
        entry.sobject = QStringLiteral("Task");
        entry.recordId = QStringLiteral("00T000000000001AAA");
        entry.exportedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ledger.record(QStringLiteral("call-1"), entry).ok());
    }
    const QString describes = CacheStore::describeDirectoryFor(dataDirectory, orgId);
    QVERIFY(QDir().mkpath(describes));
    QFile describe(describes + QStringLiteral("/Contact.json"));
    QVERIFY(describe.open(QIODevice::WriteOnly));
    describe.close();

    qint64 removed = -1;
    QVERIFY(CacheStore::clearImportedData(dataDirectory, &removed).ok());
    QCOMPARE(removed, 2);
    QVERIFY(!QDir(describes).exists());

    CacheStore cache;
    QVERIFY(cache.open(CacheStore::pathFor(dataDirectory, orgId), orgId).ok());
    QCOMPARE(cache.objects(), QStringList { QStringLiteral("Contact") });
    QCOMPARE(cache.count(QStringLiteral("Contact")), 0);
    QVERIFY(!cache.cursor(QStringLiteral("Contact")).complete); // the next import reads everything
    ExportLedger ledger(cache.database());
    QVERIFY(ledger.open().ok());
    QCOMPARE(ledger.entries().value(QStringLiteral("call-1")).recordId, QStringLiteral("00T000000000001AAA"));
}

void TestCacheStore::pathsAreOnlyForOrgIds_data()
{
    QTest::addColumn<QString>("orgId");
    QTest::newRow("relative path") << QStringLiteral("../../../../tmp/x/victim");
    QTest::newRow("absolute path") << QStringLiteral("/tmp/x/victim");
    QTest::newRow("org id and a path") << QStringLiteral("00D000000000001AAA/../../victim");
    QTest::newRow("user id") << QStringLiteral("005000000000001AAA");
    QTest::newRow("16 characters") << QStringLiteral("00D0000000000012");
    QTest::newRow("not letters and digits") << QStringLiteral("00D00000000000.");
    QTest::newRow("empty") << QString();
}

void TestCacheStore::pathsAreOnlyForOrgIds()
{
    QFETCH(QString, orgId);
    const QString dataDirectory = m_dir.filePath(QStringLiteral("refused"));
    QVERIFY(CacheStore::pathFor(dataDirectory, orgId).isEmpty());
    QVERIFY(CacheStore::describeDirectoryFor(dataDirectory, orgId).isEmpty());
    CacheStore cache;
    const Status opened = cache.open(CacheStore::pathFor(dataDirectory, orgId), orgId);
    QVERIFY(!opened.ok());
    QVERIFY2(
        opened.errorMessage().contains(QLatin1String("not a Salesforce org id")), qPrintable(opened.errorMessage()));
    if (!orgId.isEmpty()) {
        QVERIFY2(opened.errorMessage().contains(orgId), qPrintable(opened.errorMessage()));
    }
    QVERIFY(!QFileInfo::exists(dataDirectory));
}

void TestCacheStore::pathsForOrgIdsStayInTheDataDirectory()
{
    const QString dataDirectory = m_dir.filePath(QStringLiteral("kept"));
    for (const QString& orgId : { QStringLiteral("00D5g000004ABCD"), QStringLiteral("00D5g000004ABCDEAS") }) {
        QCOMPARE(CacheStore::pathFor(dataDirectory, orgId),
            dataDirectory + QStringLiteral("/cache/") + orgId + QStringLiteral(".sqlite"));
        QCOMPARE(CacheStore::describeDirectoryFor(dataDirectory, orgId),
            dataDirectory + QStringLiteral("/cache/") + orgId + QStringLiteral("/describe"));
    }
}

void TestCacheStore::clearingSkipsFilesNotNamedForAnOrg()
{
    const QString dataDirectory = m_dir.filePath(QStringLiteral("stray"));
    QVERIFY(QDir().mkpath(dataDirectory + QStringLiteral("/cache")));
    QFile stray(dataDirectory + QStringLiteral("/cache/not-an-org.sqlite"));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("not a cache");
    stray.close();
    qint64 removed = -1;
    QVERIFY(CacheStore::clearImportedData(dataDirectory, &removed).ok());
    QCOMPARE(removed, 0);
    QVERIFY(stray.open(QIODevice::ReadOnly));
    QCOMPARE(stray.readAll(), QByteArray("not a cache"));
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "TestCacheStore.moc"
