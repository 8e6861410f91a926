#include "sync/ObjectImport.h"

#include "salesforce/SalesforceApi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace callbridge {

ObjectImport::ObjectImport(RestClient* client, CacheStore* cache, const QString& object, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_object(object)
{ }

// A SOQL date-time literal, whole seconds (the overlap covers what truncation drops).
QString ObjectImport::since() const
{
    return m_startCursor.systemModstamp.addSecs(-overlapSeconds)
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString ObjectImport::changedRowsSoql() const
{
    QStringList conditions;
    if (m_startCursor.systemModstamp.isValid())
        conditions << QStringLiteral("SystemModstamp >= %1").arg(since());
    if (!m_scope.isEmpty())
        conditions << QStringLiteral("(%1)").arg(m_scope);
    QString soql = QStringLiteral("SELECT %1 FROM %2")
                       .arg(m_cache->salesforceFields(m_object).join(QStringLiteral(", ")), m_object);
    if (!conditions.isEmpty())
        soql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return soql + QStringLiteral(" ORDER BY SystemModstamp ASC, Id ASC");
}

QString ObjectImport::deletedRowsSoql() const
{
    return QStringLiteral("SELECT Id FROM %1 WHERE IsDeleted = true AND SystemModstamp >= %2").arg(m_object, since());
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
    readChanged();
}

void ObjectImport::readChanged()
{
    m_stream = new QueryStream(m_client, changedRowsSoql(), false, m_batchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::page, this, &ObjectImport::storePage);
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        if (stream->error().isError()) {
            finish(stream->error());
        } else if (m_startCursor.systemModstamp.isValid()) {
            readDeleted(); // also when resuming: rows imported before the stop may be gone since
        } else {
            finish({});
        }
    });
    stream->start();
}

void ObjectImport::storePage(const QJsonArray& records)
{
    if (m_done)
        return;
    QList<QVariantMap> rows;
    rows.reserve(records.size());
    for (const QJsonValue& value : records) {
        QVariantMap row = value.toObject().toVariantMap();
        row.remove(QStringLiteral("attributes"));
        const QDateTime modstamp =
            QDateTime::fromString(row.value(QStringLiteral("SystemModstamp")).toString(), Qt::ISODateWithMs);
        if (modstamp.isValid() && (!m_newest.isValid() || modstamp > m_newest))
            m_newest = modstamp;
        rows.append(std::move(row));
    }
    const Status stored = m_cache->upsert(m_object, rows);
    if (!stored.ok()) {
        SalesforceError error;
        error.kind = SalesforceError::Kind::Malformed;
        error.message = stored.errorMessage();
        finish(error);
        return;
    }
    m_stored += rows.size();
    // Rows come in SystemModstamp order: everything up to the newest one is now stored. The
    // object is complete only when the whole first read finished (set in finish()).
    m_cache->setCursor(m_object, { m_newest, m_startCursor.complete });
    if (m_stream)
        Q_EMIT progress(m_stream->received(), m_stream->totalSize());
}

void ObjectImport::readDeleted()
{
    m_stream = new QueryStream(m_client, deletedRowsSoql(), true, m_batchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::page, this, [this](const QJsonArray& records) {
        QStringList ids;
        for (const QJsonValue& value : records)
            ids << value.toObject().value(QStringLiteral("Id")).toString();
        if (m_cache->remove(m_object, ids).ok())
            m_removed += ids.size();
    });
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        finish(stream->error());
    });
    stream->start();
}

void ObjectImport::cancel()
{
    if (m_stream)
        m_stream->cancel();
}

void ObjectImport::finish(const SalesforceError& error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (m_stream)
        m_stream->cancel(); // a storage failure stops the read; its finished() lands in the guard above
    if (!error.isError())
        m_cache->setCursor(m_object, { m_newest, true });
    Q_EMIT finished();
}

} // namespace callbridge
