#include "core/exporting/ExportPreview.h"

#include "core/exporting/ActivityPlanner.h"
#include "core/exporting/ConversationGraphs.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/filter/FilterEvaluator.h"
#include "core/util/InChunks.h"

#include <QLocale>
#include <cmath>

namespace callbridge {

FilterSchema ExportPreview::schemaFor(const CacheStore& cache, const QString& describeDirectory)
{
    FilterSchema schema;
    const QString account = QStringLiteral("Account");
    const QString opportunity = QStringLiteral("Opportunity");
    schema.addRecordFields(FilterField::Source::Account, cache.columnTypes(account),
        FieldCatalogLoader::cachedFieldLabels(describeDirectory, account));
    schema.addRecordFields(FilterField::Source::Opportunity, cache.columnTypes(opportunity),
        FieldCatalogLoader::cachedFieldLabels(describeDirectory, opportunity));
    return schema;
}

struct ExportPreview::PlanContext
{
    PlanContext(const FilterNode& root, const FilterSchema& schema)
        : filter(root, schema)
    { }
    QSet<QString> createableFor(const Call& call) const
    {
        return createableFields.value(ActivityPlanner::sobjectFor(call, settings));
    }

    FilterEvaluator filter;
    // Share the caller's lists (implicitly): the plans outlive the caller's edits of them.
    QList<Call> calls;
    QList<CallMatch> matches;
    ExportSettings settings;
    QHash<QString, QSet<QString>> createableFields;
};

const CallMatch& ExportPreview::CallPlan::match() const
{
    static const CallMatch none;
    return context ? context->matches.at(index) : none;
}

QString ExportPreview::CallPlan::reason() const
{
    if (!context || action != Action::Skip || !fixedReason.isEmpty()) {
        return fixedReason;
    }
    const CallMatch& matched = match();
    const FilterSubject subject { &context->calls.at(index), &matched.account, &matched.opportunity };
    return ExportPreview::tr("Filtered out: %1").arg(context->filter.explainFailure(subject));
}

QString ExportPreview::CallPlan::activitySobject() const
{
    return context && action == Action::Create
        ? ActivityPlanner::sobjectFor(context->calls.at(index), context->settings)
        : QString();
}

QString ExportPreview::CallPlan::activitySubject() const
{
    return context && action == Action::Create ? ActivityPlanner::subjectFor(context->calls.at(index)) : QString();
}

PlannedActivity ExportPreview::CallPlan::activity() const
{
    if (!context || action != Action::Create) {
        return {};
    }
    const Call& call = context->calls.at(index);
    return ActivityPlanner::plan(call, match(), context->settings, context->createableFor(call));
}

struct ExportPreview::Reasons
{
    QString noFilter = tr("Exports: there is no filter, so every call exports");
    QString passes = tr("Exports: passes the filter");
    QString deletedNeverExported = tr("Deleted on the platform; it was never exported, so nothing is deleted");
    QString deletedUnderSaved = tr("Deleted on the platform: the activity it exported under the saved filter will be "
                                   "deleted from Salesforce");
    QString emailsOff = tr("Captured email: logging captured emails as tasks is off");
};

QList<CallMatch> ExportPreview::matchAll(const QList<Call>& calls, const CallMatcher& matcher)
{
    QList<CallMatch> matches(calls.size());
    CallMatch* out = matches.data(); // detached here, written by every thread
    inChunks(int(calls.size()), [&](int start, int end) {
        constexpr int steps = CallMatcher::prefetchSteps;
        constexpr int distance = CallMatcher::prefetchDistance;
        for (int i = start; i < end; ++i) {
            for (int step = 0; step < steps; ++step) {
                const int ahead = i + (steps - step) * distance;
                if (ahead < end) {
                    matcher.prefetchFor(calls.at(ahead), step);
                }
            }
            out[i] = matcher.match(calls.at(i));
        }
    });
    return matches;
}

ExportPreview::CallPlan ExportPreview::planCall(const Input& input, const std::shared_ptr<const PlanContext>& context,
    const FilterEvaluator& saved, bool filterChanged, const Reasons& reasons, int i)
{
    const FilterEvaluator& filter = context->filter;
    const bool noFilter = filter.isEmpty();
    CallPlan plan;
    plan.index = i;
    plan.context = context;
    const Call& call = context->calls.at(i);
    const CallMatch& match = context->matches.at(i);
    const FilterSubject subject { &call, &match.account, &match.opportunity };
    plan.passesFilter = filter.matches(subject);
    qint8* kept =
        input.savedPasses && input.savedPasses->size() == input.calls->size() ? &(*input.savedPasses)[i] : nullptr;
    bool passedSaved = plan.passesFilter;
    if (filterChanged) {
        passedSaved = kept && *kept >= 0 ? *kept != 0 : saved.matches(subject);
    }
    if (kept) {
        // Also kept when the filter is the saved one: the first edit then evaluates only itself.
        *kept = qint8(passedSaved);
    }
    const auto exported = input.ledger.constFind(call.id);

    if (call.deleted) {
        // The seeds: deleting a call on the platform deletes its activity from Salesforce.
        if (exported != input.ledger.cend()) {
            plan.action = Action::Delete;
            plan.deleteSobject = exported->sobject;
            plan.deleteRecordId = exported->recordId;
            plan.fixedReason = tr("Deleted on the platform: its %1 %2 will be deleted from Salesforce")
                                   .arg(exported->sobject, exported->recordId);
        } else if (passedSaved) {
            plan.action = Action::Delete;
            plan.deleteSobject =
                input.settings.activityType == ActivityType::Event ? QStringLiteral("Event") : QStringLiteral("Task");
            plan.fixedReason = reasons.deletedUnderSaved;
        } else {
            plan.fixedReason = reasons.deletedNeverExported;
        }
        plan.apiCalls = plan.action == Action::Delete ? 1 : 0;
        return plan;
    }

    if (call.email && !input.settings.emailsAsTasks) {
        plan.fixedReason = reasons.emailsOff;
    } else if (plan.passesFilter) {
        plan.action = Action::Create;
        if (input.settings.writesFullData()) {
            // Totals count the records of every exporting call: planned once, when it first exports.
            std::shared_ptr<const ConversationPlan> unkept;
            std::shared_ptr<const ConversationPlan>& planned =
                input.plannedRecords && input.plannedRecords->size() == input.calls->size() ? (*input.plannedRecords)[i]
                                                                                            : unkept;
            if (!planned) {
                planned = std::make_shared<const ConversationPlan>(
                    ConversationPlanner::plan(call, match, input.settings, context->createableFor(call)));
            }
            plan.records = planned;
        }
        // One composite request per call; full call data is counted per request in totals().
        plan.apiCalls = input.settings.writesFullData() ? 0 : 1;
        plan.fixedReason = noFilter ? reasons.noFilter : reasons.passes;
        if (exported != input.ledger.cend()) {
            plan.fixedReason += QLatin1Char(' ')
                + tr("(already sent as %1 %2; reprocessing updates it)").arg(exported->sobject, exported->recordId);
        }
    }
    // A call the filter leaves out has no fixed reason: reason() words it when asked.
    if (filterChanged && plan.passesFilter != passedSaved) {
        plan.change = plan.passesFilter ? Change::Starts : Change::Stops;
    }
    return plan;
}

QHash<QString, QSet<QString>> ExportPreview::activityFields(const QString& describeDirectory)
{
    QHash<QString, QSet<QString>> fields;
    for (const QString& sobject : { QStringLiteral("Task"), QStringLiteral("Event") }) {
        fields.insert(sobject, FieldCatalogLoader::cachedCreateableFields(describeDirectory, sobject));
    }
    return fields;
}

QList<ExportPreview::CallPlan> ExportPreview::plan(const Input& input)
{
    auto context = std::make_shared<PlanContext>(input.filter, *input.schema);
    const CachedRecord::Columns* accountColumns = input.matcher ? input.matcher->accountColumns() : nullptr;
    const CachedRecord::Columns* opportunityColumns = input.matcher ? input.matcher->opportunityColumns() : nullptr;
    context->filter.bindRecordColumns(accountColumns, opportunityColumns);
    context->calls = *input.calls;
    context->matches = input.matches ? *input.matches : matchAll(*input.calls, *input.matcher);
    context->settings = input.settings;
    context->createableFields = input.createableFields;
    const std::shared_ptr<const PlanContext> shared = std::move(context);
    FilterEvaluator saved(input.savedFilter, *input.schema);
    saved.bindRecordColumns(accountColumns, opportunityColumns);
    const bool filterChanged = input.filter != input.savedFilter;
    const Reasons reasons;
    if (input.plannedRecords) {
        input.plannedRecords->detach(); // each thread then writes its calls' slots
    }
    if (input.savedPasses) {
        input.savedPasses->detach();
    }
    QList<CallPlan> plans(input.calls->size());
    CallPlan* out = plans.data(); // detached here, written by every thread
    inChunks(int(input.calls->size()), [&](int start, int end) {
        // The matched records lie all over memory: a few calls ahead, have them loaded by the
        // time the filter reads them (an edit of the filter takes about a third less).
        constexpr int ahead = 6;
        const QList<CallMatch>& matches = shared->matches;
        for (int i = start; i < end; ++i) {
            if (i + ahead < end) {
                matches.at(i + ahead).account.prefetch();
                matches.at(i + ahead).opportunity.prefetch();
            }
            out[i] = planCall(input, shared, saved, filterChanged, reasons, i);
        }
    });
    return plans;
}

ExportPreview::Totals ExportPreview::totals(const QList<CallPlan>& plans)
{
    Totals totals;
    totals.calls = plans.size();
    qint64 graphs = 0;
    qint64 nodes = 0;
    for (const CallPlan& plan : plans) {
        if (plan.records) {
            ++graphs;
            nodes += plan.records->recordCount();
        }
        totals.exporting += plan.action == Action::Create ? 1 : 0;
        totals.deleting += plan.action == Action::Delete ? 1 : 0;
        totals.apiCalls += plan.apiCalls;
        totals.starting += plan.change == Change::Starts ? 1 : 0;
        totals.stopping += plan.change == Change::Stops ? 1 : 0;
    }
    // Full call data: as many calls per composite/graph request as its limits allow.
    totals.apiCalls +=
        std::max((graphs + ConversationGraphs::maxGraphsPerPayload - 1) / ConversationGraphs::maxGraphsPerPayload,
            (nodes + ConversationGraphs::maxNodesPerPayload - 1) / ConversationGraphs::maxNodesPerPayload);
    return totals;
}

QString ExportPreview::summary(const Totals& totals)
{
    return tr("%L1 of %L2 calls will export").arg(totals.exporting).arg(totals.calls);
}

qint64 ExportBudget::daysFor(qint64 apiCalls) const
{
    const auto perDay = qint64(std::floor(double(dailyMax) * share));
    if (apiCalls <= 0 || perDay <= 0) {
        return 0;
    }
    return (apiCalls + perDay - 1) / perDay;
}

QString ExportBudget::summary(qint64 apiCalls) const
{
    if (!known()) {
        return apiCalls == 1
            ? tr("One API call; the org's daily allowance is unknown (connect to read its limits)")
            : tr("%L1 API calls; the org's daily allowance is unknown (connect to read its limits)").arg(apiCalls);
    }
    const QString cost = tr("%L1 API calls against %L2 remaining today (daily allowance %L3)",
        "1 is a count of 0, 2 or more; see the one-call form")
                             .arg(apiCalls)
                             .arg(remaining)
                             .arg(dailyMax);
    const qint64 days = daysFor(apiCalls);
    const int percent = qRound(share * 100);
    const QString backfill = days <= 1
        ? tr("a backfill of these calls fits in one day at %1% of the daily allowance").arg(percent)
        : tr("a backfill of these calls takes %L1 days at %2% of the daily allowance").arg(days).arg(percent);
    return cost + QStringLiteral("; ") + backfill;
}

} // namespace callbridge
