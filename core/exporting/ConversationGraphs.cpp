#include "core/exporting/ConversationGraphs.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace callbridge {

namespace {

QJsonObject node(const QByteArray& method, const QString& url, const QString& referenceId, const QJsonObject& body = {})
{
    QJsonObject result { { QStringLiteral("method"), QString::fromLatin1(method) }, { QStringLiteral("url"), url },
        { QStringLiteral("referenceId"), referenceId } };
    if (!body.isEmpty()) {
        result.insert(QStringLiteral("body"), body);
    }
    return result;
}

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

const QStringList& ConversationGraphs::createOnlyActivityFields()
{
    static const QStringList fields { QStringLiteral("TaskSubtype"), QStringLiteral("EventSubtype") };
    return fields;
}

QJsonArray ConversationGraphs::nodes(const ExportItem& item, const ExistingRecords* existing, const QString& apiVersion)
{
    const QString base = QStringLiteral("/services/data/v") + apiVersion + QStringLiteral("/sobjects/");
    QJsonArray nodes;
    if (item.deleted) {
        // Deleting the Conversation deletes its children (master-detail cascade).
        if (existing && !existing->conversationId.isEmpty()) {
            nodes.append(node("DELETE",
                base + ConversationPlanner::conversationObject + QLatin1Char('/') + existing->conversationId,
                QStringLiteral("conversation")));
        }
        if (existing && !existing->activityId.isEmpty()) {
            nodes.append(node("DELETE", base + item.activitySobject + QLatin1Char('/') + existing->activityId,
                QStringLiteral("activity")));
        }
        return nodes;
    }
    const ConversationPlan& plan = item.plan;
    if (plan.conversation) {
        const PlannedRecord& conversation = *plan.conversation;
        nodes.append(node("PATCH",
            base + conversation.sobject + QLatin1Char('/') + conversation.externalIdField + QLatin1Char('/')
                + encoded(conversation.externalId),
            QStringLiteral("conversation"), conversation.fields));
        QSet<QString> planned;
        for (int i = 0; i < plan.children.size(); ++i) {
            const PlannedRecord& child = plan.children.at(i);
            planned.insert(child.externalId);
            QJsonObject fields = child.fields;
            fields.insert(ConversationPlanner::masterField, QStringLiteral("@{conversation.id}"));
            if (existing && existing->childIds.contains(child.externalId)) {
                // A master-detail field cannot be updated (not reparentable): not sent again.
                fields.remove(ConversationPlanner::masterField);
            }
            nodes.append(node("PATCH",
                base + child.sobject + QLatin1Char('/') + child.externalIdField + QLatin1Char('/')
                    + encoded(child.externalId),
                QStringLiteral("child%1").arg(i), fields));
        }
        if (existing) {
            QStringList stale;
            for (auto it = existing->childIds.constBegin(); it != existing->childIds.constEnd(); ++it) {
                if (!planned.contains(it.key())) {
                    stale.append(it.key());
                }
            }
            stale.sort();
            for (int i = 0; i < stale.size(); ++i) {
                const QString id = existing->childIds.value(stale.at(i));
                // The child's object from its key prefix is not known here: the key names its kind.
                const QString kind = stale.at(i).section(QLatin1Char(':'), -2, -2);
                const QString sobject = kind == QLatin1String("participant") ? ConversationPlanner::participantObject
                    : kind == QLatin1String("tracker")                       ? ConversationPlanner::trackerObject
                                                                             : ConversationPlanner::relatedObject;
                nodes.append(node("DELETE", base + sobject + QLatin1Char('/') + id, QStringLiteral("stale%1").arg(i)));
            }
        }
    }
    if (plan.activity) {
        const PlannedActivity& activity = *plan.activity;
        if (existing && !existing->activityId.isEmpty()) {
            QJsonObject fields = activity.fields;
            for (const QString& createOnly : createOnlyActivityFields()) {
                fields.remove(createOnly);
            }
            nodes.append(node("PATCH", base + activity.sobject + QLatin1Char('/') + existing->activityId,
                QStringLiteral("activity"), fields));
        } else {
            nodes.append(node("PATCH",
                base + activity.sobject + QLatin1Char('/') + ConversationPlanner::callIdField + QLatin1Char('/')
                    + encoded(plan.callId),
                QStringLiteral("activity"), activity.fields));
        }
    }
    return nodes;
}

QString ConversationGraphs::nodeType(const QJsonObject& node)
{
    static const QRegularExpression shape(QStringLiteral("^/services/data/(v[0-9.]+)/sobjects/([^/]+)"));
    const auto match = shape.match(node.value(QStringLiteral("url")).toString());
    return match.captured(1) + QLatin1Char(' ') + node.value(QStringLiteral("method")).toString() + QLatin1Char(' ')
        + match.captured(2).toLower();
}

bool GraphPayload::add(const QString& graphId, const QJsonArray& nodes)
{
    if (m_graphs.size() >= ConversationGraphs::maxGraphsPerPayload
        || m_nodes + nodes.size() > ConversationGraphs::maxNodesPerPayload) {
        return false;
    }
    QSet<QString> types = m_types;
    for (const QJsonValue& node : nodes) {
        types.insert(ConversationGraphs::nodeType(node.toObject()));
    }
    if (types.size() > ConversationGraphs::maxDifferentNodes) {
        return false;
    }
    m_types = types;
    m_nodes += int(nodes.size());
    m_graphs.append(
        QJsonObject { { QStringLiteral("graphId"), graphId }, { QStringLiteral("compositeRequest"), nodes } });
    return true;
}

QByteArray GraphPayload::toJson() const
{
    return QJsonDocument(QJsonObject { { QStringLiteral("graphs"), m_graphs } }).toJson(QJsonDocument::Compact);
}

} // namespace callbridge
