#include "core/orgsim/QueryExecutor.h"

#include "core/orgsim/SalesforceId.h"
#include "core/orgsim/soql/SoqlLexer.h"

#include <QRegularExpression>

#include <algorithm>

namespace callbridge::orgsim {

using soql::Condition;
using soql::Literal;

namespace {

// Literal values become comparable with record values: ids to 18 characters, numbers to double.
QVariant literalValue(const Literal& literal, const QString& type)
{
    if (literal.kind == Literal::Kind::Null) {
        return {};
    }
    if ((type == QLatin1String("id") || type == QLatin1String("reference")) && literal.kind == Literal::Kind::String) {
        return SalesforceId::normalize(literal.value.toString());
    }
    return literal.value;
}

bool equalValues(const QVariant& recordValue, const Literal& literal, const QString& type)
{
    if (literal.kind == Literal::Kind::Null) {
        return !recordValue.isValid();
    }
    if (!recordValue.isValid()) {
        return false;
    }
    if (literal.kind == Literal::Kind::DateRange) {
        const QDate start = literal.value.toDate();
        const QDate end = literal.rangeEnd.toDate();
        const QDate date =
            type == QLatin1String("datetime") ? recordValue.toDateTime().toUTC().date() : recordValue.toDate();
        return date >= start && date < end;
    }
    return compareValues(recordValue, literalValue(literal, type)) == 0;
}

bool compareWith(const QVariant& recordValue, const QString& op, const Literal& literal, const QString& type)
{
    if (op == QLatin1String("=")) {
        return equalValues(recordValue, literal, type);
    }
    if (op == QLatin1String("!=")) {
        return !equalValues(recordValue, literal, type);
    }
    if (!recordValue.isValid() || literal.kind == Literal::Kind::Null) {
        return false; // null is neither greater nor less than anything
    }
    QVariant low = literalValue(literal, type);
    QVariant high = low;
    if (literal.kind == Literal::Kind::DateRange) {
        const bool isDateTime = type == QLatin1String("datetime");
        const QDate start = literal.value.toDate();
        const QDate end = literal.rangeEnd.toDate();
        low = isDateTime ? QVariant(start.startOfDay(Qt::UTC)) : QVariant(start);
        high = isDateTime ? QVariant(end.startOfDay(Qt::UTC).addMSecs(-1)) : QVariant(end.addDays(-1));
    }
    if (op == QLatin1String("<")) {
        return compareValues(recordValue, low) < 0;
    }
    if (op == QLatin1String("<=")) {
        return compareValues(recordValue, high) <= 0;
    }
    if (op == QLatin1String(">")) {
        return compareValues(recordValue, high) > 0;
    }
    return compareValues(recordValue, low) >= 0; // >=
}

// `pattern` as written between the quotes: % and _ are wildcards, \\% and \\_ match themselves,
// the other escapes stand for their character.
bool likeMatches(const QString& value, const QString& pattern)
{
    QString regex;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            const QChar escaped = pattern.at(++i);
            if (escaped == QLatin1Char('u') && i + 4 < pattern.size()) {
                regex += QRegularExpression::escape(QString(QChar(pattern.mid(i + 1, 4).toUShort(nullptr, 16))));
                i += 4;
            } else {
                regex += QRegularExpression::escape(QString(soql::escapedCharacter(escaped)));
            }
        } else if (c == QLatin1Char('%')) {
            regex += QStringLiteral(".*");
        } else if (c == QLatin1Char('_')) {
            regex += QLatin1Char('.');
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    const QRegularExpression expression(QStringLiteral("\\A") + regex + QStringLiteral("\\z"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return expression.match(value).hasMatch();
}

// INCLUDES ('a;b', 'c'): true when the record holds both a and b, or holds c.
bool includesAny(const QVariant& recordValue, const std::vector<Literal>& values)
{
    QSet<QString> held;
    for (const QString& item : recordValue.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        held.insert(item.trimmed().toLower());
    }
    for (const Literal& literal : values) {
        bool all = true;
        for (const QString& item : literal.value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            all = all && held.contains(item.trimmed().toLower());
        }
        if (all) {
            return true;
        }
    }
    return false;
}

} // namespace

int compareValues(const QVariant& left, const QVariant& right)
{
    if (!left.isValid() || !right.isValid()) {
        return left.isValid() ? 1 : (right.isValid() ? -1 : 0);
    }
    switch (left.typeId()) {
    case QMetaType::QString:
        return left.toString().compare(right.toString(), Qt::CaseInsensitive);
    case QMetaType::Bool:
        return int(left.toBool()) - int(right.toBool());
    case QMetaType::QDate:
        return left.toDate() < right.toDate() ? -1 : (right.toDate() < left.toDate() ? 1 : 0);
    case QMetaType::QDateTime:
        return left.toDateTime() < right.toDateTime() ? -1 : (right.toDateTime() < left.toDateTime() ? 1 : 0);
    case QMetaType::QTime:
        return left.toTime() < right.toTime() ? -1 : (right.toTime() < left.toTime() ? 1 : 0);
    default: {
        const double a = left.toDouble();
        const double b = right.toDouble();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    }
}

QueryExecutor::QueryExecutor(OrgData& org, AccessControl& access)
    : m_org(org)
    , m_access(access)
{ }

std::optional<std::pair<const ObjectSchema*, Record>> QueryExecutor::parent(
    const ResolvedField& field, const Record& record, const UserPermissions& user)
{
    const QString parentId = record.at(field.lookupIndex).toString();
    if (parentId.isEmpty()) {
        return std::nullopt;
    }
    const OrgData::RecordRef ref = m_org.find(parentId);
    if (!ref.isValid()) {
        return std::nullopt;
    }
    Record parentRecord = ref.table->record(ref.row);
    auto visible = m_parentVisible.find(parentId);
    if (visible == m_parentVisible.end()) {
        visible = m_parentVisible.insert(parentId, m_access.canSeeRecord(user, *ref.table, parentRecord));
    }
    if (!*visible) {
        return std::nullopt;
    }
    return std::make_pair(&ref.table->schema(), std::move(parentRecord));
}

QVariant QueryExecutor::value(const ResolvedField& field, const Record& record, const UserPermissions& user)
{
    if (field.lookupIndex < 0) {
        return record.at(field.fieldIndex);
    }
    const auto parentRecord = parent(field, record, user);
    if (!parentRecord) {
        return {};
    }
    const int index = field.fieldIndex >= 0 ? field.fieldIndex : parentRecord->first->indexOf(field.fieldName);
    return index < 0 ? QVariant() : parentRecord->second.at(index);
}

bool QueryExecutor::matches(
    const PreparedQuery& query, const Condition& condition, const Record& record, const UserPermissions& user)
{
    switch (condition.kind) {
    case Condition::Kind::And:
        return std::all_of(condition.children.cbegin(), condition.children.cend(),
            [&](const auto& child) { return matches(query, *child, record, user); });
    case Condition::Kind::Or:
        return std::any_of(condition.children.cbegin(), condition.children.cend(),
            [&](const auto& child) { return matches(query, *child, record, user); });
    case Condition::Kind::Not:
        return !matches(query, *condition.children.front(), record, user);
    default:
        break;
    }
    // The condition's field, resolved once per execution rather than once per row.
    auto resolved = m_conditionFields.constFind(&condition);
    if (resolved == m_conditionFields.constEnd()) {
        const ResolvedField field = query.fieldsByPath.value(condition.field.text().toLower());
        resolved =
            m_conditionFields.insert(&condition, { field, field.field ? field.field->type : QStringLiteral("string") });
    }
    const ResolvedField& field = resolved->first;
    const QString& type = resolved->second;
    const QVariant recordValue = value(field, record, user);
    switch (condition.kind) {
    case Condition::Kind::Compare:
        return compareWith(recordValue, condition.op, condition.values.front(), type);
    case Condition::Kind::In:
    case Condition::Kind::NotIn: {
        if (condition.subquery) {
            const bool member = m_subqueryValues.value(&condition).contains(recordValue.toString());
            return condition.kind == Condition::Kind::In ? member : !member;
        }
        const bool found = std::any_of(condition.values.cbegin(), condition.values.cend(),
            [&](const Literal& literal) { return equalValues(recordValue, literal, type); });
        return condition.kind == Condition::Kind::In ? found : !found;
    }
    case Condition::Kind::Like:
        return recordValue.isValid() && likeMatches(recordValue.toString(), condition.values.front().pattern);
    case Condition::Kind::Includes:
        return recordValue.isValid() && includesAny(recordValue, condition.values);
    case Condition::Kind::Excludes:
        return !recordValue.isValid() || !includesAny(recordValue, condition.values);
    default:
        return false;
    }
}

namespace {

// One ORDER BY item's values for the selected rows, kept in the cheapest form that compares
// exactly as compareValues() does: when every non-null value has the same type, date-times as
// milliseconds since the epoch, dates as Julian days, numbers and booleans as doubles, strings
// as strings; otherwise the values themselves.
class SortColumn
{
public:
    void append(QVariant value) { m_values.push_back(std::move(value)); }

    void compact()
    {
        int type = QMetaType::UnknownType;
        for (const QVariant& value : m_values) {
            if (!value.isValid()) {
                continue;
            }
            if (type == QMetaType::UnknownType) {
                type = value.typeId();
            } else if (value.typeId() != type) {
                return; // mixed types: compare the values as they are
            }
            if (type == QMetaType::QDateTime && !value.toDateTime().isValid()) {
                return;
            }
        }
        m_valid.reserve(m_values.size());
        for (const QVariant& value : m_values) {
            m_valid.push_back(value.isValid());
        }
        switch (type) {
        case QMetaType::QDateTime:
            m_kind = Kind::Integer;
            m_integers.reserve(m_values.size());
            for (const QVariant& value : m_values) {
                m_integers.push_back(value.isValid() ? value.toDateTime().toMSecsSinceEpoch() : 0);
            }
            break;
        case QMetaType::QDate:
            m_kind = Kind::Integer;
            m_integers.reserve(m_values.size());
            for (const QVariant& value : m_values) {
                m_integers.push_back(value.isValid() ? value.toDate().toJulianDay() : 0);
            }
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            m_kind = Kind::Number;
            m_numbers.reserve(m_values.size());
            for (const QVariant& value : m_values) {
                m_numbers.push_back(
                    value.isValid() ? (type == QMetaType::Bool ? double(value.toBool()) : value.toDouble()) : 0.0);
            }
            break;
        case QMetaType::QString:
            m_kind = Kind::String;
            m_strings.reserve(m_values.size());
            for (const QVariant& value : m_values) {
                m_strings.push_back(value.isValid() ? value.toString() : QString());
            }
            break;
        default:
            m_valid.clear();
            return;
        }
        m_values.clear();
        m_values.shrink_to_fit();
    }

    bool isValid(size_t row) const { return m_kind == Kind::Variant ? m_values[row].isValid() : bool(m_valid[row]); }

    // compareValues() of two rows' values, both valid.
    int compare(size_t a, size_t b) const
    {
        switch (m_kind) {
        case Kind::Integer:
            return m_integers[a] < m_integers[b] ? -1 : (m_integers[b] < m_integers[a] ? 1 : 0);
        case Kind::Number:
            return m_numbers[a] < m_numbers[b] ? -1 : (m_numbers[b] < m_numbers[a] ? 1 : 0);
        case Kind::String:
            return m_strings[a].compare(m_strings[b], Qt::CaseInsensitive);
        case Kind::Variant:
            break;
        }
        return compareValues(m_values[a], m_values[b]);
    }

private:
    enum class Kind { Variant, Integer, Number, String };
    Kind m_kind = Kind::Variant;
    std::vector<QVariant> m_values;
    std::vector<char> m_valid;
    std::vector<qint64> m_integers;
    std::vector<double> m_numbers;
    std::vector<QString> m_strings;
};

} // namespace

std::vector<qint64> QueryExecutor::execute(const PreparedQuery& query, const UserPermissions& user, bool includeDeleted)
{
    // Semi-join subqueries run first; their results are sets of ids.
    QHash<const soql::Condition*, QSet<QString>> subqueryValues;
    for (auto it = query.subqueries.cbegin(); it != query.subqueries.cend(); ++it) {
        const PreparedQuery& sub = **it;
        const ObjectTable& subTable = *m_org.table(sub.object->name);
        QSet<QString> values;
        for (qint64 row : execute(sub, user, false)) {
            values.insert(value(sub.columns.front(), subTable.record(row), user).toString());
        }
        subqueryValues.insert(it.key(), values);
    }
    m_subqueryValues = subqueryValues;
    m_parentVisible.clear();
    m_conditionFields.clear();
    const ObjectTable& table = *m_org.table(query.object->name);
    const int isDeletedIndex = query.object->indexOf(QStringLiteral("IsDeleted"));
    // When sharing lets the user see every record of the object, no record needs checking.
    const bool seesEveryRecord = m_access.seesEveryRecord(user, table.schema());
    std::vector<ResolvedField> orderFields;
    for (const soql::OrderItem& item : query.ast.orderBy) {
        orderFields.push_back(query.fieldsByPath.value(item.field.text().toLower()));
    }
    const bool ordered = !orderFields.empty();

    // Without a WHERE clause or records to check, and when the sort keys are fields the table
    // reads cheaply (ObjectTable::value), a row is selected without building its record.
    bool needsRecord = query.ast.where || !seesEveryRecord
        || (!includeDeleted && isDeletedIndex >= 0 && !table.hasCheapValue(isDeletedIndex));
    for (const ResolvedField& field : orderFields) {
        needsRecord = needsRecord || field.lookupIndex >= 0 || !table.hasCheapValue(field.fieldIndex);
    }

    std::vector<qint64> rows;
    std::vector<SortColumn> sortColumns(orderFields.size());
    for (qint64 row = 0; row < table.rowCount(); ++row) {
        if (table.isPurged(row)) {
            continue;
        }
        if (!needsRecord) {
            if (!includeDeleted && isDeletedIndex >= 0 && table.value(row, isDeletedIndex).toBool()) {
                continue;
            }
            rows.push_back(row);
            for (size_t k = 0; k < orderFields.size(); ++k) {
                sortColumns[k].append(table.value(row, orderFields[k].fieldIndex)); // what value() reads
            }
            continue;
        }
        const Record record = table.record(row);
        if (!includeDeleted && isDeletedIndex >= 0 && record.at(isDeletedIndex).toBool()) {
            continue;
        }
        if (!seesEveryRecord && !m_access.canSeeRecord(user, table, record)) {
            continue;
        }
        if (query.ast.where && !matches(query, *query.ast.where, record, user)) {
            continue;
        }
        rows.push_back(row);
        for (size_t k = 0; k < orderFields.size(); ++k) {
            sortColumns[k].append(value(orderFields[k], record, user));
        }
    }

    const size_t offset = static_cast<size_t>(query.ast.offset.value_or(0));
    if (ordered) {
        for (SortColumn& column : sortColumns) {
            column.compact();
        }
        std::vector<size_t> order(rows.size());
        for (size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        // Equal keys keep the rows' order (a stable sort), so ties are broken by position.
        const auto before = [&](size_t a, size_t b) {
            for (size_t k = 0; k < query.ast.orderBy.size(); ++k) {
                const soql::OrderItem& item = query.ast.orderBy.at(k);
                const SortColumn& column = sortColumns[k];
                const bool leftValid = column.isValid(a);
                const bool rightValid = column.isValid(b);
                if (leftValid != rightValid) {
                    return item.nullsLast ? leftValid : !leftValid;
                }
                if (!leftValid) {
                    continue; // both null
                }
                const int compared = column.compare(a, b);
                if (compared != 0) {
                    return item.descending ? compared > 0 : compared < 0;
                }
            }
            return a < b;
        };
        // With a LIMIT only the first OFFSET + LIMIT rows need to be in order.
        const size_t wanted =
            query.ast.limit && *query.ast.limit >= 0 ? offset + static_cast<size_t>(*query.ast.limit) : order.size();
        if (wanted < order.size()) {
            std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(wanted), order.end(), before);
            order.resize(wanted);
        } else {
            std::sort(order.begin(), order.end(), before);
        }
        std::vector<qint64> sorted;
        sorted.reserve(order.size());
        for (size_t index : order) {
            sorted.push_back(rows[index]);
        }
        rows = std::move(sorted);
    }

    if (offset > 0) {
        rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(qMin(offset, rows.size())));
    }
    if (query.ast.limit && rows.size() > static_cast<size_t>(*query.ast.limit)) {
        rows.resize(static_cast<size_t>(*query.ast.limit));
    }
    return rows;
}

} // namespace callbridge::orgsim
