#include "core/salesforce/BulkQueryStream.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/SalesforceIds.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <csv.h>

namespace callbridge {

namespace {

constexpr int firstPollDelayMs = 200;
constexpr int maxPollDelayMs = 5000;
// A results page holds up to 50,000 rows, tens of megabytes: more time than the default.
constexpr int resultPageDeadlineMs = 15 * 60 * 1000;

// Collects libcsv's field and row callbacks into batches: the header row names the fields,
// every later row becomes one list of values.
struct CsvBatcher
{
    QStringList header;
    QList<QVariantList> batch;
    QVariantList row;
    bool headerDone = false;
    qint64 rowsParsed = 0;
    QString error; // a row that does not fit the header stops the parse
    std::function<void()> flush;

    static void onField(void* data, size_t length, void* self)
    {
        auto* batcher = static_cast<CsvBatcher*>(self);
        const QString value = data ? QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)) : QString();
        if (batcher->headerDone) {
            batcher->row.append(value.isEmpty() ? QVariant() : QVariant(value));
        } else {
            batcher->header.append(value);
        }
    }

    static void onRow(int, void* self)
    {
        auto* batcher = static_cast<CsvBatcher*>(self);
        if (!batcher->headerDone) {
            batcher->headerDone = true;
            return;
        }
        if (!batcher->error.isEmpty()) {
            return;
        }
        if (batcher->row.size() != batcher->header.size()) {
            batcher->error = BulkQueryStream::tr("row %L1 has %L2 fields, the header %L3")
                                 .arg(batcher->rowsParsed + 1)
                                 .arg(batcher->row.size())
                                 .arg(batcher->header.size());
            return;
        }
        batcher->batch.append(std::move(batcher->row));
        batcher->row = QVariantList();
        batcher->row.reserve(batcher->header.size());
        ++batcher->rowsParsed;
        if (batcher->batch.size() >= BulkQueryStream::rowsPerBatch) {
            batcher->flush();
        }
    }
};

} // namespace

BulkQueryStream::BulkQueryStream(RestClient* client, const QString& soql, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
    , m_soql(soql)
{ }

void BulkQueryStream::start()
{
    createJob();
}

void BulkQueryStream::resume(const QString& jobId, const QString& locator, const QString& apiVersion)
{
    m_jobId = jobId;
    m_startLocator = locator;
    m_apiVersion = apiVersion.isEmpty() ? m_client->apiVersion() : apiVersion;
    m_pollDelayMs = firstPollDelayMs;
    m_waiting.start();
    poll(); // the job's record count, and whether it is still there
}

QString BulkQueryStream::jobPath(const QString& rest) const
{
    return QStringLiteral("/services/data/v%1/jobs/query/%2%3").arg(m_apiVersion, m_jobId, rest);
}

void BulkQueryStream::createJob()
{
    RestRequest request;
    request.method = "POST";
    request.path = QStringLiteral("jobs/query");
    request.body = QJsonDocument(
        QJsonObject { { QStringLiteral("operation"), QStringLiteral("query") }, { QStringLiteral("query"), m_soql } })
                       .toJson(QJsonDocument::Compact);
    // A second job from a retried create only wastes that job: safe to retry.
    request.idempotent = true;
    m_apiVersion = m_client->apiVersion();
    m_waiting.start();
    await(m_client->send(request), [this](RestReply* reply) {
        m_jobId = reply->json().object().value(QStringLiteral("id")).toString();
        if (m_jobId.isEmpty()) {
            finish(SalesforceError::malformed(tr("a Bulk API query job was created without an id")));
            return;
        }
        if (!isRecordId(m_jobId)) { // it becomes part of the next requests' paths
            finish(SalesforceError::malformed(tr("a Bulk API query job was created with the id \"%1\", which is not a "
                                                 "Salesforce id")
                                                  .arg(m_jobId.left(80))));
            return;
        }
        qCDebug(lcRest) << "bulk query job" << m_jobId << "created";
        m_pollDelayMs = firstPollDelayMs;
        poll();
    });
}

void BulkQueryStream::poll()
{
    await(m_client->get(jobPath()), [this](RestReply* reply) {
        const QJsonObject job = reply->json().object();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("JobComplete")) {
            // A resumed read does not know how many rows the pages before the locator held.
            if (m_startLocator.isEmpty()) {
                m_totalSize = job.value(QStringLiteral("numberRecordsProcessed")).toInteger(-1);
            }
            fetchResults(m_startLocator);
        } else if (state == QLatin1String("UploadComplete") || state == QLatin1String("InProgress")) {
            if (m_waiting.elapsed() + m_pollDelayMs > m_completionWaitMs) {
                SalesforceError error;
                error.kind = SalesforceError::Kind::Timeout;
                error.message = tr("Bulk API query job %1 was still %2 after %L3 s")
                                    .arg(m_jobId, state)
                                    .arg(m_completionWaitMs / 1000);
                finish(error);
                return;
            }
            Q_EMIT polled();
            if (isFinished()) {
                return; // cancelled from a polled() handler
            }
            QTimer::singleShot(m_pollDelayMs, this, [this] {
                if (!isFinished()) {
                    poll();
                }
            });
            m_pollDelayMs = qMin(maxPollDelayMs, m_pollDelayMs * 2);
        } else if (state == QLatin1String("Failed") || state == QLatin1String("Aborted")) {
            SalesforceError error;
            error.kind = SalesforceError::Kind::Http;
            error.errorCode = state;
            error.message = job.value(QStringLiteral("errorMessage")).toString();
            finish(error);
        } else {
            finish(SalesforceError::malformed(tr("a Bulk API query job in an unknown state \"%1\"").arg(state)));
        }
    });
}

void BulkQueryStream::fetchResults(const QString& locator)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxRecords"), QString::number(m_pageRecords));
    if (!locator.isEmpty()) {
        query.addQueryItem(QStringLiteral("locator"), locator);
    }
    RestRequest request;
    request.path = jobPath(QStringLiteral("/results?") + query.toString(QUrl::FullyEncoded));
    request.headers = { { "Accept", "text/csv" } };
    request.deadlineMs = resultPageDeadlineMs;
    await(m_client->send(request), [this](RestReply* reply) {
        // Results are CSV; anything else (an HTML error page from a proxy) is not rows.
        const QByteArray contentType = reply->header("Content-Type");
        if (!contentType.trimmed().toLower().startsWith("text/csv")) {
            finish(SalesforceError::malformed(tr("the results of Bulk API job %1 are not CSV (Content-Type: %2)")
                                                  .arg(m_jobId, QString::fromLatin1(contentType))));
            return;
        }
        const QByteArray header = reply->header("Sforce-Locator");
        const QString next = header.isEmpty() || header == "null" ? QString() : QString::fromLatin1(header);
        // Ask for the next page before parsing this one, so Salesforce prepares it meanwhile:
        // the request goes out from the event loop first, then the parse runs.
        if (!next.isEmpty()) {
            fetchResults(next);
        }
        QMetaObject::invokeMethod(
            this,
            [this, body = reply->body(), next] {
                if (isFinished()) {
                    return;
                }
                parsePage(body);
                if (isFinished()) {
                    return; // a parse error, or cancelled from a rows() handler
                }
                if (next.isEmpty() && m_totalSize >= 0 && m_received != m_totalSize) {
                    // Short (or long) results must not count as the whole job: the cursor
                    // would move past rows never stored.
                    finish(SalesforceError::malformed(
                        tr("the results of Bulk API job %1 held %L2 rows, but the job processed %L3")
                            .arg(m_jobId)
                            .arg(m_received)
                            .arg(m_totalSize)));
                    return;
                }
                Q_EMIT pageRead(next);
                if (!isFinished() && next.isEmpty()) {
                    finish({});
                }
            },
            Qt::QueuedConnection);
    });
}

void BulkQueryStream::parsePage(const QByteArray& csv)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        finish(SalesforceError::malformed(tr("the CSV parser could not start")));
        return;
    }
    CsvBatcher batcher;
    batcher.flush = [this, &batcher] {
        m_received += batcher.batch.size();
        Q_EMIT rows(batcher.header, batcher.batch);
        batcher.batch.clear();
    };
    // Fed in slices so a cancel from a rows() handler stops the parse soon.
    constexpr qsizetype slice = 1 << 20;
    bool parsed = true;
    for (qsizetype offset = 0; offset < csv.size() && !isFinished(); offset += slice) {
        const size_t length = size_t(qMin(slice, csv.size() - offset));
        if (csv_parse(&parser, csv.constData() + offset, length, CsvBatcher::onField, CsvBatcher::onRow, &batcher)
            != length) {
            parsed = false;
            break;
        }
    }
    if (parsed && !isFinished() && csv_fini(&parser, CsvBatcher::onField, CsvBatcher::onRow, &batcher) != 0) {
        parsed = false;
    }
    if (parsed && !batcher.error.isEmpty()) {
        csv_free(&parser);
        finish(SalesforceError::malformed(
            tr("Bulk API results for job %1 do not fit their header: %2").arg(m_jobId, batcher.error)));
        return;
    }
    if (!parsed) {
        const QString reason = QString::fromUtf8(csv_strerror(csv_error(&parser)));
        csv_free(&parser);
        finish(SalesforceError::malformed(tr("Bulk API results for job %1 are not valid CSV after row %L2: %3")
                                              .arg(m_jobId)
                                              .arg(batcher.rowsParsed)
                                              .arg(reason)));
        return;
    }
    csv_free(&parser);
    if (!isFinished() && !batcher.batch.isEmpty()) {
        batcher.flush();
    }
}

} // namespace callbridge
