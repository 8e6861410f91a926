#include "core/salesforce/QueryStream.h"

#include <QJsonObject>
#include <QUrl>

namespace callbridge {

QueryStream::QueryStream(RestClient* client, const QString& soql, bool includeDeleted, int batchSize, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
    , m_soql(soql)
    , m_includeDeleted(includeDeleted)
    , m_batchSize(batchSize)
{ }

void QueryStream::start()
{
    fetch((m_includeDeleted ? QStringLiteral("queryAll?q=") : QStringLiteral("query?q="))
        + QString::fromLatin1(QUrl::toPercentEncoding(m_soql)));
}

void QueryStream::continueFrom(const QString& nextRecordsUrl)
{
    fetch(nextRecordsUrl);
}

void QueryStream::fetch(const QString& path)
{
    await(m_client->get(path, { { "Sforce-Query-Options", "batchSize=" + QByteArray::number(m_batchSize) } }),
        [this](RestReply* reply) {
            const QJsonObject body = reply->json().object();
            if (!body.contains(QStringLiteral("records")) || !body.contains(QStringLiteral("done"))) {
                finish(SalesforceError::malformed(tr("a query page without records or done")));
                return;
            }
            m_totalSize = body.value(QStringLiteral("totalSize")).toInteger(m_totalSize);
            const QJsonArray records = body.value(QStringLiteral("records")).toArray();
            m_received += records.size();
            ++m_pages;
            if (m_paced) {
                ++m_pagesHeld;
            }
            Q_EMIT page(records);
            if (isFinished()) {
                return; // cancelled from a page handler
            }
            if (body.value(QStringLiteral("done")).toBool()) {
                finish({});
            } else {
                m_next = body.value(QStringLiteral("nextRecordsUrl")).toString();
                fetchNextIfRoom();
            }
        });
}

void QueryStream::fetchNextIfRoom()
{
    if (!isFinished() && !m_next.isEmpty() && m_pagesHeld < pagesHeld) {
        const QString next = m_next;
        m_next.clear();
        fetch(next);
    }
}

void QueryStream::pageConsumed()
{
    if (m_pagesHeld > 0) {
        --m_pagesHeld;
    }
    fetchNextIfRoom();
}

} // namespace callbridge
