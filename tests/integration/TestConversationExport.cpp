// End to end on orgsim: export runs of full call data (the package's Conversation and its
// children) and tasks through composite graphs; every record in the org equals what the plans
// showed; reprocessing changed calls updates in place; deleted calls take their records with
// them; a run cancelled or destroyed midway resumes to the same org as a clean run.
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
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace callbridge;
using namespace callbridge::test;

namespace {

// The org's records of one kind by their external ID: field name -> value.
using Records = QMap<QString, QVariantMap>;

bool sameValue(const QJsonValue& expected, const QVariant& actual)
{
    if (expected.isNull()) {
        return !actual.isValid() || actual.toString().isEmpty();
    }
    if (expected.isBool()) {
        return actual.toBool() == expected.toBool();
    }
    if (expected.isDouble()) {
        return qFuzzyCompare(actual.toDouble() + 1.0, expected.toDouble() + 1.0);
    }
    if (actual.typeId() == QMetaType::QDateTime) {
        return QDateTime::fromString(expected.toString(), Qt::ISODateWithMs) == actual.toDateTime();
    }
    if (actual.typeId() == QMetaType::QDate) {
        return QDate::fromString(expected.toString(), Qt::ISODate) == actual.toDate();
    }
    return actual.toString() == expected.toString();
}

} // namespace

class TestConversationExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsFullDataAndTasks();
    void reprocessingUpdatesInPlace();
    void deletedCallsTakeTheirRecords();
    void stoppedRunsResumeToACleanRun();
    void stopsAtItsApiBudgetAndGoesOnNextRun();
    void capturedEmailsBecomeTasks();
    void aFailedCallFailsAloneAndIsRetried();

private:
    ExportSettings settings() const;
    QList<ExportItem> itemsToExport();
    bool run(QList<ExportItem> items, CallExportRun::Transport transport = CallExportRun::Transport::Graph);
    void loadCalls();
    // Every Conversation, child and task in the org, by external ID, as orgsim holds them.
    QHash<QString, Records> orgRecords();
    // Checks the org holds exactly what the plans of every exported call say.
    void verifyOrgMatchesPlans(const QSet<QString>& expectedCalls);

    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
    TokenStore m_store { QStringLiteral("Callbridge conversation export tests") };
    // Activities are private to their owner: the run connects as the admin (View All Data),
    // like the test export does in TestCallExport.
    std::unique_ptr<ConnectionManager> m_connection;
    QTemporaryDir m_dir;
    ExportWorkspace m_workspace;
    QJsonArray m_calls;
    QJsonArray m_emails;
    qint64 m_lastRequests = 0;
};

void TestConversationExport::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_connection = std::make_unique<ConnectionManager>(&m_network, &m_store);
    QVERIFY(m_org->connectSessionOnly(*m_connection, OrgSimFixture::adminUser()));
    const QString imported = importConnectedOrg(*m_connection, m_dir.path());
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QString orgId = m_connection->summary().orgId;
    QVERIFY(m_workspace.openOrg(m_dir.path(), orgId).ok());
    m_org->host().run([this](orgsim::OrgSimServer& server) { m_calls = orgsim::generateDemoCalls(server.org(), 200); });
    // The demo's deleted calls are left out here: deletions are their own test.
    for (qsizetype i = m_calls.size() - 1; i >= 0; --i) {
        if (m_calls.at(i)[QStringLiteral("deleted")].toBool()) {
            m_calls.removeAt(i);
        }
    }
    loadCalls();
}

ExportSettings TestConversationExport::settings() const
{
    ExportSettings settings;
    settings.target = ExportTarget::Both;
    settings.activityType = ActivityType::Task;
    settings.emailsAsTasks = true;
    return settings;
}

void TestConversationExport::loadCalls()
{
    const QByteArray json = m_emails.isEmpty()
        ? QJsonDocument(m_calls).toJson(QJsonDocument::Compact)
        : QJsonDocument(QJsonObject { { QStringLiteral("calls"), m_calls }, { QStringLiteral("emails"), m_emails } })
              .toJson(QJsonDocument::Compact);
    const CallsReader::Result loaded = m_workspace.loadCalls(json, QStringLiteral("demo"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QSignalSpy ready(&m_workspace, &ExportWorkspace::previewReady);
    const FilterNode all = FilterNode::makeGroup(FilterNode::Group::All);
    m_workspace.requestPreview(all, all, settings());
    QVERIFY(ready.wait(30000));
}

QList<ExportItem> TestConversationExport::itemsToExport()
{
    return exportRunItems(m_workspace.calls(), m_workspace.plans(), settings(), m_workspace.ledgerStore().runStates(),
        m_workspace.createableFields());
}

bool TestConversationExport::run(QList<ExportItem> items, CallExportRun::Transport transport)
{
    ExportLedger ledger = m_workspace.ledgerStore();
    CallExportRun job(m_connection->client(), &ledger, std::move(items));
    job.setTransport(transport);
    QSignalSpy finished(&job, &CallExportRun::finished);
    job.start();
    if (!finished.wait(120000) || finished.size() != 1 || !job.ok()) {
        qWarning() << "export run did not finish:" << job.error().toString();
        return false;
    }
    for (const CallExportRun::Failure& failure : job.failures()) {
        qWarning() << "call" << failure.callId << failure.message;
    }
    m_lastRequests = job.requestsSent();
    return job.failures().isEmpty();
}

QHash<QString, Records> TestConversationExport::orgRecords()
{
    QHash<QString, Records> records;
    QStringList duplicates;
    m_org->host().run([&records, &duplicates](orgsim::OrgSimServer& server) {
        const QStringList objects { ConversationPlanner::conversationObject, ConversationPlanner::participantObject,
            ConversationPlanner::trackerObject, ConversationPlanner::relatedObject, QStringLiteral("Task") };
        for (const QString& name : objects) {
            const orgsim::ObjectTable* table = server.org().table(name);
            const orgsim::ObjectSchema& schema = table->schema();
            const int key =
                schema.indexOf(schema.hasField(ConversationPlanner::keyField) ? ConversationPlanner::keyField
                                                                              : ConversationPlanner::callIdField);
            for (qint64 row = 0; row < table->rowCount(); ++row) {
                if (table->isPurged(row) || table->isDeleted(row)) {
                    continue;
                }
                const orgsim::Record record = table->record(row);
                if (record.at(key).toString().isEmpty()) {
                    continue; // tasks the demo org has without a call
                }
                QVariantMap values;
                for (int i = 0; i < schema.fields.size(); ++i) {
                    values.insert(schema.fields.at(i).name, record.at(i));
                }
                if (records[name].contains(record.at(key).toString())) {
                    duplicates.append(name + QLatin1Char(' ') + record.at(key).toString());
                }
                records[name].insert(record.at(key).toString(), values);
            }
        }
    });
    if (!duplicates.isEmpty()) {
        qWarning() << "duplicates:" << duplicates;
        records[QStringLiteral("duplicates")].insert(duplicates.join(QLatin1Char(',')), {}); // fails the count check
    }
    return records;
}

void TestConversationExport::verifyOrgMatchesPlans(const QSet<QString>& expectedCalls)
{
    const QHash<QString, Records> org = orgRecords();
    QHash<QString, int> expectedCounts;
    for (const ExportPreview::CallPlan& preview : m_workspace.plans()) {
        const Call& call = m_workspace.calls().at(preview.index);
        if (!expectedCalls.contains(call.id)) {
            continue;
        }
        const ConversationPlan plan = ConversationPlanner::plan(
            call, preview.match(), settings(), m_workspace.createableFields().value(QStringLiteral("Task")));
        QVERIFY(plan.activity);
        const QVariantMap task = org.value(QStringLiteral("Task")).value(call.id);
        QVERIFY2(!task.isEmpty(), qPrintable(call.id));
        for (auto it = plan.activity->fields.constBegin(); it != plan.activity->fields.constEnd(); ++it) {
            QVERIFY2(sameValue(it.value(), task.value(it.key())),
                qPrintable(
                    call.id + QLatin1Char(' ') + it.key() + QStringLiteral(": ") + task.value(it.key()).toString()));
        }
        ++expectedCounts[QStringLiteral("Task")];
        if (call.email) {
            QVERIFY(!plan.conversation && plan.children.isEmpty()); // an email is its task only
            continue;
        }
        QVERIFY(plan.conversation);
        const QVariantMap conversation = org.value(plan.conversation->sobject).value(call.id);
        QVERIFY2(!conversation.isEmpty(), qPrintable(call.id));
        for (auto it = plan.conversation->fields.constBegin(); it != plan.conversation->fields.constEnd(); ++it) {
            QVERIFY2(sameValue(it.value(), conversation.value(it.key())),
                qPrintable(call.id + QLatin1Char(' ') + it.key() + QStringLiteral(": ")
                    + conversation.value(it.key()).toString()));
        }
        ++expectedCounts[plan.conversation->sobject];
        for (const PlannedRecord& child : plan.children) {
            const QVariantMap record = org.value(child.sobject).value(child.externalId);
            QVERIFY2(!record.isEmpty(), qPrintable(child.externalId));
            QCOMPARE(record.value(ConversationPlanner::masterField).toString(),
                conversation.value(QStringLiteral("Id")).toString());
            for (auto it = child.fields.constBegin(); it != child.fields.constEnd(); ++it) {
                QVERIFY2(sameValue(it.value(), record.value(it.key())), qPrintable(child.externalId + it.key()));
            }
            ++expectedCounts[child.sobject];
        }
    }
    // Nothing more: no duplicates, no stale children, nothing of deleted calls.
    for (auto it = org.constBegin(); it != org.constEnd(); ++it) {
        QCOMPARE(int(it->size()), expectedCounts.value(it.key()));
    }
}

void TestConversationExport::exportsFullDataAndTasks()
{
    const QList<ExportItem> items = itemsToExport();
    QSet<QString> exported;
    for (const ExportItem& item : items) {
        QVERIFY(!item.deleted && !item.known);
        exported.insert(item.callId);
    }
    QVERIFY(exported.size() > 150);
    QVERIFY(run(items));
    // Many calls per API call: far fewer requests than calls.
    QVERIFY2(m_lastRequests * 10 <= exported.size(), qPrintable(QString::number(m_lastRequests)));
    verifyOrgMatchesPlans(exported);
    // Nothing changed: a second run has nothing to do.
    QVERIFY(itemsToExport().isEmpty());
}

void TestConversationExport::reprocessingUpdatesInPlace()
{
    QSet<QString> all;
    for (const ExportPreview::CallPlan& preview : m_workspace.plans()) {
        all.insert(m_workspace.calls().at(preview.index).id);
    }
    // 20 calls change on the platform: a new title, a participant fewer, different trackers.
    for (int i = 0; i < 20; ++i) {
        QJsonObject call = m_calls.at(i * 5).toObject();
        call.insert(QStringLiteral("title"),
            QString(call.value(QStringLiteral("title")).toString() + QStringLiteral(" (edited)")));
        QJsonArray participants = call.value(QStringLiteral("participants")).toArray();
        if (participants.size() > 1) {
            participants.removeLast();
        }
        call.insert(QStringLiteral("participants"), participants);
        call.insert(QStringLiteral("trackers"), QJsonArray { QStringLiteral("Reprocessed") });
        call.insert(QStringLiteral("updated"), QStringLiteral("2026-11-30T10:00:00Z"));
        m_calls[i * 5] = call;
    }
    loadCalls();
    const QList<ExportItem> items = itemsToExport();
    QCOMPARE(items.size(), 20);
    for (const ExportItem& item : items) {
        QVERIFY(item.known && !item.deleted);
    }
    QVERIFY(run(items));
    verifyOrgMatchesPlans(all);
}

void TestConversationExport::deletedCallsTakeTheirRecords()
{
    QSet<QString> remaining;
    QSet<QString> deleted;
    for (int i = 0; i < 5; ++i) {
        QJsonObject call = m_calls.at(i * 7 + 1).toObject();
        call.insert(QStringLiteral("deleted"), true);
        deleted.insert(call.value(QStringLiteral("id")).toString());
        m_calls[i * 7 + 1] = call;
    }
    for (const QJsonValue& call : m_calls) {
        if (!deleted.contains(call[QStringLiteral("id")].toString())) {
            remaining.insert(call[QStringLiteral("id")].toString());
        }
    }
    loadCalls();
    const QList<ExportItem> items = itemsToExport();
    QCOMPARE(items.size(), 5);
    QVERIFY(run(items));
    verifyOrgMatchesPlans(remaining);
    QVERIFY(itemsToExport().isEmpty());
}

void TestConversationExport::stoppedRunsResumeToACleanRun()
{
    // 60 new calls, copies of demo calls under new ids.
    QSet<QString> expected;
    for (const QJsonValue& call : m_calls) {
        if (!call[QStringLiteral("deleted")].toBool()) {
            expected.insert(call[QStringLiteral("id")].toString());
        }
    }
    for (int i = 0; i < 60; ++i) {
        QJsonObject call = m_calls.at(i).toObject();
        call.insert(QStringLiteral("id"), QStringLiteral("resume-%1").arg(i));
        call.insert(QStringLiteral("deleted"), false);
        m_calls.append(call);
        expected.insert(call.value(QStringLiteral("id")).toString());
    }
    loadCalls();
    // Small requests (one call each, the comparison transport) so the run can stop between and
    // during them.
    ExportLedger ledger = m_workspace.ledgerStore();
    {
        CallExportRun cancelled(m_connection->client(), &ledger, itemsToExport());
        cancelled.setTransport(CallExportRun::Transport::CompositePerCall);
        QSignalSpy finished(&cancelled, &CallExportRun::finished);
        connect(&cancelled, &CallExportRun::progress, &cancelled, [&cancelled](int done) {
            if (done == 10) {
                cancelled.cancel();
            }
        });
        cancelled.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(cancelled.done() < cancelled.total());
    }
    {
        // Destroyed while a request is in flight: the org may or may not have applied it.
        QPointer<CallExportRun> destroyed = new CallExportRun(m_connection->client(), &ledger, itemsToExport());
        destroyed->setTransport(CallExportRun::Transport::CompositePerCall);
        bool wasDestroyed = false;
        connect(destroyed.data(), &CallExportRun::progress, this, [&](int done) {
            if (done == 15 && destroyed) {
                QTimer::singleShot(0, destroyed.data(), [&] {
                    delete destroyed.data();
                    wasDestroyed = true;
                });
            }
        });
        destroyed->start();
        QTRY_VERIFY_WITH_TIMEOUT(wasDestroyed, 60000);
        QTest::qWait(200); // the request in flight reaches the org
    }
    const QList<ExportItem> rest = itemsToExport();
    QVERIFY(!rest.isEmpty());
    QVERIFY(run(rest));
    QVERIFY(itemsToExport().isEmpty());
    verifyOrgMatchesPlans(expected);
}

// A run spends at most its share of the org's remaining daily requests: it stops before the
// request that would pass it (without an error), and the next run exports the rest.
void TestConversationExport::stopsAtItsApiBudgetAndGoesOnNextRun()
{
    QSet<QString> expected;
    for (const QJsonValue& call : m_calls) {
        if (!call[QStringLiteral("deleted")].toBool()) {
            expected.insert(call[QStringLiteral("id")].toString());
        }
    }
    for (int i = 0; i < 30; ++i) {
        QJsonObject call = m_calls.at(i).toObject();
        call.insert(QStringLiteral("id"), QStringLiteral("budget-%1").arg(i));
        call.insert(QStringLiteral("deleted"), false);
        m_calls.append(call);
        expected.insert(call.value(QStringLiteral("id")).toString());
    }
    loadCalls();
    ExportLedger ledger = m_workspace.ledgerStore();
    {
        CallExportRun limited(m_connection->client(), &ledger, itemsToExport());
        limited.setTransport(CallExportRun::Transport::CompositePerCall); // one request per call
        limited.setBudgetShare(0.0001); // of about 100,000 remaining: a handful of requests
        QSignalSpy finished(&limited, &CallExportRun::finished);
        limited.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(limited.ok(), qPrintable(limited.error().toString()));
        QVERIFY(limited.stoppedAtBudget());
        QVERIFY(limited.budget() > 0);
        QVERIFY(limited.requestsSent() <= limited.budget());
        QVERIFY(limited.done() < limited.total());
        QVERIFY(limited.budgetMessage().contains(QString::number(limited.budget())));
    }
    const QList<ExportItem> rest = itemsToExport();
    QVERIFY(!rest.isEmpty());
    QVERIFY(run(rest));
    QVERIFY(itemsToExport().isEmpty());
    verifyOrgMatchesPlans(expected);
}

// The platform's captured emails: each a Task with TaskSubtype Email, matched like a call (the
// contact it was sent to), exported beside the calls in the same run.
void TestConversationExport::capturedEmailsBecomeTasks()
{
    QSet<QString> expected;
    QString rep;
    QStringList contacts;
    for (const QJsonValue& call : m_calls) {
        if (!call[QStringLiteral("deleted")].toBool()) {
            expected.insert(call[QStringLiteral("id")].toString());
        }
        for (const QJsonValue& participant : call[QStringLiteral("participants")].toArray()) {
            if (participant[QStringLiteral("affiliation")].toString() == QLatin1String("external")
                && contacts.size() < 3 && (rep.isEmpty() || rep == call[QStringLiteral("primaryUser")].toString())) {
                rep = call[QStringLiteral("primaryUser")].toString();
                contacts.append(participant[QStringLiteral("email")].toString());
            }
        }
    }
    QCOMPARE(contacts.size(), 3);
    for (int i = 0; i < 3; ++i) {
        m_emails.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("email-%1").arg(i) },
            { QStringLiteral("subject"), QStringLiteral("Proposal %1").arg(i) },
            { QStringLiteral("sent"), QStringLiteral("2026-11-20T09:3%1:00Z").arg(i) },
            { QStringLiteral("from"), i == 2 ? contacts.at(i) : rep },
            { QStringLiteral("to"), QJsonArray { i == 2 ? rep : contacts.at(i) } },
            { QStringLiteral("cc"), QJsonArray {} }, { QStringLiteral("user"), rep },
            { QStringLiteral("bodyExcerpt"), QStringLiteral("Please find the proposal attached.") },
            { QStringLiteral("threadId"), QStringLiteral("thread-%1").arg(i) } });
        expected.insert(QStringLiteral("email-%1").arg(i));
    }
    loadCalls();
    const QList<ExportItem> items = itemsToExport();
    QCOMPARE(items.size(), 3);
    for (const ExportItem& item : items) {
        QVERIFY(item.plan.activity && !item.plan.conversation);
        QCOMPARE(item.plan.activity->fields.value(QStringLiteral("TaskSubtype")).toString(), QStringLiteral("Email"));
    }
    QVERIFY(run(items));
    verifyOrgMatchesPlans(expected);
}

// A call the org refuses (an email longer than the participant's Email field) fails alone: the
// other calls of its request land, the failure names the call and the cause, and the next run
// writes it again once it is fixed.
void TestConversationExport::aFailedCallFailsAloneAndIsRetried()
{
    QSet<QString> expected;
    for (const QJsonValue& call : m_calls) {
        if (!call[QStringLiteral("deleted")].toBool()) {
            expected.insert(call[QStringLiteral("id")].toString());
        }
    }
    for (const QJsonValue& email : m_emails) {
        expected.insert(email[QStringLiteral("id")].toString());
    }
    const QString tooLong = QString(90, QLatin1Char('x')) + QStringLiteral("@example.com");
    for (int i = 0; i < 3; ++i) {
        QJsonObject call = m_calls.at(i).toObject();
        call.insert(QStringLiteral("id"), QStringLiteral("refused-%1").arg(i));
        call.insert(QStringLiteral("deleted"), false);
        if (i == 1) {
            QJsonArray participants = call.value(QStringLiteral("participants")).toArray();
            participants.append(QJsonObject { { QStringLiteral("email"), tooLong },
                { QStringLiteral("name"), QStringLiteral("Too long") },
                { QStringLiteral("affiliation"), QStringLiteral("unknown") } });
            call.insert(QStringLiteral("participants"), participants);
        }
        m_calls.append(call);
        expected.insert(call.value(QStringLiteral("id")).toString());
    }
    loadCalls();
    QList<ExportItem> items = itemsToExport();
    QCOMPARE(items.size(), 3);
    ExportLedger ledger = m_workspace.ledgerStore();
    {
        CallExportRun job(m_connection->client(), &ledger, items);
        QSignalSpy finished(&job, &CallExportRun::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.ok());
        QCOMPARE(job.written(), 2);
        QCOMPARE(job.failures().size(), 1);
        QCOMPARE(job.failures().first().callId, QStringLiteral("refused-1"));
        QVERIFY2(job.failures().first().message.contains(QLatin1String("STRING_TOO_LONG")),
            qPrintable(job.failures().first().message));
        QCOMPARE(job.requestsSent(), 3); // `limits`, the look-up, then one request: the others were not held back
    }
    // Fixed on the platform: the next run writes it, and only it.
    QJsonArray participants = m_calls.at(m_calls.size() - 2)[QStringLiteral("participants")].toArray();
    participants.removeLast();
    QJsonObject refused = m_calls.at(m_calls.size() - 2).toObject();
    refused.insert(QStringLiteral("participants"), participants);
    m_calls[m_calls.size() - 2] = refused;
    loadCalls();
    items = itemsToExport();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().callId, QStringLiteral("refused-1"));
    QVERIFY(items.first().known);
    QVERIFY(run(items));
    verifyOrgMatchesPlans(expected);
}

QTEST_GUILESS_MAIN(TestConversationExport)
#include "TestConversationExport.moc"
