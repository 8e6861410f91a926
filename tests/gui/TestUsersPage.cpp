#include "tests/support/ImportedOrg.h"
#include "tests/support/KeyboardWalk.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/SetupStep.h"
#include "ui/UsersPage.h"
#include "ui/users/UserTreeModel.h"

#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

class TestUsersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheOrgsHierarchy();
    void searchKeepsManagersOfMatches();
    void recordingATeamIsSavedInTheSetup();
    void exportsTheProvisioningPlan();
    void problemsAndSearchFitTheWindow_data();
    void problemsAndSearchFitTheWindow();
    void showsCachedUsersWhileNotConnected();

private:
    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
    QTemporaryDir m_dir;
    std::unique_ptr<ConfigDocument> m_document;
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<UsersPage> m_page;
};

void TestUsersPage::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_document = std::make_unique<ConfigDocument>(m_dir.filePath(QStringLiteral("config.json")));
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::integrationUser()));

    m_page = std::make_unique<UsersPage>(m_document.get(), m_connection.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    QSignalSpy loaded(m_page.get(), &UsersPage::loaded);
    m_page->resize(1000, 720);
    m_page->show();
    QVERIFY(loaded.wait(20000));
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTest::qWait(50); // the columns fit the loaded users
}

void TestUsersPage::showsTheOrgsHierarchy()
{
    const UserHierarchy& hierarchy = m_page->model()->hierarchy();
    QVERIFY(hierarchy.size() > 10);
    // Every user appears once in the tree.
    int inTree = 0;
    for (int root : hierarchy.roots())
        inTree += int(hierarchy.subtree(root).size());
    QCOMPARE(inTree, hierarchy.size());
    // The demo org's sales team reports up to a VP.
    bool foundVp = false;
    for (int user = 0; user < hierarchy.size(); ++user) {
        if (hierarchy.user(user).title == QLatin1String("VP Sales")) {
            foundVp = !hierarchy.reports(user).isEmpty();
        }
        const QModelIndex index = m_page->model()->indexOfUser(user);
        const bool checkable = m_page->model()->flags(index) & Qt::ItemIsUserCheckable;
        QCOMPARE(checkable, hierarchy.user(user).active); // inactive users cannot be recorded
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(),
            int(hierarchy.user(user).active ? Qt::Checked : Qt::Unchecked)); // all active until chosen
    }
    QVERIFY(foundVp);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("usersState"))
                ->text()
                .contains(QLatin1String("Every active user is recorded")));
}

void TestUsersPage::searchKeepsManagersOfMatches()
{
    const UserHierarchy& hierarchy = m_page->model()->hierarchy();
    int deepest = -1;
    int depth = 0;
    for (int user = 0; user < hierarchy.size(); ++user) {
        int d = 0;
        for (int up = hierarchy.parentOf(user); up >= 0; up = hierarchy.parentOf(up))
            ++d;
        if (d > depth) {
            depth = d;
            deepest = user;
        }
    }
    QVERIFY(depth >= 2);
    m_page->findChild<QLineEdit*>(QStringLiteral("userSearch"))->setText(hierarchy.user(deepest).email);
    const QAbstractItemModel* view = m_page->tree()->model();
    QCOMPARE(view->rowCount(), 1); // only the chain down to the match
    QModelIndex index = view->index(0, 0);
    for (int level = 0; level < depth; ++level) {
        QCOMPARE(view->rowCount(index), 1);
        index = view->index(0, 0, index);
    }
    QCOMPARE(index.data(UserTreeModel::UserIndexRole).toInt(), deepest);
    m_page->setSearchText(QString());
    QCOMPARE(view->rowCount(), hierarchy.roots().size());
}

void TestUsersPage::recordingATeamIsSavedInTheSetup()
{
    const UserHierarchy& hierarchy = m_page->model()->hierarchy();
    int manager = -1;
    for (int user = 0; user < hierarchy.size() && manager < 0; ++user) {
        if (hierarchy.user(user).active && hierarchy.parentOf(user) >= 0 && hierarchy.reports(user).size() >= 2)
            manager = user;
    }
    QVERIFY(manager >= 0);
    QTreeView* tree = m_page->tree();
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(tree->model());
    QVERIFY(proxy);
    const QModelIndex managerIndex = proxy->mapFromSource(m_page->model()->indexOfUser(manager));
    tree->setCurrentIndex(managerIndex);
    QCOMPARE(managerIndex.data(UserTreeModel::UserIndexRole).toInt(), manager);

    m_page->recordSelectedTeam(false);
    const QList<int> team = hierarchy.subtree(manager);
    for (int user : team)
        QVERIFY(!m_page->model()->isRecorded(user));
    RecordedUsers saved = m_document->config().recordedUsers;
    QVERIFY(!saved.allActive);
    for (int user : team)
        QVERIFY(!saved.userIds.contains(hierarchy.user(user).id));
    QCOMPARE(int(saved.userIds.size()), m_page->model()->recordedCount());

    // Space on the manager's row records only them again.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Space);
    QVERIFY(m_page->model()->isRecorded(manager));
    QVERIFY(!m_page->model()->isRecorded(hierarchy.reports(manager).constFirst()));
    QVERIFY(m_document->config().recordedUsers.userIds.contains(hierarchy.user(manager).id));
    tree->expandToDepth(2);
    QTest::qWait(50); // the columns fit the rows shown
    saveScreenshot(m_page.get(), QStringLiteral("users-page"));
}

void TestUsersPage::exportsTheProvisioningPlan()
{
    const QString path = m_dir.filePath(QStringLiteral("plan.csv"));
    QVERIFY(m_page->exportPlan(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const UserHierarchy& hierarchy = m_page->model()->hierarchy();
    int active = 0;
    for (int user = 0; user < hierarchy.size(); ++user)
        active += hierarchy.user(user).active ? 1 : 0;
    QCOMPARE(int(lines.size()), active + 2); // header, one row per active user, the tail after the last CRLF
    QVERIFY(lines.constFirst().startsWith("\"Name\",\"Email\""));
}

void TestUsersPage::problemsAndSearchFitTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default 960x640") << QSize(960, 640); // MainWindow's own size on a large screen
    QTest::newRow("1024x640") << QSize(1024, 640);
}

// In the main window, at its default size and a small laptop's: the Problems column is on screen
// without scrolling sideways, the search box's placeholder is whole, and the tree shows 8 rows.
void TestUsersPage::problemsAndSearchFitTheWindow()
{
    QFETCH(QSize, size);
    MainWindow window(m_document.get());
    auto* page = new UsersPage(m_document.get(), m_connection.get());
    QSignalSpy loaded(page, &UsersPage::loaded);
    window.setStepPage(SetupStep::Users, page);
    window.resize(size);
    window.show();
    QVERIFY(activate(&window));
    clickStep(&window, int(allSetupSteps().indexOf(SetupStep::Users)));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(loaded.wait(20000));
    QTest::qWait(50);

    QTreeView* tree = page->tree();
    const QHeaderView* header = tree->header();
    const int left = header->sectionViewportPosition(UserTreeModel::ProblemsColumn);
    const int right = left + header->sectionSize(UserTreeModel::ProblemsColumn);
    QVERIFY2(left >= 0 && right <= tree->viewport()->width(),
        qPrintable(QStringLiteral("Problems spans %1 to %2 px of a %3 px wide view")
                       .arg(left)
                       .arg(right)
                       .arg(tree->viewport()->width())));
    QVERIFY(
        header->sectionSize(UserTreeModel::ProblemsColumn) >= header->sectionSizeHint(UserTreeModel::ProblemsColumn));
    QVERIFY2(shownRows(tree) >= 8, qPrintable(QStringLiteral("%1 rows shown").arg(shownRows(tree))));
    const QStringList clipped = clippedTexts(&window); // the search placeholder among them
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    saveScreenshot(&window, QStringLiteral("users-%1x%2").arg(size.width()).arg(size.height()));
}

// After an import, and without a connection: the Users step shows the hierarchy from the local
// cache, says it is cached, and cannot reload.
void TestUsersPage::showsCachedUsersWhileNotConnected()
{
    const QString imported = importConnectedOrg(*m_connection, m_document->store().directory());
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    IntegrationConfig config = m_document->config();
    config.connection.orgId = m_connection->summary().orgId; // what connecting saved in the setup
    config.connection.username = m_connection->summary().username;
    m_document->setConfig(config);

    ConnectionManager offline(&m_network, &m_store);
    MainWindow window(m_document.get());
    auto* page = new UsersPage(m_document.get(), &offline);
    window.setStepPage(SetupStep::Users, page);
    window.attachConnection(&offline);
    window.resize(960, 640);
    window.show();
    QVERIFY(activate(&window));
    clickStep(&window, int(allSetupSteps().indexOf(SetupStep::Users)));
    QVERIFY(!QTest::currentTestFailed());

    const UserHierarchy& live = m_page->model()->hierarchy();
    QTRY_COMPARE(page->model()->hierarchy().size(), live.size());
    QTest::qWait(50); // the layout settles
    const UserHierarchy& cached = page->model()->hierarchy();
    QCOMPARE(page->tree()->model()->rowCount(), live.roots().size());
    for (int user = 0; user < live.size(); ++user) {
        const int same = cached.indexOf(live.user(user).id);
        QVERIFY(same >= 0);
        QCOMPARE(cached.user(same).name, live.user(user).name);
        QCOMPARE(cached.user(same).email, live.user(user).email);
        QCOMPARE(cached.user(same).active, live.user(user).active);
        QCOMPARE(cached.parentOf(same) >= 0 ? cached.user(cached.parentOf(same)).id : QString(),
            live.parentOf(user) >= 0 ? live.user(live.parentOf(user)).id : QString());
    }
    auto* note = page->findChild<QLabel*>(QStringLiteral("usersCacheNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("Cached")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(config.connection.username), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("not connected")), qPrintable(note->text()));
    QPushButton* reload = nullptr;
    for (QPushButton* button : page->findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Reload from Salesforce")) {
            reload = button;
        }
    }
    QVERIFY(reload);
    QVERIFY(!reload->isEnabled());
    const QStringList clipped = clippedTexts(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    saveScreenshot(&window, QStringLiteral("users-cached"));
    // With the step's help open (F1) too.
    auto* help = page->findChild<QWidget*>(QStringLiteral("learnMorePanel"));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(help->isVisible());
    QTest::qWait(50); // the layout settles
    QVERIFY2(shownRows(page->tree()) >= 8,
        qPrintable(QStringLiteral("%1 rows shown with help").arg(shownRows(page->tree()))));
    saveScreenshot(&window, QStringLiteral("users-cached-help"));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(!help->isVisible());

    // Connected while the step is open: the org's own lists replace the cached ones.
    QSignalSpy loaded(page, &UsersPage::loaded);
    QVERIFY(m_org->connectSessionOnly(offline, OrgSimFixture::integrationUser()));
    QVERIFY(loaded.wait(20000));
    QVERIFY(!note->isVisible());
    QVERIFY(reload->isEnabled());
}

QTEST_MAIN(TestUsersPage)
#include "TestUsersPage.moc"
