#include "core/exporting/ExportWorkspace.h"

#include "core/fields/FieldCatalogLoader.h"
#include "core/logging/LogCategories.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <utility>

namespace callbridge {

ExportWorkspace::ExportWorkspace(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, [this] {
        m_resultPending = false;
        const Computed computed = m_watcher.result();
        m_plans = computed.plans;
        m_matches = computed.matches;
        m_plannedRecords = computed.plannedRecords;
        m_savedPasses = computed.savedPasses;
        m_savedPassesFilter = computed.savedFilter;
        m_plansBasis = m_pendingBasis;
        if (m_rerun) {
            m_rerun = false;
            requestPreview(m_pendingInput.filter, m_pendingInput.savedFilter, m_pendingInput.settings);
        }
        Q_EMIT previewReady();
    });
    connect(&m_callsReader, &QFutureWatcher<CallsReader::Result>::finished, this, [this] {
        const QString path = m_readingPath;
        if (!m_nextCallsPath.isEmpty()) { // a newer file was asked for: this one is not wanted
            readCallsFile(std::exchange(m_nextCallsPath, QString()));
            return;
        }
        const CallsReader::Result result = m_callsReader.result();
        if (result.ok()) {
            adoptCalls(result.calls, path);
        }
        Q_EMIT callsFileRead(path, result.errors);
    });
    connect(&m_matcherWatcher, &QFutureWatcher<Matching>::finished, this, [this] {
        if (m_prepareAgain) { // the calls or the cache changed meanwhile
            m_prepareAgain = false;
            prepareMatcher();
            return;
        }
        const Matching matching = m_matcherWatcher.result();
        m_matcher = matching.matcher;
        m_matcherMatches = matching.matches;
        if (m_previewWanted) {
            m_previewWanted = false;
            requestPreview(m_pendingInput.filter, m_pendingInput.savedFilter, m_pendingInput.settings);
        }
    });
}

ExportWorkspace::~ExportWorkspace()
{
    m_callsReader.waitForFinished();
    m_matcherWatcher.waitForFinished();
    m_watcher.waitForFinished(); // the running preview reads the calls and the matcher
}

Status ExportWorkspace::openOrg(const QString& dataDirectory, const QString& orgId)
{
    m_orgId = orgId;
    m_cacheOpen = false;
    m_describeDirectory = orgId.isEmpty() ? QString() : CacheStore::describeDirectoryFor(dataDirectory, orgId);
    m_createableFields.clear();
    m_ledger.clear();
    m_cache.close();
    if (!orgId.isEmpty()) {
        m_cachePath = CacheStore::pathFor(dataDirectory, orgId);
        const Status opened = m_cache.open(m_cachePath, orgId);
        if (!opened.ok()) {
            reloadCache();
            return opened;
        }
        m_cacheOpen = true;
        ExportLedger ledger(m_cache.database());
        ledger.open();
        m_ledger = ledger.entries();
    }
    reloadCache();
    return Status::success();
}

void ExportWorkspace::reloadCache()
{
    m_createableFields = ExportPreview::activityFields(m_describeDirectory);
    m_schema = m_cacheOpen ? ExportPreview::schemaFor(m_cache, m_describeDirectory) : FilterSchema();
    prepareMatcher();
    Q_EMIT schemaChanged();
}

FieldCatalogLoader* ExportWorkspace::describeActivityObjects(RestClient* client, QObject* parent)
{
    const QStringList activities { QStringLiteral("Task"), QStringLiteral("Event") };
    if (std::all_of(activities.cbegin(), activities.cend(),
            [this](const QString& sobject) { return !m_createableFields.value(sobject).isEmpty(); })) {
        return nullptr;
    }
    auto* describe = new FieldCatalogLoader(client, parent);
    describe->setCacheDirectory(m_describeDirectory);
    describe->setObjects(activities);
    connect(describe, &FieldCatalogLoader::finished, this,
        [this] { m_createableFields = ExportPreview::activityFields(m_describeDirectory); });
    return describe;
}

void ExportWorkspace::setEditedFilterProblem(const QString& problem)
{
    if (problem != m_editedFilterProblem) {
        m_editedFilterProblem = problem;
        Q_EMIT editedFilterProblemChanged();
    }
}

CallsReader::Result ExportWorkspace::loadCalls(const QString& path)
{
    CallsReader::Result result = CallsReader::readFile(path);
    if (result.ok()) {
        adoptCalls(result.calls, path);
    }
    return result;
}

CallsReader::Result ExportWorkspace::loadCalls(const QByteArray& json, const QString& sourceName)
{
    CallsReader::Result result = CallsReader::read(json);
    if (result.ok()) {
        adoptCalls(result.calls, sourceName);
    }
    return result;
}

void ExportWorkspace::readCallsFile(const QString& path)
{
    if (m_callsReader.isRunning()) {
        m_nextCallsPath = path;
        return;
    }
    m_readingPath = path;
    m_callsReader.setFuture(QtConcurrent::run([path] { return CallsReader::readFile(path); }));
}

void ExportWorkspace::adoptCalls(const QList<Call>& calls, const QString& source)
{
    m_calls = calls;
    ++m_callsGeneration;
    m_callsSource = source;
    prepareMatcher();
    Q_EMIT callsChanged();
}

void ExportWorkspace::prepareMatcher()
{
    if (!m_cacheOpen) {
        if (!m_matcherWatcher.isRunning()) {
            m_matcher = std::make_shared<CallMatcher>(); // nothing to match against
            m_matcherMatches.reset();
            if (m_previewWanted) {
                requestPreview(m_pendingInput.filter, m_pendingInput.savedFilter, m_pendingInput.settings);
            }
        }
        return;
    }
    if (m_matcherWatcher.isRunning()) {
        m_prepareAgain = true;
        return;
    }
    m_matcher.reset();
    m_matcherMatches.reset();
    Q_EMIT matchingStarted();
    m_matcherWatcher.setFuture(QtConcurrent::run([path = m_cachePath, orgId = m_orgId, calls = m_calls] {
        Matching matching { std::make_shared<CallMatcher>(), nullptr };
        {
            CacheStore cache; // its own connection: a SQLite connection belongs to one thread
            Status status = cache.open(path, orgId);
            if (status.ok()) {
                status = matching.matcher->prepare(cache, calls);
            }
            if (!status.ok()) {
                qCWarning(lcExport) << "matching could not read the cache:" << status.errorMessage();
            }
        }
        QList<CallMatch> matches = ExportPreview::matchAll(calls, *matching.matcher);
        // These calls are matched; new calls get a new matcher. (It frees its lookups, and hands
        // the memory back, on another thread.)
        matching.matcher->releaseLookups();
        matching.matches = std::make_shared<const QList<CallMatch>>(std::move(matches));
        return matching;
    }));
}

QStringList ExportWorkspace::valuesOf(const QString& fieldName) const
{
    const FilterField* field = m_schema.field(fieldName);
    if (!field) {
        return {};
    }
    QStringList values;
    switch (field->source) {
    case FilterField::Source::Trackers:
    case FilterField::Source::Workspace:
        for (const Call& call : m_calls) {
            const QStringList items =
                field->source == FilterField::Source::Trackers ? call.trackers : QStringList { call.workspace };
            for (const QString& item : items) {
                if (!item.isEmpty() && !values.contains(item)) {
                    values.append(item);
                }
            }
        }
        break;
    case FilterField::Source::Account:
    case FilterField::Source::Opportunity: {
        if (!m_cacheOpen || field->type != FilterType::Text) {
            break;
        }
        // Few distinct values: a picklist (StageName, Industry); many: free text, no list.
        const QString object =
            field->source == FilterField::Source::Account ? QStringLiteral("Account") : QStringLiteral("Opportunity");
        values = m_cache.distinctValues(object, field->column, 50);
        break;
    }
    default:
        values = field->values;
        break;
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

void ExportWorkspace::requestPreview(
    const FilterNode& filter, const FilterNode& savedFilter, const ExportSettings& settings)
{
    m_pendingInput.filter = filter;
    m_pendingInput.savedFilter = savedFilter;
    m_pendingInput.settings = settings;
    if (!m_matcher) {
        m_previewWanted = true; // runs when matching has read the cache
        return;
    }
    m_previewWanted = false; // this request is the newest: it runs now, or after the running one
    if (m_watcher.isRunning()) {
        m_rerun = true; // the newest request runs when this one ends
        return;
    }
    ExportPreview::Input input = m_pendingInput;
    if (m_createableFields.value(QStringLiteral("Task")).isEmpty()
        || m_createableFields.value(QStringLiteral("Event")).isEmpty()) {
        // Not known when the org was opened: the Fields step, an import or a test export may
        // have read the describes since. What the preview shows is what would be sent.
        m_createableFields = ExportPreview::activityFields(m_describeDirectory);
    }
    Basis basis { m_matcher, m_callsGeneration, input.settings, m_createableFields };
    const bool sameBasis = basis == m_plansBasis;
    // The worker gets its own copies: the calls and schema may change while it runs.
    auto calls = std::make_shared<QList<Call>>(m_calls);
    auto schema = std::make_shared<FilterSchema>(m_schema);
    const bool sameMatches = m_plansBasis.matcher == m_matcher && m_plansBasis.callsGeneration == m_callsGeneration;
    auto matches = sameMatches ? m_matches : m_matcherMatches;
    // Only the running preview touches the planned records; the next one gets them after it.
    auto plannedRecords =
        sameBasis && m_plannedRecords ? m_plannedRecords : std::make_shared<PlannedRecords>(m_calls.size());
    auto savedPasses = sameMatches && m_savedPasses && m_savedPassesFilter == savedFilter
        ? m_savedPasses
        : std::make_shared<QList<qint8>>(m_calls.size(), qint8(-1));
    m_pendingBasis = std::move(basis);
    input.ledger = m_ledger;
    input.createableFields = m_createableFields;
    input.matcher = m_matcher.get();
    m_resultPending = true;
    Q_EMIT previewStarted();
    m_watcher.setFuture(QtConcurrent::run([input, calls, schema, matches, plannedRecords, savedPasses]() mutable {
        Computed computed;
        computed.matches = matches
            ? matches
            : std::make_shared<const QList<CallMatch>>(ExportPreview::matchAll(*calls, *input.matcher));
        computed.plannedRecords = plannedRecords;
        computed.savedPasses = savedPasses;
        computed.savedFilter = input.savedFilter;
        input.savedPasses = savedPasses.get();
        input.calls = calls.get();
        input.schema = schema.get();
        input.matches = computed.matches.get();
        input.plannedRecords = plannedRecords.get();
        computed.plans = ExportPreview::plan(input);
        return computed;
    }));
}

Status ExportWorkspace::recordExport(const QString& callId, const ExportLedger::Entry& entry)
{
    if (!m_cacheOpen) {
        return Status::failure(tr("No org is connected."));
    }
    const Status recorded = ExportLedger(m_cache.database()).record(callId, entry);
    if (recorded.ok()) {
        m_ledger.insert(callId, entry);
    }
    return recorded;
}

Status ExportWorkspace::forgetExport(const QString& callId)
{
    if (!m_cacheOpen) {
        return Status::failure(tr("No org is connected."));
    }
    const Status removed = ExportLedger(m_cache.database()).remove(callId);
    if (removed.ok()) {
        m_ledger.remove(callId);
    }
    return removed;
}

} // namespace callbridge
