#include "tests/support/FakeBrowser.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/ConnectionPage.h"
#include "ui/connect/ConnectWizard.h"

#include "core/config/ConfigDocument.h"
#include "core/i18n/Translations.h"
#include "core/orgsim/OrgSimHost.h"
#include "core/salesforce/ConnectionManager.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

class TestConnectWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsToTheDemoOrg();
    void myDomainMustBeHttps();
    void busyPortIsReportedOnTheAppPage();
    void appPageInstalledPackagePath_data() { languages(); }
    void appPageInstalledPackagePath();
    void appPageExternalClientAppPath_data() { languages(); }
    void appPageExternalClientAppPath();
    void connectingAnotherOrgRevokesTheOldOne();
    void noBrowserShowsTheLoginAddress();
    void noAnswerFromTheBrowserSaysWhatToDo();
    void comesToTheFrontWhenTheBrowserAnswers();
    void cleanup();

private:
    // Both guides in each language: the Setup names stay Salesforce's own in every language.
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

private:
    QNetworkAccessManager m_network;
    // Its own keychain service: it checks that a sign-in is gone while other GUI tests, run side
    // by side, store theirs for the same demo org and user.
    TokenStore m_store { QStringLiteral("Callbridge connect wizard tests") };
    FakeBrowser m_browser;
};

void TestConnectWizard::initTestCase()
{
    CALLBRIDGE_REQUIRE_SECRET_SERVICE();
}

void TestConnectWizard::connectsToTheDemoOrg()
{
    const quint16 port = freeLoopbackPort();
    OrgSimFixture org(OrgSimFixture::acceptingCallbackOn(port));
    m_browser.org = &org;
    m_browser.username = OrgSimFixture::integrationUser();

    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    document.load();
    ConnectionManager connection(&m_network, &m_store);
    ConnectionPage page(&document, &connection, &m_store, &m_network, [&org] { return &org.host(); });
    ConnectWizard* wizard = nullptr;
    connect(&page, &ConnectionPage::wizardOpened, this, [&wizard](ConnectWizard* opened) { wizard = opened; });
    page.show();
    page.openWizard(Environment::Demo);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));

    QCOMPARE(wizard->currentId(), int(ConnectWizard::EnvironmentPageId));
    QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("environmentDemo"))->isChecked());
    QCOMPARE(wizard->findChild<QLabel*>(QStringLiteral("callbackUrl"))->text(),
        QStringLiteral("http://localhost:1717/OauthRedirect"));
    saveScreenshot(wizard, QStringLiteral("connect-1-environment"));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(ConnectWizard::ConnectedAppPageId));
    QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("clientId"))->text(), org.options().clientId);
    QCOMPARE(wizard->findChild<QSpinBox*>(QStringLiteral("callbackPort"))->value(), int(port));
    saveScreenshot(wizard, QStringLiteral("connect-2-connected-app"));
    m_browser.beforeLogin = [&wizard] {
        saveScreenshot(wizard, QStringLiteral("connect-3-authorize"));
    };
    wizard->next();

    // The browser logs in; the wizard moves on by itself once the connection is checked.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ConnectWizard::SummaryPageId), 20000);
    QCOMPARE(m_browser.opened, 1);
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("summaryOrg"))
                ->text()
                .contains(QLatin1String("Callbridge Demo Org")));
    QCOMPARE(
        wizard->findChild<QLabel*>(QStringLiteral("summaryLicense"))->text(), QStringLiteral("Salesforce Integration"));
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("summaryWarnings"))
                ->text()
                .contains(QLatin1String("Everything looks right")));
    saveScreenshot(wizard, QStringLiteral("connect-4-summary"));
    wizard->button(QWizard::FinishButton)->click();

    QTRY_VERIFY(!document.config().connection.orgId.isEmpty());
    QCOMPARE(document.config().connection.username, OrgSimFixture::integrationUser());
    QCOMPARE(document.config().connection.environment, Environment::Demo);
    QVERIFY(!document.isModified()); // saved right away
    QCOMPARE(connection.state(), ConnectionManager::State::Connected);
    saveScreenshot(&page, QStringLiteral("connection-page"));

    QSignalSpy gone(&connection, &ConnectionManager::disconnectFinished);
    connection.disconnectFrom(document.config().connection);
    QVERIFY(gone.wait(10000));
}

void TestConnectWizard::myDomainMustBeHttps()
{
    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    ConnectionManager connection(&m_network, &m_store);
    ConnectWizard wizard(&m_network, &connection, ConnectionSettings(), {});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QRadioButton*>(QStringLiteral("environmentMyDomain"))->click();
    auto* url = wizard.findChild<QLineEdit*>(QStringLiteral("myDomainUrl"));
    QTest::keyClicks(url, QStringLiteral("http://acme.my.salesforce.com"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::EnvironmentPageId));
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("environmentError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("https://")));
    saveScreenshot(&wizard, QStringLiteral("connect-1-mydomain-error"));

    url->clear();
    QTest::keyClicks(url, QStringLiteral("acme--uat.sandbox.my.salesforce.com"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::ConnectedAppPageId));
    QCOMPARE(wizard.settings().loginUrl, QUrl(QStringLiteral("https://acme--uat.sandbox.my.salesforce.com")));
}

void TestConnectWizard::busyPortIsReportedOnTheAppPage()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    ConnectionManager connection(&m_network, &m_store);
    ConnectWizard wizard(&m_network, &connection, ConnectionSettings(), {});
    wizard.show();
    wizard.next(); // production
    QCOMPARE(wizard.currentId(), int(ConnectWizard::ConnectedAppPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no consumer key yet
    QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("clientId")), QStringLiteral("3MVG9key"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.findChild<QSpinBox*>(QStringLiteral("callbackPort"))->setValue(squatter.serverPort());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::ConnectedAppPageId));
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("connectedAppError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("Port %1 is already in use").arg(squatter.serverPort())));
    saveScreenshot(&wizard, QStringLiteral("connect-2-port-busy"));
}

namespace {

// Stands in for the browser for https URLs (FakeBrowser plays it for orgsim's http ones): records
// the login page Callbridge asks for, so no real browser opens.
class HttpsRecorder : public QObject
{
    Q_OBJECT

public:
    HttpsRecorder() { QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open"); }
    ~HttpsRecorder() override { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

// A real click in the middle of a widget, then its focus is where keys go.
void clickOn(QWidget* widget)
{
    QVERIFY(widget->isVisible());
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

void typeIntoFocus(const QString& text)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClicks(focused, text);
}

// Types a port into the spin box as a user would: click, select all, type.
void typePort(QSpinBox* port, quint16 value)
{
    clickOn(port);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    typeIntoFocus(QString::number(value));
}

} // namespace

void TestConnectWizard::appPageInstalledPackagePath()
{
    QFETCH(QString, language);
    Translations::install(QCoreApplication::instance(), language);
    const QString prefix = language == QLatin1String("en") ? QString() : language + QLatin1Char('-');
    ConnectionManager connection(&m_network, &m_store);
    ConnectWizard wizard(&m_network, &connection, ConnectionSettings(), {});
    wizard.show();
    // Keys go to the active window only: on a real display the wizard must be active first.
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    clickOn(wizard.button(QWizard::NextButton)); // production
    QCOMPARE(wizard.currentId(), int(ConnectWizard::ConnectedAppPageId));

    auto* installed = wizard.findChild<QRadioButton*>(QStringLiteral("appPathInstalled"));
    QVERIFY(installed->isChecked()); // the platform's package is the usual path
    auto* guide = wizard.findChild<QStackedWidget*>(QStringLiteral("appGuide"));
    QCOMPARE(guide->currentIndex(), 0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    clickOn(wizard.findChild<QLineEdit*>(QStringLiteral("clientId")));
    typeIntoFocus(QStringLiteral("3MVG9packagedAppKey"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    typePort(wizard.findChild<QSpinBox*>(QStringLiteral("callbackPort")), freeLoopbackPort());
    saveScreenshot(&wizard, prefix + QStringLiteral("connect-2-app-installed"));

    HttpsRecorder browser;
    clickOn(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(ConnectWizard::AuthorizePageId));
    QCOMPARE(wizard.settings().clientId, QStringLiteral("3MVG9packagedAppKey"));
    QTRY_COMPARE(browser.opened.size(), 1);
    QVERIFY(wizard.clientSecret().isEmpty()); // the packaged app needs none
    wizard.reject();
}

void TestConnectWizard::appPageExternalClientAppPath()
{
    QFETCH(QString, language);
    Translations::install(QCoreApplication::instance(), language);
    const QString prefix = language == QLatin1String("en") ? QString() : language + QLatin1Char('-');
    ConnectionManager connection(&m_network, &m_store);
    ConnectWizard wizard(&m_network, &connection, ConnectionSettings(), {});
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    clickOn(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(ConnectWizard::ConnectedAppPageId));

    // A radio button takes clicks on its indicator and label, which start at its left edge.
    auto* create = wizard.findChild<QRadioButton*>(QStringLiteral("appPathCreate"));
    QTest::mouseClick(create, Qt::LeftButton, {}, QPoint(8, create->height() / 2));
    QVERIFY(create->isChecked());
    auto* guide = wizard.findChild<QStackedWidget*>(QStringLiteral("appGuide"));
    QCOMPARE(guide->currentIndex(), 1);
    auto* steps = wizard.findChild<QWidget*>(QStringLiteral("externalClientAppSteps"));
    QVERIFY(steps->isVisible());
    QString text;
    for (const QLabel* label : steps->findChildren<QLabel*>()) {
        text += label->text() + QLatin1Char('\n');
    }
    for (const char* setting : { "External Client App Manager", "New External Client App", "Enable OAuth",
             "Require Proof Key for Code Exchange (PKCE)", "Require Secret for Web Server Flow",
             "Require Secret for Refresh Token Flow", "Admin approved users are pre-authorized",
             "Relax IP restrictions", "Refresh token is valid until revoked", "Consumer Key and Secret" }) {
        QVERIFY2(text.contains(QLatin1String(setting)), setting);
    }

    const quint16 port = freeLoopbackPort();
    typePort(wizard.findChild<QSpinBox*>(QStringLiteral("callbackPort")), port);
    const QString callback = QStringLiteral("http://localhost:%1/OauthRedirect").arg(port);
    QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("guideCallbackUrl"))->text(), callback);
    auto* copy = wizard.findChild<QPushButton*>(QStringLiteral("copyGuideCallbackUrl"));
    clickOn(copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), callback);

    clickOn(wizard.findChild<QLineEdit*>(QStringLiteral("clientId")));
    typeIntoFocus(QStringLiteral("3MVG9externalClientAppKey"));
    auto* secret = wizard.findChild<QLineEdit*>(QStringLiteral("clientSecret"));
    clickOn(secret);
    typeIntoFocus(QStringLiteral("ECA-consumer-secret-42"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password); // never shown on screen
    saveScreenshot(&wizard, prefix + QStringLiteral("connect-2-app-external-client-app"));

    HttpsRecorder browser;
    clickOn(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(ConnectWizard::AuthorizePageId));
    QCOMPARE(wizard.settings().clientId, QStringLiteral("3MVG9externalClientAppKey"));
    // The login page asked for: PKCE, this app, this callback, and no scope (the app's own are granted).
    QTRY_COMPARE(browser.opened.size(), 1);
    const QUrlQuery authorize(browser.opened.first());
    QCOMPARE(browser.opened.first().host(), QStringLiteral("login.salesforce.com"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("client_id")), QStringLiteral("3MVG9externalClientAppKey"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), callback);
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!authorize.hasQueryItem(QStringLiteral("scope")));
    QVERIFY(!browser.opened.first().toString().contains(QLatin1String("ECA-consumer-secret-42")));
    QCOMPARE(wizard.settings().callbackPort, port);
    QCOMPARE(wizard.clientSecret(), QStringLiteral("ECA-consumer-secret-42")); // memory only, not in the settings
    wizard.reject();
}

void TestConnectWizard::connectingAnotherOrgRevokesTheOldOne()
{
    const quint16 port = freeLoopbackPort();
    const orgsim::OrgSimOptions first = OrgSimFixture::acceptingCallbackOn(port);
    OrgSimFixture oldOrg(first);
    orgsim::OrgSimOptions second = first;
    second.seed = first.seed + 1;
    OrgSimFixture newOrg(second);

    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    document.load();
    ConnectionManager connection(&m_network, &m_store);
    OrgSimFixture* current = &oldOrg;
    ConnectionPage page(&document, &connection, &m_store, &m_network, [&current] { return &current->host(); });
    ConnectWizard* wizard = nullptr;
    connect(&page, &ConnectionPage::wizardOpened, this, [&wizard](ConnectWizard* opened) { wizard = opened; });
    m_browser.username = OrgSimFixture::integrationUser();

    auto connectTo = [&](OrgSimFixture* org) {
        current = org;
        m_browser.org = org;
        page.openWizard(Environment::Demo);
        wizard->next();
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ConnectWizard::SummaryPageId), 20000);
    };
    connectTo(&oldOrg);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!document.config().connection.orgId.isEmpty());
    const ConnectionSettings old = document.config().connection;

    connectTo(&newOrg);
    QVERIFY(wizard->replacesAnotherOrg());
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("summaryWarnings"))
                ->text()
                .contains(QLatin1String("From now on calls go to")));
    saveScreenshot(wizard, QStringLiteral("connect-4-summary-other-org"));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(document.config().connection.orgId != old.orgId);

    // The old org's sign-in is revoked and gone from the keychain. Read until it is (a loop, not
    // QTRY_VERIFY: that evaluates its expression again after it held, and each evaluation here is
    // a new keychain read).
    QSignalSpy read(&m_store, &TokenStore::readFinished);
    TokenStore::Outcome outcome = TokenStore::Outcome::Ok; // until read
    QDeadlineTimer deadline(15000);
    while (outcome != TokenStore::Outcome::NotFound && !deadline.hasExpired()) {
        read.clear();
        m_store.read(old.orgId, old.userId);
        if (read.wait(5000)) {
            outcome = read.first().at(0).value<TokenStore::Outcome>();
        }
        if (outcome != TokenStore::Outcome::NotFound) {
            QTest::qWait(50);
        }
    }
    QCOMPARE(outcome, TokenStore::Outcome::NotFound);

    QSignalSpy gone(&connection, &ConnectionManager::disconnectFinished);
    connection.disconnectFrom(document.config().connection);
    QVERIFY(gone.wait(10000));
}

namespace {

// Production, the External Client App path with a consumer secret, a free port; then Next to the
// login step, all by clicks and typing. Returns the port.
quint16 goToLoginWithSecret(ConnectWizard& wizard, const QString& secret)
{
    wizard.show();
    wizard.activateWindow();
    if (!QTest::qWaitForWindowActive(&wizard)) {
        return 0;
    }
    clickOn(wizard.button(QWizard::NextButton)); // production
    auto* create = wizard.findChild<QRadioButton*>(QStringLiteral("appPathCreate"));
    QTest::mouseClick(create, Qt::LeftButton, {}, QPoint(8, create->height() / 2));
    clickOn(wizard.findChild<QLineEdit*>(QStringLiteral("clientId")));
    typeIntoFocus(QStringLiteral("3MVG9externalClientAppKey"));
    clickOn(wizard.findChild<QLineEdit*>(QStringLiteral("clientSecret")));
    typeIntoFocus(secret);
    const quint16 port = freeLoopbackPort();
    typePort(wizard.findChild<QSpinBox*>(QStringLiteral("callbackPort")), port);
    clickOn(wizard.button(QWizard::NextButton));
    return port;
}

// Cancel ends the login: the wizard closes and the callback port is free again.
void cancelEndsTheLogin(ConnectWizard& wizard, quint16 port)
{
    clickOn(wizard.button(QWizard::CancelButton));
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.QDialog::result(), int(QDialog::Rejected));
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
}

} // namespace

void TestConnectWizard::noBrowserShowsTheLoginAddress()
{
    // Offscreen, nothing opens an https URL: QDesktopServices::openUrl fails as without a browser.
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        QSKIP("needs the offscreen platform, where no browser opens");
    }
    const QString secret = QStringLiteral("ECA-consumer-secret-42");
    ConnectionManager connection(&m_network, &m_store);
    ConnectWizard wizard(&m_network, &connection, ConnectionSettings(), {});
    const quint16 port = goToLoginWithSecret(wizard, secret);
    QVERIFY(port);
    QCOMPARE(wizard.currentId(), int(ConnectWizard::AuthorizePageId));

    // At once: no browser, and what to do instead.
    auto* status = wizard.findChild<QLabel*>(QStringLiteral("authorizeStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("could not open a browser")));
    auto* address = wizard.findChild<QLineEdit*>(QStringLiteral("loginUrl"));
    QVERIFY(address->isVisible());
    QVERIFY(address->isReadOnly());
    const QUrl url(address->text());
    QCOMPARE(url.host(), QStringLiteral("login.salesforce.com"));
    QCOMPARE(url.path(), QStringLiteral("/services/oauth2/authorize"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("3MVG9externalClientAppKey"));
    QVERIFY(!query.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
    // Nothing secret on the page: not the consumer secret, not the PKCE verifier (only its challenge).
    for (const QLabel* label : wizard.currentPage()->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(secret));
    }
    QVERIFY(!address->text().contains(secret));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code_verifier")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("client_secret")));
    QTRY_VERIFY2(clippedTexts(&wizard).isEmpty(), qPrintable(clippedTexts(&wizard).join(QLatin1Char('\n'))));
    saveScreenshot(&wizard, QStringLiteral("connect-3-no-browser"));

    clickOn(wizard.findChild<QPushButton*>(QStringLiteral("copyLoginUrl")));
    QCOMPARE(QGuiApplication::clipboard()->text(), address->text());

    // Opening the login page again says what happened, each time.
    auto* openAgain = wizard.findChild<QPushButton*>(QStringLiteral("openAgain"));
    clickOn(openAgain);
    QVERIFY(status->text().contains(QLatin1String("still could not open a browser")));
    {
        HttpsRecorder browser;
        clickOn(openAgain);
        QCOMPARE(browser.opened.size(), 1);
        QCOMPARE(browser.opened.first().toString(QUrl::FullyEncoded), address->text());
        QVERIFY(status->text().contains(QLatin1String("open the login page again")));
    }
    cancelEndsTheLogin(wizard, port);
}

void TestConnectWizard::noAnswerFromTheBrowserSaysWhatToDo()
{
    HttpsRecorder browser; // the browser opens, and nothing comes back from it
    ConnectionManager connection(&m_network, &m_store);
    ConnectWizard wizard(&m_network, &connection, ConnectionSettings(), {});
    wizard.setNoAnswerMs(0); // instead of two minutes
    const quint16 port = goToLoginWithSecret(wizard, QStringLiteral("ECA-consumer-secret-42"));
    QVERIFY(port);
    QCOMPARE(wizard.currentId(), int(ConnectWizard::AuthorizePageId));
    QTRY_COMPARE(browser.opened.size(), 1);

    auto* status = wizard.findChild<QLabel*>(QStringLiteral("authorizeStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("No answer from the browser yet")));
    QVERIFY(status->text().contains(QLatin1String("copy the address below")));
    QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("loginUrl"))->isVisible());
    QVERIFY(wizard.findChild<QProgressBar*>()->isVisible()); // still waiting
    QTRY_VERIFY2(clippedTexts(&wizard).isEmpty(), qPrintable(clippedTexts(&wizard).join(QLatin1Char('\n'))));
    saveScreenshot(&wizard, QStringLiteral("connect-3-no-answer"));
    cancelEndsTheLogin(wizard, port);
}

void TestConnectWizard::comesToTheFrontWhenTheBrowserAnswers()
{
    const quint16 port = freeLoopbackPort();
    OrgSimFixture org(OrgSimFixture::acceptingCallbackOn(port));
    m_browser.org = &org;
    m_browser.username = OrgSimFixture::integrationUser();

    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    document.load();
    ConnectionManager connection(&m_network, &m_store);
    ConnectionPage page(&document, &connection, &m_store, &m_network, [&org] { return &org.host(); });
    ConnectWizard* wizard = nullptr;
    connect(&page, &ConnectionPage::wizardOpened, this, [&wizard](ConnectWizard* opened) { wizard = opened; });
    page.show();
    page.openWizard(Environment::Demo);
    QVERIFY(wizard);
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));

    // The browser comes to the front as the admin logs in there.
    QWidget browserWindow;
    browserWindow.setWindowTitle(QStringLiteral("Browser"));
    bool browserWasActive = false;
    m_browser.beforeLogin = [&] {
        browserWindow.show();
        browserWindow.activateWindow();
        browserWasActive = QTest::qWaitForWindowActive(&browserWindow);
    };
    clickOn(wizard->button(QWizard::NextButton));
    clickOn(wizard->button(QWizard::NextButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ConnectWizard::SummaryPageId), 20000);
    QVERIFY(browserWasActive);
    QTRY_VERIFY(wizard->isActiveWindow());
    const QString answer = QString::fromUtf8(m_browser.answerPage);
    QVERIFY2(answer.contains(QLatin1String("comes back to the front")), qPrintable(answer));
    QVERIFY(answer.contains(QLatin1String("You can close this tab")));

    wizard->reject();
    QTRY_VERIFY(!connection.isConnected());
}

void TestConnectWizard::cleanup()
{
    // A test's hook may point at its own wizard, gone when the test ends.
    m_browser.beforeLogin = {};
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

QTEST_MAIN(TestConnectWizard)
#include "TestConnectWizard.moc"
