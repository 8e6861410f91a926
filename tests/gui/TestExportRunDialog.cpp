// Data > Export calls…: the dialog says what the run will write and what it costs, and a click
// on Start runs it with progress; the org then holds the calls' Conversations and tasks, and a
// second look finds nothing left to do.
#include "tests/support/ImportedOrg.h"
#include "tests/support/OrgSimFixture.h"
#include "tests/support/Screenshots.h"

#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimServer.h"
#include "ui/ExportRunDialog.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/TokenStore.h"

#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

class TestExportRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startExportsEveryCall();

private:
    qint64 conversations();

    std::unique_ptr<OrgSimFixture> m_org;
    QTemporaryDir m_dir;
    std::unique_ptr<ConfigDocument> m_document;
    ExportWorkspace m_workspace;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge export run GUI tests") };
    std::unique_ptr<ConnectionManager> m_connection;
};

void TestExportRunDialog::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::adminUser()));
    const QString imported = importConnectedOrg(*m_connection, m_dir.path());
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    QVERIFY(m_workspace.openOrg(m_dir.path(), m_connection->summary().orgId).ok());
    QByteArray json;
    m_org->host().run([&json](orgsim::OrgSimServer& server) {
        json = QJsonDocument(orgsim::generateDemoCalls(server.org(), 40)).toJson();
    });
    QVERIFY(m_workspace.loadCalls(json, QStringLiteral("demo")).ok());
    // The saved setup: the demo org, full call data and tasks.
    m_document = std::make_unique<ConfigDocument>(m_dir.filePath(QStringLiteral("config.json")));
    m_document->load();
    IntegrationConfig config = m_document->config();
    config.connection.environment = Environment::Demo;
    config.exportSettings.target = ExportTarget::Both;
    m_document->setConfig(config);
}

qint64 TestExportRunDialog::conversations()
{
    qint64 count = 0;
    m_org->host().run([&count](orgsim::OrgSimServer& server) {
        count = server.org().table(QStringLiteral("cb__Conversation__c"))->rowCount();
    });
    return count;
}

void TestExportRunDialog::startExportsEveryCall()
{
    ExportRunDialog dialog(m_connection.get(), m_document.get(), &m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.refresh();
    QPushButton* start = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().contains(QLatin1String("Start export"))) {
            start = button;
        }
    }
    QVERIFY(start);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("exportRunSummary"));
    QVERIFY(summary->text().contains(QLatin1String("calls to write or update")));
    saveScreenshot(&dialog, QStringLiteral("export-run-ready.png"));
    QCOMPARE(conversations(), 0);

    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Export finished")), 60000);
    QVERIFY2(summary->text().contains(QLatin1String(" 0 failed")), qPrintable(summary->text()));
    auto* progress = dialog.findChild<QProgressBar*>();
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(conversations() > 30);
    saveScreenshot(&dialog, QStringLiteral("export-run-finished.png"));

    // Nothing changed since: nothing to do.
    dialog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Nothing to export")), 30000);
    QVERIFY(!start->isEnabled());
}

QTEST_MAIN(TestExportRunDialog)
#include "TestExportRunDialog.moc"
