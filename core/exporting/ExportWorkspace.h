#pragma once

#include "core/cache/CacheStore.h"
#include "core/calls/CallsReader.h"
#include "core/exporting/ExportPreview.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace callbridge {

class FieldCatalogLoader;
class RestClient;

// The state the filter editor and the preview share: the connected org's cache (for matching
// and for the account./opportunity. fields), the loaded calls, the matcher prepared for them,
// the ledger of test exports, and the newest preview, computed off the GUI thread.
class ExportWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit ExportWorkspace(QObject* parent = nullptr);
    ~ExportWorkspace() override;

    // Opens the org's cache (empty org id: no cache, the call fields only).
    Status openOrg(const QString& dataDirectory, const QString& orgId);
    QString orgId() const { return m_orgId; }
    // After an import: matching and the schema read the cache again.
    void reloadCache();

    CallsReader::Result loadCalls(const QString& path);
    CallsReader::Result loadCalls(const QByteArray& json, const QString& sourceName);
    // Calls read already (the CLI reads its file before it signs in); `source` names where from.
    void adoptCalls(const QList<Call>& calls, const QString& source);
    // Reads a calls file off the GUI thread (a second for a hundred thousand calls); callsFileRead()
    // follows, and callsChanged() before it when the file was good. A newer request runs after
    // the one being read, whose result is then dropped.
    void readCallsFile(const QString& path);
    bool isReadingCalls() const { return m_callsReader.isRunning(); }
    const QList<Call>& calls() const { return m_calls; }
    QString callsSource() const { return m_callsSource; }

    const FilterSchema& schema() const { return m_schema; }

    // The filter as the admin is editing it, when it is not a filter yet (a typo, a condition
    // without a value): the setup keeps the last valid one, which the preview goes on showing,
    // and says why. Empty while the edited filter is the setup's.
    void setEditedFilterProblem(const QString& problem);
    QString editedFilterProblem() const { return m_editedFilterProblem; }
    // Values seen in the data for a field: trackers and workspaces from the calls, a picklist's
    // values from the cache. For the rule builder's combo boxes.
    QStringList valuesOf(const QString& field) const;

    // Starts computing the preview; previewReady() follows. A newer request supersedes an older.
    // The calls are matched once per prepared matcher (and, with full call data, a call's records
    // planned once, when it first exports): an edit of the filter re-evaluates the filter on those.
    void requestPreview(const FilterNode& filter, const FilterNode& savedFilter, const ExportSettings& settings);
    const QList<ExportPreview::CallPlan>& plans() const { return m_plans; }
    // Until the preview of the newest request is shown: matching or a preview runs, or its result
    // has not been taken yet.
    bool isComputing() const
    {
        return m_watcher.isRunning() || m_matcherWatcher.isRunning() || m_resultPending || m_previewWanted;
    }

    Status recordExport(const QString& callId, const ExportLedger::Entry& entry);
    Status forgetExport(const QString& callId);
    // What this console sent to the org, kept in memory beside the cache's table.
    const QHash<QString, ExportLedger::Entry>& ledger() const { return m_ledger; }
    // The org's ledger in its cache file (test exports and export runs).
    ExportLedger ledgerStore() const { return ExportLedger(m_cache.database()); }
    // Task's and Event's createable fields, from the org's describes kept in describeDirectory()
    // (read again after an import and, while unknown, before each preview).
    const QHash<QString, QSet<QString>>& createableFields() const { return m_createableFields; }
    QString describeDirectory() const { return m_describeDirectory; }
    // Before an export run: when Task's or Event's describe is not kept yet, reads both from the
    // org (and keeps them), so a run never sends a field the org does not accept. Null when they
    // are known; else a loader, owned by parent, for the caller to connect to and start().
    FieldCatalogLoader* describeActivityObjects(RestClient* client, QObject* parent);

Q_SIGNALS:
    // A preview is being computed (previewReady() follows): matching or planning, off the GUI thread.
    void previewStarted();
    // Matching reads the cache for newly loaded calls, on a worker thread (seconds for a large
    // file); the preview follows when it is done.
    void matchingStarted();
    void schemaChanged();
    void callsChanged();
    // The file readCallsFile() read: `errors` empty when its calls are now the workspace's.
    void callsFileRead(const QString& path, const QStringList& errors);
    void previewReady();
    void editedFilterProblemChanged();

private:
    void prepareMatcher();

    CacheStore m_cache;
    QString m_cachePath;
    QString m_describeDirectory; // the org's cached describes: fields' labels and createable fields
    bool m_cacheOpen = false;
    QString m_orgId;
    FilterSchema m_schema;
    QList<Call> m_calls;
    QString m_callsSource;
    QFutureWatcher<CallsReader::Result> m_callsReader;
    QString m_readingPath; // what m_callsReader reads
    QString m_nextCallsPath; // asked for while it read
    // Matching: the cache read for the calls, and every call matched. The matcher keeps the
    // records the matches point to; what only matching read is freed once all are matched.
    struct Matching
    {
        std::shared_ptr<CallMatcher> matcher;
        std::shared_ptr<const QList<CallMatch>> matches; // null: not matched yet (no cache)
    };
    std::shared_ptr<CallMatcher> m_matcher; // null while one is being prepared
    std::shared_ptr<const QList<CallMatch>> m_matcherMatches; // m_matcher's matches of m_calls, or null
    QFutureWatcher<Matching> m_matcherWatcher;
    bool m_prepareAgain = false;
    bool m_previewWanted = false;
    bool m_resultPending = false; // a preview was started and its finished() not handled yet
    // What a preview depends on besides the filter: while it is the same, a new preview re-uses
    // the calls' matches and the records already planned for them.
    struct Basis
    {
        std::shared_ptr<CallMatcher> matcher;
        quint64 callsGeneration = 0;
        ExportSettings settings;
        QHash<QString, QSet<QString>> createableFields;
        bool operator==(const Basis& other) const
        {
            return matcher == other.matcher && callsGeneration == other.callsGeneration && settings == other.settings
                && createableFields == other.createableFields;
        }
    };
    using PlannedRecords = QList<std::shared_ptr<const ConversationPlan>>;
    struct Computed
    {
        QList<ExportPreview::CallPlan> plans;
        std::shared_ptr<const QList<CallMatch>> matches;
        std::shared_ptr<PlannedRecords> plannedRecords;
        std::shared_ptr<QList<qint8>> savedPasses;
        FilterNode savedFilter; // what savedPasses hold the results of
    };
    quint64 m_callsGeneration = 0; // changes with every load of calls
    QList<ExportPreview::CallPlan> m_plans;
    Basis m_plansBasis; // also keeps the plans' record pointers valid (its matcher)
    std::shared_ptr<const QList<CallMatch>> m_matches; // of m_plansBasis's matcher and calls
    std::shared_ptr<PlannedRecords> m_plannedRecords; // for m_plansBasis; filled by the one running preview
    // Each call's result under m_savedPassesFilter, for m_matches: an edit evaluates only the edited filter.
    std::shared_ptr<QList<qint8>> m_savedPasses;
    FilterNode m_savedPassesFilter;
    QFutureWatcher<Computed> m_watcher;
    Basis m_pendingBasis;
    bool m_rerun = false;
    ExportPreview::Input m_pendingInput;
    QHash<QString, QSet<QString>> m_createableFields;
    QHash<QString, ExportLedger::Entry> m_ledger;
    QString m_editedFilterProblem;
};

} // namespace callbridge
