#include "tests/support/TestData.h"

#include "core/config/ConfigDocument.h"
#include "core/config/ConfigStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace callbridge;

namespace {

// Lowers the largest file this process may write, so the next write fails part-way the way a
// full disk fails it. Restores the limit when it goes out of scope.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN); // fail the write with EFBIG instead of dying
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }

private:
    rlimit m_saved {};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileGivesDefaults();
    void saveAndLoad();
    void keepsPreviousVersionAsBackup();
    void failedSaveLeavesFileIntact();
    void invalidFileIsNeverOverwritten();
    void refusesAnOversizedFileOrAFolder();
    void documentTracksUnsavedChanges();
    void importRejectsInvalidAndKeepsCurrent();
    void exportWritesTheCurrentDocument();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestConfigStore::missingFileGivesDefaults()
{
    ConfigStore store(path(QStringLiteral("missing/config.json")));
    const ConfigStore::LoadResult result = store.load();
    QCOMPARE(result.status, ConfigStore::LoadStatus::Missing);
    QCOMPARE(result.config, IntegrationConfig());
}

void TestConfigStore::saveAndLoad()
{
    const QString file = path(QStringLiteral("nested/dir/config.json"));
    ConfigStore store(file);
    QVERIFY(store.save(test::fullConfig()).ok());
    ConfigStore reopened(file);
    const ConfigStore::LoadResult result = reopened.load();
    QCOMPARE(result.status, ConfigStore::LoadStatus::Loaded);
    QCOMPARE(result.config, test::fullConfig());
}

void TestConfigStore::keepsPreviousVersionAsBackup()
{
    const QString file = path(QStringLiteral("backup.json"));
    ConfigStore store(file);
    IntegrationConfig first;
    first.callFilter = QStringLiteral("duration > 1m");
    QVERIFY(store.save(first).ok());
    QVERIFY(!QFile::exists(store.backupPath()));

    QVERIFY(store.save(test::fullConfig()).ok());
    ConfigStore backup(store.backupPath());
    QCOMPARE(backup.load().config, first);
    QCOMPARE(store.load().config, test::fullConfig());
}

void TestConfigStore::failedSaveLeavesFileIntact()
{
    const QString file = path(QStringLiteral("atomic.json"));
    ConfigStore store(file);
    QVERIFY(store.save(IntegrationConfig()).ok());
    const QByteArray before = test::readFile(file);

    IntegrationConfig big = test::fullConfig();
    big.callFilter = QString(64 * 1024, QLatin1Char('x'));
    Status status = Status::success();
    {
        const FileSizeLimit limit(4096); // the new document is far larger: the write fails mid-way
        status = store.save(big);
    }
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(QLatin1String("Could not write")), qPrintable(status.errorMessage()));
    QCOMPARE(test::readFile(file), before);
    QCOMPARE(store.load().config, IntegrationConfig());
    // No temporary file is left behind beside the config.
    const QStringList leftovers = QDir(m_dir.path()).entryList({ QStringLiteral("atomic.json*") }, QDir::Files);
    QCOMPARE(leftovers, (QStringList { QStringLiteral("atomic.json"), QStringLiteral("atomic.json.bak") }));
}

void TestConfigStore::invalidFileIsNeverOverwritten()
{
    const QString file = path(QStringLiteral("broken.json"));
    const QByteArray broken("{\"schemaVersion\": 1, \"connection\": ");
    test::writeFile(file, broken);

    ConfigStore store(file);
    const ConfigStore::LoadResult result = store.load();
    QCOMPARE(result.status, ConfigStore::LoadStatus::Invalid);
    QVERIFY(!result.errors.isEmpty());

    const Status refused = store.save(test::fullConfig());
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(QLatin1String("left as it is")));
    QCOMPARE(test::readFile(file), broken);

    const QString setAside = store.setAsideInvalidFile();
    QVERIFY(setAside.startsWith(file + QStringLiteral(".invalid-")));
    QCOMPARE(test::readFile(setAside), broken);
    QVERIFY(store.save(test::fullConfig()).ok());
    QCOMPARE(store.load().config, test::fullConfig());
}

void TestConfigStore::refusesAnOversizedFileOrAFolder()
{
    const QString huge = path(QStringLiteral("huge.json"));
    test::makeSparseFile(huge, 5 * 1024 * 1024 + 1);
    ConfigStore store(huge);
    const ConfigStore::LoadResult result = store.load();
    QCOMPARE(result.status, ConfigStore::LoadStatus::Invalid);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(),
        QStringLiteral("$: the file cannot be read (it is larger than the limit of 5 MB)"));
    QVERIFY(!store.save(test::fullConfig()).ok()); // an unreadable file is never overwritten either

    const QString folder = path(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkdir(folder));
    ConfigDocument document(path(QStringLiteral("current.json")));
    const ConfigErrors imported = document.importFrom(folder);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().toString(), QStringLiteral("$: the file cannot be read (it is a folder, not a file)"));
}

void TestConfigStore::documentTracksUnsavedChanges()
{
    ConfigDocument document(path(QStringLiteral("document.json")));
    document.load();
    QSignalSpy modified(&document, &ConfigDocument::modifiedChanged);
    QVERIFY(!document.isModified());

    IntegrationConfig changed = document.config();
    changed.exportSettings.activityType = ActivityType::Event;
    document.setConfig(changed);
    QVERIFY(document.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);

    changed.exportSettings.activityType = ActivityType::Task; // back to what is saved
    document.setConfig(changed);
    QVERIFY(!document.isModified());
    QCOMPARE(modified.size(), 2);

    changed.callFilter = QStringLiteral("duration > 2m");
    document.setConfig(changed);
    QVERIFY(document.save().ok());
    QVERIFY(!document.isModified());
    QCOMPARE(modified.size(), 4);
}

void TestConfigStore::importRejectsInvalidAndKeepsCurrent()
{
    ConfigDocument document(path(QStringLiteral("import-target.json")));
    document.load();
    const QString bad = path(QStringLiteral("bad-import.json"));
    test::writeFile(bad, "{\"schemaVersion\": 99}");
    const ConfigErrors errors = document.importFrom(bad);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("$.schemaVersion"));
    QCOMPARE(document.config(), IntegrationConfig());
    QVERIFY(!document.isModified());

    const QString good = path(QStringLiteral("good-import.json"));
    test::writeFile(good, ConfigStore::serialize(test::fullConfig()));
    QVERIFY(document.importFrom(good).isEmpty());
    QCOMPARE(document.config(), test::fullConfig());
    QVERIFY(document.isModified()); // imported, not yet saved
    QVERIFY(!QFile::exists(document.store().path()));
}

void TestConfigStore::exportWritesTheCurrentDocument()
{
    ConfigDocument document(path(QStringLiteral("export-source.json")));
    document.load();
    document.setConfig(test::fullConfig());
    const QString target = path(QStringLiteral("exported/setup.json"));
    QVERIFY(document.exportTo(target).ok());
    ConfigStore exported(target);
    QCOMPARE(exported.load().config, test::fullConfig());
    QVERIFY(document.isModified()); // exporting is not saving
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "TestConfigStore.moc"
