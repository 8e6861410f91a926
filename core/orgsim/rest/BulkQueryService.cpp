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

QString csvField(const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The delimiters and line endings a job may ask for (Create a Query Job).
const QHash<QString, QChar>& columnDelimiters()
{
    static const QHash<QString, QChar> delimiters { { QStringLiteral("BACKQUOTE"), QLatin1Char('`') },
        { QStringLiteral("CARET"), QLatin1Char('^') }, { QStringLiteral("COMMA"), QLatin1Char(',') },
        { QStringLiteral("PIPE"), QLatin1Char('|') }, { QStringLiteral("SEMICOLON"), QLatin1Char(';') },
        { QStringLiteral("TAB"), QLatin1Char('\t') } };
    return delimiters;
}

QString csvLine(const QStringList& fields, QChar delimiter, const QString& lineEnding)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        quoted.append(csvField(field));
    }
    return quoted.join(delimiter)
        + (lineEnding == QLatin1String("CRLF") ? QStringLiteral("\r\n") : QStringLiteral("\n"));
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
    RecordSerializer serializer(executor, job->apiVersion);
    const ObjectTable& table = *m_org.table(job->query->object->name);
    QStringList header;
    for (const ResolvedField& column : job->query->columns) {
        header.append(column.path);
    }
    const QChar delimiter = columnDelimiters().value(job->columnDelimiter);
    QString csv = csvLine(header, delimiter, job->lineEnding);
    const qint64 end = qMin(qint64(job->rows.size()), offset + maxRecords);
    for (qint64 i = offset; i < end; ++i) {
        csv += csvLine(serializer.csvRow(*job->query, table.record(job->rows[size_t(i)]), *context.user), delimiter,
            job->lineEnding);
    }
    HttpResponse response;
    response.status = 200;
    response.setHeader("Content-Type", "text/csv");
    response.setHeader("Sforce-NumberOfRecords", QByteArray::number(end - offset));
    response.setHeader("Sforce-Locator", end < qint64(job->rows.size()) ? QByteArray::number(end).toBase64() : "null");
    response.body = csv.toUtf8();
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
