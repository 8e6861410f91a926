#pragma once

#include "core/salesforce/SalesforceJob.h"

#include <QElapsedTimer>
#include <QVariantList>

namespace callbridge {

// Runs one Bulk API 2.0 query job and streams its CSV results: creates the job, polls until it
// completes, then reads the result pages by Sforce-Locator and parses each with libcsv into
// batches of rows. Memory holds one result page and one batch at a time, whatever the job's size.
// finished() is emitted exactly once.
class BulkQueryStream : public SalesforceJob
{
    Q_OBJECT

public:
    static constexpr int defaultPageRecords = 50000; // maxRecords per result page
    static constexpr int rowsPerBatch = 5000; // rows per rows() signal

    BulkQueryStream(RestClient* client, const QString& soql, QObject* parent = nullptr);

    // How long a job may take to complete, polls included, before the read gives up (a Timeout).
    // Generous: Salesforce gives a query job's processing many minutes, and retries it.
    static constexpr int defaultCompletionWaitMs = 60 * 60 * 1000;

    void setPageRecords(int records) { m_pageRecords = records; }
    void setCompletionWaitMs(int ms) { m_completionWaitMs = ms; }
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
    void rows(const QStringList& fields, const QList<QVariantList>& values);
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
    void parsePage(const QByteArray& csv);

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
};

} // namespace callbridge
