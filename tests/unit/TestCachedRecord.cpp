#include "core/cache/CacheStore.h"
#include "core/cache/CachedRecord.h"
#include "core/cache/SqliteRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

// A record as matching and the filter read it: its values packed, read back by name, by
// position, and as text where it lies.
class TestCachedRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEachValueAsItWas();
    void givesTextWhereItLies();

private:
    QTemporaryDir m_dir;
};

void TestCachedRecord::keepsEachValueAsItWas()
{
    // Packed into one buffer, each value comes back with its type and every character: text
    // beyond Latin-1 and an empty text too, in any order of sizes.
    const QStringList names { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Amount"),
        QStringLiteral("IsClosed"), QStringLiteral("Probability"), QStringLiteral("Description"),
        QStringLiteral("Blob"), QStringLiteral("Empty"), QStringLiteral("Flag"), QStringLiteral("CloseDate") };
    const QVariantList values { QStringLiteral("006000000000001AAA"), QStringLiteral("Müller — 東京 🚀"),
        QVariant(qlonglong(-9007199254740993)), QVariant(), QVariant(0.125), QStringLiteral("ü"),
        QVariant(QByteArray("\0\x01\xff", 3)), QStringLiteral(""), QVariant(true), QVariant(QDate(2026, 4, 15)) };
    const auto columns = std::make_shared<const CachedRecord::Columns>(names);
    const CachedRecord record(columns, values);
    QCOMPARE(record.columns(), columns.get());
    for (int i = 0; i < names.size(); ++i) {
        const QVariant expected =
            values.at(i).typeId() == QMetaType::QDate ? QVariant(values.at(i).toString()) : values.at(i);
        QCOMPARE(record.valueAt(i).typeId(), expected.typeId());
        QCOMPARE(record.valueAt(i), expected);
        QCOMPARE(record.value(names.at(i)), expected);
    }
    QVERIFY(record.value(QStringLiteral("IsClosed")).isNull());
    QVERIFY(!record.value(QStringLiteral("Empty")).isNull());
    QVERIFY(record.value(QStringLiteral("NoSuchColumn")).isNull());
    QVERIFY(record.valueAt(-1).isNull());
    QVERIFY(record.valueAt(int(names.size())).isNull());

    // A copy shares the values, and outlives the original.
    CachedRecord copy;
    QVERIFY(copy.isNull());
    QVERIFY(copy.value(QStringLiteral("Id")).isNull());
    QCOMPARE(copy.columns(), nullptr);
    {
        const CachedRecord original(columns, values);
        copy = original;
    }
    QVERIFY(!copy.isNull());
    QCOMPARE(copy.value(QStringLiteral("Name")).toString(), QStringLiteral("Müller — 東京 🚀"));
    QCOMPARE(copy.sharedColumns(), columns);

    // Read straight from SQLite, a row packs to the values QSqlQuery would give.
    CacheStore cache;
    QVERIFY(cache.open(m_dir.filePath(QStringLiteral("records.sqlite")), QStringLiteral("00D000000000001AAA")).ok());
    QSqlQuery(cache.database())
        .exec(QStringLiteral("CREATE TABLE t (id TEXT, name TEXT, other TEXT, amount REAL, closed INTEGER, "
                             "note TEXT, blob BLOB, empty TEXT)"));
    QSqlQuery insert(cache.database());
    insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : { QVariant(QStringLiteral("001000000000001AAA")), QVariant(QStringLiteral("Müller")),
             QVariant(QStringLiteral("東京 🚀")), QVariant(12.5), QVariant(qlonglong(1)), QVariant(),
             QVariant(QByteArray("\0\x01", 2)), QVariant(QStringLiteral("")) }) {
        insert.addBindValue(value);
    }
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    int rows = 0;
    const Status read =
        forEachSqliteRow(cache.database(), QStringLiteral("SELECT * FROM t"), {}, [&](const SqliteRow& row) {
            QStringList columnNames;
            for (int i = 0; i < row.columnCount(); ++i) {
                columnNames.append(row.columnName(i));
            }
            QVariantList expected;
            for (int i = 0; i < row.columnCount(); ++i) {
                expected.append(row.value(i));
            }
            const CachedRecord packed(std::make_shared<const CachedRecord::Columns>(columnNames), row);
            for (int i = 0; i < row.columnCount(); ++i) {
                QCOMPARE(packed.valueAt(i).typeId(), expected.at(i).typeId());
                QCOMPARE(packed.valueAt(i), expected.at(i));
            }
            ++rows;
        });
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(rows, 1);
}

void TestCachedRecord::givesTextWhereItLies()
{
    const QStringList names { QStringLiteral("Latin1"), QStringLiteral("Wide"), QStringLiteral("Empty"),
        QStringLiteral("Number"), QStringLiteral("Null") };
    const CachedRecord record(std::make_shared<const CachedRecord::Columns>(names),
        { QStringLiteral("Caf\u00e9"), QStringLiteral("\u6771\u4eac 1"), QStringLiteral(""), QVariant(42),
            QVariant() });
    const CachedRecord::Text latin1 = record.textAt(0);
    QVERIFY(latin1.latin1 && !latin1.utf16);
    QCOMPARE(QLatin1StringView(latin1.latin1, latin1.size), QLatin1StringView("Caf\xe9"));
    const CachedRecord::Text wide = record.textAt(1);
    QVERIFY(wide.utf16 && !wide.latin1);
    QCOMPARE(QStringView(wide.utf16, wide.size).toString(), QStringLiteral("\u6771\u4eac 1"));
    const CachedRecord::Text empty = record.textAt(2);
    QVERIFY(empty.latin1 || empty.utf16);
    QCOMPARE(empty.size, 0);
    for (int notText : { 3, 4, -1, 5 }) { // a number, null, no such columns
        const CachedRecord::Text none = record.textAt(notText);
        QVERIFY(!none.latin1 && !none.utf16);
    }
    QVERIFY(!CachedRecord().textAt(0).latin1);
    // A hint only: it may reach past a small record's end (no fault, nothing ASan reports),
    // a null record has nothing to load, and what the record gives stays the same.
    record.prefetch();
    CachedRecord().prefetch();
    QCOMPARE(QLatin1StringView(record.textAt(0).latin1, record.textAt(0).size), QLatin1StringView("Caf\xe9"));
}

QTEST_GUILESS_MAIN(TestCachedRecord)
#include "TestCachedRecord.moc"
