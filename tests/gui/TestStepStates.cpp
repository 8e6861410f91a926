#include "tests/support/OrgSimFixture.h"

#include "ui/FieldsPage.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/fields/FieldTreeModel.h"
#include "ui/import/ImportDialog.h"

#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

// What the window says about the setup and the import: only what is so.
class TestStepStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openingTheFieldsStepChangesNothing();
    void preferencesKnowTheImportWasClosed();

private:
    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
    std::unique_ptr<ConnectionManager> m_connection;
};

void TestStepStates::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::integrationUser()));
}

// Defect: opening the Fields step marked the setup as changed (the window's title, Save) though
// nothing was changed. A real change marks it; changing it back unmarks it.
void TestStepStates::openingTheFieldsStepChangesNothing()
{
    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    document.load(); // a new setup: no field chosen yet, the recommended ones apply
    QVERIFY(!document.isModified());
    FieldsPage page(&document, m_connection.get());
    QSignalSpy loaded(&page, &FieldsPage::loaded);
    page.resize(1000, 720);
    page.show();
    QVERIFY(loaded.wait(20000));
    QVERIFY(!document.isModified());
    QVERIFY(document.config().selectedFields.isEmpty());

    // One field checked with the keyboard, then unchecked again.
    auto* view = page.findChild<QTreeView*>(QStringLiteral("fieldTree"));
    const QAbstractItemModel* model = view->model();
    QModelIndex city;
    for (int row = 0; row < model->rowCount() && !city.isValid(); ++row) {
        const QModelIndex object = model->index(row, 0);
        for (int child = 0; child < model->rowCount(object); ++child) {
            if (object.data().toString() == QLatin1String("Account")
                && model->index(child, FieldTreeModel::ApiNameColumn, object).data().toString()
                    == QLatin1String("BillingCity")) {
                city = model->index(child, 0, object);
            }
        }
    }
    QVERIFY(city.isValid());
    view->setFocus();
    view->setCurrentIndex(city);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(document.isModified());
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!document.isModified());
}

// Defect: Preferences said "An import is open: close it first." (and would not clear the cache)
// after the import dialog had been closed.
void TestStepStates::preferencesKnowTheImportWasClosed()
{
    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    document.load();
    MainWindow window(&document);
    window.attachConnection(m_connection.get());
    window.setClearCacheHandler([] { return QStringLiteral("Cleared."); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier); // Data > Import from Salesforce…
    auto* import = window.findChild<ImportDialog*>();
    QVERIFY(import);
    QTRY_VERIFY_WITH_TIMEOUT(!import->isRunning(), 60000);
    QPushButton* close = import->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton, {}, close->rect().center());
    QTRY_VERIFY(!import->isVisible());

    // File > Preferences… from the keyboard; look at the dialog, then close it with Escape.
    bool pressed = false;
    bool seen = false;
    bool clearEnabled = false;
    QString reason;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, &window, [&] {
        if (QWidget* popup = QApplication::activePopupWidget(); popup && !pressed) {
            // From the event loop, not from this timer: the dialog runs its own loop meanwhile.
            pressed = true;
            QTimer::singleShot(0, popup, [popup] { QTest::keyClick(popup, Qt::Key_P); }); // &Preferences…
            return;
        }
        auto* preferences = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        if (preferences && !seen) {
            seen = true;
            clearEnabled = preferences->findChild<QPushButton*>(QStringLiteral("clearCache"))->isEnabled();
            reason = preferences->findChild<QLabel*>(QStringLiteral("clearCacheResult"))->text();
            QTest::keyClick(preferences, Qt::Key_Escape);
        }
    });
    driver.start();
    window.activateWindow(); // back to the main window, as a click on it would
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(seen, 20000);
    QVERIFY2(clearEnabled, qPrintable(reason));
    QVERIFY2(!reason.contains(QLatin1String("import is open")), qPrintable(reason));
}

QTEST_MAIN(TestStepStates)
#include "TestStepStates.moc"
