#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "ui/FieldsPage.h"
#include "ui/fields/FieldTreeModel.h"

#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
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

QTEST_MAIN(TestFieldsPage)
#include "TestFieldsPage.moc"
