#include "tests/support/FakeBrowser.h"
#include "tests/support/KeyboardWalk.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/ConnectionPage.h"
#include "ui/ExportFilterPage.h"
#include "ui/FieldsPage.h"
#include "ui/MainWindow.h"
#include "ui/PermissionsPage.h"
#include "ui/PreviewPage.h"
#include "ui/UsersPage.h"
#include "ui/connect/ConnectWizard.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/i18n/Translations.h"
#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimHost.h"
#include "core/orgsim/OrgSimServer.h"
#include "core/salesforce/ConnectionManager.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

class TestKeyboardAndLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wholeConsoleWithTheKeyboardOnly_data();
    void wholeConsoleWithTheKeyboardOnly();

private:
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
    FakeBrowser m_browser;
};

void TestKeyboardAndLanguage::initTestCase()
{
    CALLBRIDGE_REQUIRE_SECRET_SERVICE();
}

void TestKeyboardAndLanguage::cleanup()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestKeyboardAndLanguage::wholeConsoleWithTheKeyboardOnly_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

// Connects through the wizard and visits every step with the keyboard alone: every control the
// Tab key reaches has an accessible name, and no text is cut off, in each language.
void TestKeyboardAndLanguage::wholeConsoleWithTheKeyboardOnly()
{
    QFETCH(QString, language);
    Translations::install(QCoreApplication::instance(), language);

    const quint16 port = freeLoopbackPort();
    OrgSimFixture org(OrgSimFixture::acceptingCallbackOn(port));
    m_browser.org = &org;
    m_browser.username = OrgSimFixture::integrationUser();

    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    document.load();
    ConnectionManager connection(&m_network, &m_store);
    ExportWorkspace workspace;
    MainWindow window(&document);
    auto* connectionPage =
        new ConnectionPage(&document, &connection, &m_store, &m_network, [&org] { return &org.host(); });
    window.setStepPage(SetupStep::Connection, connectionPage);
    window.setStepPage(SetupStep::Permissions, new PermissionsPage(&document, &connection));
    window.setStepPage(SetupStep::Fields, new FieldsPage(&document, &connection));
    window.setStepPage(SetupStep::Users, new UsersPage(&document, &connection));
    window.setStepPage(SetupStep::ExportFilter, new ExportFilterPage(&document, &workspace));
    window.setStepPage(SetupStep::Preview, new PreviewPage(&document, &workspace, &connection));
    window.attachConnection(&connection);
    ConnectWizard* wizard = nullptr;
    connect(connectionPage, &ConnectionPage::wizardOpened, this, [&wizard](ConnectWizard* opened) { wizard = opened; });
    window.show();
    QVERIFY(activate(&window));
    // A 1366 × 768 laptop screen at 150 % leaves about 910 logical pixels.
    QVERIFY2(window.minimumSizeHint().width() <= 900,
        qPrintable(QStringLiteral("the window needs %1 px").arg(window.minimumSizeHint().width())));

    // Connection page: Tab to its Connect button, Space to press it.
    QWidget* connectButton = connectionPage->findChild<QAbstractButton*>(QStringLiteral("connectButton"));
    QVERIFY(connectButton);
    QVERIFY(tabTo([connectButton](QWidget* focus) { return focus == connectButton; }));
    QTest::keyClick(connectButton, Qt::Key_Space);
    QTRY_VERIFY(wizard);
    QVERIFY(activate(wizard));

    QStringList unnamed;
    QStringList clipped;
    const QString prefix = QStringLiteral("%1-connect-").arg(language);
    // Environment: Tab to the choices, the arrow keys to the demo org, then Enter.
    QTRY_VERIFY(wizard->isAncestorOf(QApplication::focusWidget()));
    tabThrough(wizard, &unnamed);
    auto* demo = wizard->findChild<QAbstractButton*>(QStringLiteral("environmentDemo"));
    QVERIFY(tabTo([](QWidget* focus) { return qobject_cast<QRadioButton*>(focus) != nullptr; }));
    for (int presses = 0; presses < 5 && !demo->isChecked(); ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    QVERIFY(demo->isChecked());
    clipped += clippedTexts(wizard);
    saveScreenshot(wizard, prefix + QStringLiteral("1-environment"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(ConnectWizard::ConnectedAppPageId));

    tabThrough(wizard, &unnamed);
    clipped += clippedTexts(wizard);
    saveScreenshot(wizard, prefix + QStringLiteral("2-connected-app"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ConnectWizard::SummaryPageId), 20000);

    tabThrough(wizard, &unnamed);
    clipped += clippedTexts(wizard);
    saveScreenshot(wizard, prefix + QStringLiteral("4-summary"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Finish is the default button
    QTRY_COMPARE(connection.state(), ConnectionManager::State::Connected);
    QTRY_VERIFY(!wizard->isVisible());

    // The preview has calls to show, so its table is full when Tab passes through it.
    QByteArray calls;
    org.host().run([&calls](orgsim::OrgSimServer& server) {
        calls = QJsonDocument(orgsim::generateDemoCalls(server.org(), 40)).toJson();
    });
    QVERIFY(workspace.loadCalls(calls, QStringLiteral("demo calls")).ok());

    // Every step, chosen in the sidebar with the arrow keys.
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("stepSidebar"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("stepPages"));
    QVERIFY(activate(&window)); // back from the wizard
    QVERIFY(tabTo([sidebar](QWidget* focus) { return focus == sidebar; }));
    for (int step = 0; step < sidebar->count(); ++step) {
        if (step > 0) {
            QTest::keyClick(sidebar, Qt::Key_Down);
        }
        QCOMPARE(pages->currentIndex(), step);
        QTest::qWait(300); // pages that read from Salesforce when shown fill in
        QTest::keyClick(sidebar, Qt::Key_F1); // the step's Learn more panel
        auto* panel = pages->currentWidget()->findChild<QWidget*>(QStringLiteral("learnMorePanel"));
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        const QList<QWidget*> reached = tabThrough(&window, &unnamed);
        if (auto* tabs = pages->currentWidget()->findChild<QTabBar*>()) {
            // The other tab too (the filter as text, the object permissions): Tab to the tab bar, →.
            QVERIFY(tabTo([tabs](QWidget* focus) { return focus == tabs; }));
            QTest::keyClick(tabs, Qt::Key_Right);
            tabThrough(&window, &unnamed);
            clipped += clippedTexts(&window);
        }
        QVERIFY2(reached.size() > 2,
            qPrintable(QStringLiteral("step %1: Tab reached %2 controls").arg(step).arg(reached.size())));
        clipped += clippedTexts(&window);
        saveScreenshot(&window, QStringLiteral("%1-step-%2").arg(language).arg(step + 1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(tabTo([sidebar](QWidget* focus) { return focus == sidebar; }));
    }
    QVERIFY2(window.minimumSizeHint().width() <= 900,
        qPrintable(
            QStringLiteral("with every step filled in, the window needs %1 px").arg(window.minimumSizeHint().width())));
    unnamed.removeDuplicates();
    clipped.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(),
        qPrintable(QStringLiteral("controls without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
    QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("cut-off texts:\n") + clipped.join(QLatin1Char('\n'))));

    QSignalSpy gone(&connection, &ConnectionManager::disconnectFinished);
    connection.disconnectFrom(document.config().connection);
    QVERIFY(gone.wait(10000));
}

QTEST_MAIN(TestKeyboardAndLanguage)
#include "TestKeyboardAndLanguage.moc"
