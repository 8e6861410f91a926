#pragma once

#include "core/exporting/ActivityPlanner.h"

#include <optional>

namespace callbridge {

// One record of a call's full data, written by upsert on its external ID.
struct PlannedRecord
{
    QString sobject;
    QString externalIdField; // cb__Call_Id__c for the Conversation and the activity, cb__Key__c for children
    QString externalId;
    QJsonObject fields; // what the upsert sends; children reference their Conversation separately
};

// Everything one exported call writes: the Conversation and its children in the call-recording
// package's objects (namespace cb__), and beside them the call's Task or Event.
struct ConversationPlan
{
    QString callId;
    std::optional<PlannedRecord> conversation; // when the settings export full call data
    QList<PlannedRecord> children; // participants, trackers, related records
    std::optional<PlannedActivity> activity; // when the settings export an activity
    QString fingerprint; // changes whenever anything above changes: "new or changed since the last run"

    int recordCount() const { return (conversation ? 1 : 0) + int(children.size()) + (activity ? 1 : 0); }
};

// Builds a call's full data from the call, its match and the export settings. Children carry
// their own external ID, "<call id>:<kind>:<key>", so exporting a call again updates them in
// place and the ones that no longer apply can be found and removed.
class ConversationPlanner
{
public:
    static inline const QString conversationObject = QStringLiteral("cb__Conversation__c");
    static inline const QString participantObject = QStringLiteral("cb__Conversation_Participant__c");
    static inline const QString trackerObject = QStringLiteral("cb__Conversation_Tracker__c");
    static inline const QString relatedObject = QStringLiteral("cb__Conversation_Related_Record__c");
    static inline const QString callIdField = QStringLiteral("cb__Call_Id__c");
    static inline const QString keyField = QStringLiteral("cb__Key__c");
    static inline const QString masterField = QStringLiteral("cb__Conversation__c");
    static const QStringList& childObjects();

    // Every record of a plan as [{"sobject", "externalId", "fields"}]: what previews show.
    static QJsonArray toJson(const ConversationPlan& plan);

    static ConversationPlan plan(const Call& call, const CallMatch& match, const ExportSettings& settings,
        const QSet<QString>& activityCreateable = {});
};

} // namespace callbridge
