#pragma once

#include "core/cache/CacheStore.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/SalesforceError.h"
#include "core/sync/ImportPlan.h"
#include "core/sync/ImportWriter.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace callbridge {

class BulkQueryStream;
class RestClient;

// Brings one object's rows in the cache up to date, through REST query pagination or a Bulk API
// 2.0 query job (the caller chooses; see ImportRun).
//
// Rows are read in SystemModstamp order and the cursor advances after every page is stored,
// so a run that stops part-way (cancelled, network drop, limit reached) resumes from where it
// stopped: reading from the cursor minus a small overlap re-reads a few rows, and upserts make
// that harmless. Once an object is complete, later runs read only what changed since, and
// remove what was deleted (queryAll with IsDeleted = true). queryAll sees deleted rows only while
// they are in the recycle bin: after a long gap, or when the cache holds more rows than
// Salesforce counts, the cached Ids are compared with Salesforce's instead (readScope()).
class ObjectImport : public QObject
{
    Q_OBJECT

public:
    // Rows modified this close before the cursor are read again: rows that share the cursor's
    // timestamp, and transactions that committed late with an earlier timestamp.
    static constexpr int overlapSeconds = 60;
    // Deleted rows stay visible to queryAll only while in the recycle bin (15 days). When deletes
    // were last read longer ago than this (a day's margin for clocks and the bin's own schedule),
    // some may be gone from it: the Ids are reconciled instead.
    static constexpr int recycleBinTrustedDays = 14;

    // Reads the plan's fields of its object, within its scope (e.g. opportunities owned by
    // recorded users); the cache must have the object's table (CacheStore::ensureTable).
    ObjectImport(RestClient* client, CacheStore* cache, const ObjectImportPlan& plan, QObject* parent = nullptr);
    ~ObjectImport() override;

    void setBatchSize(int rows) { m_batchSize = rows; } // 200..2000, a hint Salesforce may lower
    void setBulkPageRecords(int records) { m_bulkPageRecords = records; } // maxRecords of a results page
    void setUseBulk(bool bulk) { m_useBulk = bulk; } // an unfinished Bulk job is always continued
    // The caller dropped the object's indexes for a first load: they are built again at the end,
    // whatever the outcome, on the writer's thread (a million rows take seconds), before finished().
    void setRebuildsIndexes(bool rebuild) { m_rebuildsIndexes = rebuild; }
    bool usesBulk() const { return m_useBulk; }

    // The rows this run reads: all of them at first, then those changed since the cursor; with
    // a scope of several conditions, those of the condition being read.
    QString changedRowsSoql() const;
    QStringList countSoqls() const; // SELECT COUNT() over the same rows, one per scope condition
    QString deletedRowsSoql() const;

    void start();
    void cancel();

    bool ok() const { return m_done && !m_error.isError() && m_storageError.isEmpty(); }
    const SalesforceError& error() const { return m_error; } // what Salesforce answered
    QString storageError() const { return m_storageError; } // the local cache could not store rows
    QString errorText() const;
    qint64 stored() const { return m_stored; }
    qint64 removed() const { return m_removed; }
    bool wasIncremental() const { return m_incremental; }
    // This run compared every cached Id with Salesforce's (deletes may have left the recycle bin).
    bool reconciledIds() const { return m_reconcileIds; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 until the API tells it
    void indexing(); // the rows are read; the indexes dropped for a first load are being built
    void finished();

private:
    QString conditions(int part) const; // " WHERE ..." of the changed rows in one scope condition
    bool readsInParts() const { return m_scope.size() > 1; }
    void readNewestMark();
    void readChanged();
    void readChangedInBulk();
    void readDeleted();
    void compareCounts();
    void readScope();
    void readScopePart(int part, const std::shared_ptr<QSet<QString>>& inScope);
    void storePage(const QJsonArray& records);
    void storeRows(const TextRows& rows);
    void rowsStored(const ImportWriter::Result& result);
    void bulkPageStored(const QString& nextLocator, const QString& jobId, const QString& apiVersion);
    void afterRowsStored(const SalesforceError& error); // waits for the writer, then changedRowsRead()
    void changedRowsRead(const SalesforceError& error);
    void finish(const SalesforceError& error);
    CacheStore::Cursor changesCursor(bool complete) const;

    RestClient* m_client;
    CacheStore* m_cache;
    QString m_object;
    ImportScope m_scope;
    int m_part = 0; // the scope condition being read
    QDateTime m_newestMark; // a read in parts: the newest change in the object before the first part
    QStringList m_fields; // what is read from Salesforce, in the plan's order
    int m_batchSize = QueryStream::maxBatchSize;
    CacheStore::Cursor m_startCursor;
    QDateTime m_newest;
    QDateTime m_bulkNewest; // newest row of the Bulk job being read
    QDateTime m_deletesSince; // where the deleted rows are read from
    QDateTime m_deletesReadAt; // Salesforce's clock when deletes were last read in full
    QDateTime m_deletesReadFrom; // Salesforce's clock when this run's deletes read started
    bool m_reconcileIds = false;
    bool m_useBulk = false;
    bool m_rebuildsIndexes = false;
    bool m_readingBulk = false; // the changed rows come from a Bulk job (stored rows arrive after it may be gone)
    bool m_readsDeletes = true;
    int m_bulkPageRecords = 0; // 0: BulkQueryStream's default
    QPointer<QueryStream> m_stream;
    QPointer<BulkQueryStream> m_bulkStream;
    std::unique_ptr<ImportWriter> m_writer; // stores rows on its own thread
    qint64 m_total = -1; // what the stream being read said it holds
    qint64 m_writerCpuUs = 0; // what storing cost
    SalesforceError m_error;
    QString m_storageError;
    qint64 m_stored = 0;
    qint64 m_removed = 0;
    bool m_incremental = false;
    bool m_done = false;
};

} // namespace callbridge
