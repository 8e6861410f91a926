#include "tests/support/KeyboardWalk.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/ExportFilterPage.h"
#include "ui/MainWindow.h"
#include "ui/PreviewPage.h"
#include "ui/exportfilter/FilterRuleBuilder.h"
#include "ui/preview/PreviewModel.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/TokenStore.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

namespace {

constexpr int callCount = 20;

// Twenty calls a day apart, the newest last in the file; one of them is about pricing.
QByteArray callsJson()
{
    QJsonArray calls;
    const QDateTime first(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < callCount; ++i) {
        calls.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("c%1").arg(i + 1) },
            { QStringLiteral("title"),
                i == 7 ? QStringLiteral("Pricing review") : QStringLiteral("Weekly call %1").arg(i + 1) },
            { QStringLiteral("started"), first.addDays(i).toString(Qt::ISODate) },
            { QStringLiteral("duration"), 600 + 60 * i },
            { QStringLiteral("direction"), QStringLiteral("outbound") },
            { QStringLiteral("workspace"), QStringLiteral("Sales") },
            { QStringLiteral("primaryUser"), QStringLiteral("rep@ourco.com") },
            { QStringLiteral("trackers"), QJsonArray() },
            { QStringLiteral("participants"),
                QJsonArray { QJsonObject { { QStringLiteral("email"), QStringLiteral("ann@acme.com") },
                    { QStringLiteral("name"), QStringLiteral("Ann") },
                    { QStringLiteral("affiliation"), QStringLiteral("external") } } } },
        });
    }
    return QJsonDocument(calls).toJson();
}

// The console as main.cpp puts it together, with the two export steps.
struct Console
{
    Console(ConfigDocument* document, ExportWorkspace* workspace, ConnectionManager* connection)
        : filter(new ExportFilterPage(document, workspace))
        , preview(new PreviewPage(document, workspace, connection))
        , window(document)
    {
        window.setStepPage(SetupStep::ExportFilter, filter);
        window.setStepPage(SetupStep::Preview, preview);
        window.attachConnection(connection);
    }

    ExportFilterPage* filter;
    PreviewPage* preview;
    MainWindow window;
};

// A step chosen with a click in the sidebar.
void clickStep(MainWindow& window, SetupStep step)
{
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("stepSidebar"));
    QListWidgetItem* item = sidebar->item(int(allSetupSteps().indexOf(step)));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(item).center());
    QTRY_COMPARE(window.currentStep(), step);
}

// Rows the table shows whole.
int wholeRowsShown(QTableView* table)
{
    int rows = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        if (rect.isValid() && rect.top() >= 0 && rect.bottom() < table->viewport()->height()) {
            ++rows;
        }
    }
    return rows;
}

QSplitter* tableSplitter(PreviewPage* page)
{
    return qobject_cast<QSplitter*>(page->table()->parentWidget());
}

qint64 number(const QString& text)
{
    return QString(text).remove(QLatin1Char(',')).toLongLong();
}

} // namespace

class TestPreviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sortingByWhyOrdersTheReasons();
    void anInvalidFilterIsNamedOnThePreview();
    void aConditionWithoutAValueIsNamedOnThePreview();
    void theTableHasRoomForItsRows_data();
    void theTableHasRoomForItsRows();
    void theHelpPanelLeavesTheTableRoom();
    void newestCallsComeFirst();
    void searchingSaysHowManyAreShown();
    void doubleClickOpensTheCallsDetails();
    void splitterAndWindowComeBackAfterARestart();
    void statusBarAndPreviewShowOneAllowance();
    void openingACallsFileReadsItOffTheGuiThread();

private:
    // Goes to the Export filter step's text tab and clicks into its editor, as the admin does.
    QPlainTextEdit* clickIntoFilterText();

    QTemporaryDir m_dir;
    std::unique_ptr<ConfigDocument> m_document;
    ExportWorkspace m_workspace;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<Console> m_console;
};

void TestPreviewPage::initTestCase()
{
    // Window layouts are written: never into the settings of whoever runs the test.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config-home"))));
    m_document = std::make_unique<ConfigDocument>(m_dir.filePath(QStringLiteral("config.json")));
    m_document->load();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_workspace.loadCalls(callsJson(), QStringLiteral("test calls")).ok());
    m_console = std::make_unique<Console>(m_document.get(), &m_workspace, m_connection.get());
    m_console->window.resize(960, 640); // the default size on a common screen
    m_console->window.show();
    QVERIFY(activate(&m_console->window));
}

QPlainTextEdit* TestPreviewPage::clickIntoFilterText()
{
    clickStep(m_console->window, SetupStep::ExportFilter);
    QTabBar* tabs = m_console->filter->tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QPlainTextEdit* editor = m_console->filter->textEditor();
    if (!QTest::qWaitFor([editor] { return editor->isVisible(); })) {
        return nullptr;
    }
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(20, 10));
    return QTest::qWaitFor([editor] { return QApplication::focusWidget() == editor; }) ? editor : nullptr;
}

// A filtered-out call's reason is worded when it is first shown; sorting by the column words
// every row, and orders them by those words.
void TestPreviewPage::sortingByWhyOrdersTheReasons()
{
    MainWindow& window = m_console->window;
    QPlainTextEdit* editor = clickIntoFilterText();
    QVERIFY(editor);
    QVERIFY(typeIntoFocus(QStringLiteral("duration >= 20m")));
    QTRY_COMPARE(m_document->config().callFilter, QStringLiteral("duration >= 20m"));

    clickStep(window, SetupStep::Preview);
    QTableView* table = m_console->preview->table();
    QTRY_COMPARE(table->model()->rowCount(), callCount);
    auto reasonsShown = [table] {
        QStringList reasons;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            reasons.append(table->model()->index(row, PreviewModel::ReasonColumn).data().toString());
        }
        return reasons;
    };
    auto filteredOut = [](const QStringList& reasons) {
        return std::any_of(reasons.cbegin(), reasons.cend(), [](const QString& reason) {
            return reason.startsWith(QLatin1String("Filtered out: duration >= 20m (the call lasted "));
        });
    };
    QTRY_VERIFY2(filteredOut(reasonsShown()), qPrintable(reasonsShown().join(QLatin1Char('\n'))));
    QHeaderView* header = table->horizontalHeader();
    auto clickHeader = [header](int column) {
        QVERIFY(!header->isSectionHidden(column));
        const QPoint at(
            header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QVERIFY2(header->viewport()->rect().contains(at), "the column's header is not on screen");
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickHeader(PreviewModel::ReasonColumn);
    QTRY_COMPARE(header->sortIndicatorSection(), int(PreviewModel::ReasonColumn));
    const QStringList shown = reasonsShown();
    QStringList sorted = shown;
    std::sort(sorted.begin(), sorted.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder) {
        std::reverse(sorted.begin(), sorted.end());
    }
    QCOMPARE(shown, sorted);
    saveScreenshot(&m_console->window, QStringLiteral("preview-sorted-by-reason.png"));
    // Back to newest first, as the other tests expect.
    clickHeader(PreviewModel::StartedColumn);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder) {
        clickHeader(PreviewModel::StartedColumn);
    }
    QTRY_COMPARE(header->sortIndicatorSection(), int(PreviewModel::StartedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // And no filter again.
    QCOMPARE(clickIntoFilterText(), editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTRY_COMPARE(m_document->config().callFilter, QString());
}

// Defect: while the filter being edited was not valid, the preview silently showed the last
// valid one. It says so, with the error and a way back to the filter.
void TestPreviewPage::anInvalidFilterIsNamedOnThePreview()
{
    MainWindow& window = m_console->window;
    QPlainTextEdit* editor = clickIntoFilterText();
    QVERIFY(editor);
    QVERIFY(typeIntoFocus(QStringLiteral("duration >= 10m and")));
    QCOMPARE(m_document->config().callFilter, QStringLiteral("duration >= 10m"));

    clickStep(window, SetupStep::Preview);
    auto* problem = m_console->preview->findChild<QLabel*>(QStringLiteral("filterProblem"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    const QString error = m_console->filter->validationLabel()->text().mid(2); // after "✖ "
    QVERIFY2(problem->text().contains(error), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QLatin1String("duration >= 10m")), qPrintable(problem->text()));
    saveScreenshot(&window, QStringLiteral("preview-invalid-filter.png"));

    auto* back = m_console->preview->findChild<QPushButton*>(QStringLiteral("backToFilter"));
    QVERIFY(back && back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE(window.currentStep(), SetupStep::ExportFilter);
    QTRY_COMPARE(QApplication::focusWidget(), editor); // where the error is
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTRY_COMPARE(m_document->config().callFilter, QString());
    clickStep(window, SetupStep::Preview);
    QVERIFY(!problem->isVisible());
    QVERIFY(!back->isVisible());
}

// The same for a condition added in the rule builder and not given a value yet: Back to the
// filter goes to that condition's value.
void TestPreviewPage::aConditionWithoutAValueIsNamedOnThePreview()
{
    MainWindow& window = m_console->window;
    clickStep(window, SetupStep::ExportFilter);
    QTabBar* tabs = m_console->filter->tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
    QPushButton* add = nullptr;
    for (auto* button : m_console->filter->ruleBuilder()->findChildren<QPushButton*>()) {
        if (button->text() == QLatin1String("Add condition") && button->isVisible()) {
            add = button;
        }
    }
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    auto* condition = m_console->filter->ruleBuilder()->findChild<FilterConditionWidget*>();
    QVERIFY(condition);
    QTRY_VERIFY(condition->isVisible());

    clickStep(window, SetupStep::Preview);
    auto* problem = m_console->preview->findChild<QLabel*>(QStringLiteral("filterProblem"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("has no value yet: type or choose one. Until it is")),
        qPrintable(problem->text()));
    QTest::mouseClick(m_console->preview->findChild<QPushButton*>(QStringLiteral("backToFilter")), Qt::LeftButton);
    QTRY_COMPARE(window.currentStep(), SetupStep::ExportFilter);
    QCOMPARE(m_console->filter->tabs()->currentIndex(), 0);
    QTRY_VERIFY(condition->valueEditor()->isAncestorOf(QApplication::focusWidget())
        || QApplication::focusWidget() == condition->valueEditor());

    // Removed again: nothing to say.
    QToolButton* remove = nullptr;
    for (auto* button : condition->findChildren<QToolButton*>()) {
        if (button->accessibleName() == QLatin1String("Remove this condition")) {
            remove = button;
        }
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(m_workspace.editedFilterProblem().isEmpty());
    clickStep(window, SetupStep::Preview);
    QVERIFY(!problem->isVisible());
}

void TestPreviewPage::theTableHasRoomForItsRows_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default size") << QSize(960, 640);
    QTest::newRow("1024 x 640") << QSize(1024, 640);
    QTest::newRow("small screen") << QSize(720, 540); // 960 x 640 bounded to 90 % of 800 x 600
}

// The table showed two rows at the default size: the details pane had the room, the handle
// between them was 2 px.
void TestPreviewPage::theTableHasRoomForItsRows()
{
    QFETCH(QSize, size);
    MainWindow& window = m_console->window;
    window.resize(size);
    clickStep(window, SetupStep::Preview);
    QTableView* table = m_console->preview->table();
    QTRY_COMPARE(table->model()->rowCount(), callCount);
    QTRY_VERIFY2(wholeRowsShown(table) >= 8,
        qPrintable(QStringLiteral("%1 rows shown at %2 x %3")
                       .arg(wholeRowsShown(table))
                       .arg(size.width())
                       .arg(size.height())));
    QSplitter* splitter = tableSplitter(m_console->preview);
    QVERIFY(splitter);
    QVERIFY2(splitter->handleWidth() >= 6, qPrintable(QString::number(splitter->handleWidth())));
    saveScreenshot(&window, QStringLiteral("preview-%1x%2.png").arg(size.width()).arg(size.height()));
    window.resize(960, 640);
}

// F1's Learn more panel left the table one row.
void TestPreviewPage::theHelpPanelLeavesTheTableRoom()
{
    MainWindow& window = m_console->window;
    clickStep(window, SetupStep::Preview);
    auto* panel = m_console->preview->findChild<QWidget*>(QStringLiteral("learnMorePanel"));
    QVERIFY(panel);
    QTableView* table = m_console->preview->table();
    const int rowsBefore = wholeRowsShown(table);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY2(wholeRowsShown(table) >= 5, qPrintable(QString::number(wholeRowsShown(table))));
    saveScreenshot(&window, QStringLiteral("preview-with-help.png"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTRY_VERIFY(!panel->isVisible());
    QTRY_COMPARE(wholeRowsShown(table), rowsBefore); // closed, the room comes back
}

void TestPreviewPage::newestCallsComeFirst()
{
    QTableView* table = m_console->preview->table();
    QTRY_COMPARE(table->model()->rowCount(), callCount);
    const QDateTime top =
        table->model()->index(0, PreviewModel::StartedColumn).data(PreviewModel::SortRole).toDateTime();
    const QDateTime next =
        table->model()->index(1, PreviewModel::StartedColumn).data(PreviewModel::SortRole).toDateTime();
    QVERIFY2(
        top > next, qPrintable(top.toString(Qt::ISODate) + QLatin1String(" before ") + next.toString(Qt::ISODate)));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestPreviewPage::searchingSaysHowManyAreShown()
{
    PreviewPage* page = m_console->preview;
    QLineEdit* search = nullptr;
    for (auto* edit : page->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QLatin1String("Search the preview")) {
            search = edit;
        }
    }
    QVERIFY(search);
    auto* shown = page->findChild<QLabel*>(QStringLiteral("shownCount"));
    QVERIFY(shown);
    QTest::mouseClick(search, Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QVERIFY(typeIntoFocus(QStringLiteral("pricing")));
    QTRY_COMPARE(page->table()->model()->rowCount(), 1);
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->text(), QStringLiteral("1 of 20 calls shown"));
    saveScreenshot(&m_console->window, QStringLiteral("preview-search.png"));
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QTRY_COMPARE(page->table()->model()->rowCount(), callCount);
    QVERIFY(!shown->isVisible()); // nothing hidden: nothing to count
}

void TestPreviewPage::doubleClickOpensTheCallsDetails()
{
    clickStep(m_console->window, SetupStep::Preview);
    QTableView* table = m_console->preview->table();
    const QModelIndex top = table->model()->index(0, PreviewModel::CallColumn);
    const QString title = top.data().toString();
    // What a double-click is: press, release, press again (Qt's double-click event), release.
    const QPoint at = table->visualRect(top).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, at);
    QDialog* details = nullptr;
    QTRY_VERIFY((details = m_console->preview->findChild<QDialog*>(QStringLiteral("callDetailsDialog")))
        && details->isVisible());
    auto* text = details->findChild<QTextBrowser*>();
    QVERIFY(text);
    QVERIFY2(title.startsWith(text->toPlainText().section(QLatin1Char('\n'), 0, 0)), qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(QLatin1String("Task fields")));
    saveScreenshot(details, QStringLiteral("preview-call-details.png"));
    QTest::keyClick(details, Qt::Key_Escape);
    QTRY_VERIFY(!details->isVisible());
}

// The window's size and the split between the table and the details come back next time.
void TestPreviewPage::splitterAndWindowComeBackAfterARestart()
{
    QVERIFY(m_document->save().ok()); // nothing to ask about on quitting
    MainWindow& window = m_console->window;
    window.resize(1100, 720);
    clickStep(window, SetupStep::Preview);
    QSplitter* splitter = tableSplitter(m_console->preview);
    QSplitterHandle* handle = splitter->handle(1);
    QTRY_VERIFY(handle->isVisible());
    const QList<int> before = splitter->sizes();
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip + QPoint(0, -40));
    QTest::mouseMove(handle, grip + QPoint(0, -80));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, -80));
    QTRY_VERIFY(splitter->sizes() != before);
    const QList<int> dragged = splitter->sizes();
    const QSize size = window.size();
    QVERIFY(window.close());
    m_console.reset();

    m_console = std::make_unique<Console>(m_document.get(), &m_workspace, m_connection.get());
    m_console->window.restoreLayout();
    m_console->window.show();
    QVERIFY(activate(&m_console->window));
    QCOMPARE(m_console->window.size(), size);
    clickStep(m_console->window, SetupStep::Preview);
    QTRY_COMPARE(tableSplitter(m_console->preview)->sizes(), dragged);
    m_console->window.resize(960, 640);
}

// "API requests today" in the status bar and "remaining today" on the preview disagreed: they
// come from one place and always tell the same number.
void TestPreviewPage::statusBarAndPreviewShowOneAllowance()
{
    OrgSimFixture org;
    QVERIFY(org.connectSessionOnly(*m_connection, OrgSimFixture::adminUser()));
    auto* status = m_console->window.findChild<QLabel*>(QStringLiteral("apiUsage"));
    QLabel* budget = nullptr;
    for (auto* label : m_console->preview->findChildren<QLabel*>()) {
        if (label->accessibleName() == QLatin1String("API budget")) {
            budget = label;
        }
    }
    static const QRegularExpression used(QStringLiteral("API requests today: ([\\d,]+) of ([\\d,]+)"));
    static const QRegularExpression remaining(
        QStringLiteral("against ([\\d,]+) remaining today \\(daily allowance ([\\d,]+)\\)"));
    auto agree = [&] {
        const auto a = used.match(status->text());
        const auto b = remaining.match(budget->text());
        return a.hasMatch() && b.hasMatch() && number(a.captured(2)) == number(b.captured(2))
            && number(a.captured(2)) - number(a.captured(1)) == number(b.captured(1));
    };
    auto disagreement = [&]() -> QString {
        return status->text() + QLatin1String(" | ") + budget->text();
    };
    QVERIFY(status && budget);
    QTRY_VERIFY2(agree(), qPrintable(disagreement()));
    // More requests (another page reading, an import): both follow.
    for (int i = 0; i < 3; ++i) {
        RestReply* reply = m_connection->client()->get(QStringLiteral("sobjects"));
        QSignalSpy done(reply, &RestReply::finished);
        QVERIFY(done.wait(10000));
    }
    QTRY_VERIFY2(agree(), qPrintable(disagreement()));
    saveScreenshot(&m_console->window, QStringLiteral("preview-allowance.png"));
}

// Open calls… → the file dialog → the file is read off the GUI thread, which says so meanwhile;
// a file with problems names them and keeps the calls shown before.
void TestPreviewPage::openingACallsFileReadsItOffTheGuiThread()
{
    clickStep(m_console->window, SetupStep::Preview);
    PreviewPage* page = m_console->preview;
    auto* source = page->findChild<QLabel*>(QStringLiteral("callsSource"));
    QPushButton* open = nullptr;
    for (auto* button : page->findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Open calls…")) {
            open = button;
        }
    }
    QVERIFY(source && open);
    QJsonArray three = QJsonDocument::fromJson(callsJson()).array();
    while (three.size() > 3) {
        three.removeLast();
    }
    const QString good = m_dir.filePath(QStringLiteral("three-calls.json"));
    const QString bad = m_dir.filePath(QStringLiteral("bad-calls.json"));
    for (const auto& [path, json] :
        { std::pair { good, QJsonDocument(three).toJson() }, std::pair { bad, QByteArray(R"([{"id": "x1"}])") } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(json) == json.size());
    }
    QString pathToType;
    QString typed;
    QString problem;
    QTimer driver; // each modal window as it opens: the file dialog, then a message
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, page, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<QFileDialog*>(modal);
            dialog && typed.isEmpty() && dialog->isAncestorOf(QApplication::focusWidget())) {
            typed = pathToType;
            QTest::keyClicks(QApplication::focusWidget(), typed);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal); box && problem.isEmpty()) {
            problem = box->text() + QLatin1Char('\n') + box->informativeText();
            QTest::keyClick(box, Qt::Key_Return);
        }
    });
    auto openFile = [&](const QString& path) {
        typed.clear();
        pathToType = path;
        driver.start();
        QTest::mouseClick(open, Qt::LeftButton, {}, open->rect().center()); // returns when the dialog has closed
    };

    openFile(good);
    QCOMPARE(typed, good);
    QCOMPARE(source->text(), QStringLiteral("Reading %1…").arg(good)); // the click has returned meanwhile
    QTRY_COMPARE(source->text(), QStringLiteral("3 calls from %1").arg(good));
    QTRY_COMPARE(page->table()->model()->rowCount(), 3);

    openFile(bad);
    QCOMPARE(typed, bad);
    QTRY_VERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(QStringLiteral("%1 has problems; nothing was loaded.").arg(bad)), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("call 1 (id \"x1\"), title: missing")), qPrintable(problem));
    QTRY_COMPARE(source->text(), QStringLiteral("3 calls from %1").arg(good)); // what was loaded stays
    QCOMPARE(page->table()->model()->rowCount(), 3);
    driver.stop();
}

QTEST_MAIN(TestPreviewPage)
#include "TestPreviewPage.moc"
