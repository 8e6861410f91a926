#include "core/salesforce/BulkQueryStream.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/SalesforceIds.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <csv.h>

namespace callbridge {

namespace {

constexpr int firstPollDelayMs = 200;
constexpr int maxPollDelayMs = 5000;
// A results page holds up to 50,000 rows, tens of megabytes: more time than the default.
constexpr int resultPageDeadlineMs = 15 * 60 * 1000;

// Collects libcsv's field and row callbacks into batches of TextRows: the header row names the
// fields, every later value is appended as its bytes (an empty value is null).
struct CsvBatcher
{
    QStringList header;
    QList<TextRows> batches;
    TextRows batch;
    int valuesInRow = 0;
    bool headerDone = false;
    qint64 rowsParsed = 0;
    QString error; // a row that does not fit the header stops the parse

    static void onField(void* data, size_t length, void* self)
    {
        auto* batcher = static_cast<CsvBatcher*>(self);
        if (!batcher->headerDone) {
            batcher->header.append(QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)));
            return;
        }
        ++batcher->valuesInRow;
        if (batcher->valuesInRow > batcher->header.size()) {
            return; // reported at the end of the row
        }
        if (length == 0) {
            batcher->batch.appendNull();
        } else {
            batcher->batch.append(QByteArrayView(static_cast<const char*>(data), qsizetype(length)));
        }
    }

    static void onRow(int, void* self)
    {
        auto* batcher = static_cast<CsvBatcher*>(self);
        if (!batcher->headerDone) {
            batcher->headerDone = true;
            batcher->batch = TextRows(batcher->header);
            return;
        }
        if (!batcher->error.isEmpty()) {
            return;
        }
        if (batcher->valuesInRow != batcher->header.size()) {
            batcher->error = BulkQueryStream::tr("row %L1 has %L2 fields, the header %L3")
                                 .arg(batcher->rowsParsed + 1)
                                 .arg(batcher->valuesInRow)
                                 .arg(batcher->header.size());
            return;
        }
        batcher->valuesInRow = 0;
        ++batcher->rowsParsed;
        if (batcher->batch.rowCount() >= BulkQueryStream::rowsPerBatch) {
            batcher->batches.append(std::move(batcher->batch));
            batcher->batch = TextRows(batcher->header);
        }
    }
};

struct ParsedPage
{
    QList<TextRows> batches;
    QString error;
};

// Parses one results page; runs on a worker thread. `jobId` only names the job in messages.
ParsedPage parseCsvPage(const QByteArray& csv, const QString& jobId, const std::shared_ptr<std::atomic_bool>& stop)
{
    ParsedPage page;
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        page.error = BulkQueryStream::tr("the CSV parser could not start");
        return page;
    }
    CsvBatcher batcher;
    // Fed in slices so a cancel stops the parse soon.
    constexpr qsizetype slice = 1 << 20;
    bool parsed = true;
    for (qsizetype offset = 0; offset < csv.size(); offset += slice) {
        if (stop->load()) {
            csv_free(&parser);
            return page;
        }
        const size_t length = size_t(qMin(slice, csv.size() - offset));
        if (csv_parse(&parser, csv.constData() + offset, length, CsvBatcher::onField, CsvBatcher::onRow, &batcher)
            != length) {
            parsed = false;
            break;
        }
    }
    if (parsed && csv_fini(&parser, CsvBatcher::onField, CsvBatcher::onRow, &batcher) != 0) {
        parsed = false;
    }
    if (!parsed) {
        page.error = BulkQueryStream::tr("Bulk API results for job %1 are not valid CSV after row %L2: %3")
                         .arg(jobId)
                         .arg(batcher.rowsParsed)
                         .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
    } else if (!batcher.error.isEmpty()) {
        page.error =
            BulkQueryStream::tr("Bulk API results for job %1 do not fit their header: %2").arg(jobId, batcher.error);
    }
    csv_free(&parser);
    if (page.error.isEmpty()) {
        if (!batcher.batch.isEmpty()) {
            batcher.batches.append(std::move(batcher.batch));
        }
        page.batches = std::move(batcher.batches);
    }
    return page;
}

} // namespace

BulkQueryStream::BulkQueryStream(RestClient* client, const QString& soql, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
    , m_soql(soql)
{
    // A parse running on the worker stops when the stream ends (cancelled, failed).
    connect(this, &SalesforceJob::finished, this, [stop = m_stopParsing] { stop->store(true); });
}

BulkQueryStream::~BulkQueryStream()
{
    m_stopParsing->store(true);
}

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
    m_fetching = true;
    RestReply* reply = m_client->send(request);
    m_current = reply;
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (isFinished()) {
            return;
        }
        m_fetching = false;
        if (!reply->ok()) {
            // The pages before this one are still delivered (their rows are good, and a resume
            // starts after them); the error ends the stream once they are.
            m_pendingError = reply->error();
            finishWhenDelivered();
            return;
        }
        // Results are CSV; anything else (an HTML error page from a proxy) is not rows.
        const QByteArray contentType = reply->header("Content-Type");
        if (!contentType.trimmed().toLower().startsWith("text/csv")) {
            finish(SalesforceError::malformed(tr("the results of Bulk API job %1 are not CSV (Content-Type: %2)")
                                                  .arg(m_jobId, QString::fromLatin1(contentType))));
            return;
        }
        const QByteArray header = reply->header("Sforce-Locator");
        m_nextLocator = header.isEmpty() || header == "null" ? QString() : QString::fromLatin1(header);
        ++m_pagesHeld;
        m_toParse.enqueue({ reply->body(), m_nextLocator });
        // Ask for the next page before parsing this one, so Salesforce prepares it meanwhile.
        fetchNextIfRoom();
        parseNext();
    });
}

void BulkQueryStream::finishWhenDelivered()
{
    if (m_pendingError && !m_parsing && m_toParse.isEmpty() && !isFinished()) {
        finish(*m_pendingError);
    }
}

void BulkQueryStream::fetchNextIfRoom()
{
    if (!isFinished() && !m_fetching && !m_nextLocator.isEmpty() && m_pagesHeld < pagesHeld) {
        const QString locator = m_nextLocator;
        m_nextLocator.clear();
        fetchResults(locator);
    }
}

void BulkQueryStream::pageConsumed()
{
    if (m_pagesHeld > 0) {
        --m_pagesHeld;
    }
    fetchNextIfRoom();
}

void BulkQueryStream::parseNext()
{
    if (m_parsing || m_toParse.isEmpty() || isFinished()) {
        return;
    }
    m_parsing = true;
    const ReceivedPage page = m_toParse.dequeue();
    auto* watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcher<ParsedPage>::finished, this, [this, watcher, next = page.next] {
        watcher->deleteLater();
        m_parsing = false;
        const ParsedPage parsed = watcher->result();
        pageParsed(parsed.batches, parsed.error, next);
    });
    watcher->setFuture(QtConcurrent::run(parseCsvPage, page.csv, m_jobId, m_stopParsing));
}

void BulkQueryStream::pageParsed(const QList<TextRows>& batches, const QString& error, const QString& next)
{
    if (isFinished()) {
        return;
    }
    if (!error.isEmpty()) {
        finish(SalesforceError::malformed(error));
        return;
    }
    for (const TextRows& batch : batches) {
        m_received += batch.rowCount();
        Q_EMIT rows(batch);
        if (isFinished()) {
            return; // cancelled from a rows() handler
        }
    }
    if (next.isEmpty() && m_totalSize >= 0 && m_received != m_totalSize) {
        // Short (or long) results must not count as the whole job: the cursor would move past
        // rows never stored.
        finish(SalesforceError::malformed(tr("the results of Bulk API job %1 held %L2 rows, but the job processed %L3")
                                              .arg(m_jobId)
                                              .arg(m_received)
                                              .arg(m_totalSize)));
        return;
    }
    Q_EMIT pageRead(next);
    if (isFinished()) {
        return;
    }
    if (next.isEmpty()) {
        finish({});
        return;
    }
    if (!m_paced) {
        pageConsumed();
    }
    parseNext();
    finishWhenDelivered();
}

} // namespace callbridge
