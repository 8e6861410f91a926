#include "tests/support/FakeBrowser.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/ConnectionPage.h"
#include "ui/MainWindow.h"
#include "ui/connect/ConnectWizard.h"

#include "core/config/ConfigDocument.h"
#include "core/orgsim/OrgSimHost.h"
#include "core/salesforce/ConnectionManager.h"

#include <QAbstractButton>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

namespace {

// One run of Callbridge on the config at `path`: the main window with its Connection step, put
// together and started as app/gui/main.cpp does. Destroying it is quitting.
class AppRun
{
public:
    AppRun(const QString& path, QNetworkAccessManager* network, TokenStore* store, OrgSimFixture** demoOrg)
        : m_document(path)
        , m_connection(network, store)
    {
        m_document.load();
        m_window = std::make_unique<MainWindow>(&m_document);
        page =
            new ConnectionPage(&m_document, &m_connection, store, network, [demoOrg] { return &(*demoOrg)->host(); });
        m_window->setStepPage(SetupStep::Connection, page);
        m_window->attachConnection(&m_connection);
        QObject::connect(page, &ConnectionPage::wizardOpened, page,
            [this](ConnectWizard* wizard) { wizards.append(QPointer<ConnectWizard>(wizard)); });
        m_window->show();
        page->restoreSavedConnection();
    }

    ConfigDocument& document() { return m_document; }
    ConnectionManager& connection() { return m_connection; }
    MainWindow* window() { return m_window.get(); }
    QString state() const { return page->findChild<QLabel*>(QStringLiteral("connectionPageState"))->text(); }

    ConnectionPage* page = nullptr;
    QList<QPointer<ConnectWizard>> wizards;

private:
    ConfigDocument m_document;
    ConnectionManager m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void clickOn(QWidget* widget)
{
    QVERIFY(widget);
    QVERIFY(widget->isVisible());
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

// Connect… > Demo org > Next > Next, the browser logs in, Finish: as the admin does it.
void connectThroughTheWizard(AppRun& app)
{
    clickOn(app.page->findChild<QPushButton*>(QStringLiteral("connectButton")));
    QCOMPARE(app.wizards.size(), 1);
    ConnectWizard* wizard = app.wizards.first();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto* demo = wizard->findChild<QRadioButton*>(QStringLiteral("environmentDemo"));
    QTest::mouseClick(demo, Qt::LeftButton, {}, QPoint(8, demo->height() / 2));
    QVERIFY(demo->isChecked());
    clickOn(wizard->button(QWizard::NextButton));
    clickOn(wizard->button(QWizard::NextButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ConnectWizard::SummaryPageId), 20000);
    clickOn(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(!app.document().config().connection.orgId.isEmpty());
    QCOMPARE(app.connection().state(), ConnectionManager::State::Connected);
}

// Revokes the test's sign-in and deletes it from the keychain.
void signOut(AppRun& app)
{
    QSignalSpy gone(&app.connection(), &ConnectionManager::disconnectFinished);
    app.connection().disconnectFrom(app.document().config().connection);
    QVERIFY(gone.wait(10000));
}

} // namespace

// Callbridge quits and starts again: a sign-in kept in the keychain comes back by itself; a demo
// connection cannot, and the Connection step says why and reconnects in one click.
class TestSignInRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainSignInComesBackSilently();
    void demoConnectionSaysWhyAndReconnectsInOneClick();

private:
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge sign-in restart test") }; // its own: tests run side by side
    FakeBrowser m_browser;
    QTemporaryDir m_dir;
};

void TestSignInRestart::initTestCase()
{
    CALLBRIDGE_REQUIRE_SECRET_SERVICE();
}

void TestSignInRestart::keychainSignInComesBackSilently()
{
    OrgSimFixture org(OrgSimFixture::acceptingCallbackOn(freeLoopbackPort()));
    OrgSimFixture* demoOrg = &org;
    m_browser.org = &org;
    m_browser.username = OrgSimFixture::integrationUser();
    const QString path = m_dir.filePath(QStringLiteral("keychain.json"));
    {
        AppRun first(path, &m_network, &m_store, &demoOrg);
        QVERIFY(first.wizards.isEmpty()); // nothing saved: nothing to restore
        connectThroughTheWizard(first);
    }
    // The wizard reaches orgsim only as the demo org (http on this computer); a real org's
    // connection is saved the same way with its My Domain as the login URL, and this org stays up.
    {
        ConfigDocument document(path);
        document.load();
        IntegrationConfig config = document.config();
        QCOMPARE(config.connection.loginUrl, QUrl(org.baseUrl()));
        config.connection.environment = Environment::MyDomain;
        document.setConfig(config);
        QVERIFY(document.save().ok());
    }
    const int browserOpened = m_browser.opened;

    AppRun second(path, &m_network, &m_store, &demoOrg);
    QTRY_COMPARE_WITH_TIMEOUT(second.connection().state(), ConnectionManager::State::Connected, 20000);
    QVERIFY(second.wizards.isEmpty());
    QCOMPARE(m_browser.opened, browserOpened); // from the keychain, without the browser
    QCOMPARE(second.state(), QStringLiteral("Connected."));
    QCOMPARE(second.connection().summary().username, OrgSimFixture::integrationUser());
    saveScreenshot(second.window(), QStringLiteral("restart-connection-restored"));
    signOut(second);
}

void TestSignInRestart::demoConnectionSaysWhyAndReconnectsInOneClick()
{
    const quint16 callbackPort = freeLoopbackPort();
    auto org = std::make_unique<OrgSimFixture>(OrgSimFixture::acceptingCallbackOn(callbackPort));
    OrgSimFixture* demoOrg = org.get();
    m_browser.org = demoOrg;
    m_browser.username = OrgSimFixture::integrationUser();
    const QString path = m_dir.filePath(QStringLiteral("demo.json"));
    {
        AppRun first(path, &m_network, &m_store, &demoOrg);
        connectThroughTheWizard(first);
        QCOMPARE(first.document().config().connection.environment, Environment::Demo);
    }
    // Callbridge quits, and its demo org with it; the next run starts a new one.
    org = std::make_unique<OrgSimFixture>(OrgSimFixture::acceptingCallbackOn(callbackPort));
    demoOrg = org.get();
    m_browser.org = demoOrg;

    AppRun second(path, &m_network, &m_store, &demoOrg);
    QVERIFY(second.wizards.isEmpty()); // the wizard does not open by itself
    QCOMPARE(second.connection().state(), ConnectionManager::State::Disconnected);
    QVERIFY2(second.state().contains(QLatin1String("The demo org starts fresh each time Callbridge starts")),
        qPrintable(second.state()));
    saveScreenshot(second.window(), QStringLiteral("restart-demo-connection-ended"));

    const int browserOpened = m_browser.opened;
    clickOn(second.page->findChild<QPushButton*>(QStringLiteral("reconnectButton")));
    QTRY_COMPARE_WITH_TIMEOUT(second.connection().state(), ConnectionManager::State::Connected, 20000);
    QCOMPARE(m_browser.opened, browserOpened + 1); // the login, in the browser
    QCOMPARE(second.wizards.size(), 1);
    QTRY_VERIFY(!second.wizards.first() || !second.wizards.first()->isVisible()); // nothing else to click
    QTRY_COMPARE(second.document().config().connection.loginUrl, QUrl(org->baseUrl()));
    QVERIFY(!second.document().isModified());
    QCOMPARE(second.state(), QStringLiteral("Connected."));
    signOut(second);
}

QTEST_MAIN(TestSignInRestart)
#include "TestSignInRestart.moc"
