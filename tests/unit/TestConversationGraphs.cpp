// A call's full data (the Conversation, its children, its activity) as records and as a
// composite graph, and graphs packed within the documented composite graph limits.
#include "core/exporting/ConversationGraphs.h"

#include <QJsonDocument>
#include <QTest>

using namespace callbridge;

namespace {

Call sampleCall()
{
    Call call;
    call.id = QStringLiteral("call-1");
    call.title = QStringLiteral("Pricing discussion");
    call.started = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);
    call.duration = 1800;
    call.direction = QStringLiteral("outbound");
    call.primaryUser = QStringLiteral("rep@callbridge-demo.com");
    call.participants = { { QStringLiteral("rep@callbridge-demo.com"), QStringLiteral("Rep"),
                              CallParticipant::Affiliation::Internal, 600 },
        { QStringLiteral("ann@acme.com"), QStringLiteral("Ann"), CallParticipant::Affiliation::External, 900 },
        { QStringLiteral("ann@acme.com"), QStringLiteral("Ann again"), CallParticipant::Affiliation::External, -1 },
        { QStringLiteral("lee@lead.io"), QStringLiteral("Lee"), CallParticipant::Affiliation::External, -1 } };
    call.trackers = { QStringLiteral("Pricing"), QStringLiteral("[Smart] Timeline"), QStringLiteral("Pricing") };
    return call;
}

CallMatch sampleMatch()
{
    CallMatch match;
    match.contacts = { { QStringLiteral("ann@acme.com"), QStringLiteral("003000000000001AAA") } };
    match.leads = { { QStringLiteral("lee@lead.io"), QStringLiteral("00Q000000000001AAA") } };
    match.accountId = QStringLiteral("001000000000001AAA");
    match.opportunityId = QStringLiteral("006000000000001AAA");
    match.ownerId = QStringLiteral("005000000000001AAA");
    return match;
}

ExportSettings both()
{
    ExportSettings settings;
    settings.target = ExportTarget::Both;
    return settings;
}

const PlannedRecord* child(const ConversationPlan& plan, const QString& key)
{
    for (const PlannedRecord& record : plan.children) {
        if (record.externalId == key) {
            return &record;
        }
    }
    return nullptr;
}

QJsonArray nodesOf(int count, const QString& object = QStringLiteral("Account"))
{
    QJsonArray nodes;
    for (int i = 0; i < count; ++i) {
        nodes.append(QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
            { QStringLiteral("url"), QString(QStringLiteral("/services/data/v62.0/sobjects/") + object) },
            { QStringLiteral("referenceId"), QStringLiteral("n%1").arg(i) } });
    }
    return nodes;
}

} // namespace

class TestConversationGraphs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planHasTheConversationAndItsChildren();
    void targetDecidesWhatIsPlanned();
    void fingerprintFollowsTheContent();
    void graphOfANewCallUpsertsEverything();
    void graphOfAKnownCallUpdatesInPlace();
    void deletedCallDeletesWhatExists();
    void payloadsStayWithinTheLimits();
};

void TestConversationGraphs::planHasTheConversationAndItsChildren()
{
    const ConversationPlan plan = ConversationPlanner::plan(sampleCall(), sampleMatch(), both());
    QVERIFY(plan.conversation && plan.activity);
    QCOMPARE(plan.conversation->externalId, QStringLiteral("call-1"));
    QCOMPARE(plan.conversation->fields.value(QStringLiteral("cb__Opportunity__c")).toString(),
        QStringLiteral("006000000000001AAA"));
    // The same person twice is one participant; the contact and the lead are looked up.
    const PlannedRecord* ann = child(plan, QStringLiteral("call-1:participant:ann@acme.com"));
    QVERIFY(ann);
    QCOMPARE(ann->fields.value(QStringLiteral("Name")).toString(), QStringLiteral("Ann"));
    QCOMPARE(ann->fields.value(QStringLiteral("cb__Contact__c")).toString(), QStringLiteral("003000000000001AAA"));
    QCOMPARE(ann->fields.value(QStringLiteral("cb__Talk_Time__c")).toDouble(), 900.0);
    const PlannedRecord* lee = child(plan, QStringLiteral("call-1:participant:lee@lead.io"));
    QCOMPARE(lee->fields.value(QStringLiteral("cb__Lead__c")).toString(), QStringLiteral("00Q000000000001AAA"));
    QVERIFY(lee->fields.value(QStringLiteral("cb__Talk_Time__c")).isNull());
    // Trackers counted, smart ones flagged and named without the prefix.
    const PlannedRecord* pricing = child(plan, QStringLiteral("call-1:tracker:pricing"));
    QCOMPARE(pricing->fields.value(QStringLiteral("cb__Occurrences__c")).toDouble(), 2.0);
    QCOMPARE(pricing->fields.value(QStringLiteral("cb__Smart__c")).toBool(), false);
    const PlannedRecord* timeline = child(plan, QStringLiteral("call-1:tracker:[smart] timeline"));
    QCOMPARE(timeline->fields.value(QStringLiteral("Name")).toString(), QStringLiteral("Timeline"));
    QCOMPARE(timeline->fields.value(QStringLiteral("cb__Smart__c")).toBool(), true);
    // Related records: account, opportunity, contact, lead.
    QVERIFY(child(plan, QStringLiteral("call-1:related:001000000000001AAA")));
    QVERIFY(child(plan, QStringLiteral("call-1:related:006000000000001AAA")));
    QVERIFY(child(plan, QStringLiteral("call-1:related:003000000000001AAA")));
    QVERIFY(child(plan, QStringLiteral("call-1:related:00Q000000000001AAA")));
    QCOMPARE(plan.children.size(), 3 + 2 + 4);
    QCOMPARE(plan.recordCount(), 1 + 9 + 1);
}

void TestConversationGraphs::targetDecidesWhatIsPlanned()
{
    ExportSettings settings;
    ConversationPlan plan = ConversationPlanner::plan(sampleCall(), sampleMatch(), settings);
    QVERIFY(!plan.conversation && plan.children.isEmpty() && plan.activity);
    settings.target = ExportTarget::FullData;
    plan = ConversationPlanner::plan(sampleCall(), sampleMatch(), settings);
    QVERIFY(plan.conversation && !plan.activity);
}

void TestConversationGraphs::fingerprintFollowsTheContent()
{
    const QString first = ConversationPlanner::plan(sampleCall(), sampleMatch(), both()).fingerprint;
    QCOMPARE(ConversationPlanner::plan(sampleCall(), sampleMatch(), both()).fingerprint, first);
    Call changed = sampleCall();
    changed.trackers.append(QStringLiteral("Budget"));
    QVERIFY(ConversationPlanner::plan(changed, sampleMatch(), both()).fingerprint != first);
}

void TestConversationGraphs::graphOfANewCallUpsertsEverything()
{
    ExportItem item;
    item.callId = QStringLiteral("call-1");
    item.plan = ConversationPlanner::plan(sampleCall(), sampleMatch(), both());
    const QJsonArray nodes = ConversationGraphs::nodes(item, nullptr, QStringLiteral("62.0"));
    QCOMPARE(nodes.size(), item.plan.recordCount());
    QCOMPARE(nodes.at(0)[QStringLiteral("url")].toString(),
        QStringLiteral("/services/data/v62.0/sobjects/cb__Conversation__c/cb__Call_Id__c/call-1"));
    QCOMPARE(nodes.at(1)[QStringLiteral("body")][QStringLiteral("cb__Conversation__c")].toString(),
        QStringLiteral("@{conversation.id}"));
    const QJsonObject activity = nodes.last().toObject();
    QCOMPARE(activity.value(QStringLiteral("url")).toString(),
        QStringLiteral("/services/data/v62.0/sobjects/Task/cb__Call_Id__c/call-1"));
    QCOMPARE(activity.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
}

void TestConversationGraphs::graphOfAKnownCallUpdatesInPlace()
{
    ExportItem item;
    item.callId = QStringLiteral("call-1");
    item.known = true;
    item.plan = ConversationPlanner::plan(sampleCall(), sampleMatch(), both());
    ExistingRecords existing;
    existing.conversationId = QStringLiteral("a0C000000000001AAA");
    existing.childIds.insert(QStringLiteral("call-1:participant:ann@acme.com"), QStringLiteral("a0D000000000001AAA"));
    existing.childIds.insert(QStringLiteral("call-1:tracker:gone"), QStringLiteral("a0E000000000009AAA"));
    existing.activityId = QStringLiteral("00T000000000001AAA");
    const QJsonArray nodes = ConversationGraphs::nodes(item, &existing, QStringLiteral("62.0"));
    QCOMPARE(nodes.size(), item.plan.recordCount() + 1); // and the stale tracker's delete
    bool staleDeleted = false;
    for (const QJsonValue& node : nodes) {
        const QString url = node[QStringLiteral("url")].toString();
        if (url.endsWith(QLatin1String("ann@acme.com"))) {
            QVERIFY(!node[QStringLiteral("body")].toObject().contains(QStringLiteral("cb__Conversation__c")));
        }
        if (node[QStringLiteral("method")].toString() == QLatin1String("DELETE")) {
            QCOMPARE(
                url, QStringLiteral("/services/data/v62.0/sobjects/cb__Conversation_Tracker__c/a0E000000000009AAA"));
            staleDeleted = true;
        }
    }
    QVERIFY(staleDeleted);
    QCOMPARE(nodes.last()[QStringLiteral("url")].toString(),
        QStringLiteral("/services/data/v62.0/sobjects/Task/00T000000000001AAA"));
    QVERIFY(!nodes.last()[QStringLiteral("body")].toObject().contains(QStringLiteral("TaskSubtype")));
}

void TestConversationGraphs::deletedCallDeletesWhatExists()
{
    ExportItem item;
    item.callId = QStringLiteral("call-1");
    item.deleted = true;
    item.activitySobject = QStringLiteral("Task");
    ExistingRecords existing;
    QVERIFY(ConversationGraphs::nodes(item, &existing, QStringLiteral("62.0")).isEmpty());
    existing.conversationId = QStringLiteral("a0C000000000001AAA");
    existing.activityId = QStringLiteral("00T000000000001AAA");
    const QJsonArray nodes = ConversationGraphs::nodes(item, &existing, QStringLiteral("62.0"));
    QCOMPARE(nodes.size(), 2); // the Conversation's children go with it
    QCOMPARE(nodes.at(0)[QStringLiteral("method")].toString(), QStringLiteral("DELETE"));
}

void TestConversationGraphs::payloadsStayWithinTheLimits()
{
    GraphPayload nodes;
    int graphs = 0;
    while (nodes.add(QStringLiteral("g%1").arg(graphs), nodesOf(10))) {
        ++graphs;
    }
    QCOMPARE(graphs, 50); // 500 nodes
    QCOMPARE(nodes.nodeCount(), 500);
    GraphPayload count;
    graphs = 0;
    while (count.add(QStringLiteral("g%1").arg(graphs), nodesOf(2))) {
        ++graphs;
    }
    QCOMPARE(graphs, 75);
    GraphPayload kinds;
    for (int i = 0; i < 15; ++i) {
        QVERIFY(kinds.add(QStringLiteral("g%1").arg(i), nodesOf(1, QStringLiteral("Object%1__c").arg(i))));
    }
    QVERIFY(!kinds.add(QStringLiteral("g15"), nodesOf(1, QStringLiteral("Object15__c"))));
    QVERIFY(kinds.add(QStringLiteral("g16"), nodesOf(1, QStringLiteral("Object3__c"))));
    QVERIFY(QJsonDocument::fromJson(kinds.toJson()).object().value(QStringLiteral("graphs")).toArray().size() == 16);
}

QTEST_GUILESS_MAIN(TestConversationGraphs)
#include "TestConversationGraphs.moc"
