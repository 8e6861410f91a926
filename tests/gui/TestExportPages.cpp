#include "tests/support/KeyboardWalk.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimServer.h"
#include "ui/ExportFilterPage.h"
#include "ui/PreviewPage.h"
#include "ui/exportfilter/FilterRuleBuilder.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/filter/FilterExpression.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/TokenStore.h"
#include "core/sync/ImportPlan.h"
#include "core/sync/ImportRun.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

namespace {

QByteArray callsJson()
{
    return R"([
 {"id":"c1","title":"Discovery","started":"2026-03-02T15:00:00Z","duration":1800,"direction":"outbound",
  "workspace":"Sales","primaryUser":"rep@ourco.com","trackers":["Pricing"],
  "participants":[{"email":"ann@acme.com","name":"Ann","affiliation":"external"}]},
 {"id":"c2","title":"Standup","started":"2026-03-03T09:00:00Z","duration":600,"direction":"conference",
  "workspace":"Sales","primaryUser":"rep@ourco.com","trackers":[],
  "participants":[{"email":"other@ourco.com","name":"Other","affiliation":"internal"}]},
 {"id":"c3","title":"Demo","started":"2026-03-04T10:00:00Z","duration":120,"direction":"inbound",
  "workspace":"Sales","primaryUser":"rep@ourco.com","trackers":["[Smart] Timeline"],
  "participants":[{"email":"bob@gmail.com","name":"Bob","affiliation":"external"}]}
])";
}

} // namespace

class TestExportPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportSettingsByMouseAndKeyboard();
    void rulesShowAsText();
    void textShowsAsRules();
    void aBadExpressionShowsItsError();
    void aDeeplyNestedFilterShowsItsError();
    void typingInTheTextTabKeepsWhatWasTyped();
    void aPositionedErrorIsMarkedInTheText();
    void aNewConditionIsIncompleteUntilItHasAValue();
    void aNewDurationIsIncompleteUntilItHasAValue();
    void previewTotalsFollowTheFilter();
    void previewShowsFullCallDataRecords();
    void previewsTheDemoOrg();
    void ruleFieldsShowTheirLabels();

private:
    // The filter editor's tab (0 rules, 1 text), chosen with a click on the tab bar.
    void clickTab(int index);
    // Clicks into the Text tab's editor and selects all of it with the keyboard.
    void focusTextEditor();
    // The root group the rule builder shows now (a rebuilt one replaces the old).
    FilterGroupWidget* rootGroup() const;
    QPushButton* addConditionButton() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConfigDocument> m_document;
    ExportWorkspace m_workspace;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<ExportFilterPage> m_filterPage;
    std::unique_ptr<PreviewPage> m_previewPage;
};

void TestExportPages::initTestCase()
{
    m_document = std::make_unique<ConfigDocument>(m_dir.filePath(QStringLiteral("config.json")));
    m_document->load();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_workspace.loadCalls(callsJson(), QStringLiteral("test calls")).ok());
    m_filterPage = std::make_unique<ExportFilterPage>(m_document.get(), &m_workspace);
    m_previewPage = std::make_unique<PreviewPage>(m_document.get(), &m_workspace, m_connection.get());
    m_filterPage->resize(1000, 640);
    m_previewPage->resize(1100, 700);
    m_filterPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_filterPage.get()));
}

// The export target and captured emails, set with real clicks and keys like an admin would.
void TestExportPages::exportSettingsByMouseAndKeyboard()
{
    QComboBox* target = nullptr;
    for (QComboBox* box : m_filterPage->findChildren<QComboBox*>()) {
        if (box->accessibleName() == QLatin1String("Write to Salesforce")) {
            target = box;
        }
    }
    QCheckBox* emails = nullptr;
    for (QCheckBox* box : m_filterPage->findChildren<QCheckBox*>()) {
        if (box->text().contains(QLatin1String("mails as tasks"))) {
            emails = box;
        }
    }
    QVERIFY(target && emails);
    QCOMPARE(m_document->config().exportSettings.target, ExportTarget::Activity);
    QTest::mouseClick(emails, Qt::LeftButton, {}, QPoint(8, emails->height() / 2));
    QTRY_VERIFY(m_document->config().exportSettings.emailsAsTasks);
    QTest::mouseClick(target, Qt::LeftButton);
    QTRY_VERIFY(target->view()->isVisible());
    QTest::keyClick(target->view(), Qt::Key_Down);
    QTest::keyClick(target->view(), Qt::Key_Down);
    QTest::keyClick(target->view(), Qt::Key_Return);
    QTRY_COMPARE(m_document->config().exportSettings.target, ExportTarget::Both);
    saveScreenshot(m_filterPage.get(), QStringLiteral("export-filter-full-call-data.png"));
    // Back to the defaults for the tests that follow.
    QTest::mouseClick(emails, Qt::LeftButton, {}, QPoint(8, emails->height() / 2));
    QTest::mouseClick(target, Qt::LeftButton);
    QTRY_VERIFY(target->view()->isVisible());
    QTest::keyClick(target->view(), Qt::Key_Home);
    QTest::keyClick(target->view(), Qt::Key_Return);
    QTRY_COMPARE(m_document->config().exportSettings.target, ExportTarget::Activity);
    QVERIFY(!m_document->config().exportSettings.emailsAsTasks);
}

void TestExportPages::rulesShowAsText()
{
    FilterRuleBuilder* rules = m_filterPage->ruleBuilder();
    auto* root = rules->findChild<FilterGroupWidget*>();
    QVERIFY(root);
    FilterConditionWidget* condition = root->addCondition();
    condition->fieldBox()->setCurrentIndex(condition->fieldBox()->findData(QStringLiteral("duration")));
    condition->operatorBox()->setCurrentIndex(condition->operatorBox()->findData(int(FilterOperator::GreaterOrEqual)));
    auto* amount = qobject_cast<QSpinBox*>(condition->valueEditor());
    QVERIFY(amount);
    amount->setValue(5);
    QComboBox* units = nullptr;
    for (QComboBox* box : condition->findChildren<QComboBox*>()) {
        if (box->accessibleName() == QLatin1String("Unit")) {
            units = box;
        }
    }
    QVERIFY(units);
    units->setCurrentIndex(1); // minutes
    QCOMPARE(m_filterPage->textEditor()->toPlainText(), QStringLiteral("duration >= 5m"));
    QCOMPARE(m_document->config().callFilter, QStringLiteral("duration >= 5m"));
    // The spin box stops at the longest duration the language accepts, in every unit.
    units->setCurrentIndex(2); // hours
    QCOMPARE(amount->maximum(), kLongestCallHours);
    amount->setValue(amount->maximum() + 1);
    QCOMPARE(m_document->config().callFilter, QStringLiteral("duration >= 9999h"));
    units->setCurrentIndex(0); // seconds
    QCOMPARE(amount->maximum(), int(kLongestCallSeconds));
    QCOMPARE(m_document->config().callFilter, QStringLiteral("duration >= 2h46m39s"));
    units->setCurrentIndex(1);
    amount->setValue(5);
    QCOMPARE(m_document->config().callFilter, QStringLiteral("duration >= 5m"));
    QTRY_VERIFY(condition->isVisible());
    saveScreenshot(m_filterPage.get(), QStringLiteral("export-filter-rules.png"));
}

void TestExportPages::textShowsAsRules()
{
    m_filterPage->tabs()->setCurrentIndex(1);
    m_filterPage->textEditor()->setPlainText(
        QStringLiteral("scope = \"external\" and (trackers contains \"Pricing\" or direction = \"inbound\")"));
    auto* root = m_filterPage->ruleBuilder()->findChild<FilterGroupWidget*>();
    QTRY_COMPARE(m_filterPage->ruleBuilder()->filter().toText(),
        QStringLiteral("scope = \"external\" and (trackers contains \"Pricing\" or direction = \"inbound\")"));
    const FilterNode tree = m_filterPage->ruleBuilder()->filter();
    QCOMPARE(int(tree.children.size()), 2);
    QCOMPARE(tree.children.at(1).group, FilterNode::Group::Any);
    QVERIFY(root);
    QVERIFY(m_filterPage->validationLabel()->text().contains(QStringLiteral("valid")));
    saveScreenshot(m_filterPage.get(), QStringLiteral("export-filter-text.png"));
}

void TestExportPages::aBadExpressionShowsItsError()
{
    const QString before = m_document->config().callFilter;
    m_filterPage->textEditor()->setPlainText(QStringLiteral("duration > 5m and title in"));
    QCOMPARE(m_filterPage->validationLabel()->text(), QStringLiteral("✖ column 27: expected a value after 'in'"));
    QCOMPARE(m_document->config().callFilter, before); // the setup keeps the last valid filter
    saveScreenshot(m_filterPage.get(), QStringLiteral("export-filter-error.png"));
    m_filterPage->textEditor()->setPlainText(before);
}

void TestExportPages::aDeeplyNestedFilterShowsItsError()
{
    const QString before = m_document->config().callFilter;
    m_filterPage->textEditor()->setPlainText(
        QString(20000, QLatin1Char('(')) + QStringLiteral("duration > 5m") + QString(20000, QLatin1Char(')')));
    QCOMPARE(m_filterPage->validationLabel()->text(),
        QStringLiteral("✖ column 201: the filter nests deeper than 100 levels"));
    QCOMPARE(m_document->config().callFilter, before);
    m_filterPage->textEditor()->setPlainText(before);
}

void TestExportPages::clickTab(int index)
{
    QTabBar* bar = m_filterPage->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QTRY_COMPARE(m_filterPage->tabs()->currentIndex(), index);
}

void TestExportPages::focusTextEditor()
{
    QVERIFY(activate(m_filterPage.get()));
    clickTab(1);
    QPlainTextEdit* editor = m_filterPage->textEditor();
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(20, 10));
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
}

FilterGroupWidget* TestExportPages::rootGroup() const
{
    for (auto* group :
        m_filterPage->ruleBuilder()->findChildren<FilterGroupWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!group->isHidden()) {
            return group;
        }
    }
    return nullptr;
}

QPushButton* TestExportPages::addConditionButton() const
{
    FilterGroupWidget* root = rootGroup();
    for (auto* button : root->findChildren<QPushButton*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (button->text() == QLatin1String("Add condition")) {
            return button;
        }
    }
    return nullptr;
}

// Defect: each keystroke that left the text valid rebuilt the rules, and the rebuild put the
// focus on a combo box of the hidden Rules tab, so the next keys changed that rule: typing this
// filter ended as "duration >= 1". Typed key by key into whatever has the focus, as a person does.
void TestExportPages::typingInTheTextTabKeepsWhatWasTyped()
{
    focusTextEditor();
    const QString typed = QStringLiteral("duration >= 10m and direction = \"outbound\"");
    QVERIFY(typeIntoFocus(typed));
    QPlainTextEdit* editor = m_filterPage->textEditor();
    QCOMPARE(editor->toPlainText(), typed);
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(m_document->config().callFilter, typed);
    QCOMPARE(m_filterPage->ruleBuilder()->filter().toText(), typed);
    QCOMPARE(m_filterPage->validationLabel()->text(), QStringLiteral("✔ The filter is valid."));
}

// An error with a column is marked in the text itself, not only named in the message.
void TestExportPages::aPositionedErrorIsMarkedInTheText()
{
    const QString before = m_document->config().callFilter;
    QVERIFY(!before.isEmpty());
    focusTextEditor();
    const QString typed = QStringLiteral("duration >= 10m and titel = \"x\"");
    QVERIFY(typeIntoFocus(typed));
    QVERIFY2(m_filterPage->validationLabel()->text().startsWith(QStringLiteral("✖ column 21: ")),
        qPrintable(m_filterPage->validationLabel()->text()));
    // What was valid on the way went into the setup ("duration >= 10m"); the rest did not.
    QCOMPARE(m_document->config().callFilter, QStringLiteral("duration >= 10m"));
    const QList<QTextEdit::ExtraSelection> marks = m_filterPage->textEditor()->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), int(typed.indexOf(QLatin1String("titel"))));
    QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("titel"));
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    saveScreenshot(m_filterPage.get(), QStringLiteral("export-filter-error-marked.png"));
    // Fixed: the mark goes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QVERIFY(typeIntoFocus(before));
    QCOMPARE(m_document->config().callFilter, before);
    QVERIFY(m_filterPage->textEditor()->extraSelections().isEmpty());
}

// "Add condition" gave `title = ""`, which counted as a valid filter and went into the setup. A
// new condition is incomplete until it has a value: the filter is not valid and says why.
void TestExportPages::aNewConditionIsIncompleteUntilItHasAValue()
{
    const QString before = m_document->config().callFilter;
    QVERIFY(!before.isEmpty());
    clickTab(0);
    QPushButton* add = addConditionButton();
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY2(m_filterPage->validationLabel()->text().contains(QLatin1String("no value")),
        qPrintable(m_filterPage->validationLabel()->text()));
    QCOMPARE(m_document->config().callFilter, before);
    auto* condition = qobject_cast<FilterConditionWidget*>(rootGroup()->items().constLast());
    QVERIFY(condition);
    QCOMPARE(QApplication::focusWidget(), condition->fieldBox()); // where the admin goes on
    QTRY_VERIFY(condition->valueEditor()->isVisible());
    QVERIFY(tabTo([condition](QWidget* focus) {
        return focus == condition->valueEditor() || condition->valueEditor()->isAncestorOf(focus);
    }));
    QVERIFY(typeIntoFocus(QStringLiteral("Discovery")));
    QTRY_COMPARE(m_document->config().callFilter, before + QStringLiteral(" and title = \"Discovery\""));
    QCOMPARE(m_filterPage->validationLabel()->text(), QStringLiteral("✔ The filter is valid."));
    QCOMPARE(m_filterPage->textEditor()->toPlainText(), m_document->config().callFilter);
}

// A duration's editor shows 0 before anything is chosen: choosing the field alone does not make
// `duration = 0s` a filter (it stopped nearly every call, shown as valid).
void TestExportPages::aNewDurationIsIncompleteUntilItHasAValue()
{
    const QString before = m_document->config().callFilter;
    clickTab(0);
    QPushButton* add = addConditionButton();
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    auto* condition = qobject_cast<FilterConditionWidget*>(rootGroup()->items().constLast());
    QVERIFY(condition);
    QCOMPARE(QApplication::focusWidget(), condition->fieldBox());
    QVERIFY(typeIntoFocus(QStringLiteral("Duration"))); // the combo box's type-ahead
    QTRY_VERIFY(condition->fieldBox()->currentText().startsWith(QLatin1String("Duration")));
    QTRY_VERIFY2(m_filterPage->validationLabel()->text().contains(QLatin1String("no value")),
        qPrintable(m_filterPage->validationLabel()->text()));
    QCOMPARE(m_document->config().callFilter, before);
    QTRY_VERIFY(condition->valueEditor()->isVisible());
    QVERIFY(tabTo([condition](QWidget* focus) {
        return focus == condition->valueEditor() || condition->valueEditor()->isAncestorOf(focus);
    }));
    QVERIFY(typeIntoFocus(QStringLiteral("5")));
    QTRY_VERIFY2(m_document->config().callFilter.startsWith(before + QStringLiteral(" and duration")),
        qPrintable(m_document->config().callFilter));
    QVERIFY2(
        m_document->config().callFilter.endsWith(QLatin1String("5m")), qPrintable(m_document->config().callFilter));
    QCOMPARE(m_filterPage->validationLabel()->text(), QStringLiteral("✔ The filter is valid."));
}

void TestExportPages::previewTotalsFollowTheFilter()
{
    m_previewPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_previewPage.get()));
    m_filterPage->textEditor()->setPlainText(QString());
    QTRY_COMPARE(m_previewPage->totalsLabel()->text(), QStringLiteral("3 of 3 calls will export"));
    m_filterPage->textEditor()->setPlainText(QStringLiteral("scope = \"external\""));
    QTRY_COMPARE(m_previewPage->totalsLabel()->text(), QStringLiteral("2 of 3 calls will export"));
    QTRY_VERIFY(m_previewPage->changesLabel()->text().contains(
        QStringLiteral("0 past calls would start exporting, 1 would stop")));
    m_filterPage->textEditor()->setPlainText(QStringLiteral("scope = \"external\" and duration >= 10m"));
    QTRY_COMPARE(m_previewPage->totalsLabel()->text(), QStringLiteral("1 of 3 calls will export"));
    m_previewPage->table()->selectRow(0);
    saveScreenshot(m_previewPage.get(), QStringLiteral("export-preview.png"));
}

// With full call data on (chosen with the keyboard), clicking a call in the preview shows every
// record the run writes: the Conversation and its participants and trackers, field by field.
void TestExportPages::previewShowsFullCallDataRecords()
{
    m_filterPage->textEditor()->setPlainText(QString());
    QComboBox* target = nullptr;
    for (QComboBox* box : m_filterPage->findChildren<QComboBox*>()) {
        if (box->accessibleName() == QLatin1String("Write to Salesforce")) {
            target = box;
        }
    }
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton);
    QTRY_VERIFY(target->view()->isVisible());
    QTest::keyClick(target->view(), Qt::Key_End);
    QTest::keyClick(target->view(), Qt::Key_Return);
    QTRY_COMPARE(m_document->config().exportSettings.target, ExportTarget::Both);
    QTRY_COMPARE(m_previewPage->totalsLabel()->text(), QStringLiteral("3 of 3 calls will export"));
    QTableView* table = m_previewPage->table();
    const QModelIndex first = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    auto* details = m_previewPage->findChild<QTextBrowser*>(QStringLiteral("callDetails"));
    QTRY_VERIFY(details->toPlainText().contains(QLatin1String("Full call data:")));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QLatin1String("cb__Conversation__c cb__Call_Id__c = ")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("cb__Conversation_Participant__c cb__Key__c = ")));
    QVERIFY(text.contains(QLatin1String("Task fields")));
    saveScreenshot(m_previewPage.get(), QStringLiteral("export-preview-full-call-data.png"));
    QTest::mouseClick(target, Qt::LeftButton);
    QTRY_VERIFY(target->view()->isVisible());
    QTest::keyClick(target->view(), Qt::Key_Home);
    QTest::keyClick(target->view(), Qt::Key_Return);
    QTRY_COMPARE(m_document->config().exportSettings.target, ExportTarget::Activity);
}

// The demo org, imported: real matches, the Task each call would create, the matching reasons.
void TestExportPages::previewsTheDemoOrg()
{
    test::OrgSimFixture org;
    // As the admin: activities are private to their owner in orgsim, so the integration user
    // could not delete the test export of a rep's call (the e2e test covers that split).
    QVERIFY(org.connectSessionOnly(*m_connection, test::OrgSimFixture::adminUser()));
    const QString orgId = m_connection->summary().orgId;
    FieldCatalogLoader loader(m_connection->client());
    loader.setCacheDirectory(CacheStore::describeDirectoryFor(m_dir.path(), orgId));
    QSignalSpy loaded(&loader, &FieldCatalogLoader::finished);
    loader.start();
    QVERIFY(loaded.wait(30000));
    {
        CacheStore cache;
        QVERIFY(cache.open(CacheStore::pathFor(m_dir.path(), orgId), orgId).ok());
        ImportRun run(m_connection->client(), &cache, planImport(loader.catalog(), {}, opportunityScope({}), {}));
        QSignalSpy finished(&run, &ImportRun::finished);
        run.start();
        QVERIFY(finished.wait(120000));
    }
    QVERIFY(m_workspace.openOrg(m_dir.path(), orgId).ok());
    QByteArray json;
    org.host().run([&json](orgsim::OrgSimServer& server) {
        json = QJsonDocument(orgsim::generateDemoCalls(server.org(), 600)).toJson();
    });
    QVERIFY(m_workspace.loadCalls(json, QStringLiteral("the demo org")).ok());
    m_filterPage->textEditor()->setPlainText(QStringLiteral("scope = \"external\" and duration >= 5m"));
    QTRY_VERIFY(m_previewPage->totalsLabel()->text().endsWith(QLatin1String("of 600 calls will export")));
    QTRY_VERIFY(m_previewPage->table()->model()->rowCount() == 600);
    // Select a call that exports to an opportunity: its Task and the reasons show below.
    QAbstractItemModel* model = m_previewPage->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->index(row, 6).data().toString().isEmpty()
            && model->index(row, 2).data().toString() == QLatin1String("Yes")) {
            m_previewPage->table()->selectRow(row);
            break;
        }
    }
    auto* details = m_previewPage->findChild<QTextBrowser*>(QStringLiteral("callDetails"));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Task fields")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("open opportunit")));
    QVERIFY(m_previewPage->sendButton()->isEnabled());
    saveScreenshot(m_previewPage.get(), QStringLiteral("export-preview-demo.png"));

    // Send the selected call (a demo org: no production warning), then delete it again.
    IntegrationConfig config = m_document->config();
    config.connection.environment = Environment::Demo;
    m_document->setConfig(config);
    QVERIFY(!m_previewPage->deleteButton()->isEnabled());
    m_previewPage->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_previewPage->statusLabel()->text().startsWith(QLatin1String("Created Task 00T")), 20000);
    QCOMPARE(m_workspace.ledger().size(), 1);
    QTRY_VERIFY(m_previewPage->deleteButton()->isEnabled());
    saveScreenshot(m_previewPage.get(), QStringLiteral("export-preview-sent.png"));
    m_previewPage->deleteButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_previewPage->statusLabel()->text().startsWith(QLatin1String("Deleted 00T")), 20000);
    QVERIFY(m_workspace.ledger().isEmpty());
    m_filterPage->ruleBuilder()->setFilter(m_filterPage->ruleBuilder()->filter());
    m_filterPage->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(m_filterPage->ruleBuilder()->findChild<FilterConditionWidget*>()->isVisible());
    saveScreenshot(m_filterPage.get(), QStringLiteral("export-filter-demo.png"));
}

// The rule builder's field list names each field by its label, with the path to write beside it
// (it listed raw paths such as account.LastModifiedById).
void TestExportPages::ruleFieldsShowTheirLabels()
{
    clickTab(0);
    QPushButton* add = addConditionButton();
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    auto* condition = qobject_cast<FilterConditionWidget*>(rootGroup()->items().constLast());
    QVERIFY(condition);
    QComboBox* fields = condition->fieldBox();
    const int lastModified = fields->findData(QStringLiteral("account.LastModifiedById"));
    QVERIFY(lastModified >= 0);
    QCOMPARE(fields->itemText(lastModified), QStringLiteral("Account: Last Modified By ID (account.LastModifiedById)"));
    QCOMPARE(fields->itemText(fields->findData(QStringLiteral("duration"))), QStringLiteral("Duration (duration)"));
    QTest::mouseClick(fields, Qt::LeftButton);
    QTRY_VERIFY(fields->view()->isVisible());
    saveScreenshot(fields->view()->window(), QStringLiteral("export-filter-field-labels.png"));
    QTest::keyClick(fields->view(), Qt::Key_Escape);
}

QTEST_MAIN(TestExportPages)
#include "TestExportPages.moc"
