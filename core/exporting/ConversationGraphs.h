#pragma once

#include "core/exporting/ConversationPlanner.h"

#include <QJsonArray>

namespace callbridge {

// One call of an export run: its full data and activity to write, or, for a call deleted on the
// platform, the records to remove.
struct ExportItem
{
    QString callId;
    bool deleted = false;
    ConversationPlan plan; // for a call to write
    QString activitySobject; // Task or Event: what a deleted call's activity was
    bool fullData = false; // whether a deleted call had full data
    bool known = false; // exported before (or in flight when a run stopped): its records are looked up first
};

// What the org already holds for a call, as the run looked it up before writing: its
// Conversation, its children by external ID, its activity.
struct ExistingRecords
{
    QString conversationId;
    QHash<QString, QString> childIds; // cb__Key__c -> Id
    QString activityId;
};

// Builds the composite graph that writes one call, and packs graphs into composite/graph
// requests within the limits Salesforce documents ("Composite Graph Limits"): 75 graphs and 500
// nodes per request, 500 nodes per graph, 15 different nodes (API version, method, object) per
// request; every graph here is 2 deep (the Conversation, then what refers to it).
class ConversationGraphs
{
public:
    static constexpr int maxGraphsPerPayload = 75;
    static constexpr int maxNodesPerPayload = 500;
    static constexpr int maxDifferentNodes = 15;

    // The nodes (composite subrequests) for one call; empty when there is nothing to do (a
    // deleted call whose records are gone already). `existing` is null when not looked up.
    static QJsonArray nodes(const ExportItem& item, const ExistingRecords* existing, const QString& apiVersion);

    // The different-node key of a subrequest: "v62.0 PATCH cb__conversation__c".
    static QString nodeType(const QJsonObject& node);

    // Fields Salesforce lets a task or event be created with but not updated with.
    static const QStringList& createOnlyActivityFields();
};

// Graphs gathered into requests as large as the limits allow.
class GraphPayload
{
public:
    // False (nothing added) when the graph would break a limit of this payload.
    bool add(const QString& graphId, const QJsonArray& nodes);
    bool isEmpty() const { return m_graphs.isEmpty(); }
    int graphCount() const { return int(m_graphs.size()); }
    int nodeCount() const { return m_nodes; }
    QByteArray toJson() const;

private:
    QJsonArray m_graphs;
    QSet<QString> m_types;
    int m_nodes = 0;
};

} // namespace callbridge
