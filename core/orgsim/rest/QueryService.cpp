#include "core/orgsim/rest/QueryService.h"

#include "core/orgsim/QueryExecutor.h"
#include "core/orgsim/RecordSerializer.h"
#include "core/orgsim/SalesforceId.h"
#include "core/orgsim/rest/QueryColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

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

// A string as QJsonDocument::toJson writes it: quoted; quote, backslash and control characters
// escaped (\b \f \n \r \t, else \u00xx); the rest in UTF-8, a lone surrogate as \uxxxx.
void appendJsonString(QByteArray& json, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const auto escapeUnit = [&json](char16_t unit) {
        const char escaped[] = { '\\', 'u', hex[(unit >> 12) & 0xf], hex[(unit >> 8) & 0xf], hex[(unit >> 4) & 0xf],
            hex[unit & 0xf] };
        json.append(escaped, sizeof escaped);
    };
    json.append('"');
    const char16_t* units = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto plain = [](char16_t unit) {
            return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\';
        };
        if (plain(units[i])) {
            // A run of characters written as they are, at once.
            qsizetype runEnd = i + 1;
            while (runEnd < size && plain(units[runEnd])) {
                ++runEnd;
            }
            const qsizetype start = json.size();
            json.resize(start + (runEnd - i));
            char* out = json.data() + start;
            for (; i < runEnd; ++i) {
                *out++ = char(units[i]);
            }
            --i;
            continue;
        }
        const char16_t unit = units[i];
        if (unit < 0x80) {
            switch (unit) {
            case u'"':
                json.append("\\\"", 2);
                break;
            case u'\\':
                json.append("\\\\", 2);
                break;
            case u'\b':
                json.append("\\b", 2);
                break;
            case u'\f':
                json.append("\\f", 2);
                break;
            case u'\n':
                json.append("\\n", 2);
                break;
            case u'\r':
                json.append("\\r", 2);
                break;
            case u'\t':
                json.append("\\t", 2);
                break;
            default:
                escapeUnit(unit);
                break;
            }
            continue;
        }
        if (unit < 0x800) {
            json.append(char(0xc0 | (unit >> 6)));
            json.append(char(0x80 | (unit & 0x3f)));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            const char32_t code = QChar::surrogateToUcs4(unit, units[++i]);
            json.append(char(0xf0 | (code >> 18)));
            json.append(char(0x80 | ((code >> 12) & 0x3f)));
            json.append(char(0x80 | ((code >> 6) & 0x3f)));
            json.append(char(0x80 | (code & 0x3f)));
        } else if (QChar::isSurrogate(unit)) {
            escapeUnit(unit);
        } else {
            json.append(char(0xe0 | (unit >> 12)));
            json.append(char(0x80 | ((unit >> 6) & 0x3f)));
            json.append(char(0x80 | (unit & 0x3f)));
        }
    }
    json.append('"');
}

// A field's value as queryRecord() gives it (RecordSerializer's scalar()), written as toJson would.
void appendJsonScalar(QByteArray& json, const QVariant& value)
{
    if (!value.isValid()) {
        json.append("null");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        json.append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        json.append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::Double: {
        // QJsonValue decides between an integer and a double; Qt writes it.
        const QByteArray array =
            QJsonDocument(QJsonArray { QJsonValue(value.toDouble()) }).toJson(QJsonDocument::Compact);
        json.append(array.mid(1, array.size() - 2));
        return;
    }
    case QMetaType::QString:
        appendJsonString(json, *static_cast<const QString*>(value.constData()));
        return;
    case QMetaType::QDate:
        appendJsonString(json, value.toDate().toString(Qt::ISODate));
        return;
    case QMetaType::QDateTime:
        appendJsonString(json, RecordSerializer::formatDateTime(value.toDateTime()));
        return;
    case QMetaType::QTime:
        appendJsonString(json, QString(value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char('Z')));
        return;
    default:
        appendJsonString(json, value.toString());
        return;
    }
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
    const QString nextRecordsUrl = end < total
        ? QStringLiteral("/services/data/v%1/query/%2-%3").arg(context.version, cursorId).arg(end)
        : QString();
    const ObjectSchema& object = *cursor.query->object;
    const std::vector<ResolvedField>& columns = cursor.query->columns;
    const bool flat = std::all_of(columns.cbegin(), columns.cend(),
        [](const ResolvedField& column) { return column.lookupIndex < 0 && !column.field->isCompound(); });
    if (!flat) {
        QJsonArray records;
        for (qint64 i = offset; i < end; ++i) {
            records.append(serializer.queryRecord(*cursor.query, table.record(cursor.rows[size_t(i)]), *context.user));
        }
        QJsonObject body { { QStringLiteral("totalSize"), total }, { QStringLiteral("done"), end >= total },
            { QStringLiteral("records"), records } };
        if (end < total) {
            body.insert(QStringLiteral("nextRecordsUrl"), nextRecordsUrl);
        }
        return HttpResponse::json(200, body);
    }

    // Only fields of the queried object: the same JSON written directly, keys in the order
    // QJsonObject keeps them (sorted), "attributes" among the fields.
    std::vector<std::pair<QString, int>> keys; // key, column (-1: attributes)
    keys.reserve(columns.size() + 1);
    keys.emplace_back(QStringLiteral("attributes"), -1);
    for (size_t c = 0; c < columns.size(); ++c) {
        keys.emplace_back(columns[c].fieldName, int(c));
    }
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<QByteArray> keyPrefixes; // ,"Key": (without the comma for the first)
    for (size_t k = 0; k < keys.size(); ++k) {
        QByteArray prefix = k > 0 ? QByteArray(",") : QByteArray();
        appendJsonString(prefix, keys[k].first);
        prefix.append(':');
        keyPrefixes.push_back(prefix);
    }
    QByteArray attributesStart = "{\"type\":";
    appendJsonString(attributesStart, object.name);
    attributesStart.append(",\"url\":");
    const QString urlStart = QStringLiteral("/services/data/v") + context.version + QStringLiteral("/sobjects/")
        + object.name + QLatin1Char('/');
    const int idIndex = object.indexOf(QStringLiteral("Id"));

    QByteArray json = end >= total ? QByteArray("{\"done\":true,") : QByteArray("{\"done\":false,");
    if (end < total) {
        json.append("\"nextRecordsUrl\":");
        appendJsonString(json, nextRecordsUrl);
        json.append(',');
    }
    json.append("\"records\":[");
    const qsizetype headerSize = json.size();
    for (qint64 i = offset; i < end; ++i) {
        const Record record = table.record(cursor.rows[size_t(i)]);
        if (i > offset) {
            json.append(',');
        }
        json.append('{');
        for (size_t k = 0; k < keys.size(); ++k) {
            json.append(keyPrefixes[k]);
            if (keys[k].second < 0) {
                json.append(attributesStart);
                appendJsonString(json, QString(urlStart + record.at(idIndex).toString()));
                json.append('}');
            } else {
                appendJsonScalar(json, record.at(columns[size_t(keys[k].second)].fieldIndex));
            }
        }
        json.append('}');
        if (i == offset && end - offset > 1) {
            // Records are about as long as the first (up to 256 MB at once).
            json.reserve(qMin<qint64>(headerSize + (json.size() - headerSize) * (end - offset) * 5 / 4, 256 << 20));
        }
    }
    json.append("],\"totalSize\":");
    json.append(QByteArray::number(total));
    json.append('}');
    HttpResponse response;
    response.status = 200;
    response.setHeader("Content-Type", "application/json;charset=UTF-8");
    response.body = std::move(json);
    return response;
}

} // namespace callbridge::orgsim
