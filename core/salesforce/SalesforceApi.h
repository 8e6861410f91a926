#pragma once

#include "RestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace callbridge {

// Streams a SOQL query page by page (query, then nextRecordsUrl until done), so callers
// handle any size with flat memory. finished() is emitted exactly once.
class QueryStream : public QObject
{
    Q_OBJECT

public:
    QueryStream(RestClient* client, const QString& soql, bool includeDeleted = false, int batchSize = 2000,
        QObject* parent = nullptr);

    void start();
    void cancel();

    qint64 totalSize() const { return m_totalSize; }
    qint64 received() const { return m_received; }
    const SalesforceError& error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }

Q_SIGNALS:
    void page(const QJsonArray& records);
    void finished();

private:
    void fetch(const QString& path);
    void finish(const SalesforceError& error);

    RestClient* m_client;
    QString m_soql;
    bool m_includeDeleted;
    int m_batchSize;
    QPointer<RestReply> m_current;
    qint64 m_totalSize = -1;
    qint64 m_received = 0;
    SalesforceError m_error;
    bool m_finished = false;
};

// One composite request: up to 25 subrequests, counted as one API call by Salesforce.
class CompositeRequest
{
public:
    static constexpr int maxSubrequests = 25;

    explicit CompositeRequest(bool allOrNone = false)
        : m_allOrNone(allOrNone)
    { }
    // Returns false when the request is full.
    bool add(const QString& referenceId, const QByteArray& method, const QString& url, const QJsonObject& body = {},
        const QJsonObject& httpHeaders = {});
    int size() const { return int(m_subrequests.size()); }
    RestRequest toRequest() const;

    // The sub-responses by referenceId: {"body", "httpHeaders", "httpStatusCode"}.
    static QHash<QString, QJsonObject> responses(const RestReply& reply);

private:
    bool m_allOrNone;
    QJsonArray m_subrequests;
};

// A SOQL string literal: 'value' with backslashes and single quotes escaped.
QString soqlStringLiteral(const QString& value);

// GET sobjects/{Object}/describe, conditional on a cached copy's Last-Modified: a 304 answer
// costs almost nothing and means the cached copy is still right.
RestReply* requestDescribe(RestClient* client, const QString& objectName, const QDateTime& cachedLastModified = {});
QDateTime lastModifiedOf(const RestReply& reply);

} // namespace callbridge
