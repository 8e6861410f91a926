#pragma once

#include "core/salesforce/SalesforceJob.h"
#include "core/util/TextRows.h"

#include <QElapsedTimer>
#include <QQueue>

#include <atomic>
#include <memory>
#include <optional>

namespace callbridge {

// Runs one Bulk API 2.0 query job and streams its CSV results: creates the job, polls until it
// completes, then reads the result pages by Sforce-Locator and parses each with libcsv into
// batches of rows, on a worker thread. The next page is on the wire while this one is parsed
// and consumed, and at most two pages are held (one consumed, one arriving or parsed), so
// memory stays the same whatever the job's size. finished() is emitted exactly once.
class BulkQueryStream : public SalesforceJob
{
    Q_OBJECT

public:
    static constexpr int defaultPageRecords = 50000; // maxRecords per result page
    static constexpr int rowsPerBatch = 5000; // rows per rows() signal
    static constexpr int pagesHeld = 2; // pages received and not consumed yet, at most

    BulkQueryStream(RestClient* client, const QString& soql, QObject* parent = nullptr);
    ~BulkQueryStream() override;

    // How long a job may take to complete, polls included, before the read gives up (a Timeout).
    // Generous: Salesforce gives a query job's processing many minutes, and retries it.
    static constexpr int defaultCompletionWaitMs = 60 * 60 * 1000;

    void setPageRecords(int records) { m_pageRecords = records; }
    void setCompletionWaitMs(int ms) { m_completionWaitMs = ms; }
    // A consumer that stores rows asynchronously says when it is done with each page
    // (pageConsumed() once per pageRead()); the next page is fetched only while fewer than
    // pagesHeld are waiting. Without it, a page is consumed when pageRead() returns.
    void setConsumerPaced(bool paced) { m_paced = paced; }
    void pageConsumed();
    void start() override;
    // Reads an existing job's results from `locator` on (empty: from the first page). Jobs and
    // their results stay on Salesforce for days, so a stopped read continues where it stopped.
    // Results can only be read with the API version the job was created with (else 409):
    // `apiVersion` is that version (empty: the client's).
    void resume(const QString& jobId, const QString& locator, const QString& apiVersion = {});

    QString jobId() const { return m_jobId; }
    QString apiVersion() const { return m_apiVersion; } // the job's
    qint64 totalSize() const { return m_totalSize; }
    qint64 received() const { return m_received; }

Q_SIGNALS:
    // Field names from the CSV header, then values in that order; empty CSV values are null.
    void rows(const TextRows& rows);
    // A status poll was answered and the job is not complete yet (each poll is an API request).
    void polled();
    // Every row of a result page has been through rows(); `nextLocator` reads the rest (empty
    // after the last page).
    void pageRead(const QString& nextLocator);

private:
    void createJob();
    QString jobPath(const QString& rest = {}) const; // under the job's API version
    void poll();
    void fetchResults(const QString& locator);
    void fetchNextIfRoom();
    void finishWhenDelivered(); // a page fetch failed: finish once the pages before are out
    void parseNext();
    void pageParsed(const QList<TextRows>& batches, const QString& error, const QString& next);

    RestClient* m_client;
    QString m_soql;
    QString m_jobId;
    QString m_startLocator;
    int m_pageRecords = defaultPageRecords;
    QString m_apiVersion;
    int m_pollDelayMs = 0;
    int m_completionWaitMs = defaultCompletionWaitMs;
    QElapsedTimer m_waiting; // since the job was created or resumed
    qint64 m_totalSize = -1;
    qint64 m_received = 0;
    bool m_paced = false;
    QString m_nextLocator; // the page to fetch next; empty when none
    bool m_fetching = false;
    int m_pagesHeld = 0; // received, not consumed
    struct ReceivedPage
    {
        QByteArray csv;
        QString next;
    };
    QQueue<ReceivedPage> m_toParse;
    bool m_parsing = false;
    std::optional<SalesforceError> m_pendingError;
    // A running parse checks it and stops early when the stream is finished (cancelled).
    std::shared_ptr<std::atomic_bool> m_stopParsing = std::make_shared<std::atomic_bool>(false);
};

} // namespace callbridge
