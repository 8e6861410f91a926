// The admin's journey through Callbridge, driven as a person drives it: mouse clicks at what is on
// screen, keys typed into whatever has the focus, Tab; never a slot or a setter. Reading state to
// check it is fine. The login goes through a real browser (Debian's Chromium) on the demo org's
// real login and consent pages, and the app receives the redirect on its own loopback listener.
// Each step saves a screenshot (journey-NN-step.png) with CALLBRIDGE_SCREENSHOT_DIR.
//
// The steps are slots run in order on one window; a step that fails leaves the next ones to run
// on whatever state it reached, so one run shows every step that does not work.

#include "tests/support/FakeBrowser.h" // CALLBRIDGE_REQUIRE_SECRET_SERVICE
#include "tests/support/KeyboardWalk.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/PersonInput.h"
#include "tests/support/RealBrowser.h"
#include "tests/support/Screenshots.h"

#include "ui/ConnectionPage.h"
#include "ui/Console.h"
#include "ui/ExportFilterPage.h"
#include "ui/FieldsPage.h"
#include "ui/MainWindow.h"
#include "ui/PermissionsPage.h"
#include "ui/PreviewPage.h"
#include "ui/UsersPage.h"
#include "ui/connect/ConnectWizard.h"
#include "ui/exportfilter/FilterRuleBuilder.h"
#include "ui/fields/FieldTreeModel.h"
#include "ui/import/ImportDialog.h"
#include "ui/users/UserTreeModel.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/i18n/Translations.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/users/UserHierarchy.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

namespace {

constexpr int kSlowMs = 60000; // the browser, an import, the audit: generous for a CI with two cores

// The filter typed key by key in the Text tab: defect 1 of the issue turned it into "duration >= 1".
const QString kTypedFilter = QStringLiteral("duration >= 10m and direction = \"outbound\"");

template<typename Page> Page* pageOf(MainWindow* window)
{
    return window->findChild<Page*>();
}

} // namespace

class TestAdminJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsThroughTheBrowser();
    void auditsTheIntegrationUser();
    void openingFieldsChangesNothing();
    void choosesFields();
    void importsFromSalesforce();
    void choosesUsers();
    void buildsARuleByClicks();
    void typesAFilterKeyByKey();
    void previewsTheExport();
    void sendsOneCallAndDeletesIt();
    void tablesHaveRoomAt1024x640();
    void tablesHaveRoomAtTheDefaultSize();
    void quitsAndStartsAgain();
    void demoConnectionComesBackInOneClick();
    void cleanupTestCase();

private:
    void startConsole();
    MainWindow* window() const { return m_console->window(); }
    // Clicks the step in the sidebar and returns its page once it shows.
    QWidget* openStep(const QString& title);
    // journey-NN-name.png of the main window (or of a dialog over it), at the default size.
    void screenshot(const QString& name, QWidget* widget = nullptr);
    void checkLayout(const QSize& size);

    std::unique_ptr<OrgSimFixture> m_org;
    QTemporaryDir m_dir;
    std::unique_ptr<ConfigDocument> m_document;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<RealBrowser> m_browser;
    QPointer<ConnectWizard> m_wizard;
    QSize m_defaultSize;
    int m_step = 0;
    QString m_skippedManagerId;
    QStringList m_skippedTeamIds;
};

void TestAdminJourney::initTestCase()
{
    CALLBRIDGE_REQUIRE_SECRET_SERVICE();
    const QString missing = RealBrowser::missing();
    if (!missing.isEmpty()) {
        const QString message = QStringLiteral("needs the real browser; missing: ") + missing;
        if (qEnvironmentVariableIsSet("CI")) {
            QFAIL(qPrintable(message)); // CI installs them (packaging/dev/run-tests.sh)
        }
        QSKIP(qPrintable(message));
    }
    // Preferences and window state are written: never into those of whoever runs the test.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config-home"))));
    m_org = std::make_unique<OrgSimFixture>(OrgSimFixture::acceptingCallbackOn(freeLoopbackPort()));
    m_browser = std::make_unique<RealBrowser>();
    m_browser->username = OrgSimFixture::integrationUser();
    // As main() does: the English translation carries the plural forms ("1 permission").
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    startConsole();
    m_defaultSize = window()->size();
}

void TestAdminJourney::cleanupTestCase()
{
    m_console.reset();
    m_document.reset();
}

// What `callbridge --demo` starts, on this test's data folder, keychain and demo org.
void TestAdminJourney::startConsole()
{
    m_document = std::make_unique<ConfigDocument>(m_dir.filePath(QStringLiteral("config.json")));
    m_document->load();
    Console::Options options;
    options.dataDirectory = m_dir.path();
    options.demo = true;
    options.demoOrg = [this] {
        return &m_org->host();
    };
    // A keychain service of its own: GUI tests running at the same time sign in to the same demo org.
    options.keychainService = QStringLiteral("Callbridge admin journey test");
    m_console = std::make_unique<Console>(m_document.get(), options);
    auto* connectionPage = window()->findChild<ConnectionPage*>();
    QVERIFY(connectionPage);
    connect(connectionPage, &ConnectionPage::wizardOpened, this, [this](ConnectWizard* wizard) { m_wizard = wizard; });
    m_console->start();
    QVERIFY(activate(window()));
}

QWidget* TestAdminJourney::openStep(const QString& title)
{
    auto* sidebar = window()->findChild<QListWidget*>(QStringLiteral("stepSidebar"));
    auto* pages = window()->findChild<QStackedWidget*>(QStringLiteral("stepPages"));
    if (!clickListItem(sidebar, title)) {
        return nullptr;
    }
    return pages->currentWidget()->accessibleName() == title ? pages->currentWidget() : nullptr;
}

void TestAdminJourney::screenshot(const QString& name, QWidget* widget)
{
    saveScreenshot(
        widget ? widget : window(), QStringLiteral("journey-%1-%2").arg(++m_step, 2, 10, QLatin1Char('0')).arg(name));
}

void TestAdminJourney::connectsThroughTheBrowser()
{
    // --demo opens the wizard on the demo org as soon as the org runs.
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard && m_wizard->isVisible(), kSlowMs);
    QVERIFY(activate(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(ConnectWizard::EnvironmentPageId));
    screenshot(QStringLiteral("connect-environment"), m_wizard);
    QVERIFY(click(m_wizard->button(QWizard::NextButton)));
    QCOMPARE(m_wizard->currentId(), int(ConnectWizard::ConnectedAppPageId));
    screenshot(QStringLiteral("connect-app"), m_wizard);
    QVERIFY(click(m_wizard->button(QWizard::NextButton)));

    // Chromium logs in as the integration user, allows access, and lands on Callbridge's listener.
    QCOMPARE(m_wizard->currentId(), int(ConnectWizard::AuthorizePageId));
    screenshot(QStringLiteral("connect-browser"), m_wizard);
    QTRY_VERIFY2_WITH_TIMEOUT(m_wizard->currentId() == int(ConnectWizard::SummaryPageId),
        qPrintable(QStringLiteral("the wizard says: ")
            + m_wizard->findChild<QLabel*>(QStringLiteral("authorizeStatus"))->text()
            + QStringLiteral("\nthe browser: ") + m_browser->log()),
        kSlowMs);
    QCOMPARE(m_browser->opened, 1);
    QVERIFY2(m_browser->log().contains(QLatin1String("Allow Access?")), qPrintable(m_browser->log()));
    QVERIFY(m_wizard->findChild<QLabel*>(QStringLiteral("summaryOrg"))
                ->text()
                .contains(QLatin1String("Callbridge Demo Org")));
    screenshot(QStringLiteral("connect-summary"), m_wizard);
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));
    QTRY_VERIFY(!m_wizard);

    QTRY_COMPARE(m_console->connection()->state(), ConnectionManager::State::Connected);
    QCOMPARE(m_document->config().connection.username, OrgSimFixture::integrationUser());
    QVERIFY(activate(window()));
    screenshot(QStringLiteral("connected"));
}

void TestAdminJourney::auditsTheIntegrationUser()
{
    QWidget* page = openStep(QStringLiteral("Permissions"));
    QVERIFY(page);
    auto* verdict = page->findChild<QLabel*>(QStringLiteral("auditVerdict"));
    auto* findings = page->findChild<QTreeWidget*>(QStringLiteral("auditFindings"));
    QTRY_VERIFY_WITH_TIMEOUT(findings->topLevelItemCount() > 0 && visibleButton(page, QStringLiteral("Re-check"))
            && visibleButton(page, QStringLiteral("Re-check"))->isEnabled(),
        kSlowMs);
    QVERIFY2(verdict->text().contains(OrgSimFixture::integrationUser()), qPrintable(verdict->text()));
    // The demo's integration user is set up right: the audit blocks nothing.
    QVERIFY2(!verdict->text().contains(QLatin1String("lock"), Qt::CaseInsensitive), qPrintable(verdict->text()));
    // Open the first group of checks and click its first finding: the details say what it is about.
    QTreeWidgetItem* group = findings->topLevelItem(0);
    QVERIFY(group->childCount() > 0);
    if (!group->isExpanded()) {
        QVERIFY(clickItem(findings, findings->model()->index(0, 0)));
        press(Qt::Key_Right); // opens the group, as the arrow beside it does
        QTRY_VERIFY(group->isExpanded());
    }
    auto* details = page->findChild<QLabel*>(QStringLiteral("findingDetails"));
    const QString before = details->text();
    QVERIFY(clickItem(findings, findings->model()->index(0, 0, findings->model()->index(0, 0))));
    QTRY_VERIFY(details->text() != before);
    screenshot(QStringLiteral("permissions"));
}

// Opening a step only shows it: the setup stays unchanged (issue #20, item 8).
void TestAdminJourney::openingFieldsChangesNothing()
{
    QVERIFY(!m_document->isModified());
    auto* page = qobject_cast<FieldsPage*>(openStep(QStringLiteral("Fields")));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 14, kSlowMs);
    QVERIFY2(!m_document->isModified(), "opening the Fields step marked the setup as changed");
}

void TestAdminJourney::choosesFields()
{
    auto* page = qobject_cast<FieldsPage*>(openStep(QStringLiteral("Fields")));
    QVERIFY(page);
    auto* tree = page->findChild<QTreeView*>(QStringLiteral("fieldTree"));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 14, kSlowMs);

    // Billing City is optional: search for it, click its row, press Space to tick it.
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("fieldSearch"));
    QVERIFY(click(search));
    QVERIFY(typeIntoFocus(QStringLiteral("BillingCity"), search));
    const QAbstractItemModel* shown = tree->model();
    QTRY_COMPARE(shown->rowCount(), 1);
    const QModelIndex account = shown->index(0, 0);
    QModelIndex city;
    for (int row = 0; row < shown->rowCount(account); ++row) {
        if (shown->index(row, FieldTreeModel::ApiNameColumn, account).data().toString()
            == QLatin1String("BillingCity")) {
            city = shown->index(row, FieldTreeModel::LabelColumn, account);
        }
    }
    QVERIFY(city.isValid());
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(clickItem(tree, city));
    press(Qt::Key_Space);
    screenshot(QStringLiteral("fields"));
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(
        m_document->config().selectedFields.value(QStringLiteral("Account")).contains(QStringLiteral("BillingCity")));
    QVERIFY(m_document->isModified());

    // Clear the search as a person does: select all, delete.
    QVERIFY(click(search));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    QTRY_COMPARE(tree->model()->rowCount(), 14);
}

void TestAdminJourney::importsFromSalesforce()
{
    QVERIFY(activate(window()));
    press(Qt::Key_I, Qt::ControlModifier); // Data > Import from Salesforce…
    ImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<ImportDialog*>()) && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(visibleButton(dialog, QStringLiteral("Close")), kSlowMs);
    auto* summary = dialog->findChildren<QLabel*>().constFirst();
    QVERIFY2(!summary->text().contains(QLatin1String("fail"), Qt::CaseInsensitive), qPrintable(summary->text()));
    screenshot(QStringLiteral("import"), dialog);
    QVERIFY(clickButton(dialog, QStringLiteral("Close")));
    QTRY_VERIFY(!dialog->isVisible());
}

void TestAdminJourney::choosesUsers()
{
    auto* page = qobject_cast<UsersPage*>(openStep(QStringLiteral("Users")));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hierarchy().size() > 10, kSlowMs);
    // A manager with a team under them, who has a manager too.
    const UserHierarchy& hierarchy = page->model()->hierarchy();
    int manager = -1;
    for (int user = 0; user < hierarchy.size() && manager < 0; ++user) {
        if (hierarchy.user(user).active && hierarchy.parentOf(user) >= 0 && hierarchy.reports(user).size() >= 2) {
            manager = user;
        }
    }
    QVERIFY(manager >= 0);
    m_skippedManagerId = hierarchy.user(manager).id;
    for (int user : hierarchy.subtree(manager)) {
        m_skippedTeamIds.append(hierarchy.user(user).id);
    }

    // Find the manager by email, click their row, skip their team.
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("userSearch"));
    QVERIFY(click(search));
    QVERIFY(typeIntoFocus(hierarchy.user(manager).email, search));
    QTreeView* tree = page->tree();
    QModelIndex row;
    QTRY_VERIFY([&] {
        const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), UserTreeModel::UserIndexRole,
            manager, 1, Qt::MatchExactly | Qt::MatchRecursive);
        row = found.value(0);
        return row.isValid();
    }());
    QVERIFY(clickItem(tree, row));
    QVERIFY(clickButton(page, QStringLiteral("Skip team")));
    const RecordedUsers recorded = m_document->config().recordedUsers;
    QVERIFY(!recorded.allActive);
    for (const QString& id : std::as_const(m_skippedTeamIds)) {
        QVERIFY2(!recorded.userIds.contains(id), qPrintable(id));
    }
    QVERIFY(!recorded.userIds.isEmpty());
    QVERIFY(click(search));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    screenshot(QStringLiteral("users"));
}

void TestAdminJourney::buildsARuleByClicks()
{
    auto* page = qobject_cast<ExportFilterPage*>(openStep(QStringLiteral("Export filter")));
    QVERIFY(page);
    QVERIFY(clickTab(page->tabs(), QStringLiteral("Rules")));
    // Add condition, then: duration, at least, 10, minutes.
    QVERIFY(clickButton(page->ruleBuilder(), QStringLiteral("Add condition")));
    FilterConditionWidget* condition = nullptr;
    QTRY_VERIFY((condition = page->ruleBuilder()->findChild<FilterConditionWidget*>()) && condition->isVisible());
    QVERIFY(choose(condition->fieldBox(), QStringLiteral("duration")));
    QVERIFY(choose(condition->operatorBox(), QStringLiteral("at least")));
    QTRY_VERIFY(qobject_cast<QSpinBox*>(condition->valueEditor()));
    auto* minutes = qobject_cast<QSpinBox*>(condition->valueEditor());
    QVERIFY(click(minutes));
    press(Qt::Key_A, Qt::ControlModifier);
    QVERIFY(typeIntoFocus(QStringLiteral("10"), minutes));
    QComboBox* unit = nullptr;
    for (QComboBox* box : condition->findChildren<QComboBox*>()) {
        if (box->accessibleName() == QLatin1String("Unit")) {
            unit = box;
        }
    }
    QVERIFY(unit);
    QVERIFY(choose(unit, QStringLiteral("minutes")));
    QTRY_COMPARE(m_document->config().callFilter, QStringLiteral("duration >= 10m"));
    QCOMPARE(page->textEditor()->toPlainText(), QStringLiteral("duration >= 10m"));
    screenshot(QStringLiteral("filter-rules"));
}

void TestAdminJourney::typesAFilterKeyByKey()
{
    auto* page = qobject_cast<ExportFilterPage*>(openStep(QStringLiteral("Export filter")));
    QVERIFY(page);
    QVERIFY(clickTab(page->tabs(), QStringLiteral("Text")));
    QVERIFY(click(page->textEditor()));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    QCOMPARE(page->textEditor()->toPlainText(), QString());
    // Every key goes where the focus is: the text must stay in the editor whatever it rebuilds.
    const bool stayed = typeIntoFocus(kTypedFilter, page->textEditor());
    screenshot(QStringLiteral("filter-text"));
    QCOMPARE(page->textEditor()->toPlainText(), kTypedFilter);
    QCOMPARE(m_document->config().callFilter, kTypedFilter);
    QVERIFY2(stayed, "the keyboard focus left the filter text while typing");
    QVERIFY2(
        page->validationLabel()->text().contains(QLatin1String("valid")), qPrintable(page->validationLabel()->text()));
}

void TestAdminJourney::previewsTheExport()
{
    auto* page = qobject_cast<PreviewPage*>(openStep(QStringLiteral("Preview")));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->table()->model()->rowCount() > 0, kSlowMs);
    // The preview of the filter as last typed: every keystroke that left it valid asked for one.
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->exportWorkspace()->isComputing(), kSlowMs);
    QVERIFY2(
        !page->totalsLabel()->text().contains(QLatin1String("not valid")), qPrintable(page->totalsLabel()->text()));
    // Only the calls that export.
    QComboBox* show = nullptr;
    for (QComboBox* box : page->findChildren<QComboBox*>()) {
        if (box->accessibleName() == QLatin1String("Which calls to show")) {
            show = box;
        }
    }
    QVERIFY(show);
    QVERIFY(choose(show, QStringLiteral("Calls that export")));
    QTRY_VERIFY(page->table()->model()->rowCount() > 0);
    QVERIFY(clickItem(page->table(), page->table()->model()->index(0, 0)));
    QTRY_VERIFY(page->sendButton()->isEnabled());
    screenshot(QStringLiteral("preview"));
}

void TestAdminJourney::sendsOneCallAndDeletesIt()
{
    auto* page = qobject_cast<PreviewPage*>(openStep(QStringLiteral("Preview")));
    QVERIFY(page);
    QVERIFY(click(page->sendButton()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->statusLabel()->text().startsWith(QLatin1String("Sending")), kSlowMs);
    screenshot(QStringLiteral("sent"));
    QVERIFY2(
        page->statusLabel()->text().startsWith(QLatin1String("Created ")), qPrintable(page->statusLabel()->text()));

    QTRY_VERIFY(page->deleteButton()->isEnabled());
    QVERIFY(click(page->deleteButton()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->statusLabel()->text().startsWith(QLatin1String("Deleting")), kSlowMs);
    screenshot(QStringLiteral("deleted"));
    QVERIFY2(
        page->statusLabel()->text().startsWith(QLatin1String("Deleted ")), qPrintable(page->statusLabel()->text()));
}

// Every step with a table, at a small laptop's 1024 × 640 and at the default size: each table has
// room for 8 rows, and no text is cut. Users, Fields and Permissions show every column; the
// preview's ten columns scroll sideways.
void TestAdminJourney::checkLayout(const QSize& size)
{
    QVERIFY(activate(window()));
    window()->resize(size); // the window manager's part: a person drags the window's edge
    QTRY_COMPARE(window()->size(), size);
    QStringList problems;
    for (const QString& step : { QStringLiteral("Permissions"), QStringLiteral("Fields"), QStringLiteral("Users"),
             QStringLiteral("Preview") }) {
        QWidget* page = openStep(step);
        QVERIFY(page);
        QCoreApplication::processEvents(); // the layout settles
        QStringList found = crampedItemViews(page, 8) + clippedTexts(page);
        if (step != QLatin1String("Preview")) {
            found += offscreenColumns(page);
        }
        for (const QString& problem : std::as_const(found)) {
            problems.append(step + QStringLiteral(": ") + problem);
        }
    }
    window()->resize(m_defaultSize);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAdminJourney::tablesHaveRoomAt1024x640()
{
    checkLayout(QSize(1024, 640));
}

// MainWindow's default on a screen with room for it (offscreen's own screen is 800 × 600).
void TestAdminJourney::tablesHaveRoomAtTheDefaultSize()
{
    checkLayout(QSize(960, 640));
}

void TestAdminJourney::quitsAndStartsAgain()
{
    QVERIFY(chooseMenuItem(window()->menuBar(), QStringLiteral("File"), QStringLiteral("Save setup")));
    QTRY_VERIFY2(!m_document->isModified(),
        qPrintable(
            QStringLiteral("not saved (status bar: ") + window()->statusBar()->currentMessage() + QStringLiteral(")")));
    QVERIFY(chooseMenuItem(window()->menuBar(), QStringLiteral("File"), QStringLiteral("Quit")));
    QTRY_VERIFY(!window()->isVisible());
    const IntegrationConfig saved = m_document->config();
    m_console.reset();
    m_document.reset();

    // Start again: the same data folder, keychain and demo org. The setup is as it was left.
    startConsole();
    const IntegrationConfig restored = m_document->config();
    QCOMPARE(restored.selectedFields, saved.selectedFields);
    QVERIFY(restored.selectedFields.value(QStringLiteral("Account")).contains(QStringLiteral("BillingCity")));
    QCOMPARE(restored.recordedUsers.userIds, saved.recordedUsers.userIds);
    QCOMPARE(restored.connection.username, OrgSimFixture::integrationUser());
    QCOMPARE(restored.callFilter, kTypedFilter);
}

// The demo org starts fresh with each run, so its sign-in cannot come back from the keychain: the
// Connection step says so, and one click on Reconnect logs in again in the browser, with no
// question asked twice. (A real org's keychain sign-in coming back silently is
// tests/gui/TestSignInRestart.cpp: orgsim is reachable only as the demo org.)
void TestAdminJourney::demoConnectionComesBackInOneClick()
{
    QVERIFY(m_console);
    QVERIFY2(!m_wizard, "the connect wizard opened by itself after the restart");
    // Before reconnecting, the Preview matches with the org's cache as it was left (the saved
    // connection's org; it used to be opened only once connected, and nothing matched until then).
    auto* preview = qobject_cast<PreviewPage*>(openStep(QStringLiteral("Preview")));
    QVERIFY(preview);
    QAbstractItemModel* rows = preview->table()->model();
    QTRY_VERIFY_WITH_TIMEOUT(rows->rowCount() > 0 && !m_console->exportWorkspace()->isComputing(), kSlowMs);
    int accountColumn = -1;
    for (int column = 0; column < rows->columnCount(); ++column) {
        if (rows->headerData(column, Qt::Horizontal).toString() == QLatin1String("Account")) {
            accountColumn = column;
        }
    }
    QVERIFY(accountColumn >= 0);
    int withAccount = 0;
    for (int row = 0; row < rows->rowCount(); ++row) {
        withAccount += rows->index(row, accountColumn).data().toString().isEmpty() ? 0 : 1;
    }
    QVERIFY2(withAccount > 0, qPrintable(preview->totalsLabel()->text()));
    QVERIFY(!preview->sendButton()->isEnabled()); // not connected, and nothing chosen
    QVERIFY(!preview->deleteButton()->isEnabled());
    screenshot(QStringLiteral("restarted-preview"));
    QWidget* page = openStep(QStringLiteral("Connection"));
    QVERIFY(page);
    auto* state = page->findChild<QLabel*>(QStringLiteral("connectionPageState"));
    QVERIFY2(state->text().contains(QLatin1String("demo org starts fresh")), qPrintable(state->text()));
    screenshot(QStringLiteral("restarted"));

    QVERIFY(clickButton(page, QStringLiteral("Reconnect")));
    QTRY_VERIFY2_WITH_TIMEOUT(m_console->connection()->state() == ConnectionManager::State::Connected,
        qPrintable(state->text() + QStringLiteral("\nthe browser: ") + m_browser->log()), kSlowMs);
    QCOMPARE(m_browser->opened, 2);
    QCOMPARE(m_console->connection()->summary().username, OrgSimFixture::integrationUser());
    QTRY_VERIFY(!m_wizard); // the same org and user as before: nothing to confirm
    QVERIFY(activate(window()));
    screenshot(QStringLiteral("reconnected"));
}

// Offscreen Qt has one 800 × 600 screen, where the window opens smaller than on a desktop: the test
// gets a desktop's screen, like the Xvfb screen of the screenshots, so it runs at the default size.
int main(int argc, char* argv[])
{
    QTemporaryFile screens;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screens.open()) {
        screens.write(R"({"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1600, "height": 1000,
                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        screens.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screens.fileName()));
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestAdminJourney test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestAdminJourney.moc"
