#include "core/util/PackedKey.h"
#include "core/util/SortedOnTwoThreads.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace callbridge;

// Sorting texts by their packed keys on two threads: the order is QString's, whatever the texts
// share, and the sort finishes wherever it is called from.
class TestSortedKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packedOrderOnTwoThreadsIsQStringOrder();
    void finishesOnAPoolWithNoThreadToSpare();
};

namespace {

// Enough texts for both threads, most of them alike in their first 16 characters (where packed
// keys stop), some repeated, some beyond U+00FF (packed as 0xFF), some short.
QStringList alikeTexts()
{
    QRandomGenerator random(19); // fixed: a failure repeats
    const QStringList heads { QStringLiteral("firstname.lastname@"), QStringLiteral("001000000000000"),
        QStringLiteral("k\u00fcnde@m\u00fcller.example"), QStringLiteral("\u0101\u0102\u0103\u0104"), QString() };
    const QStringList tails { QString(), QStringLiteral("a"), QStringLiteral("AAA"), QStringLiteral("\u00ff"),
        QStringLiteral("\u0100"), QStringLiteral("\u4e2d"), QStringLiteral("z9") };
    QStringList texts;
    for (int i = 0; i < 40000; ++i) {
        texts.append(heads.at(random.bounded(heads.size())) + QString::number(random.bounded(500))
            + tails.at(random.bounded(tails.size())));
    }
    return texts;
}

QStringList sortedByPackedKeys(const QStringList& texts)
{
    const std::vector<PackedKey> keys = sortedOnTwoThreads<PackedKey>(texts.size(), [&texts](qsizetype i) {
        PackedKey::prefetch(texts.at(std::min(i + 8, texts.size() - 1)));
        return PackedKey(texts.at(i));
    });
    QStringList sorted;
    for (const PackedKey& key : keys) {
        sorted.append(*key.key);
    }
    return sorted;
}

} // namespace

void TestSortedKeys::packedOrderOnTwoThreadsIsQStringOrder()
{
    const QStringList texts = alikeTexts();
    QStringList expected = texts;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sortedByPackedKeys(texts), expected);
    // A few: sorted on this thread alone.
    const QStringList few = texts.mid(0, 100);
    QStringList fewExpected = few;
    std::sort(fewExpected.begin(), fewExpected.end());
    QCOMPARE(sortedByPackedKeys(few), fewExpected);
    QVERIFY(sortedByPackedKeys({}).isEmpty());
}

// Matching sorts on a pool thread; with every other pool thread busy (or none), the second half
// is sorted there too, instead of waiting for a thread that never comes.
void TestSortedKeys::finishesOnAPoolWithNoThreadToSpare()
{
    const QStringList texts = alikeTexts();
    QStringList expected = texts;
    std::sort(expected.begin(), expected.end());
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    const QStringList sorted = QtConcurrent::run(pool, [&texts] { return sortedByPackedKeys(texts); }).result();
    pool->setMaxThreadCount(threads);
    QCOMPARE(sorted, expected);
}

QTEST_GUILESS_MAIN(TestSortedKeys)
#include "TestSortedKeys.moc"
