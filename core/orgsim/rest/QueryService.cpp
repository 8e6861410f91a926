#include "core/orgsim/rest/QueryService.h"

#include "core/orgsim/QueryExecutor.h"
#include "core/orgsim/RecordSerializer.h"
#include "core/orgsim/SalesforceId.h"
#include "core/orgsim/rest/QueryColumns.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace callbridge::orgsim {

namespace {

int batchSizeFrom(const QByteArray& queryOptions)
{
    static const QRegularExpression batchSize(
        QStringLiteral("batchSize\\s*=\\s*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    const auto match = batchSize.match(QString::fromLatin1(queryOptions));
    // Salesforce takes 200 to 2,000 and treats other values as a hint it may round.
    return match.hasMatch() ? qBound(200, match.captured(1).toInt(), 2000) : 2000;
}

// Salesforce lowers the batch size for wide rows ("the returned batch size can be lower ... based
// on the size and complexity of records queried", Change the Batch Size in Queries). Its rule is
// not published; orgsim uses the two data points there are: two or more custom long text fields
// allow at most 200 rows (the same page), and one long text field gave pages of 1,000 in a
// recorded query (nango_query_first_page_with_nextRecordsUrl_v59.json: Account.Description).
int widthLimit(const PreparedQuery& query)
{
    int longTexts = 0;
    int customLongTexts = 0;
    for (const ResolvedField& column : query.columns) {
        if (column.field && column.field->type == QLatin1String("textarea")
            && column.field->describe.value(QStringLiteral("length")).toInt() > 255) {
            ++longTexts;
            customLongTexts += column.field->custom ? 1 : 0;
        }
    }
    return customLongTexts >= 2 ? 200 : longTexts >= 1 ? 1000 : 2000;
}

} // namespace

HttpResponse soqlErrorResponse(const soql::SoqlError& error)
{
    return HttpResponse::error(400, error.errorCode, error.message);
}

HttpResponse QueryService::toolingQuery(const RestContext& context, const QString& soql)
{
    if (soql.trimmed().isEmpty()) {
        return HttpResponse::error(
            400, QStringLiteral("MALFORMED_QUERY"), QStringLiteral("A query string has to be specified"));
    }
    QueryPlanner planner(m_org, m_access);
    auto prepared = planner.prepare(soql, *context.user, QueryPlanner::Api::Tooling);
    return soqlErrorResponse(std::get<soql::SoqlError>(prepared));
}

QueryService::QueryService(OrgData& org, AccessControl& access)
    : m_org(org)
    , m_access(access)
{ }

HttpResponse QueryService::query(const RestContext& context, const QString& soql, bool includeDeleted,
    const QByteArray& queryOptions, bool columnsOnly)
{
    if (soql.trimmed().isEmpty()) {
        return HttpResponse::error(
            400, QStringLiteral("MALFORMED_QUERY"), QStringLiteral("A query string has to be specified"));
    }
    QueryPlanner planner(m_org, m_access);
    auto prepared = planner.prepare(soql, *context.user, QueryPlanner::Api::Rest);
    if (auto* error = std::get_if<soql::SoqlError>(&prepared)) {
        return soqlErrorResponse(*error);
    }
    auto query = std::make_shared<PreparedQuery>(std::move(std::get<PreparedQuery>(prepared)));
    if (columnsOnly) {
        return HttpResponse::json(200, queryColumns(*query, *context.user, m_access));
    }
    QueryExecutor executor(m_org, m_access);
    Cursor cursor;
    cursor.rows = executor.execute(*query, *context.user, includeDeleted);
    if (query->ast.countOnly) {
        return HttpResponse::json(200,
            QJsonObject { { QStringLiteral("totalSize"), qint64(cursor.rows.size()) }, { QStringLiteral("done"), true },
                { QStringLiteral("records"), QJsonArray() } });
    }
    cursor.query = query;
    cursor.userId = context.user->userId;
    cursor.batchSize = qMin(batchSizeFrom(queryOptions), widthLimit(*query));
    cursor.created = m_org.now();
    // A cursor and its results stay two days after the query ran, however often they are used.
    for (auto it = m_cursors.begin(); it != m_cursors.end();) {
        it = it->created.secsTo(m_org.now()) > cursorLifetimeSeconds ? m_cursors.erase(it) : std::next(it);
    }
    const QString cursorId = SalesforceId::make(QStringLiteral("0r8"), m_nextCursor++);
    const int size = pageSize(cursor);
    if (cursor.rows.size() > size_t(size)) {
        m_cursors.insert(cursorId, cursor);
    }
    return page(context, cursorId, cursor, 0, size);
}

int QueryService::pageSize(const Cursor& cursor)
{
    if (m_faults && m_faults->shrinkPagesRate > 0 && m_random.generateDouble() < m_faults->shrinkPagesRate) {
        return 1 + int(m_random.bounded(quint32(cursor.batchSize))); // 1 .. batchSize
    }
    return cursor.batchSize;
}

HttpResponse QueryService::next(const RestContext& context, const QString& locator)
{
    const int dash = static_cast<int>(locator.lastIndexOf(QLatin1Char('-')));
    bool ok = false;
    const qint64 offset = dash > 0 ? locator.mid(dash + 1).toLongLong(&ok) : -1;
    const auto cursor = m_cursors.find(locator.left(dash));
    if (!ok || cursor == m_cursors.end() || cursor->userId != context.user->userId || offset < 0
        || offset >= qint64(cursor->rows.size()) || cursor->created.secsTo(m_org.now()) > cursorLifetimeSeconds) {
        return HttpResponse::error(
            400, QStringLiteral("INVALID_QUERY_LOCATOR"), QStringLiteral("invalid query locator"));
    }
    return page(context, cursor.key(), *cursor, offset, pageSize(*cursor));
}

HttpResponse QueryService::page(
    const RestContext& context, const QString& cursorId, const Cursor& cursor, qint64 offset, int size)
{
    QueryExecutor executor(m_org, m_access);
    RecordSerializer serializer(executor, context.version);
    const ObjectTable& table = *m_org.table(cursor.query->object->name);
    const qint64 total = qint64(cursor.rows.size());
    const qint64 end = qMin(total, offset + size);
    QJsonArray records;
    for (qint64 i = offset; i < end; ++i) {
        records.append(serializer.queryRecord(*cursor.query, table.record(cursor.rows[size_t(i)]), *context.user));
    }
    QJsonObject body { { QStringLiteral("totalSize"), total }, { QStringLiteral("done"), end >= total },
        { QStringLiteral("records"), records } };
    if (end < total) {
        body.insert(QStringLiteral("nextRecordsUrl"),
            QStringLiteral("/services/data/v%1/query/%2-%3").arg(context.version, cursorId).arg(end));
    }
    return HttpResponse::json(200, body);
}

} // namespace callbridge::orgsim
