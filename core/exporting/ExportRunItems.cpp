#include "core/exporting/ExportRunItems.h"

#include <algorithm>

namespace callbridge {

QList<ExportItem> exportRunItems(const QList<Call>& calls, const QList<ExportPreview::CallPlan>& plans,
    const ExportSettings& settings, const QHash<QString, ExportLedger::RunState>& states,
    const QHash<QString, QSet<QString>>& createableFields)
{
    const QString activityObject =
        settings.activityType == ActivityType::Task ? QStringLiteral("Task") : QStringLiteral("Event");
    QList<ExportItem> items;
    for (const ExportPreview::CallPlan& preview : plans) {
        const Call& call = calls.at(preview.index);
        const auto state = states.constFind(call.id);
        const bool known = state != states.cend();
        if (preview.action == ExportPreview::Action::Create) {
            ExportItem item;
            item.callId = call.id;
            item.known = known;
            item.plan = ConversationPlanner::plan(call, preview.match(), settings,
                createableFields.value(call.email ? QStringLiteral("Task") : activityObject));
            if (!known || state->pending || state->fingerprint != item.plan.fingerprint) {
                items.append(item);
            }
        } else if (known) {
            // Deleted on the platform, or no longer passing the filter: what the runs wrote goes.
            ExportItem item;
            item.callId = call.id;
            item.deleted = true;
            item.known = true;
            item.fullData = state->fullData || state->pending;
            item.activitySobject = !state->activitySobject.isEmpty() ? state->activitySobject
                : call.email                                         ? QStringLiteral("Task")
                                                                     : activityObject;
            items.append(item);
        }
    }
    return items;
}

qint64 estimatedRequests(const QList<ExportItem>& items)
{
    qint64 records = 0;
    for (const ExportItem& item : items) {
        records += item.plan.recordCount();
    }
    const auto atLeast = [](qint64 count, qint64 perRequest) {
        return (count + perRequest - 1) / perRequest;
    };
    return std::max(atLeast(items.size(), ConversationGraphs::maxGraphsPerPayload),
        atLeast(records, ConversationGraphs::maxNodesPerPayload));
}

} // namespace callbridge
