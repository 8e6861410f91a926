#pragma once

#include "core/salesforce/SalesforceJob.h"

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

    void setPageRecords(int records) { m_pageRecords = records; }
    void start() override;
    // Reads an existing job's results from `locator` on (empty: from the first page). Jobs and
    // their results stay on Salesforce for days, so a stopped read continues where it stopped.
    void resume(const QString& jobId, const QString& locator);

    QString jobId() const { return m_jobId; }
    qint64 totalSize() const { return m_totalSize; }
    qint64 received() const { return m_received; }

Q_SIGNALS:
    // Field names from the CSV header, then values in that order; empty CSV values are null.
    void rows(const QStringList& fields, const QList<QVariantList>& values);
    // Every row of a result page has been through rows(); `nextLocator` reads the rest (empty
    // after the last page).
    void pageRead(const QString& nextLocator);

private:
    void createJob();
    void poll();
    void fetchResults(const QString& locator);
    void parsePage(const QByteArray& csv);

    RestClient* m_client;
    QString m_soql;
    QString m_jobId;
    QString m_startLocator;
    int m_pageRecords = defaultPageRecords;
    int m_pollDelayMs = 0;
    qint64 m_totalSize = -1;
    qint64 m_received = 0;
};

} // namespace callbridge
