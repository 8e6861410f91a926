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
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

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

// Records the file URLs the app asks the desktop to open.
class FileOpener : public QObject
{
    Q_OBJECT

public:
    FileOpener() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~FileOpener() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

class TestPermissionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheLimitedUsersProblems();
    void saysSoWhenNotConnected();
    void oneVocabularyEverywhere();
    void savingTheReportOffersToOpenIt();
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
    QVERIFY2(verdict->text().contains(QLatin1String("required permission")), qPrintable(verdict->text()));

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

// The audit speaks one language on the page, in the HTML report and on the command line
// (TestCliConnect): a check is required, recommended or optional; its result is OK, missing or
// not checked. No "warnings" in the verdict, no "advice" in the rows, no "OK (blocking)", and red
// only for a missing required permission.
void TestPermissionsPage::oneVocabularyEverywhere()
{
    ConnectedPage connected(&m_network, &m_store, OrgSimFixture::limitedUser());
    QVERIFY(connected.connected);
    PermissionsPage& page = *connected.page;
    const QStringList importance { QStringLiteral("required"), QStringLiteral("recommended"),
        QStringLiteral("optional") };
    const QStringList results { QStringLiteral("OK"), QStringLiteral("missing"), QStringLiteral("not checked") };
    auto* tree = page.findChild<QTreeWidget*>(QStringLiteral("auditFindings"));
    QCOMPARE(tree->headerItem()->text(2), QStringLiteral("Importance"));
    QSet<QString> seen;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            const QTreeWidgetItem* row = tree->topLevelItem(i)->child(j);
            QVERIFY2(results.contains(row->text(1)), qPrintable(row->text(1)));
            QVERIFY2(importance.contains(row->text(2)), qPrintable(row->text(2)));
            seen.insert(row->text(2));
        }
    }
    QCOMPARE(seen.size(), 3);
    const QString verdict = page.findChild<QLabel*>(QStringLiteral("auditVerdict"))->text();
    for (const char* word : { "warning", "advice", "blocking" }) {
        QVERIFY2(!verdict.contains(QLatin1String(word)), qPrintable(verdict));
    }

    const QString path = connected.dir.filePath(QStringLiteral("vocabulary.html"));
    QVERIFY(page.exportReport(path));
    const QString html = QString::fromUtf8(readFile(path));
    for (const char* word : { "(advice)", "(blocking)", "advice", "degraded", "warning", "OK (" }) {
        QVERIFY2(!html.contains(QLatin1String(word)), word);
    }
    QVERIFY(html.contains(QLatin1String("<th>Importance</th>")));
    QVERIFY(html.contains(QLatin1String("class=\"missing-required\"")));
    QVERIFY(html.contains(QLatin1String("class=\"missing-recommended\"")));
    // Red is for what the integration needs only.
    QVERIFY(html.contains(QLatin1String(".missing-required{color:#c23934")));
    QVERIFY(!html.contains(QLatin1String(".missing-recommended{color:#c23934")));
    QVERIFY(!html.contains(QLatin1String(".missing-optional{color:#c23934")));
    // When it was checked reads like a date, with its time zone, not as ISO 8601.
    const QString checked = page.report().checkedAtText();
    QVERIFY2(html.contains(checked.toHtmlEscaped()), qPrintable(checked));
    QVERIFY2(!html.contains(page.report().checkedAt.toString(Qt::ISODate)), qPrintable(checked));
    QVERIFY2(checked.endsWith(page.report().checkedAt.toLocalTime().timeZoneAbbreviation()), qPrintable(checked));
    QVERIFY2(
        checked.contains(QString::number(page.report().checkedAt.toLocalTime().date().year())), qPrintable(checked));
}

// Export report… → the file dialog → a confirmation that says where, with Open.
void TestPermissionsPage::savingTheReportOffersToOpenIt()
{
    FileOpener opener;
    ConnectedPage connected(&m_network, &m_store, OrgSimFixture::integrationUser());
    QVERIFY(connected.connected);
    PermissionsPage& page = *connected.page;
    const QString path = connected.dir.filePath(QStringLiteral("saved-report.html"));
    bool typed = false;
    QString message;
    // Each modal window in turn, as it opens: the file dialog, then the confirmation.
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, &page, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<QFileDialog*>(modal);
            dialog && !typed && dialog->isAncestorOf(QApplication::focusWidget())) {
            // The file name field has the focus: type the path over the proposed name, press Enter.
            typed = true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), path);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal); box && message.isEmpty()) {
            message = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == QLatin1String("Open")) {
                    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
                }
            }
        }
    });
    driver.start();
    QPushButton* exportButton = page.findChild<QPushButton*>(QStringLiteral("exportReportButton"));
    QTest::mouseClick(exportButton, Qt::LeftButton, {}, exportButton->rect().center());
    QVERIFY(typed);
    QVERIFY(QFile::exists(path));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QCOMPARE(opener.opened, QList<QUrl> { QUrl::fromLocalFile(path) });
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
    QVERIFY2(!english || !result->text().contains(QLatin1String("required permission")), qPrintable(result->text()));
    QVERIFY(!english || result->text().contains(QLatin1String("Edit Tasks")));
    saveScreenshot(dialog, prefix + QStringLiteral("permission-fix-result"));

    click(dialog->findChild<QPushButton*>(QStringLiteral("fixCloseButton")));
    QVERIFY(connected.audited->wait(20000)); // the page audits again after a change
}

QTEST_MAIN(TestPermissionsPage)
#include "TestPermissionsPage.moc"
