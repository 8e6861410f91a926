#include "tests/support/KeyboardWalk.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/FieldsPage.h"
#include "ui/MainWindow.h"
#include "ui/SetupStep.h"
#include "ui/fields/FieldTreeModel.h"

#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

namespace {

QModelIndex findField(const QAbstractItemModel* model, const QString& object, const QString& field)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex objectIndex = model->index(row, 0);
        if (objectIndex.data().toString() != object) {
            continue;
        }
        for (int child = 0; child < model->rowCount(objectIndex); ++child) {
            if (model->index(child, FieldTreeModel::ApiNameColumn, objectIndex).data().toString() == field) {
                return model->index(child, 0, objectIndex);
            }
        }
    }
    return {};
}

// Where a row's check box is drawn: the style's check indicator within the row's first cell.
QPoint checkBoxCenter(QTreeView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view).center();
}

// Everything a row shows in its cells, column by column.
QStringList rowTexts(const QModelIndex& index)
{
    QStringList texts;
    for (int column = 0; column < index.model()->columnCount(index.parent()); ++column) {
        texts.append(index.siblingAtColumn(column).data().toString());
    }
    return texts;
}

QPushButton* reloadButton(QWidget* page)
{
    const QList<QPushButton*> buttons = page->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Reload from Salesforce")) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

class TestFieldsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void policyIsEnforcedInTheTree();
    void searchAcrossObjects();
    void restoreRecommendedAndUndo();
    void reportsUnreadableAndMissingFields();
    void lockedRowIgnoresClicksAndSaysWhy();
    void apiNamesAreReadableInTheWindow_data();
    void apiNamesAreReadableInTheWindow();
    void showsCachedFieldsWhileNotConnected();

private:
    void toggle(const QString& object, const QString& field);

    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge GUI tests") };
    QTemporaryDir m_dir;
    std::unique_ptr<ConfigDocument> m_document;
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<FieldsPage> m_page;
};

void TestFieldsPage::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_document = std::make_unique<ConfigDocument>(m_dir.filePath(QStringLiteral("config.json")));
    IntegrationConfig config;
    config.selectedFields.insert(
        QStringLiteral("Opportunity"), { QStringLiteral("Name"), QStringLiteral("Old_Field__c") });
    m_document->setConfig(config);
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::limitedUser()));

    m_page = std::make_unique<FieldsPage>(m_document.get(), m_connection.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    QSignalSpy loaded(m_page.get(), &FieldsPage::loaded);
    m_page->resize(1000, 720);
    m_page->show();
    QVERIFY(loaded.wait(20000));
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTest::qWait(50); // the columns fit the loaded fields
}

void TestFieldsPage::toggle(const QString& object, const QString& field)
{
    auto* view = m_page->findChild<QTreeView*>(QStringLiteral("fieldTree"));
    const QModelIndex index = findField(view->model(), object, field);
    QVERIFY2(index.isValid(), qPrintable(object + QLatin1Char('.') + field));
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space); // the keyboard way to check a row
}

void TestFieldsPage::policyIsEnforcedInTheTree()
{
    FieldTreeModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 14);
    const QModelIndex name = findField(model, QStringLiteral("Account"), QStringLiteral("Name"));
    QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    toggle(QStringLiteral("Account"), QStringLiteral("Name"));
    QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // required: stays

    const QModelIndex billing = findField(model, QStringLiteral("Account"), QStringLiteral("BillingAddress"));
    QVERIFY(!(model->flags(billing) & Qt::ItemIsEnabled));
    QVERIFY(billing.data(Qt::ToolTipRole).toString().contains(QLatin1String("BillingCity")));
    toggle(QStringLiteral("Account"), QStringLiteral("BillingAddress"));
    QCOMPARE(billing.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked)); // unsupported: stays out
    QVERIFY(!model->setData(billing, Qt::Checked, Qt::CheckStateRole));

    const QModelIndex city = findField(model, QStringLiteral("Account"), QStringLiteral("BillingCity"));
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    toggle(QStringLiteral("Account"), QStringLiteral("BillingCity"));
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // a part of the address may be chosen
    QVERIFY(
        m_document->config().selectedFields.value(QStringLiteral("Account")).contains(QStringLiteral("BillingCity")));
    QVERIFY(m_document->isModified());

    const QModelIndex account = model->index(0, 0);
    QCOMPARE(account.data().toString(), QStringLiteral("Account"));
    QCOMPARE(account.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(model->index(0, FieldTreeModel::StatusColumn).data().toString().contains(QLatin1String(" of ")));
    const QModelIndex formula = findField(model, QStringLiteral("Account"), QStringLiteral("Days_Since_Activity__c"));
    QCOMPARE(model->index(formula.row(), FieldTreeModel::TypeColumn, formula.parent()).data().toString(),
        QStringLiteral("double (formula)"));
}

void TestFieldsPage::searchAcrossObjects()
{
    auto* view = m_page->findChild<QTreeView*>(QStringLiteral("fieldTree"));
    m_page->setSearchText(QStringLiteral("billing"));
    const QAbstractItemModel* proxy = view->model();
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Account"));
    const QModelIndex account = proxy->index(0, 0);
    QVERIFY(proxy->rowCount(account) >= 5);
    for (int row = 0; row < proxy->rowCount(account); ++row) {
        QVERIFY(proxy->index(row, FieldTreeModel::ApiNameColumn, account)
                    .data()
                    .toString()
                    .contains(QLatin1String("Billing")));
    }
    m_page->setSearchText(QStringLiteral("OwnerId")); // by API name, in every object that has it
    QVERIFY(proxy->rowCount() >= 5);
    m_page->setSearchText(QString());
    QCOMPARE(proxy->rowCount(), 14);
    QTest::qWait(50); // the columns fit the rows shown again
    saveScreenshot(m_page.get(), QStringLiteral("fields-page"));
}

void TestFieldsPage::restoreRecommendedAndUndo()
{
    FieldTreeModel* model = m_page->model();
    const QModelIndex industry = findField(model, QStringLiteral("Account"), QStringLiteral("Industry"));
    QCOMPARE(industry.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    toggle(QStringLiteral("Account"), QStringLiteral("Industry"));
    QCOMPARE(industry.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    m_page->findChild<QPushButton*>(QStringLiteral("restoreRecommended"))->click();
    QCOMPARE(industry.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const QModelIndex city = findField(model, QStringLiteral("Account"), QStringLiteral("BillingCity"));
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked)); // not recommended
    m_page->findChild<QPushButton*>(QStringLiteral("undoButton"))->click();
    QCOMPARE(industry.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(city.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    model->undoStack()->undo();
    QCOMPARE(industry.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestFieldsPage::reportsUnreadableAndMissingFields()
{
    FieldTreeModel* model = m_page->model();
    const QModelIndex email = findField(model, QStringLiteral("Contact"), QStringLiteral("Email"));
    QCOMPARE(email.data(FieldTreeModel::StatusRole).toInt(), int(FieldEntry::Status::Inaccessible));
    QVERIFY(!(model->flags(email) & Qt::ItemIsEnabled));
    auto* messages = m_page->findChild<QLabel*>(QStringLiteral("fieldsMessages"));
    QVERIFY(messages->isVisible());
    QVERIFY(messages->text().contains(QLatin1String("Contact.Email")));
    QVERIFY(messages->text().contains(QLatin1String("Opportunity.Old_Field__c")));
    // Reported, not dropped.
    QVERIFY(m_document->config()
                .selectedFields.value(QStringLiteral("Opportunity"))
                .contains(QStringLiteral("Old_Field__c")));
}

// A click on a locked row's check box changes nothing, and the row itself says why (not only a
// tooltip) and looks locked.
void TestFieldsPage::lockedRowIgnoresClicksAndSaysWhy()
{
    auto* view = m_page->findChild<QTreeView*>(QStringLiteral("fieldTree"));
    m_page->setSearchText(QString());
    QTest::qWait(0);
    const QModelIndex name = findField(view->model(), QStringLiteral("Account"), QStringLiteral("Name"));
    const QModelIndex industry = findField(view->model(), QStringLiteral("Account"), QStringLiteral("Industry"));
    QVERIFY(name.isValid() && industry.isValid());
    QVERIFY(view->viewport()->rect().contains(view->visualRect(name)));
    QVERIFY(view->viewport()->rect().contains(view->visualRect(industry)));

    // The same click on an ordinary row's check box does change it: the position is right.
    const auto click = [view](const QModelIndex& index) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCenter(view, index));
    };
    const int industryBefore = industry.data(Qt::CheckStateRole).toInt();
    click(industry);
    QVERIFY(industry.data(Qt::CheckStateRole).toInt() != industryBefore);
    click(industry);
    QCOMPARE(industry.data(Qt::CheckStateRole).toInt(), industryBefore);

    const QMap<QString, QStringList> before = m_document->config().selectedFields;
    click(name);
    QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_document->config().selectedFields, before);

    // Why, in the row: required fields are always imported; an address is a compound field.
    const QString nameRow = rowTexts(name).join(QLatin1Char(' '));
    QVERIFY2(nameRow.contains(QLatin1String("always imported"), Qt::CaseInsensitive), qPrintable(nameRow));
    const QModelIndex billing = findField(view->model(), QStringLiteral("Account"), QStringLiteral("BillingAddress"));
    const QStringList billingRow = rowTexts(billing);
    int reasonColumn = -1;
    for (int column = 0; column < billingRow.size(); ++column) {
        if (billingRow.at(column).contains(QLatin1String("compound"))) {
            reasonColumn = column;
        }
    }
    QVERIFY2(reasonColumn >= 0, qPrintable(billingRow.join(QLatin1String(" | "))));
    // ...in a column the admin sees without scrolling sideways.
    const QRect reason = view->visualRect(billing.siblingAtColumn(reasonColumn));
    QVERIFY2(reason.left() < view->viewport()->width() - 100,
        qPrintable(
            QStringLiteral("the reason starts at %1 of %2 px").arg(reason.left()).arg(view->viewport()->width())));

    // Looks locked: drawn disabled, with a lock.
    QVERIFY(!(view->model()->flags(name) & Qt::ItemIsUserCheckable));
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!billing.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(industry.data(Qt::DecorationRole).isNull());
    QVERIFY(name.data(Qt::AccessibleDescriptionRole).toString().contains(QLatin1String("locked")));
}

void TestFieldsPage::apiNamesAreReadableInTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default 960x640") << QSize(960, 640); // MainWindow's own size on a large screen
    QTest::newRow("1024x640") << QSize(1024, 640);
}

// In the main window, at its default size and a small laptop's, the field tree shows at least 8
// rows and every API name it shows is readable in full.
void TestFieldsPage::apiNamesAreReadableInTheWindow()
{
    QFETCH(QSize, size);
    MainWindow window(m_document.get());
    auto* page = new FieldsPage(m_document.get(), m_connection.get());
    QSignalSpy loaded(page, &FieldsPage::loaded);
    window.setStepPage(SetupStep::Fields, page);
    window.resize(size);
    window.show();
    QVERIFY(activate(&window));
    clickStep(&window, int(allSetupSteps().indexOf(SetupStep::Fields)));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(loaded.wait(20000));
    QTest::qWait(50);
    auto* view = page->findChild<QTreeView*>(QStringLiteral("fieldTree"));
    QVERIFY2(shownRows(view) >= 8, qPrintable(QStringLiteral("%1 rows shown").arg(shownRows(view))));
    const QStringList cut = clippedCells(view, FieldTreeModel::ApiNameColumn);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    const QStringList clipped = clippedTexts(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    saveScreenshot(&window, QStringLiteral("fields-%1x%2").arg(size.width()).arg(size.height()));
}

// Not connected, the Fields step shows the field lists kept from the last connection, says they
// are cached, and cannot reload.
void TestFieldsPage::showsCachedFieldsWhileNotConnected()
{
    IntegrationConfig config = m_document->config();
    config.connection.orgId = m_connection->summary().orgId; // what connecting saved in the setup
    config.connection.username = m_connection->summary().username;
    m_document->setConfig(config);

    ConnectionManager offline(&m_network, &m_store);
    MainWindow window(m_document.get());
    auto* page = new FieldsPage(m_document.get(), &offline);
    window.setStepPage(SetupStep::Fields, page);
    window.attachConnection(&offline);
    window.resize(960, 640);
    window.show();
    QVERIFY(activate(&window));
    clickStep(&window, int(allSetupSteps().indexOf(SetupStep::Fields)));
    QVERIFY(!QTest::currentTestFailed());

    auto* view = page->findChild<QTreeView*>(QStringLiteral("fieldTree"));
    QTRY_COMPARE(view->model()->rowCount(), m_page->model()->rowCount());
    QTest::qWait(50); // the layout settles
    const QModelIndex name = findField(view->model(), QStringLiteral("Account"), QStringLiteral("Name"));
    QVERIFY(name.isValid());
    QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    auto* note = page->findChild<QLabel*>(QStringLiteral("fieldsCacheNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("Cached")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(config.connection.username), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("not connected")), qPrintable(note->text()));
    QPushButton* reload = reloadButton(page);
    QVERIFY(reload);
    QVERIFY(!reload->isEnabled());
    QVERIFY2(shownRows(view) >= 8, qPrintable(QStringLiteral("%1 rows shown").arg(shownRows(view))));
    const QStringList clipped = clippedTexts(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    saveScreenshot(&window, QStringLiteral("fields-cached"));
    // With the step's help open (F1) too.
    auto* help = page->findChild<QWidget*>(QStringLiteral("learnMorePanel"));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(help->isVisible());
    QTest::qWait(50); // the layout settles
    QVERIFY2(shownRows(view) >= 8, qPrintable(QStringLiteral("%1 rows shown with help").arg(shownRows(view))));
    saveScreenshot(&window, QStringLiteral("fields-cached-help"));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(!help->isVisible());

    // Connected while the step is open: the org's own lists replace the cached ones.
    QSignalSpy loaded(page, &FieldsPage::loaded);
    QVERIFY(m_org->connectSessionOnly(offline, OrgSimFixture::limitedUser()));
    QVERIFY(loaded.wait(20000));
    QVERIFY(!note->isVisible());
    QVERIFY(reload->isEnabled());
}

QTEST_MAIN(TestFieldsPage)
#include "TestFieldsPage.moc"
