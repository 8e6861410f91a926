#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestData.h"

#include "ui/PermissionFixDialog.h"
#include "ui/PermissionsPage.h"

#include "core/config/ConfigDocument.h"
#include "core/i18n/Translations.h"
#include "core/salesforce/ConnectionManager.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

// The Permissions page connected to orgsim as a built-in user, shown, its first audit done.
struct ConnectedPage
{
    ConnectedPage(QNetworkAccessManager* network, TokenStore* store, const QString& username)
        : connection(network, store)
    {
        document.load();
        connected = org.connectSessionOnly(connection, username);
        page = std::make_unique<PermissionsPage>(&document, &connection);
        audited = std::make_unique<QSignalSpy>(page.get(), &PermissionsPage::auditFinished);
        page->resize(900, 700);
        page->show(); // the first visit after connecting runs the audit
        connected = connected && audited->wait(20000);
    }

    OrgSimFixture org;
    QTemporaryDir dir;
    ConfigDocument document { dir.filePath(QStringLiteral("config.json")) };
    ConnectionManager connection;
    bool connected = false;
    std::unique_ptr<PermissionsPage> page;
    std::unique_ptr<QSignalSpy> audited;
};

class TestPermissionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheLimitedUsersProblems();
    void saysSoWhenNotConnected();
    void anAdminFixesTheLimitedUser_data();
    void anAdminFixesTheLimitedUser();
    void cleanup();

private:
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
};

void TestPermissionsPage::showsTheLimitedUsersProblems()
{
    ConnectedPage connected(&m_network, &m_store, OrgSimFixture::limitedUser());
    QVERIFY(connected.connected);
    PermissionsPage& page = *connected.page;
    auto* verdict = page.findChild<QLabel*>(QStringLiteral("auditVerdict"));
    QVERIFY2(verdict->text().contains(QLatin1String("blocking problem")), qPrintable(verdict->text()));

    auto* tree = page.findChild<QTreeWidget*>(QStringLiteral("auditFindings"));
    QTreeWidgetItem* taskFeature = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == QLatin1String("Exporting calls as tasks")) {
            taskFeature = tree->topLevelItem(i);
        }
    }
    QVERIFY(taskFeature);
    QVERIFY(taskFeature->isExpanded());
    QTreeWidgetItem* editTasks = nullptr;
    for (int i = 0; i < taskFeature->childCount(); ++i) {
        if (taskFeature->child(i)->text(0) == QLatin1String("Edit Tasks")) {
            editTasks = taskFeature->child(i);
        }
    }
    QVERIFY(editTasks);
    QCOMPARE(editTasks->text(1), QStringLiteral("missing"));
    tree->setCurrentItem(editTasks);
    auto* details = page.findChild<QLabel*>(QStringLiteral("findingDetails"));
    QVERIFY(details->text().contains(QLatin1String("System Permissions &gt; Edit Tasks")));

    auto* grid = page.findChild<QTableWidget*>(QStringLiteral("permissionGrid"));
    QVERIFY(grid->rowCount() > 10);
    int opportunityRow = -1;
    for (int row = 0; row < grid->rowCount(); ++row) {
        if (grid->verticalHeaderItem(row)->text() == QLatin1String("Opportunity")) {
            opportunityRow = row;
        }
    }
    QVERIFY(opportunityRow >= 0);
    QCOMPARE(grid->item(opportunityRow, 0)->text(), QStringLiteral("✓")); // Read
    QCOMPARE(grid->item(opportunityRow, 4)->text(), QStringLiteral("✗")); // View All

    const QString report = connected.dir.filePath(QStringLiteral("report.html"));
    QVERIFY(page.exportReport(report));
    QVERIFY(readFile(report).contains("Edit Tasks"));
    // The fix as a checklist: the Setup path of every line.
    QVERIFY(readFile(report).contains("Checklist: the fix by hand"));
    QVERIFY(readFile(report).contains("System Permissions &gt; Edit Tasks"));
    QVERIFY(
        readFile(report).contains("Permission Set Assignments &gt; Edit Assignments &gt; Call Recorder Integration"));

    saveScreenshot(&page, QStringLiteral("permissions-page"));
}

void TestPermissionsPage::saysSoWhenNotConnected()
{
    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    ConnectionManager connection(&m_network, &m_store);
    PermissionsPage page(&document, &connection);
    page.show();
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("auditVerdict"))
                ->text()
                .contains(QLatin1String("Connect to Salesforce first")));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("recheckButton"))->isEnabled());
}

namespace {

void click(QWidget* widget)
{
    QVERIFY(widget->isVisible() && widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

} // namespace

// Review → confirm → progress → re-audit, with the mouse and the keyboard only.
void TestPermissionsPage::anAdminFixesTheLimitedUser_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestPermissionsPage::cleanup()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestPermissionsPage::anAdminFixesTheLimitedUser()
{
    QFETCH(QString, language);
    Translations::install(QCoreApplication::instance(), language);
    const bool english = language == QLatin1String("en");
    const QString prefix = english ? QString() : language + QLatin1Char('-');
    ConnectedPage connected(&m_network, &m_store, OrgSimFixture::adminUser());
    QVERIFY(connected.connected);
    PermissionsPage& page = *connected.page;

    click(page.findChild<QPushButton*>(QStringLiteral("fixButton")));
    auto* dialog = page.findChild<PermissionFixDialog*>();
    QVERIFY(dialog);
    QSignalSpy planReady(dialog, &PermissionFixDialog::planReady);
    QVERIFY(planReady.wait(20000)); // the connected admin, checked first
    auto* user = dialog->findChild<QComboBox*>(QStringLiteral("fixUser"));
    QTRY_VERIFY_WITH_TIMEOUT(user->findText(OrgSimFixture::limitedUser()) >= 0, 20000); // the org's users

    // Type the integration user's name and press Enter.
    click(user->lineEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), OrgSimFixture::limitedUser());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(planReady.wait(20000));
    QCOMPARE(dialog->plan().username, OrgSimFixture::limitedUser());
    auto* lines = dialog->findChild<QTreeWidget*>(QStringLiteral("fixPlanLines"));
    QStringList shown;
    for (int i = 0; i < lines->topLevelItemCount(); ++i) {
        shown.append(lines->topLevelItem(i)->text(0));
    }
    QVERIFY2(!english || shown.contains(QStringLiteral("Edit Tasks")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY(!english || shown.contains(QStringLiteral("Contact.Email: Read Access")));
    saveScreenshot(dialog, prefix + QStringLiteral("permission-fix-review"));

    click(dialog->findChild<QPushButton*>(QStringLiteral("fixReviewButton")));
    auto* confirmText = dialog->findChild<QLabel*>(QStringLiteral("fixConfirmText"));
    QVERIFY(confirmText->isVisible());
    QVERIFY2(confirmText->text().contains(QLatin1String("Callbridge Demo Org")), qPrintable(confirmText->text()));
    QVERIFY2(!english || confirmText->text().contains(QLatin1String("Callbridge Demo Org (production)")),
        qPrintable(confirmText->text()));
    saveScreenshot(dialog, prefix + QStringLiteral("permission-fix-confirm"));

    QSignalSpy applied(dialog, &PermissionFixDialog::applied);
    click(dialog->findChild<QPushButton*>(QStringLiteral("fixApplyButton")));
    QVERIFY(dialog->findChild<QProgressBar*>()->isVisible() || applied.count() > 0);
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("fixResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 20000);
    QCOMPARE(applied.count(), 1);
    QVERIFY2(!english || result->text().contains(QLatin1String("Audited again")), qPrintable(result->text()));
    QVERIFY2(!english || !result->text().contains(QLatin1String("blocking")), qPrintable(result->text()));
    QVERIFY(!english || result->text().contains(QLatin1String("Edit Tasks")));
    saveScreenshot(dialog, prefix + QStringLiteral("permission-fix-result"));

    click(dialog->findChild<QPushButton*>(QStringLiteral("fixCloseButton")));
    QVERIFY(connected.audited->wait(20000)); // the page audits again after a change
}

QTEST_MAIN(TestPermissionsPage)
#include "TestPermissionsPage.moc"
