#include "core/sync/ObjectImport.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/BulkQueryStream.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceIds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace callbridge {

ObjectImport::ObjectImport(RestClient* client, CacheStore* cache, const ObjectImportPlan& plan, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_object(plan.object)
    , m_scope(plan.scope)
    , m_readsDeletes(plan.readsDeletes)
{
    for (const CacheStore::Column& column : plan.columns) {
        m_fields.append(column.name);
    }
}

ObjectImport::~ObjectImport() = default;

namespace {

// A SOQL date-time literal, whole seconds, `overlapSeconds` before `cursor` (the overlap also
// covers what the truncation drops).
QString sinceLiteral(const QDateTime& cursor)
{
    return cursor.addSecs(-ObjectImport::overlapSeconds).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

QString ObjectImport::conditions(int part) const
{
    const QDateTime cursor = m_cache->cursor(m_object).systemModstamp;
    QStringList conditions;
    if (cursor.isValid()) {
        conditions << QStringLiteral("SystemModstamp >= %1").arg(sinceLiteral(cursor));
    }
    if (!m_scope.isEmpty()) {
        conditions << QStringLiteral("(%1)").arg(m_scope.value(part));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ObjectImport::changedRowsSoql() const
{
    const QString soql =
        QStringLiteral("SELECT %1 FROM %2%3").arg(m_fields.join(QStringLiteral(", ")), m_object, conditions(m_part));
    // REST pages come in SystemModstamp order so the cursor can advance per page. Bulk API
    // queries are not ordered (the notes on Bulk API 2.0 list ORDER BY as unsupported): a
    // Bulk read keeps its place by job and locator instead.
    return m_useBulk ? soql : soql + QStringLiteral(" ORDER BY SystemModstamp ASC, Id ASC");
}

QStringList ObjectImport::countSoqls() const
{
    QStringList counts;
    for (int part = 0; part < qMax<qsizetype>(1, m_scope.size()); ++part) {
        counts << QStringLiteral("SELECT COUNT() FROM %1%2").arg(m_object, conditions(part));
    }
    return counts;
}

QString ObjectImport::deletedRowsSoql() const
{
    return QStringLiteral("SELECT Id FROM %1 WHERE IsDeleted = true AND SystemModstamp >= %2")
        .arg(m_object, sinceLiteral(m_deletesSince));
}

CacheStore::Cursor ObjectImport::changesCursor(bool complete) const
{
    CacheStore::Cursor cursor;
    cursor.systemModstamp = m_newest;
    cursor.complete = complete;
    cursor.deletesSince = m_deletesSince; // moved only by a finished read of the deleted rows
    cursor.deletesReadAt = m_deletesReadAt;
    return cursor;
}

QString ObjectImport::errorText() const
{
    if (!m_storageError.isEmpty()) {
        return tr("The local cache could not store %1: %2").arg(m_object, m_storageError);
    }
    return m_error.toString();
}

void ObjectImport::start()
{
    m_startCursor = m_cache->cursor(m_object);
    m_newest = m_startCursor.systemModstamp;
    m_incremental = m_startCursor.complete;
    m_stored = 0;
    m_removed = 0;
    m_done = false;
    m_error = {};
    m_storageError.clear();
    m_reconcileIds = false;
    m_deletesReadAt = m_startCursor.deletesReadAt;
    if (!m_startCursor.bulkJobId.isEmpty()) {
        m_useBulk = true; // the rest of that job's results are waiting on Salesforce
    }
    // Deletes are read from their own cursor. A cache from before it, or a first import that
    // stopped, starts it at the changes' cursor, stored now: the changes may move on before the
    // deletes have been read.
    m_deletesSince = m_startCursor.deletesSince.isValid() ? m_startCursor.deletesSince : m_startCursor.systemModstamp;
    if (m_deletesSince.isValid() && !m_startCursor.deletesSince.isValid()) {
        CacheStore::Cursor cursor = m_startCursor;
        cursor.deletesSince = m_deletesSince;
        m_cache->setCursor(m_object, cursor);
    }
    m_part = 0;
    m_total = -1;
    m_writerCpuUs = 0;
    m_writer = std::make_unique<ImportWriter>(*m_cache, m_object);
    connect(m_writer.get(), &ImportWriter::stored, this, &ObjectImport::rowsStored);
    if (readsInParts()) {
        readNewestMark();
    } else if (m_useBulk) {
        readChangedInBulk();
    } else {
        readChanged();
    }
}

// A scope of several conditions is read one condition after the other, each from the start
// cursor, and the cursor cannot move per page (a part read later may hold older changes). It
// moves when every part is read, to the newest change the object had before the first part
// was read: each part saw everything up to then, and anything changed later is newer.
void ObjectImport::readNewestMark()
{
    m_stream = new QueryStream(m_client,
        QStringLiteral("SELECT SystemModstamp FROM %1 ORDER BY SystemModstamp DESC LIMIT 1").arg(m_object), false,
        m_batchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::page, this, [this](const QJsonArray& records) {
        if (!records.isEmpty()) {
            m_newestMark = QDateTime::fromString(
                records.first().toObject().value(QStringLiteral("SystemModstamp")).toString(), Qt::ISODateWithMs);
        }
    });
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        if (!stream->ok()) {
            finish(stream->error());
        } else if (m_useBulk) {
            readChangedInBulk();
        } else {
            readChanged();
        }
    });
    stream->start();
}

void ObjectImport::readChanged()
{
    m_readingBulk = false;
    m_stream = new QueryStream(m_client, changedRowsSoql(), false, m_batchSize, this);
    QueryStream* stream = m_stream;
    // Pages are stored on the writer's thread: the next one is read meanwhile, at most two wait.
    stream->setConsumerPaced(true);
    connect(stream, &QueryStream::page, this, [this, stream](const QJsonArray& records) {
        storePage(records);
        const QPointer<QueryStream> guarded(stream);
        m_writer->afterStored([guarded] {
            if (guarded) {
                guarded->pageConsumed();
            }
        });
    });
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        afterRowsStored(stream->error());
    });
    stream->start();
}

void ObjectImport::readChangedInBulk()
{
    m_readingBulk = true;
    const CacheStore::Cursor cursor = m_cache->cursor(m_object);
    m_bulkNewest = cursor.bulkNewest;
    m_bulkStream = new BulkQueryStream(m_client, changedRowsSoql(), this);
    BulkQueryStream* stream = m_bulkStream;
    if (m_bulkPageRecords > 0) {
        stream->setPageRecords(m_bulkPageRecords);
    }
    const bool resuming = !cursor.bulkJobId.isEmpty();
    // Rows are stored on the writer's thread: the stream fetches ahead only while fewer than two
    // pages wait, and a page's cursor moves once all its rows are stored.
    stream->setConsumerPaced(true);
    connect(stream, &BulkQueryStream::rows, this, &ObjectImport::storeRows);
    connect(stream, &BulkQueryStream::pageRead, this, [this, stream](const QString& nextLocator) {
        // The stream may be gone when the page is stored (it ends with its last page).
        const QPointer<BulkQueryStream> guarded(stream);
        m_writer->afterStored([this, guarded, nextLocator, jobId = stream->jobId(), version = stream->apiVersion()] {
            bulkPageStored(nextLocator, jobId, version);
            if (guarded) {
                guarded->pageConsumed();
            }
        });
    });
    // Every status poll is an API request: the caller's budget hears of it.
    connect(stream, &BulkQueryStream::polled, this,
        [this, stream] { Q_EMIT progress(stream->received(), stream->totalSize()); });
    connect(stream, &BulkQueryStream::finished, this, [this, stream, resuming] {
        stream->deleteLater();
        const int status = stream->error().httpStatus;
        if (resuming && (status == 404 || status == 409) && !m_done) {
            // The job expired on Salesforce (404), or its results cannot be read with the
            // version known (409: a cache from before the job's version was kept): read again
            // from the cursor with a new job.
            CacheStore::Cursor fresh = m_cache->cursor(m_object);
            fresh.bulkJobId.clear();
            fresh.bulkLocator.clear();
            fresh.bulkApiVersion.clear();
            m_cache->setCursor(m_object, fresh);
            readChangedInBulk();
            return;
        }
        afterRowsStored(stream->error());
    });
    if (resuming) {
        stream->resume(cursor.bulkJobId, cursor.bulkLocator, cursor.bulkApiVersion);
    } else {
        stream->start();
    }
}

void ObjectImport::afterRowsStored(const SalesforceError& error)
{
    // Rows delivered before a failure are good: they are stored (and their pages' cursor moved)
    // before the read ends, so the next run starts after them.
    m_writer->afterStored([this, error] { changedRowsRead(error); });
}

void ObjectImport::bulkPageStored(const QString& nextLocator, const QString& jobId, const QString& apiVersion)
{
    if (m_done || readsInParts()) {
        return; // a read in parts moves the cursor once every part is read
    }
    CacheStore::Cursor cursor = m_cache->cursor(m_object);
    if (nextLocator.isEmpty()) {
        // The whole job is stored: the cursor moves to the newest row it held.
        if (m_bulkNewest.isValid() && (!m_newest.isValid() || m_bulkNewest > m_newest)) {
            m_newest = m_bulkNewest;
        }
        m_cache->setCursor(m_object, changesCursor(m_startCursor.complete));
    } else {
        cursor.bulkJobId = jobId;
        cursor.bulkApiVersion = apiVersion;
        cursor.bulkLocator = nextLocator;
        cursor.bulkNewest = m_bulkNewest;
        m_cache->setCursor(m_object, cursor);
    }
}

void ObjectImport::changedRowsRead(const SalesforceError& error)
{
    if (!error.isError() && readsInParts()) {
        if (m_part + 1 < m_scope.size()) {
            ++m_part;
            if (m_useBulk) {
                readChangedInBulk();
            } else {
                readChanged();
            }
            return;
        }
        m_newest = m_startCursor.systemModstamp;
        if (m_newestMark.isValid() && (!m_newest.isValid() || m_newestMark > m_newest)) {
            m_newest = m_newestMark;
        }
    }
    if (error.isError()) {
        finish(error);
        return;
    }
    // Deletes last read (or, in caches from before that was kept, the newest change) longer ago
    // than the recycle bin keeps them: queryAll may no longer list some, so the Ids are compared.
    m_deletesReadFrom = m_client->serverTime(); // every delete before now is read (or reconciled) next
    const QDateTime lastRead = m_deletesReadAt.isValid() ? m_deletesReadAt : m_deletesSince;
    m_reconcileIds = m_readsDeletes && m_startCursor.complete && lastRead.isValid()
        && lastRead < m_client->serverTime().addDays(-recycleBinTrustedDays);
    if (m_reconcileIds) {
        qCInfo(lcSync) << m_object << "deletes last read" << lastRead << "- reconciling ids";
    }
    if (m_deletesSince.isValid() && m_readsDeletes) {
        readDeleted(); // also when resuming: rows imported before the stop may be gone since
    } else {
        readScope();
    }
}

void ObjectImport::readScope()
{
    // A scoped object's cached rows can fall out of its scope without changing in a way the
    // changes read sees (an opportunity moved to an unrecorded user is no longer selected; its
    // owner deactivated does not even change it). When the cache held rows before this run, the
    // Ids still in scope are read (a cheap Id-only query) and every other cached row goes. The same
    // read finds rows deleted while queryAll could not tell (m_reconcileIds).
    if ((m_scope.isEmpty() && !m_reconcileIds) || !m_startCursor.systemModstamp.isValid()) {
        finish({});
        return;
    }
    readScopePart(0, std::make_shared<QSet<QString>>());
}

void ObjectImport::readScopePart(int part, const std::shared_ptr<QSet<QString>>& inScope)
{
    // An unscoped object (read only to reconcile its Ids) has no parts: one read of every Id.
    const QString where = m_scope.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_scope.at(part);
    m_stream =
        new QueryStream(m_client, QStringLiteral("SELECT Id FROM %1%2").arg(m_object, where), false, m_batchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::page, this, [inScope](const QJsonArray& records) {
        for (const QJsonValue& value : records) {
            inScope->insert(value.toObject().value(QStringLiteral("Id")).toString());
        }
    });
    connect(stream, &QueryStream::finished, this, [this, stream, inScope, part] {
        stream->deleteLater();
        if (!stream->ok()) {
            finish(stream->error());
            return;
        }
        if (part + 1 < m_scope.size()) {
            readScopePart(part + 1, inScope);
            return;
        }
        qint64 outOfScope = 0;
        const Status removed = m_cache->removeAllExcept(m_object, *inScope, &outOfScope);
        if (!removed.ok()) {
            m_storageError = removed.errorMessage();
        }
        m_removed += outOfScope;
        finish({});
    });
    stream->start();
}

void ObjectImport::storePage(const QJsonArray& records)
{
    TextRows rows(m_fields);
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        for (const QString& field : std::as_const(m_fields)) {
            rows.append(record.value(field));
        }
    }
    storeRows(rows);
}

void ObjectImport::storeRows(const TextRows& rows)
{
    // The stream is there now; it may be gone when the rows are stored.
    if (m_stream) {
        m_total = m_stream->totalSize();
    } else if (m_bulkStream) {
        m_total = m_bulkStream->totalSize();
    }
    if (!m_done && !rows.isEmpty()) {
        m_writer->store(rows);
    }
}

void ObjectImport::rowsStored(const ImportWriter::Result& result)
{
    if (m_done) {
        return;
    }
    if (result.badRow >= 0) {
        m_storageError = tr("row %L1 of a page has the Id \"%2\", which is not a Salesforce id; the page was "
                            "not stored")
                             .arg(m_stored + result.badRow + 1)
                             .arg(result.badId.left(40));
        finish({});
        return;
    }
    if (!result.storageError.isEmpty()) {
        m_storageError = result.storageError;
        finish({});
        return;
    }
    const QDateTime modstamp = QDateTime::fromString(result.newestModstamp, Qt::ISODateWithMs);
    QDateTime& newest = m_readingBulk ? m_bulkNewest : m_newest;
    if (modstamp.isValid() && (!newest.isValid() || modstamp > newest)) {
        newest = modstamp;
    }
    m_stored += result.rows;
    m_writerCpuUs += result.cpuUs;
    // REST: everything up to the newest row is stored. The object is complete only when the
    // whole first read finished (set in finish()). Bulk: the cursor moves per page (bulkPageStored).
    if (!m_readingBulk && !readsInParts()) {
        m_cache->setCursor(m_object, changesCursor(m_startCursor.complete));
    }
    // A read in parts keeps the total its counts added up (-1: unchanged).
    Q_EMIT progress(m_stored, readsInParts() ? -1 : m_total);
}

void ObjectImport::readDeleted()
{
    m_stream = new QueryStream(m_client, deletedRowsSoql(), true, m_batchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::page, this, [this](const QJsonArray& records) {
        QStringList ids;
        for (const QJsonValue& value : records) {
            ids << value.toObject().value(QStringLiteral("Id")).toString();
        }
        const Status removed = m_cache->remove(m_object, ids);
        if (!removed.ok()) {
            m_storageError = removed.errorMessage();
            finish({});
            return;
        }
        m_removed += ids.size();
    });
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        if (stream->ok()) {
            compareCounts();
        } else {
            finish(stream->error());
        }
    });
    stream->start();
}

void ObjectImport::compareCounts()
{
    // The recycle bin also empties early: when full, Salesforce removes its oldest records once
    // they have been in it two hours, and an admin can empty it. Rows deleted so are in neither
    // query nor queryAll; when the cache holds more rows than Salesforce counts, the Ids are
    // compared. (A scoped object's Ids are read anyway.)
    if (m_reconcileIds || !m_scope.isEmpty()) {
        readScope();
        return;
    }
    m_stream =
        new QueryStream(m_client, QStringLiteral("SELECT COUNT() FROM %1").arg(m_object), false, m_batchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        if (!stream->ok()) {
            finish(stream->error());
            return;
        }
        const qint64 cached = m_cache->count(m_object);
        m_reconcileIds = stream->totalSize() >= 0 && cached > stream->totalSize();
        if (m_reconcileIds) {
            qCInfo(lcSync) << m_object << "cache holds" << cached << "rows, Salesforce" << stream->totalSize()
                           << "- reconciling ids";
        }
        readScope();
    });
    stream->start();
}

void ObjectImport::cancel()
{
    if (m_stream) {
        m_stream->cancel();
    }
    if (m_bulkStream) {
        m_bulkStream->cancel();
    }
}

void ObjectImport::finish(const SalesforceError& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_error = error;
    if (m_writer) {
        m_writer->discard(); // what is still queued is not stored (cancelled, failed)
    }
    // A storage failure stops the read; the stream's finished() then lands in the guard above.
    if (m_stream) {
        m_stream->cancel();
    }
    if (m_bulkStream) {
        m_bulkStream->cancel();
    }
    if (ok()) {
        // Changes and deletes are both read up to the newest change; every delete up to this run's
        // start is known (a first read is complete by itself).
        m_deletesSince = m_newest;
        m_deletesReadAt = m_deletesReadFrom;
        m_cache->setCursor(m_object, changesCursor(true));
        m_cache->setImportedAt(m_object, QDateTime::currentDateTimeUtc());
    }
    qCInfo(lcSync) << m_object << m_stored << "rows stored with" << m_writerCpuUs / 1000 << "ms of the writer's CPU";
    if (m_rebuildsIndexes && m_writer) {
        Q_EMIT indexing();
        m_writer->run([object = m_object](CacheStore& store) { return store.createIndexes(object); },
            [this](const Status& indexed) {
                // The rows stay usable without their indexes, but matching slows down: say so.
                if (!indexed.ok() && ok()) {
                    m_storageError = indexed.errorMessage();
                }
                Q_EMIT finished();
            });
        return;
    }
    Q_EMIT finished();
}

} // namespace callbridge
