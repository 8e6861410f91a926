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
    // A consumer that stores pages asynchronously says when it is done with each
    // (pageConsumed() once per page()): the next page is fetched only while fewer than
    // pagesHeld wait, so a slow store never lets pages pile up in memory.
    static constexpr int pagesHeld = 2;
    void setConsumerPaced(bool paced) { m_paced = paced; }
    void pageConsumed();

    qint64 totalSize() const { return m_totalSize; }
    qint64 received() const { return m_received; }
    qint64 pagesRead() const { return m_pages; } // one API call each

Q_SIGNALS:
    void page(const QJsonArray& records);

private:
    void fetch(const QString& path);
    void fetchNextIfRoom();

    RestClient* m_client;
    QString m_soql;
    bool m_includeDeleted;
    int m_batchSize;
    qint64 m_totalSize = -1;
    qint64 m_received = 0;
    qint64 m_pages = 0;
    bool m_paced = false;
    int m_pagesHeld = 0; // emitted, not consumed
    QString m_next; // nextRecordsUrl of the page to fetch when there is room
};

} // namespace callbridge
