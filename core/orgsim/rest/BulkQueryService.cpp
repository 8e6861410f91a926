#include "core/orgsim/rest/BulkQueryService.h"

#include "core/orgsim/QueryExecutor.h"
#include "core/orgsim/RecordSerializer.h"
#include "core/orgsim/SalesforceId.h"
#include "core/orgsim/rest/QueryService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace callbridge::orgsim {

namespace {

constexpr qint64 defaultMaxRecords = 50000;

// The delimiters and line endings a job may ask for (Create a Query Job).
const QHash<QString, QChar>& columnDelimiters()
{
    static const QHash<QString, QChar> delimiters { { QStringLiteral("BACKQUOTE"), QLatin1Char('`') },
        { QStringLiteral("CARET"), QLatin1Char('^') }, { QStringLiteral("COMMA"), QLatin1Char(',') },
        { QStringLiteral("PIPE"), QLatin1Char('|') }, { QStringLiteral("SEMICOLON"), QLatin1Char(';') },
        { QStringLiteral("TAB"), QLatin1Char('\t') } };
    return delimiters;
}

// Appends bytes as one CSV field: quoted, with its quotes doubled.
void appendQuoted(QByteArray& csv, const char* bytes, qsizetype length)
{
    const qsizetype start = csv.size();
    csv.resize(start + 2 + 2 * length); // room for every byte a quote
    char* out = csv.data() + start;
    *out++ = '"';
    for (qsizetype i = 0; i < length; ++i) {
        if (bytes[i] == '"') {
            *out++ = '"';
        }
        *out++ = bytes[i];
    }
    *out++ = '"';
    csv.resize(out - csv.constData());
}

// Appends value as one CSV field, in UTF-8.
void appendCsvField(QByteArray& csv, QStringView value)
{
    const char16_t* text = value.utf16();
    const qsizetype size = value.size();
    qsizetype ascii = 0;
    while (ascii < size && text[ascii] < 0x80) {
        ++ascii;
    }
    if (ascii < size) {
        // A quote is never part of a multi-byte UTF-8 sequence, so doubling the quotes after
        // encoding is the same as before.
        const QByteArray utf8 = value.toUtf8();
        appendQuoted(csv, utf8.constData(), utf8.size());
        return;
    }
    const qsizetype start = csv.size();
    csv.resize(start + 2 + 2 * size);
    char* out = csv.data() + start;
    *out++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char c = char(text[i]);
        if (c == '"') {
            *out++ = '"';
        }
        *out++ = c;
    }
    *out++ = '"';
    csv.resize(out - csv.constData());
}

void appendDigits(QByteArray& csv, int value, int digits)
{
    char buffer[8];
    for (int i = digits - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    csv.append(buffer, digits);
}

// RecordSerializer::csvValue(value) appended as a CSV field, without the QString for the
// common types: null, booleans, strings, dates and date-times of years 1 to 9999.
void appendCsvValue(QByteArray& csv, const QVariant& value)
{
    if (!value.isValid()) {
        csv.append("\"\"");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        appendCsvField(csv, *static_cast<const QString*>(value.constData()));
        return;
    case QMetaType::Bool:
        csv.append(value.toBool() ? "\"true\"" : "\"false\"");
        return;
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (date.isValid() && date.year() >= 1 && date.year() <= 9999) { // Qt::ISODate: yyyy-MM-dd
            csv.append('"');
            appendDigits(csv, date.year(), 4);
            csv.append('-');
            appendDigits(csv, date.month(), 2);
            csv.append('-');
            appendDigits(csv, date.day(), 2);
            csv.append('"');
            return;
        }
        break;
    }
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        if (!dateTime.isValid()) {
            break;
        }
        // yyyy-MM-ddTHH:mm:ss.zzzZ of the UTC time
        const qint64 msecs = dateTime.toMSecsSinceEpoch();
        constexpr qint64 msecsPerDay = 86400000;
        const qint64 days = msecs >= 0 ? msecs / msecsPerDay : -((-msecs + msecsPerDay - 1) / msecsPerDay);
        const qint64 inDay = msecs - days * msecsPerDay;
        const QDate date = QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days);
        if (!date.isValid() || date.year() < 1 || date.year() > 9999) {
            break;
        }
        csv.append('"');
        appendDigits(csv, date.year(), 4);
        csv.append('-');
        appendDigits(csv, date.month(), 2);
        csv.append('-');
        appendDigits(csv, date.day(), 2);
        csv.append('T');
        appendDigits(csv, int(inDay / 3600000), 2);
        csv.append(':');
        appendDigits(csv, int(inDay / 60000 % 60), 2);
        csv.append(':');
        appendDigits(csv, int(inDay / 1000 % 60), 2);
        csv.append('.');
        appendDigits(csv, int(inDay % 1000), 3);
        csv.append("Z\"");
        return;
    }
    default:
        break;
    }
    appendCsvField(csv, RecordSerializer::csvValue(value));
}

HttpResponse invalidJob(const QString& property, const QString& value)
{
    return HttpResponse::error(
        400, QStringLiteral("INVALIDJOB"), QStringLiteral("Invalid value for %1: %2").arg(property, value));
}

HttpResponse jobNotFound()
{
    return HttpResponse::error(
        404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}

} // namespace

BulkQueryService::BulkQueryService(OrgData& org, AccessControl& access)
    : m_org(org)
    , m_access(access)
{ }

QJsonObject BulkQueryService::info(const Job& job, bool detailed) const
{
    QJsonObject json {
        { QStringLiteral("id"), job.id },
        { QStringLiteral("operation"), job.operation },
        { QStringLiteral("object"), job.query->object->name },
        { QStringLiteral("createdById"), job.userId },
        { QStringLiteral("createdDate"), RecordSerializer::formatDateTime(job.created) },
        { QStringLiteral("systemModstamp"), RecordSerializer::formatDateTime(job.created) },
        { QStringLiteral("state"), job.state },
        { QStringLiteral("concurrencyMode"), QStringLiteral("Parallel") },
        { QStringLiteral("contentType"), QStringLiteral("CSV") },
        { QStringLiteral("apiVersion"), job.apiVersion.toDouble() },
        { QStringLiteral("lineEnding"), job.lineEnding },
        { QStringLiteral("columnDelimiter"), job.columnDelimiter },
    };
    if (detailed && job.state == QLatin1String("Failed")) {
        json.insert(QStringLiteral("errorMessage"), job.errorMessage);
    }
    if (detailed) {
        json.insert(QStringLiteral("jobType"), QStringLiteral("V2Query"));
        json.insert(QStringLiteral("numberRecordsProcessed"),
            job.state == QLatin1String("JobComplete") ? qint64(job.rows.size()) : 0);
        json.insert(QStringLiteral("retries"), 0);
        json.insert(QStringLiteral("totalProcessingTime"), 0);
        json.insert(QStringLiteral("isPkChunkingSupported"), true);
    }
    return json;
}

BulkQueryService::Job* BulkQueryService::find(const RestContext& context, const QString& jobId)
{
    const auto it = m_jobs.find(SalesforceId::normalize(jobId));
    return it == m_jobs.end() || it->userId != context.user->userId ? nullptr : &*it;
}

HttpResponse BulkQueryService::create(const RestContext& context, const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonObject request = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return HttpResponse::error(400, QStringLiteral("JSON_PARSER_ERROR"), parseError.errorString());
    }
    const QString operation = request.value(QStringLiteral("operation")).toString();
    if (operation != QLatin1String("query") && operation != QLatin1String("queryAll")) {
        return HttpResponse::error(400, QStringLiteral("INVALIDJOB"),
            QStringLiteral("Invalid value for operation: %1. Must be query or queryAll.").arg(operation));
    }
    const QString contentType = request.value(QStringLiteral("contentType")).toString(QStringLiteral("CSV"));
    if (contentType != QLatin1String("CSV")) {
        return invalidJob(QStringLiteral("contentType"), contentType);
    }
    const QString delimiter = request.value(QStringLiteral("columnDelimiter")).toString(QStringLiteral("COMMA"));
    if (!columnDelimiters().contains(delimiter)) {
        return invalidJob(QStringLiteral("columnDelimiter"), delimiter);
    }
    const QString lineEnding = request.value(QStringLiteral("lineEnding")).toString(QStringLiteral("LF"));
    if (lineEnding != QLatin1String("LF") && lineEnding != QLatin1String("CRLF")) {
        return invalidJob(QStringLiteral("lineEnding"), lineEnding);
    }
    QueryPlanner planner(m_org, m_access);
    auto prepared =
        planner.prepare(request.value(QStringLiteral("query")).toString(), *context.user, QueryPlanner::Api::Bulk);
    if (auto* error = std::get_if<soql::SoqlError>(&prepared)) {
        return soqlErrorResponse(*error);
    }
    Job job;
    job.id = SalesforceId::make(QStringLiteral("750"), m_nextJob++);
    job.operation = operation;
    job.userId = context.user->userId;
    job.apiVersion = context.version;
    job.created = m_org.now();
    job.state = QStringLiteral("UploadComplete");
    job.columnDelimiter = delimiter;
    job.lineEnding = lineEnding;
    if (m_faults && m_faults->failNextBulkJobs > 0) {
        --m_faults->failNextBulkJobs;
        job.fails = true;
    }
    job.query = std::make_shared<PreparedQuery>(std::move(std::get<PreparedQuery>(prepared)));
    QueryExecutor executor(m_org, m_access);
    job.rows = executor.execute(*job.query, *context.user, operation == QLatin1String("queryAll"));
    ++m_jobsToday;
    const QJsonObject json = info(job, false);
    m_jobs.insert(job.id, std::move(job));
    return HttpResponse::json(200, json);
}

HttpResponse BulkQueryService::status(const RestContext& context, const QString& jobId)
{
    Job* job = find(context, jobId);
    if (!job) {
        return jobNotFound();
    }
    if (job->state == QLatin1String("UploadComplete")) {
        job->state = QStringLiteral("InProgress");
    } else if (job->state == QLatin1String("InProgress") && job->fails) {
        // A fault; the message is one Salesforce sends for a query that ran out of time.
        job->state = QStringLiteral("Failed");
        job->errorMessage = QStringLiteral("Query timeout. Please try again later.");
    } else if (job->state == QLatin1String("InProgress")) {
        job->state = QStringLiteral("JobComplete");
    }
    return HttpResponse::json(200, info(*job, true));
}

HttpResponse BulkQueryService::results(const RestContext& context, const QString& jobId, const QUrlQuery& query)
{
    Job* job = find(context, jobId);
    if (!job) {
        return jobNotFound();
    }
    if (context.version != job->apiVersion) {
        return HttpResponse::error(409, QStringLiteral("API_ERROR"),
            QStringLiteral("Query job results must be retrieved with the API version the job was created with "
                           "(v%1).")
                .arg(job->apiVersion));
    }
    if (job->state != QLatin1String("JobComplete")) {
        return HttpResponse::error(400, QStringLiteral("INVALIDJOBSTATE"),
            QStringLiteral("Job is not in a state that allows results to be retrieved: %1").arg(job->state));
    }
    qint64 offset = 0;
    const QString locator = query.queryItemValue(QStringLiteral("locator"));
    if (!locator.isEmpty()) {
        // Salesforce's locators are opaque; orgsim's are the base64 of the next row, like theirs look.
        bool ok = false;
        offset = QByteArray::fromBase64(locator.toLatin1()).toLongLong(&ok);
        if (!ok || offset < 0 || offset > qint64(job->rows.size())) {
            return HttpResponse::error(
                400, QStringLiteral("INVALIDLOCATOR"), QStringLiteral("Invalid locator: %1").arg(locator));
        }
    }
    qint64 maxRecords = defaultMaxRecords;
    if (query.hasQueryItem(QStringLiteral("maxRecords"))) {
        bool ok = false;
        maxRecords = query.queryItemValue(QStringLiteral("maxRecords")).toLongLong(&ok);
        if (!ok || maxRecords <= 0) {
            return HttpResponse::error(
                400, QStringLiteral("INVALIDMAXRECORDS"), QStringLiteral("maxRecords must be a positive integer"));
        }
    }
    QueryExecutor executor(m_org, m_access);
    const ObjectTable& table = *m_org.table(job->query->object->name);
    const char delimiter = columnDelimiters().value(job->columnDelimiter).toLatin1();
    const char* lineEnding = job->lineEnding == QLatin1String("CRLF") ? "\r\n" : "\n";
    const std::vector<ResolvedField>& columns = job->query->columns;
    QByteArray csv;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (c > 0) {
            csv.append(delimiter);
        }
        appendCsvField(csv, columns[c].path);
    }
    csv.append(lineEnding);
    const qsizetype headerSize = csv.size();
    const qint64 end = qMin(qint64(job->rows.size()), offset + maxRecords);
    for (qint64 i = offset; i < end; ++i) {
        const Record record = table.record(job->rows[size_t(i)]);
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c > 0) {
                csv.append(delimiter);
            }
            const ResolvedField& column = columns[c];
            if (column.lookupIndex < 0) {
                appendCsvValue(csv, record.at(column.fieldIndex)); // what executor.value() reads
            } else {
                appendCsvValue(csv, executor.value(column, record, *context.user));
            }
        }
        csv.append(lineEnding);
        if (i == offset && end - offset > 1) {
            // Rows are about as long as the first (up to 256 MB at once; the rest grows as needed).
            csv.reserve(qMin<qint64>(headerSize + (csv.size() - headerSize) * (end - offset) * 5 / 4, 256 << 20));
        }
    }
    HttpResponse response;
    response.status = 200;
    response.setHeader("Content-Type", "text/csv");
    response.setHeader("Sforce-NumberOfRecords", QByteArray::number(end - offset));
    response.setHeader("Sforce-Locator", end < qint64(job->rows.size()) ? QByteArray::number(end).toBase64() : "null");
    response.body = std::move(csv);
    return response;
}

HttpResponse BulkQueryService::abort(const RestContext& context, const QString& jobId, const QByteArray& body)
{
    Job* job = find(context, jobId);
    if (!job) {
        return jobNotFound();
    }
    if (QJsonDocument::fromJson(body).object().value(QStringLiteral("state")).toString() != QLatin1String("Aborted")) {
        return HttpResponse::error(400, QStringLiteral("INVALIDJOBSTATE"), QStringLiteral("Only Aborted is accepted"));
    }
    if (job->state == QLatin1String("JobComplete")) {
        return HttpResponse::error(400, QStringLiteral("INVALIDJOBSTATE"), QStringLiteral("Job is already complete"));
    }
    job->state = QStringLiteral("Aborted");
    return HttpResponse::json(200, info(*job, false));
}

HttpResponse BulkQueryService::remove(const RestContext& context, const QString& jobId)
{
    Job* job = find(context, jobId);
    if (!job) {
        return jobNotFound();
    }
    m_jobs.remove(job->id);
    return HttpResponse::noContent();
}

HttpResponse BulkQueryService::list(const RestContext& context) const
{
    QJsonArray records;
    for (const Job& job : m_jobs) {
        if (job.userId == context.user->userId) {
            records.append(info(job, false));
        }
    }
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("done"), true }, { QStringLiteral("records"), records },
            { QStringLiteral("nextRecordsUrl"), QJsonValue::Null } });
}

} // namespace callbridge::orgsim
