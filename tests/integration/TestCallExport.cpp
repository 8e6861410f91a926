#include "tests/support/ImportedOrg.h"
#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/DemoCalls.h"
#include "core/orgsim/OrgSimServer.h"

#include "core/exporting/ExportWorkspace.h"
#include "core/exporting/TestExport.h"
#include "core/filter/FilterParser.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/RestClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

// End to end on orgsim: import, preview the demo calls, send one call as a Task and as an
// Event through one composite request each, check the records in orgsim, delete them.
class TestCallExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewsTheDemoCalls();
    void sendsAndDeletes_data();
    void sendsAndDeletes();
    void aRefusedActivityNamesTheError();

private:
    const ExportPreview::CallPlan* firstWith(bool withOpportunity) const;

    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge export tests") };
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<TestHttp> m_http;
    QTemporaryDir m_dir;
    ExportWorkspace m_workspace;
};

void TestCallExport::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::integrationUser()));
    m_http = std::make_unique<TestHttp>(m_org->instanceUrl());
    m_http->setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));

    const QString imported = importConnectedOrg(*m_connection, m_dir.path());
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QString orgId = m_connection->summary().orgId;
    QVERIFY(m_workspace.openOrg(m_dir.path(), orgId).ok());
    QByteArray json;
    m_org->host().run([&json](orgsim::OrgSimServer& server) {
        json = QJsonDocument(orgsim::generateDemoCalls(server.org(), 300)).toJson();
    });
    const CallsReader::Result loadedCalls = m_workspace.loadCalls(json, QStringLiteral("demo"));
    QVERIFY2(loadedCalls.ok(), qPrintable(loadedCalls.errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_workspace.calls().size(), 300);
}

void TestCallExport::previewsTheDemoCalls()
{
    QVERIFY(m_workspace.schema().field(QStringLiteral("opportunity.StageName")));
    QVERIFY(m_workspace.schema().field(QStringLiteral("account.Industry")));
    QSignalSpy ready(&m_workspace, &ExportWorkspace::previewReady);
    const FilterNode all = FilterNode::makeGroup(FilterNode::Group::All);
    m_workspace.requestPreview(all, all, ExportSettings());
    QVERIFY(ready.wait(30000));
    const ExportPreview::Totals everything = ExportPreview::totals(m_workspace.plans());
    qsizetype deleted = 0;
    for (const Call& call : m_workspace.calls()) {
        deleted += call.deleted ? 1 : 0;
    }
    QVERIFY(deleted > 0);
    QCOMPARE(everything.exporting, 300 - deleted);
    QCOMPARE(everything.deleting, deleted); // the saved (empty) filter exported them
    QCOMPARE(everything.apiCalls, 300);

    qsizetype contacts = 0, leads = 0, accounts = 0, opportunities = 0, freeMail = 0, internal = 0;
    for (const ExportPreview::CallPlan& plan : m_workspace.plans()) {
        contacts += plan.match().contacts.isEmpty() ? 0 : 1;
        leads += plan.match().leads.isEmpty() ? 0 : 1;
        accounts += plan.match().accountId.isEmpty() ? 0 : 1;
        opportunities += plan.match().opportunityId.isEmpty() ? 0 : 1;
        freeMail += plan.match().reasons().join(QLatin1Char(' ')).contains(QStringLiteral("only free-mail")) ? 1 : 0;
        internal +=
            plan.match().reasons().contains(QStringLiteral("No account: the call has no external participants"));
    }
    QVERIFY(contacts > 100);
    QVERIFY(leads > 20);
    QVERIFY(accounts >= contacts);
    QVERIFY(opportunities > 0);
    QVERIFY(freeMail > 0);
    QVERIFY(internal > 0);

    // A stricter filter: fewer calls export, and the change against the saved one is listed.
    const FilterParser::Result strict = FilterParser::parse(
        QStringLiteral("scope = \"external\" and opportunity.StageName exists"), m_workspace.schema());
    QVERIFY2(strict.ok(), qPrintable(strict.error));
    m_workspace.requestPreview(strict.root, all, ExportSettings());
    QVERIFY(ready.wait(30000));
    const ExportPreview::Totals fewer = ExportPreview::totals(m_workspace.plans());
    QCOMPARE(fewer.exporting,
        opportunities
            - std::count_if(
                m_workspace.plans().cbegin(), m_workspace.plans().cend(), [this](const ExportPreview::CallPlan& plan) {
                    return m_workspace.calls().at(plan.index).deleted && !plan.match().opportunityId.isEmpty();
                }));
    QCOMPARE(fewer.stopping, everything.exporting - fewer.exporting);
    QCOMPARE(fewer.starting, 0);
    for (const ExportPreview::CallPlan& plan : m_workspace.plans()) {
        if (plan.action == ExportPreview::Action::Skip && !m_workspace.calls().at(plan.index).deleted) {
            QVERIFY2(plan.reason().startsWith(QLatin1String("Filtered out: ")), qPrintable(plan.reason()));
        }
    }
}

const ExportPreview::CallPlan* TestCallExport::firstWith(bool withOpportunity) const
{
    for (const ExportPreview::CallPlan& plan : m_workspace.plans()) {
        if (plan.action == ExportPreview::Action::Create && !plan.match().contacts.isEmpty()
            && plan.match().opportunityId.isEmpty() != withOpportunity) {
            return &plan;
        }
    }
    return nullptr;
}

void TestCallExport::sendsAndDeletes_data()
{
    QTest::addColumn<ActivityType>("type");
    QTest::newRow("task") << ActivityType::Task;
    QTest::newRow("event") << ActivityType::Event;
}

void TestCallExport::sendsAndDeletes()
{
    QFETCH(ActivityType, type);
    ExportSettings settings;
    settings.activityType = type;
    QSignalSpy ready(&m_workspace, &ExportWorkspace::previewReady);
    const FilterNode all = FilterNode::makeGroup(FilterNode::Group::All);
    m_workspace.requestPreview(all, all, settings);
    QVERIFY(ready.wait(30000));
    const ExportPreview::CallPlan* plan = firstWith(true);
    QVERIFY(plan);
    const QString sobject = type == ActivityType::Task ? QStringLiteral("Task") : QStringLiteral("Event");
    QCOMPARE(plan->activity().sobject, sobject);

    // As the integration user: a test export is its own activity, which it can delete again.
    RestClient* client = m_connection->client();
    const qint64 requestsBefore = client->requestsSent();
    TestExport exporter(client);
    exporter.setDescribeDirectory(CacheStore::describeDirectoryFor(m_dir.path(), m_connection->summary().orgId));
    QSignalSpy sent(&exporter, &TestExport::sent);
    QSignalSpy failed(&exporter, &TestExport::failed);
    exporter.send(plan->activity());
    QTRY_VERIFY_WITH_TIMEOUT(sent.size() + failed.size() == 1, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(client->requestsSent() - requestsBefore, 1); // one composite request
    const QString id = sent.first().at(0).toString();
    QVERIFY(id.startsWith(type == ActivityType::Task ? QLatin1String("00T") : QLatin1String("00U")));

    // The record in the org carries what the preview showed.
    const HttpResult stored = m_http->get(QStringLiteral("/services/data/v60.0/sobjects/%1/%2").arg(sobject, id));
    QCOMPARE(stored.status, 200);
    const QJsonObject record = stored.json().object();
    for (const QString& field : { QStringLiteral("Subject"), QStringLiteral("WhoId"), QStringLiteral("WhatId") }) {
        QCOMPARE(record.value(field).toString().left(15), plan->activity().fields.value(field).toString().left(15));
    }
    QCOMPARE(record.value(QStringLiteral("OwnerId")).toString().left(15), m_connection->summary().userId.left(15));
    QCOMPARE(exporter.sentFields().value(QStringLiteral("OwnerId")), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(record.value(QStringLiteral("WhatId")).toString().left(15), plan->match().opportunityId.left(15));
    if (type == ActivityType::Task) {
        QCOMPARE(record.value(QStringLiteral("TaskSubtype")).toString(), QStringLiteral("Call"));
        QCOMPARE(record.value(QStringLiteral("Status")).toString(), QStringLiteral("Completed"));
    } else {
        QCOMPARE(record.value(QStringLiteral("DurationInMinutes")).toInt(),
            plan->activity().fields.value(QStringLiteral("DurationInMinutes")).toInt());
    }
    const QString callId = m_workspace.calls().at(plan->index).id;
    QVERIFY(m_workspace.recordExport(callId, { sobject, id, QDateTime::currentDateTimeUtc() }).ok());

    // Deleted on the platform: the preview plans the delete of exactly that record.
    {
        QList<Call> calls = m_workspace.calls();
        calls[plan->index].deleted = true;
        CacheStore cache;
        const QString orgId = m_connection->summary().orgId;
        QVERIFY(cache.open(CacheStore::pathFor(m_dir.path(), orgId), orgId).ok());
        CallMatcher matcher;
        QVERIFY(matcher.prepare(cache, calls).ok());
        ExportPreview::Input input;
        input.calls = &calls;
        input.matcher = &matcher;
        input.schema = &m_workspace.schema();
        input.filter = all;
        input.savedFilter = all;
        input.settings = settings;
        input.ledger = m_workspace.ledger();
        const ExportPreview::CallPlan deletion = ExportPreview::plan(input).at(plan->index);
        QCOMPARE(deletion.action, ExportPreview::Action::Delete);
        QCOMPARE(deletion.deleteRecordId, id);
        QCOMPARE(deletion.deleteSobject, sobject);
        QCOMPARE(deletion.apiCalls, 1);
    }
    // Undo: delete from Salesforce.
    QSignalSpy removed(&exporter, &TestExport::removed);
    exporter.remove(sobject, id);
    QTRY_VERIFY_WITH_TIMEOUT(removed.size() + failed.size() == 1, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/sobjects/%1/%2").arg(sobject, id)).status, 404);
    QVERIFY(m_workspace.forgetExport(callId).ok());
}

void TestCallExport::aRefusedActivityNamesTheError()
{
    // A field the org's Task does not have is left out (Salesforce would refuse the record for
    // it); a value Salesforce refuses is named in the error.
    PlannedActivity activity;
    activity.sobject = QStringLiteral("Task");
    activity.fields = QJsonObject { { QStringLiteral("Subject"), QStringLiteral("x") },
        { QStringLiteral("NoSuchField__c"), 1 }, { QStringLiteral("WhoId"), QStringLiteral("not-an-id") } };
    TestExport exporter(m_connection->client());
    QSignalSpy failed(&exporter, &TestExport::failed);
    exporter.send(activity);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(!exporter.sentFields().contains(QStringLiteral("NoSuchField__c")));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("Salesforce refused the activity: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("WhoId")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCallExport)
#include "TestCallExport.moc"
