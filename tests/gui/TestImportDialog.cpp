#include "tests/support/KeyboardWalk.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/import/ImportDialog.h"
#include "ui/import/ImportProgressModel.h"

#include "core/cache/CacheStore.h"
#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

namespace {

QString stateText(ImportDialog* dialog, int row)
{
    const auto* table = dialog->findChild<QTableView*>();
    return table->model()->index(row, ImportProgressModel::StateColumn).data().toString();
}

QString summaryText(ImportDialog* dialog)
{
    return dialog->findChildren<QLabel*>().constFirst()->text();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsFromTheDataMenu();
    void cancelKeepsWhatWasReadAndTheNextImportContinues();

private:
    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
    QTemporaryDir m_dir;
    std::unique_ptr<ConfigDocument> m_document;
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestImportDialog::initTestCase()
{
    orgsim::OrgSimOptions options;
    options.latencyMs = 40; // slow enough to see progress and to cancel mid-import
    m_org = std::make_unique<OrgSimFixture>(options);
    m_document = std::make_unique<ConfigDocument>(m_dir.filePath(QStringLiteral("config.json")));
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_window->attachConnection(m_connection.get());
    QAction* import = nullptr;
    for (QAction* action : m_window->menuBar()->findChildren<QAction*>()) {
        if (action->text().startsWith(QLatin1String("&Import from Salesforce"))) {
            import = action;
        }
    }
    QVERIFY(import);
    QVERIFY(!import->isEnabled()); // not connected yet
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::integrationUser()));
    QVERIFY(import->isEnabled());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportDialog::importsFromTheDataMenu()
{
    ImportDialog* dialog = m_window->openImport();
    QVERIFY(dialog->isVisible());
    auto* table = dialog->findChild<QTableView*>();
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    // Mid-import: a row being read shows records of the total, and the screenshot shows it.
    QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 3, 20000);
    new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    QTRY_VERIFY_WITH_TIMEOUT(stateText(dialog, 1).startsWith(QLatin1String("Done")), 20000);
    saveScreenshot(dialog, QStringLiteral("import-progress.png"));
    QVERIFY(finished.wait(60000));

    QVERIFY2(summaryText(dialog).startsWith(QLatin1String("Import finished")), qPrintable(summaryText(dialog)));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QVERIFY2(stateText(dialog, row).startsWith(QLatin1String("Done")), qPrintable(stateText(dialog, row)));
        QCOMPARE(table->model()
                     ->index(row, ImportProgressModel::ProgressColumn)
                     .data(ImportProgressModel::FractionRole)
                     .toDouble(),
            1.0);
    }
    const auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons->button(QDialogButtonBox::Close));
    saveScreenshot(dialog, QStringLiteral("import-finished.png"));
    const QStringList clipped = clippedTexts(dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    // With the keyboard: every control Tab reaches has a name a screen reader can announce.
    QVERIFY(activate(dialog));
    QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
    QStringList unnamed;
    const QList<QWidget*> reached = tabThrough(dialog, &unnamed);
    QVERIFY2(reached.size() >= 2, "Tab must leave the progress table for the buttons");
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

    // The cache file is the org's, beside the setup.
    CacheStore cache;
    const QString path = CacheStore::pathFor(m_dir.path(), m_connection->summary().orgId);
    QVERIFY(QFile::exists(path));
    QVERIFY(cache.open(path, m_connection->summary().orgId).ok());
    QVERIFY(cache.count(QStringLiteral("Contact")) >= 400);
    cache.close();
    buttons->button(QDialogButtonBox::Close)->click();
    QVERIFY(!dialog->isVisible());
}

void TestImportDialog::cancelKeepsWhatWasReadAndTheNextImportContinues()
{
    // A full import again, cancelled while an object is being read.
    {
        CacheStore cache;
        QVERIFY(
            cache.open(CacheStore::pathFor(m_dir.path(), m_connection->summary().orgId), m_connection->summary().orgId)
                .ok());
        for (const QString& object : { QStringLiteral("Contact"), QStringLiteral("Lead") }) {
            QVERIFY(cache.clear(object).ok());
        }
    }
    ImportDialog* dialog = m_window->openImport();
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    const auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->importRun(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(stateText(dialog, 0).startsWith(QLatin1String("Done")), 20000);
    buttons->button(QDialogButtonBox::Cancel)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); // may have stopped within the click
    QCOMPARE(dialog->importRun()->outcome(), ImportRun::Outcome::Cancelled);
    QVERIFY2(summaryText(dialog).contains(QLatin1String("continues")), qPrintable(summaryText(dialog)));
    QVERIFY(stateText(dialog, dialog->importRun()->objects().size() - 1) == QLatin1String("Waiting"));
    QVERIFY(dialog->isVisible()); // stays to show what was kept
    buttons->button(QDialogButtonBox::Close)->click();

    ImportDialog* again = m_window->openImport();
    QVERIFY(again != dialog || !again->isRunning());
    QSignalSpy againFinished(again, &ImportDialog::importFinished);
    QVERIFY(againFinished.wait(60000));
    QCOMPARE(again->importRun()->outcome(), ImportRun::Outcome::Completed);
    QVERIFY(again->importRun()->objects().constFirst().incremental); // Account was complete before the cancel
}

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
