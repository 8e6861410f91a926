#include "core/exporting/ConversationPlanner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace callbridge {

namespace {

constexpr int nameLength = 80; // the Name field of the package's objects

QString affiliationValue(CallParticipant::Affiliation affiliation)
{
    switch (affiliation) {
    case CallParticipant::Affiliation::Internal:
        return QStringLiteral("Internal");
    case CallParticipant::Affiliation::External:
        return QStringLiteral("External");
    case CallParticipant::Affiliation::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString childKey(const QString& callId, const char* kind, const QString& key)
{
    // A key goes into a URL path: no slash in it.
    return callId + QLatin1Char(':') + QLatin1String(kind) + QLatin1Char(':')
        + QString(key).replace(QLatin1Char('/'), QLatin1Char('_'));
}

QString recordName(const CachedRecord& record, const QString& fallback)
{
    const QString name = record.value(QStringLiteral("Name")).toString(); // null for a null record
    return (name.isEmpty() ? fallback : name).left(nameLength);
}

} // namespace

const QStringList& ConversationPlanner::childObjects()
{
    static const QStringList objects { participantObject, trackerObject, relatedObject };
    return objects;
}

QJsonArray ConversationPlanner::toJson(const ConversationPlan& plan)
{
    QJsonArray records;
    auto add = [&records](const QString& sobject, const QString& externalId, const QJsonObject& fields) {
        records.append(QJsonObject { { QStringLiteral("sobject"), sobject },
            { QStringLiteral("externalId"), externalId }, { QStringLiteral("fields"), fields } });
    };
    if (plan.conversation) {
        add(plan.conversation->sobject, plan.conversation->externalId, plan.conversation->fields);
    }
    for (const PlannedRecord& child : plan.children) {
        add(child.sobject, child.externalId, child.fields);
    }
    if (plan.activity) {
        add(plan.activity->sobject, plan.callId, plan.activity->fields);
    }
    return records;
}

ConversationPlan ConversationPlanner::plan(
    const Call& call, const CallMatch& match, const ExportSettings& settings, const QSet<QString>& activityCreateable)
{
    ConversationPlan plan;
    plan.callId = call.id;
    // A captured email becomes its task only: full call data is for calls.
    const bool email = call.email != nullptr;
    if (settings.writesActivity() || email) {
        PlannedActivity activity = ActivityPlanner::plan(call, match, settings, activityCreateable);
        activity.fields.remove(callIdField); // the external ID goes in the URL
        plan.activity = activity;
    }
    if (settings.writesFullData() && !email) {
        QJsonObject fields { { QStringLiteral("Name"), (call.title.isEmpty() ? call.id : call.title).left(nameLength) },
            { QStringLiteral("cb__Title__c"), call.title.left(255) },
            { QStringLiteral("cb__Started__c"), call.started.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("cb__Duration__c"), double(call.duration) },
            { QStringLiteral("cb__Direction__c"), call.direction },
            { QStringLiteral("cb__Trackers__c"), call.trackers.join(QLatin1Char('\n')) } };
        // Empty lookups are sent as null, so an update clears what no longer applies.
        fields.insert(QStringLiteral("cb__Primary_User__c"),
            match.ownerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(match.ownerId));
        fields.insert(QStringLiteral("cb__Account__c"),
            match.accountId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(match.accountId));
        fields.insert(QStringLiteral("cb__Opportunity__c"),
            match.opportunityId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(match.opportunityId));
        plan.conversation = PlannedRecord { conversationObject, callIdField, call.id, fields };

        QHash<QString, QString> contactByEmail;
        QHash<QString, QString> leadByEmail;
        for (const CallMatch::Person& person : match.contacts) {
            contactByEmail.insert(person.email, person.id);
        }
        for (const CallMatch::Person& person : match.leads) {
            leadByEmail.insert(person.email, person.id);
        }
        QSet<QString> seen;
        for (int i = 0; i < call.participants.size(); ++i) {
            const CallParticipant& participant = call.participants.at(i);
            const QString key = participant.email.isEmpty() ? QStringLiteral("#%1").arg(i) : participant.email;
            if (seen.contains(key)) {
                continue; // the same person twice in the platform's list: one record
            }
            seen.insert(key);
            const QString contact = contactByEmail.value(participant.email);
            const QString lead = contact.isEmpty() ? leadByEmail.value(participant.email) : QString();
            plan.children.append({ participantObject, keyField, childKey(call.id, "participant", key),
                QJsonObject {
                    { QStringLiteral("Name"),
                        (participant.name.isEmpty() ? participant.email : participant.name).left(nameLength) },
                    { QStringLiteral("cb__Email__c"),
                        participant.email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(participant.email) },
                    { QStringLiteral("cb__Affiliation__c"), affiliationValue(participant.affiliation) },
                    { QStringLiteral("cb__Talk_Time__c"),
                        participant.talkTimeSeconds < 0 ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(double(participant.talkTimeSeconds)) },
                    { QStringLiteral("cb__Contact__c"),
                        contact.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(contact) },
                    { QStringLiteral("cb__Lead__c"), lead.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lead) },
                } });
        }
        QMap<QString, int> occurrences; // sorted: a stable order
        for (const QString& tracker : call.trackers) {
            ++occurrences[tracker];
        }
        for (auto it = occurrences.constBegin(); it != occurrences.constEnd(); ++it) {
            const bool smart = it.key().startsWith(Call::smartTrackerPrefix);
            const QString name = smart ? it.key().mid(Call::smartTrackerPrefix.size()) : it.key();
            plan.children.append({ trackerObject, keyField, childKey(call.id, "tracker", it.key().toLower()),
                QJsonObject { { QStringLiteral("Name"), name.left(nameLength) },
                    { QStringLiteral("cb__Smart__c"), smart },
                    { QStringLiteral("cb__Occurrences__c"), double(it.value()) } } });
        }
        auto related = [&](const QString& type, const QString& field, const QString& id, const QString& name) {
            if (id.isEmpty()) {
                return;
            }
            plan.children.append({ relatedObject, keyField, childKey(call.id, "related", id),
                QJsonObject { { QStringLiteral("Name"), name }, { QStringLiteral("cb__Object_Type__c"), type },
                    { field, id } } });
        };
        related(QStringLiteral("Account"), QStringLiteral("cb__Account__c"), match.accountId,
            recordName(match.account, QStringLiteral("Account ") + match.accountId));
        related(QStringLiteral("Opportunity"), QStringLiteral("cb__Opportunity__c"), match.opportunityId,
            recordName(match.opportunity, QStringLiteral("Opportunity ") + match.opportunityId));
        for (const CallMatch::Person& person : match.contacts) {
            related(
                QStringLiteral("Contact"), QStringLiteral("cb__Contact__c"), person.id, person.email.left(nameLength));
        }
        for (const CallMatch::Person& person : match.leads) {
            related(QStringLiteral("Lead"), QStringLiteral("cb__Lead__c"), person.id, person.email.left(nameLength));
        }
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& sobject, const QString& key, const QJsonObject& fields) {
        hash.addData(sobject.toUtf8());
        hash.addData(key.toUtf8());
        hash.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    };
    if (plan.conversation) {
        add(plan.conversation->sobject, plan.conversation->externalId, plan.conversation->fields);
    }
    for (const PlannedRecord& child : plan.children) {
        add(child.sobject, child.externalId, child.fields);
    }
    if (plan.activity) {
        add(plan.activity->sobject, call.id, plan.activity->fields);
    }
    plan.fingerprint = QString::fromLatin1(hash.result().toHex());
    return plan;
}

} // namespace callbridge
