// The API cost of exporting full call data: 1,000 demo calls (the Conversation, its children
// and a task each) exported to orgsim through composite graphs, many calls per API call, and
// the same calls through one composite request per call for comparison. Prints calls per API
// call as orgsim counted them; asserts only that every call landed (no timing thresholds).
#include "tests/support/ImportedOrg.h"
#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimServer.h"

#include "core/exporting/CallExportRun.h"
#include "core/exporting/ExportRunItems.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/salesforce/ConnectionManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

class BenchConversationExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphs();
    void compositePerCall();

private:
    void exportAll(const QString& idPrefix, CallExportRun::Transport transport);

    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge conversation export bench") };
    std::unique_ptr<ConnectionManager> m_connection;
    QTemporaryDir m_dir;
    ExportWorkspace m_workspace;
    QJsonArray m_calls;
};

void BenchConversationExport::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::adminUser()));
    const QString imported = importConnectedOrg(*m_connection, m_dir.path());
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QString orgId = m_connection->summary().orgId;
    QVERIFY(m_workspace.openOrg(m_dir.path(), orgId).ok());
    m_org->host().run(
        [this](orgsim::OrgSimServer& server) { m_calls = orgsim::generateDemoCalls(server.org(), 1000); });
    for (qsizetype i = m_calls.size() - 1; i >= 0; --i) {
        if (m_calls.at(i)[QStringLiteral("deleted")].toBool()) {
            m_calls.removeAt(i);
        }
    }
}

void BenchConversationExport::exportAll(const QString& idPrefix, CallExportRun::Transport transport)
{
    QJsonArray calls;
    for (const QJsonValue& value : m_calls) {
        QJsonObject call = value.toObject();
        call.insert(QStringLiteral("id"), QString(idPrefix + call.value(QStringLiteral("id")).toString()));
        calls.append(call);
    }
    QVERIFY(m_workspace.loadCalls(QJsonDocument(calls).toJson(QJsonDocument::Compact), idPrefix).ok());
    ExportSettings settings;
    settings.target = ExportTarget::Both;
    QSignalSpy ready(&m_workspace, &ExportWorkspace::previewReady);
    const FilterNode all = FilterNode::makeGroup(FilterNode::Group::All);
    m_workspace.requestPreview(all, all, settings);
    QVERIFY(ready.wait(60000));
    ExportLedger ledger = m_workspace.ledgerStore();
    const QList<ExportItem> items = exportRunItems(
        m_workspace.calls(), m_workspace.plans(), settings, ledger.runStates(), m_workspace.createableFields());
    qint64 records = 0;
    for (const ExportItem& item : items) {
        records += item.plan.recordCount();
    }
    qint64 before = 0;
    m_org->host().run([&before](orgsim::OrgSimServer& server) { before = server.usage().used(); });
    CallExportRun run(m_connection->client(), &ledger, items);
    run.setTransport(transport);
    QSignalSpy finished(&run, &CallExportRun::finished);
    run.start();
    QVERIFY(finished.wait(600000));
    QVERIFY2(run.ok(), qPrintable(run.error().toString()));
    QCOMPARE(run.failures().size(), 0);
    QCOMPARE(run.written(), int(items.size()));
    qint64 after = 0;
    m_org->host().run([&after](orgsim::OrgSimServer& server) { after = server.usage().used(); });
    const qint64 apiCalls = after - before;
    qInfo().noquote() << QStringLiteral("%1: %2 calls (%3 records) in %4 API calls: %5 API calls per call, %6 calls "
                                        "per API call")
                             .arg(transport == CallExportRun::Transport::Graph ? QStringLiteral("composite/graph")
                                                                               : QStringLiteral("composite per call"))
                             .arg(items.size())
                             .arg(records)
                             .arg(apiCalls)
                             .arg(double(apiCalls) / double(items.size()), 0, 'f', 3)
                             .arg(double(items.size()) / double(apiCalls), 0, 'f', 1);
    QCOMPARE(apiCalls, run.requestsSent());
}

void BenchConversationExport::graphs()
{
    exportAll(QStringLiteral("graph-"), CallExportRun::Transport::Graph);
}

void BenchConversationExport::compositePerCall()
{
    exportAll(QStringLiteral("composite-"), CallExportRun::Transport::CompositePerCall);
}

QTEST_GUILESS_MAIN(BenchConversationExport)
#include "BenchConversationExport.moc"
