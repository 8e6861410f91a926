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
    QueryStream(RestClient* client, const QString& soql, bool includeDeleted = false, int batchSize = 2000,
        QObject* parent = nullptr);

    void start() override;

    qint64 totalSize() const { return m_totalSize; }
    qint64 received() const { return m_received; }

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
};

} // namespace callbridge
