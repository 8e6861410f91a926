#pragma once

#include "cache/CacheStore.h"
#include "salesforce/SalesforceError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace callbridge {

class QueryStream;
class RestClient;

// Brings one object's rows in the cache up to date through REST query pagination.
//
// Rows are read in SystemModstamp order and the cursor advances after every page is stored,
// so a run that stops part-way (cancelled, network drop, limit reached) resumes from where it
// stopped: reading from the cursor minus a small overlap re-reads a few rows, and upserts make
// that harmless. Once an object is complete, later runs read only what changed since, and
// remove what was deleted (queryAll with IsDeleted = true).
class ObjectImport : public QObject
{
    Q_OBJECT

public:
    // Rows modified this close before the cursor are read again: rows that share the cursor's
    // timestamp, and transactions that committed late with an earlier timestamp.
    static constexpr int overlapSeconds = 60;

    ObjectImport(RestClient* client, CacheStore* cache, const QString& object, QObject* parent = nullptr);

    // Extra SOQL condition that limits the rows (e.g. opportunities owned by recorded users).
    void setScope(const QString& condition) { m_scope = condition; }
    void setBatchSize(int rows) { m_batchSize = rows; } // 200..2000, a hint Salesforce may lower

    QString changedRowsSoql() const;
    QString deletedRowsSoql() const;

    void start();
    void cancel();

    bool ok() const { return m_done && !m_error.isError(); }
    const SalesforceError& error() const { return m_error; }
    qint64 stored() const { return m_stored; }
    qint64 removed() const { return m_removed; }
    bool wasIncremental() const { return m_incremental; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    QString since() const;
    void readChanged();
    void readDeleted();
    void storePage(const QJsonArray& records);
    void finish(const SalesforceError& error);

    RestClient* m_client;
    CacheStore* m_cache;
    QString m_object;
    QString m_scope;
    int m_batchSize = 2000;
    CacheStore::Cursor m_startCursor;
    QDateTime m_newest;
    QPointer<QueryStream> m_stream;
    SalesforceError m_error;
    qint64 m_stored = 0;
    qint64 m_removed = 0;
    bool m_incremental = false;
    bool m_done = false;
};

} // namespace callbridge
