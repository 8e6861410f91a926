#include "tests/support/TestData.h"

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

QTEST_GUILESS_MAIN(TestUserFiles)
#include "TestUserFiles.moc"
