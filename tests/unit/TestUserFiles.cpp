#include "tests/support/TestData.h"

#include "core/util/AtomicFile.h"
#include "core/util/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace callbridge;

class TestUserFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsAFileUpToTheLimit();
    void refusesToReadWhatIsNotAFile();
    void atomicWriteCreatesAndReplacesFiles();
    void atomicWriteRefusesAFifo();
    void atomicWriteRefusesAFolder();
    void atomicWriteFollowsASymlinkToAFileOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUserFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUserFiles::readsAFileUpToTheLimit()
{
    const QString path = m_dir->filePath(QStringLiteral("calls.json"));
    test::writeFile(path, "[1, 2, 3]");
    const InputFile exact = readUserFile(path, 9);
    QVERIFY(exact.ok());
    QCOMPARE(exact.data, QByteArray("[1, 2, 3]"));

    const InputFile tooLarge = readUserFile(path, 8);
    QVERIFY(!tooLarge.ok());
    QVERIFY(tooLarge.data.isEmpty());
    QCOMPARE(tooLarge.status.errorMessage(), QStringLiteral("it is larger than the limit of 8 bytes"));

    // Read a megabyte at a time: a file of several comes back whole, up to its last byte.
    QByteArray several(5 * 512 * 1024 + 7, '\0');
    for (qsizetype i = 0; i < several.size(); ++i) {
        several[i] = char('a' + i % 26);
    }
    const QString large = m_dir->filePath(QStringLiteral("large.json"));
    test::writeFile(large, several);
    QCOMPARE(readUserFile(large, several.size()).data, several);
    QVERIFY(!readUserFile(large, several.size() - 1).ok());

    const QString huge = m_dir->filePath(QStringLiteral("huge.json"));
    test::makeSparseFile(huge, 3 * 1024 * 1024 + 1);
    QCOMPARE(readUserFile(huge, 3 * 1024 * 1024).status.errorMessage(),
        QStringLiteral("it is larger than the limit of 3 MB"));

    const QString link = m_dir->filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(readUserFile(link, 100).data, QByteArray("[1, 2, 3]")); // a link to a file is read

    const InputFile missing = readUserFile(m_dir->filePath(QStringLiteral("missing.json")), 100);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.status.errorMessage().contains(QLatin1String("No such file")),
        qPrintable(missing.status.errorMessage()));
}

void TestUserFiles::refusesToReadWhatIsNotAFile()
{
    // Opening a FIFO for reading would block until someone writes to it: it is not opened.
    const QString fifo = m_dir->filePath(QStringLiteral("fifo"));
    test::makeFifo(fifo);
    const QString notRegular = QStringLiteral("it is not a regular file but a device, a pipe or a socket");
    QCOMPARE(readUserFile(fifo, 100).status.errorMessage(), notRegular);
    const QString link = m_dir->filePath(QStringLiteral("fifo-link"));
    QVERIFY(QFile::link(fifo, link));
    QCOMPARE(readUserFile(link, 100).status.errorMessage(), notRegular);
    QCOMPARE(readUserFile(m_dir->path(), 100).status.errorMessage(), QStringLiteral("it is a folder, not a file"));
}

void TestUserFiles::atomicWriteCreatesAndReplacesFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("new/report.html"));
    QVERIFY(AtomicFile::write(path, "first").ok());
    QCOMPARE(test::readFile(path), QByteArray("first"));
    QVERIFY(AtomicFile::write(path, "second").ok());
    QCOMPARE(test::readFile(path), QByteArray("second"));
}

void TestUserFiles::atomicWriteRefusesAFifo()
{
    // Replacing it would turn a pipe (or, as root, a device such as /dev/full) into a file.
    const QString fifo = m_dir->filePath(QStringLiteral("fifo"));
    test::makeFifo(fifo);
    const Status status = AtomicFile::write(fifo, "data");
    QVERIFY(!status.ok());
    QCOMPARE(status.errorMessage(),
        QStringLiteral("Could not write %1: it is not a regular file but a device, a pipe or a socket")
            .arg(QDir::toNativeSeparators(fifo)));
    const QFileInfo after(fifo);
    QVERIFY(after.exists());
    QVERIFY(!after.isFile()); // still the FIFO
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("fifo") }); // and no temporary file left beside it
}

void TestUserFiles::atomicWriteRefusesAFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkdir(folder));
    const Status status = AtomicFile::write(folder, "data");
    QVERIFY(!status.ok());
    QCOMPARE(status.errorMessage(),
        QStringLiteral("Could not write %1: it is a folder, not a file").arg(QDir::toNativeSeparators(folder)));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestUserFiles::atomicWriteFollowsASymlinkToAFileOnly()
{
    // A link to a file: the file it points to is replaced, the link stays.
    const QString target = m_dir->filePath(QStringLiteral("target.json"));
    test::writeFile(target, "old");
    const QString link = m_dir->filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(AtomicFile::write(link, "new").ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(test::readFile(target), QByteArray("new"));

    // A link to a FIFO: refused, and both stay as they were.
    const QString fifo = m_dir->filePath(QStringLiteral("fifo"));
    test::makeFifo(fifo);
    const QString fifoLink = m_dir->filePath(QStringLiteral("fifo-link"));
    QVERIFY(QFile::link(fifo, fifoLink));
    const Status status = AtomicFile::write(fifoLink, "data");
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(QLatin1String("not a regular file")), qPrintable(status.errorMessage()));
    QVERIFY(QFileInfo(fifoLink).isSymLink());
    QVERIFY(!QFileInfo(fifo).isFile());
}

QTEST_GUILESS_MAIN(TestUserFiles)
#include "TestUserFiles.moc"
