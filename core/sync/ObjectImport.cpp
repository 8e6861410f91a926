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
    m_receivedBefore = 0;
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
    m_stream = new QueryStream(m_client, changedRowsSoql(), false, m_batchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::page, this, &ObjectImport::storePage);
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        changedRowsRead(stream->error());
    });
    stream->start();
}

void ObjectImport::readChangedInBulk()
{
    const CacheStore::Cursor cursor = m_cache->cursor(m_object);
    m_bulkNewest = cursor.bulkNewest;
    m_bulkStream = new BulkQueryStream(m_client, changedRowsSoql(), this);
    BulkQueryStream* stream = m_bulkStream;
    if (m_bulkPageRecords > 0) {
        stream->setPageRecords(m_bulkPageRecords);
    }
    const bool resuming = !cursor.bulkJobId.isEmpty();
    connect(stream, &BulkQueryStream::rows, this, [this](const QStringList& fields, const QList<QVariantList>& values) {
        storeRows({ fields, values });
    });
    connect(stream, &BulkQueryStream::pageRead, this, &ObjectImport::bulkPageStored);
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
        changedRowsRead(stream->error());
    });
    if (resuming) {
        stream->resume(cursor.bulkJobId, cursor.bulkLocator, cursor.bulkApiVersion);
    } else {
        stream->start();
    }
}

void ObjectImport::bulkPageStored(const QString& nextLocator)
{
    if (m_done || !m_bulkStream || readsInParts()) {
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
        cursor.bulkJobId = m_bulkStream->jobId();
        cursor.bulkApiVersion = m_bulkStream->apiVersion();
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
            m_receivedBefore = m_stored;
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
    CacheStore::Rows rows;
    rows.fields = m_fields;
    rows.values.reserve(records.size());
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        QVariantList values;
        values.reserve(rows.fields.size());
        for (const QString& field : std::as_const(rows.fields)) {
            values.append(record.value(field).toVariant());
        }
        rows.values.append(std::move(values));
    }
    storeRows(rows);
}

void ObjectImport::storeRows(const CacheStore::Rows& rows)
{
    if (m_done) {
        return;
    }
    // What Salesforce sends becomes the cache's key: every row must carry a real record id.
    const int idIndex = int(rows.fields.indexOf(QStringLiteral("Id")));
    for (qsizetype row = 0; row < rows.values.size(); ++row) {
        const QString id = idIndex >= 0 ? rows.values.at(row).value(idIndex).toString() : QString();
        if (!isRecordId(id)) {
            m_storageError = tr("row %L1 of a page has the Id \"%2\", which is not a Salesforce id; the page was "
                                "not stored")
                                 .arg(m_stored + row + 1)
                                 .arg(id.left(40));
            finish({});
            return;
        }
    }
    const int modstampIndex = int(rows.fields.indexOf(QStringLiteral("SystemModstamp")));
    if (modstampIndex >= 0 && !rows.values.isEmpty()) {
        QString newestText;
        if (m_bulkStream) {
            // Unordered rows. Bulk API writes every date-time in one fixed UTC form, so the
            // newest is the greatest string: one parse per batch, not per row.
            for (const QVariantList& row : rows.values) {
                const QString text = row.value(modstampIndex).toString();
                if (text > newestText) {
                    newestText = text;
                }
            }
        } else { // in SystemModstamp order: the last row is the newest
            newestText = rows.values.constLast().value(modstampIndex).toString();
        }
        const QDateTime modstamp = QDateTime::fromString(newestText, Qt::ISODateWithMs);
        QDateTime& newest = m_bulkStream ? m_bulkNewest : m_newest;
        if (modstamp.isValid() && (!newest.isValid() || modstamp > newest)) {
            newest = modstamp;
        }
    }
    const Status stored = m_cache->upsert(m_object, rows);
    if (!stored.ok()) {
        m_storageError = stored.errorMessage();
        finish({});
        return;
    }
    m_stored += rows.values.size();
    // REST: everything up to the newest row is stored. The object is complete only when the
    // whole first read finished (set in finish()). Bulk: the cursor moves per page (bulkPageStored).
    if (!m_bulkStream && !readsInParts()) {
        m_cache->setCursor(m_object, changesCursor(m_startCursor.complete));
    }
    // A read in parts keeps the total its counts added up (-1: unchanged).
    if (m_stream) {
        Q_EMIT progress(m_receivedBefore + m_stream->received(), readsInParts() ? -1 : m_stream->totalSize());
    } else if (m_bulkStream) {
        Q_EMIT progress(m_receivedBefore + m_bulkStream->received(), readsInParts() ? -1 : m_bulkStream->totalSize());
    }
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
    Q_EMIT finished();
}

} // namespace callbridge
