#pragma once

#include "core/salesforce/SalesforceJob.h"

#include <QJsonArray>

namespace callbridge {

// Streams a SOQL query page by page (query, then nextRecordsUrl until done), so callers
// handle any size with flat memory. finished() is emitted exactly once.
class QueryStream : public SalesforceJob
{
    Q_OBJECT

public:
    // The largest page Salesforce sends, and the default asked for: a hint it may lower (wide
    // rows, load), never a page size to count on.
    static constexpr int maxBatchSize = 2000;

    QueryStream(RestClient* client, const QString& soql, bool includeDeleted = false, int batchSize = maxBatchSize,
        QObject* parent = nullptr);

    void start() override;
    // Reads on from a page's nextRecordsUrl (a first page that came another way, such as inside
    // a composite request) instead of running the query.
    void continueFrom(const QString& nextRecordsUrl);

    qint64 totalSize() const { return m_totalSize; }
    qint64 received() const { return m_received; }
    qint64 pagesRead() const { return m_pages; } // one API call each

Q_SIGNALS:
    void page(const QJsonArray& records);

private:
    void fetch(const QString& path);

    RestClient* m_client;
    QString m_soql;
    bool m_includeDeleted;
    int m_batchSize;
    qint64 m_totalSize = -1;
    qint64 m_received = 0;
    qint64 m_pages = 0;
};

} // namespace callbridge
