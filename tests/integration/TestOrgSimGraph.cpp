// orgsim's composite graph, upsert by external ID and master-detail cascade delete, as the
// REST API Developer Guide documents them, on the call-recording package's objects (the
// Conversation and its participants, trackers and related records).
#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/OrgSimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QString base = QStringLiteral("/services/data/v60.0");

QJsonObject node(const QString& method, const QString& url, const QString& referenceId, const QJsonObject& body = {})
{
    QJsonObject result { { QStringLiteral("method"), method }, { QStringLiteral("url"), QString(base + url) },
        { QStringLiteral("referenceId"), referenceId } };
    if (!body.isEmpty()) {
        result.insert(QStringLiteral("body"), body);
    }
    return result;
}

// A call as one graph: the Conversation upserted by its call id, a participant and a tracker.
QJsonObject callGraph(const QString& callId, const QString& participantName = QStringLiteral("Ann"))
{
    return QJsonObject { { QStringLiteral("graphId"),
                             QString(QStringLiteral("g") + callId).replace(QLatin1Char('-'), QLatin1Char('_')) },
        { QStringLiteral("compositeRequest"),
            QJsonArray {
                node(QStringLiteral("PATCH"), QStringLiteral("/sobjects/cb__Conversation__c/cb__Call_Id__c/") + callId,
                    QStringLiteral("conv"), { { QStringLiteral("Name"), QString(QStringLiteral("Call ") + callId) } }),
                node(QStringLiteral("PATCH"),
                    QStringLiteral("/sobjects/cb__Conversation_Participant__c/cb__Key__c/") + callId
                        + QStringLiteral(":participant:ann"),
                    QStringLiteral("p1"),
                    { { QStringLiteral("Name"), participantName },
                        { QStringLiteral("cb__Email__c"), QStringLiteral("ann@example.com") },
                        { QStringLiteral("cb__Conversation__c"), QStringLiteral("@{conv.id}") } }),
                node(QStringLiteral("PATCH"),
                    QStringLiteral("/sobjects/cb__Conversation_Tracker__c/cb__Key__c/") + callId
                        + QStringLiteral(":tracker:pricing"),
                    QStringLiteral("t1"),
                    { { QStringLiteral("Name"), QStringLiteral("Pricing") }, { QStringLiteral("cb__Smart__c"), true },
                        { QStringLiteral("cb__Occurrences__c"), 3 },
                        { QStringLiteral("cb__Conversation__c"), QStringLiteral("@{conv.id}") } }),
            } } };
}

QByteArray graphsOf(const QJsonArray& graphs)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("graphs"), graphs } }).toJson(QJsonDocument::Compact);
}

int totalSize(TestHttp& http, const QString& soql, bool all = false)
{
    const HttpResult result = all
        ? http.get(base + QStringLiteral("/queryAll?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)))
        : http.query(soql);
    return result.json().object().value(QStringLiteral("totalSize")).toInt(-1);
}

} // namespace

class TestOrgSimGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upsertCreatesThenUpdates();
    void upsertRefusesFieldsThatAreNotExternalIds();
    void graphsLandOrFailAlone();
    void graphRequestIsOneApiCall();
    void graphLimits_data();
    void graphLimits();
    void graphDepthAndReferences();
    void deletingTheMasterDeletesDetails();
    void describeShowsMasterDetail();

private:
    qint64 apiCallsUsed();
    std::unique_ptr<OrgSimFixture> m_org;
    QString m_token;
};

void TestOrgSimGraph::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_token = m_org->accessTokenFor(OrgSimFixture::integrationUser());
    QVERIFY(!m_token.isEmpty());
}

qint64 TestOrgSimGraph::apiCallsUsed()
{
    qint64 used = 0;
    m_org->host().run([&](orgsim::OrgSimServer& server) { used = server.usage().used(); });
    return used;
}

void TestOrgSimGraph::upsertCreatesThenUpdates()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    const QString path = base + QStringLiteral("/sobjects/cb__Conversation__c/cb__Call_Id__c/upsert-1");
    HttpResult result = http.patch(path, R"({"Name": "First"})");
    QCOMPARE(result.status, 201);
    QCOMPARE(result.json().object().value(QStringLiteral("created")).toBool(false), true);
    const QString id = result.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(id.left(3), QStringLiteral("a0C"));

    result = http.patch(path, R"({"Name": "Second"})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().object().value(QStringLiteral("created")).toBool(true), false);
    QCOMPARE(result.json().object().value(QStringLiteral("id")).toString(), id);
    // Matching ignores case, as external IDs that are not case-sensitive do.
    result = http.patch(
        base + QStringLiteral("/sobjects/cb__Conversation__c/cb__Call_Id__c/UPSERT-1"), R"({"Name": "Third"})");
    QCOMPARE(result.status, 200);
    QCOMPARE(
        totalSize(http, QStringLiteral("SELECT Id FROM cb__Conversation__c WHERE cb__Call_Id__c = 'upsert-1'")), 1);
    // Before API 46.0 an update answers 204 without a body.
    result = http.patch(QStringLiteral("/services/data/v45.0/sobjects/cb__Conversation__c/cb__Call_Id__c/upsert-1"),
        R"({"Name": "Fourth"})");
    QCOMPARE(result.status, 204);
    // Read and delete through the same resource.
    result = http.get(path);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().object().value(QStringLiteral("Name")).toString(), QStringLiteral("Fourth"));
    QCOMPARE(http.remove(path).status, 204);
    QCOMPARE(http.get(path).status, 404);
}

void TestOrgSimGraph::upsertRefusesFieldsThatAreNotExternalIds()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    const HttpResult result =
        http.patch(base + QStringLiteral("/sobjects/cb__Conversation__c/cb__Title__c/x"), R"({"Name": "No"})");
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().array().first().toObject().value(QStringLiteral("errorCode")).toString(),
        QStringLiteral("NOT_FOUND"));
}

void TestOrgSimGraph::graphsLandOrFailAlone()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    // The participant's name is longer than its 80 characters: that node fails, so its graph does.
    const QJsonObject failing = callGraph(QStringLiteral("alone-2"), QString(81, QLatin1Char('x')));
    const HttpResult result = http.post(base + QStringLiteral("/composite/graph"),
        graphsOf({ callGraph(QStringLiteral("alone-1")), failing, callGraph(QStringLiteral("alone-3")) }));
    QCOMPARE(result.status, 200);
    const QJsonArray graphs = result.json().object().value(QStringLiteral("graphs")).toArray();
    QCOMPARE(graphs.size(), 3);
    QCOMPARE(graphs.at(0)[QStringLiteral("isSuccessful")].toBool(), true);
    QCOMPARE(graphs.at(1)[QStringLiteral("isSuccessful")].toBool(), false);
    QCOMPARE(graphs.at(2)[QStringLiteral("isSuccessful")].toBool(), true);
    QCOMPARE(graphs.at(1)[QStringLiteral("graphId")].toString(), QStringLiteral("galone_2"));
    // The failed graph's Conversation, created before its participant failed, is rolled back.
    const QJsonArray nodes =
        graphs.at(1)[QStringLiteral("graphResponse")][QStringLiteral("compositeResponse")].toArray();
    QCOMPARE(nodes.at(0)[QStringLiteral("httpStatusCode")].toInt(), 400);
    QCOMPARE(nodes.at(0)[QStringLiteral("body")][0][QStringLiteral("errorCode")].toString(),
        QStringLiteral("PROCESSING_HALTED"));
    QCOMPARE(totalSize(http, QStringLiteral("SELECT Id FROM cb__Conversation__c WHERE cb__Call_Id__c = 'alone-2'")), 0);
    QCOMPARE(
        totalSize(http,
            QStringLiteral("SELECT Id FROM cb__Conversation_Participant__c WHERE cb__Conversation__r.cb__Call_Id__c "
                           "IN ('alone-1', 'alone-3')")),
        2);
    // The same graph again updates in place: nothing is duplicated.
    QCOMPARE(
        http.post(base + QStringLiteral("/composite/graph"), graphsOf({ callGraph(QStringLiteral("alone-1")) })).status,
        200);
    QCOMPARE(totalSize(http,
                 QStringLiteral("SELECT Id FROM cb__Conversation_Tracker__c WHERE cb__Key__c = "
                                "'alone-1:tracker:pricing'")),
        1);
}

void TestOrgSimGraph::graphRequestIsOneApiCall()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    QJsonArray graphs;
    for (int i = 0; i < 50; ++i) {
        graphs.append(callGraph(QStringLiteral("count-%1").arg(i)));
    }
    const qint64 before = apiCallsUsed();
    QCOMPARE(http.post(base + QStringLiteral("/composite/graph"), graphsOf(graphs)).status, 200);
    QCOMPARE(apiCallsUsed() - before, 1);
}

void TestOrgSimGraph::graphLimits_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QJsonArray tooMany;
    for (int i = 0; i < 76; ++i) {
        tooMany.append(QJsonObject { { QStringLiteral("graphId"), QStringLiteral("g%1").arg(i) },
            { QStringLiteral("compositeRequest"),
                QJsonArray { node(QStringLiteral("GET"), QStringLiteral("/sobjects/Account/001000000000001AAA"),
                    QStringLiteral("a")) } } });
    }
    QTest::newRow("76 graphs") << graphsOf(tooMany) << QStringLiteral("LIMIT_EXCEEDED");
    QJsonArray nodes;
    for (int i = 0; i < 501; ++i) {
        nodes.append(node(QStringLiteral("POST"), QStringLiteral("/sobjects/Account"), QStringLiteral("n%1").arg(i),
            { { QStringLiteral("Name"), QStringLiteral("Too many") } }));
    }
    QTest::newRow("501 nodes") << graphsOf({ QJsonObject {
        { QStringLiteral("graphId"), QStringLiteral("big") }, { QStringLiteral("compositeRequest"), nodes } } })
                               << QStringLiteral("LIMIT_EXCEEDED");
    QJsonArray kinds;
    const QStringList objects { QStringLiteral("Account"), QStringLiteral("Contact"), QStringLiteral("Lead"),
        QStringLiteral("Opportunity"), QStringLiteral("Task"), QStringLiteral("Event") };
    int n = 0;
    for (const QString& object : objects) {
        for (const QString& method : { QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE") }) {
            kinds.append(node(
                method, QStringLiteral("/sobjects/") + object + QStringLiteral("/x"), QStringLiteral("k%1").arg(n++)));
        }
    }
    QTest::newRow("18 different nodes") << graphsOf({ QJsonObject {
        { QStringLiteral("graphId"), QStringLiteral("kinds") }, { QStringLiteral("compositeRequest"), kinds } } })
                                        << QStringLiteral("LIMIT_EXCEEDED");
    QTest::newRow("duplicate graphId") << graphsOf(
        { callGraph(QStringLiteral("same")), callGraph(QStringLiteral("same")) })
                                       << QStringLiteral("INVALID_INPUT");
}

void TestOrgSimGraph::graphLimits()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    const int accounts = totalSize(http, QStringLiteral("SELECT Id FROM Account WHERE Name = 'Too many'"));
    const HttpResult result = http.post(base + QStringLiteral("/composite/graph"), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().array().first().toObject().value(QStringLiteral("errorCode")).toString(), errorCode);
    QCOMPARE(totalSize(http, QStringLiteral("SELECT Id FROM Account WHERE Name = 'Too many'")), accounts);
}

void TestOrgSimGraph::graphDepthAndReferences()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    // A chain of 16 nodes, each referring to the one before: deeper than 15.
    QJsonArray chain { node(QStringLiteral("POST"), QStringLiteral("/sobjects/Account"), QStringLiteral("n0"),
        { { QStringLiteral("Name"), QStringLiteral("Deep 0") } }) };
    for (int i = 1; i < 16; ++i) {
        chain.append(node(QStringLiteral("POST"), QStringLiteral("/sobjects/Account"), QStringLiteral("n%1").arg(i),
            { { QStringLiteral("Name"), QStringLiteral("Deep @{n%1.id}").arg(i - 1) } }));
    }
    // A graph may not refer to another graph's nodes.
    QJsonObject foreign = callGraph(QStringLiteral("foreign"));
    QJsonArray foreignNodes { node(QStringLiteral("POST"), QStringLiteral("/sobjects/Account"), QStringLiteral("x"),
        { { QStringLiteral("Name"), QStringLiteral("Foreign @{conv.id}") } }) };
    const HttpResult result = http.post(base + QStringLiteral("/composite/graph"),
        graphsOf({ QJsonObject { { QStringLiteral("graphId"), QStringLiteral("deep") },
                       { QStringLiteral("compositeRequest"), chain } },
            foreign,
            QJsonObject { { QStringLiteral("graphId"), QStringLiteral("other") },
                { QStringLiteral("compositeRequest"), foreignNodes } } }));
    QCOMPARE(result.status, 200);
    const QJsonArray graphs = result.json().object().value(QStringLiteral("graphs")).toArray();
    QCOMPARE(graphs.at(0)[QStringLiteral("isSuccessful")].toBool(), false);
    QCOMPARE(graphs.at(1)[QStringLiteral("isSuccessful")].toBool(), true);
    QCOMPARE(graphs.at(2)[QStringLiteral("isSuccessful")].toBool(), false);
    QCOMPARE(totalSize(http, QStringLiteral("SELECT Id FROM Account WHERE Name LIKE 'Deep%'")), 0);
}

void TestOrgSimGraph::deletingTheMasterDeletesDetails()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    QCOMPARE(
        http.post(base + QStringLiteral("/composite/graph"), graphsOf({ callGraph(QStringLiteral("cascade")) })).status,
        200);
    const QString children =
        QStringLiteral("SELECT Id FROM cb__Conversation_Participant__c WHERE cb__Key__c = 'cascade:participant:ann'");
    QCOMPARE(totalSize(http, children), 1);
    QCOMPARE(http.remove(base + QStringLiteral("/sobjects/cb__Conversation__c/cb__Call_Id__c/cascade")).status, 204);
    QCOMPARE(totalSize(http, children), 0);
    // In the recycle bin with their master.
    QCOMPARE(totalSize(http, children, true), 1);
    // The call exported again starts afresh: the deleted details do not count as matches.
    QCOMPARE(
        http.post(base + QStringLiteral("/composite/graph"), graphsOf({ callGraph(QStringLiteral("cascade")) })).status,
        200);
    QCOMPARE(totalSize(http, children), 1);
}

void TestOrgSimGraph::describeShowsMasterDetail()
{
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_token);
    const QJsonObject participant =
        http.get(base + QStringLiteral("/sobjects/cb__Conversation_Participant__c/describe")).json().object();
    QJsonObject master;
    QJsonObject key;
    for (const QJsonValue& field : participant.value(QStringLiteral("fields")).toArray()) {
        if (field[QStringLiteral("name")].toString() == QLatin1String("cb__Conversation__c")) {
            master = field.toObject();
        }
        if (field[QStringLiteral("name")].toString() == QLatin1String("cb__Key__c")) {
            key = field.toObject();
        }
    }
    QCOMPARE(master.value(QStringLiteral("cascadeDelete")).toBool(), true);
    QCOMPARE(master.value(QStringLiteral("relationshipOrder")).toInt(-1), 0);
    QCOMPARE(master.value(QStringLiteral("nillable")).toBool(), false);
    QCOMPARE(master.value(QStringLiteral("updateable")).toBool(), false);
    QCOMPARE(key.value(QStringLiteral("externalId")).toBool(), true);
    QCOMPARE(key.value(QStringLiteral("unique")).toBool(), true);
    const QJsonObject conversation =
        http.get(base + QStringLiteral("/sobjects/cb__Conversation__c/describe")).json().object();
    QStringList cascading;
    for (const QJsonValue& child : conversation.value(QStringLiteral("childRelationships")).toArray()) {
        if (child[QStringLiteral("cascadeDelete")].toBool()) {
            cascading.append(child[QStringLiteral("childSObject")].toString());
        }
    }
    cascading.sort();
    QCOMPARE(cascading,
        QStringList({ QStringLiteral("cb__Conversation_Participant__c"),
            QStringLiteral("cb__Conversation_Related_Record__c"), QStringLiteral("cb__Conversation_Tracker__c") }));
}

QTEST_GUILESS_MAIN(TestOrgSimGraph)
#include "TestOrgSimGraph.moc"
