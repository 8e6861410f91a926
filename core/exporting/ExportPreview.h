#pragma once

#include "core/exporting/ConversationPlanner.h"
#include "core/exporting/ExportLedger.h"
#include "core/filter/FilterExpression.h"

#include <memory>

namespace callbridge {

class CacheStore;
class FilterEvaluator;

// What exporting a set of calls would do, call by call, before anything is sent: whether it
// exports and why not, the records it attaches to, the activity it creates or deletes, what
// it costs in API calls, and how the edited filter changes it against the saved one.
class ExportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ExportPreview)

public:
    enum class Action { Create, Delete, Skip };
    // Against the saved filter, for past calls when they are reprocessed.
    enum class Change { Same, Starts, Stops };

    // What one plan() worked from, shared by its plans: the calls, their matches, the settings,
    // the compiled filter. A plan keeps it, so what it shows stays valid after the caller's lists change.
    struct PlanContext;

    // One call's line in the preview: small, so that an edit of the filter over a hundred
    // thousand calls builds them quickly; what is costlier to word is built when asked.
    struct CallPlan
    {
        int index = 0; // in the calls list
        Action action = Action::Skip;
        bool passesFilter = false;
        Change change = Change::Same;
        int apiCalls = 0; // activities only: one composite per call
        QString fixedReason; // every reason but the filter's (see reason())
        QString deleteSobject; // for Delete
        QString deleteRecordId; // for Delete; empty when the platform knows it but this console does not
        // With full call data: every record the call writes (the Conversation, its children, the
        // activity). Many calls share one API call: Totals::apiCalls counts the requests.
        std::shared_ptr<const ConversationPlan> records;
        std::shared_ptr<const PlanContext> context;

        const CallMatch& match() const;
        // Why it exports, or does not. A call the filter leaves out is explained when asked
        // (explaining costs more than the filter itself, and the admin reads a few rows at once).
        QString reason() const;
        // For Create: the Task or Event, planned when asked (empty otherwise).
        PlannedActivity activity() const;
        // Its object and Subject alone, without planning the rest: what a list of many calls shows.
        QString activitySobject() const;
        QString activitySubject() const;
    };

    struct Totals
    {
        qint64 calls = 0;
        qint64 exporting = 0;
        qint64 deleting = 0;
        qint64 apiCalls = 0;
        qint64 starting = 0;
        qint64 stopping = 0;
    };

    // The call fields plus the imported Account and Opportunity fields in this cache, labelled
    // from the org's describes cached in `describeDirectory` (when given).
    static FilterSchema schemaFor(const CacheStore& cache, const QString& describeDirectory = {});
    // Task's and Event's createable fields, from the org's describes cached in this directory.
    static QHash<QString, QSet<QString>> activityFields(const QString& describeDirectory);

    struct Input
    {
        const QList<Call>* calls = nullptr;
        const CallMatcher* matcher = nullptr;
        const FilterSchema* schema = nullptr;
        FilterNode filter; // checked against the schema
        FilterNode savedFilter;
        ExportSettings settings;
        QHash<QString, ExportLedger::Entry> ledger;
        QHash<QString, QSet<QString>> createableFields; // Task, Event: from the org's describes
        // Each call's match (matchAll()); without them plan() matches the calls itself.
        const QList<CallMatch>* matches = nullptr;
        // With full call data: each call's records, planned when the call first exports and kept
        // for the next previews of the same calls, matches, settings and createable fields: an
        // edit of the filter then only evaluates the filter again. Sized like the calls (else
        // unused); plan() fills the slots of the calls it plans (each call's slot from one thread).
        QList<std::shared_ptr<const ConversationPlan>>* plannedRecords = nullptr;
        // Each call's result under savedFilter (-1: not evaluated yet), kept like `planned` while
        // the saved filter and the matches are the same: an edit then evaluates only the edited filter.
        QList<qint8>* savedPasses = nullptr;
    };

    // What does not depend on the filter: every call's match, on every core.
    static QList<CallMatch> matchAll(const QList<Call>& calls, const CallMatcher& matcher);
    static QList<CallPlan> plan(const Input& input);
    static Totals totals(const QList<CallPlan>& plans);
    // "3,412 of 10,000 calls will export"
    static QString summary(const Totals& totals);

private:
    struct Reasons; // the reasons every call shares, translated once per plan()
    static CallPlan planCall(const Input& input, const std::shared_ptr<const PlanContext>& context,
        const FilterEvaluator& saved, bool filterChanged, const Reasons& reasons, int index);
};

// The export's cost against the org's daily API requests (from `limits`).
struct ExportBudget
{
    Q_DECLARE_TR_FUNCTIONS(ExportBudget)

public:
    qint64 dailyMax = -1;
    qint64 remaining = -1;
    double share = 0.5; // of the daily allowance the export may use, like the import

    bool known() const { return dailyMax > 0; }
    // Days a historical backfill of this many API calls takes under the allowed share.
    qint64 daysFor(qint64 apiCalls) const;
    QString summary(qint64 apiCalls) const;
};

} // namespace callbridge
