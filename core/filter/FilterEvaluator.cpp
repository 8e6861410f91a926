#include "core/filter/FilterEvaluator.h"

#include "core/util/EmailAddress.h"

#include <algorithm>
#include <optional>
#include <type_traits>

namespace callbridge {

struct FilterEvaluator::Node
{
    FilterNode::Kind kind = FilterNode::Kind::Group;
    FilterNode::Group group = FilterNode::Group::All;
    std::vector<std::unique_ptr<Node>> children;

    FilterField field;
    // An account or opportunity field's position in the columns bound by bindRecordColumns().
    const CachedRecord::Columns* boundColumns = nullptr;
    int boundIndex = -1;
    FilterOperator op = FilterOperator::Equal;
    QStringList texts;
    QList<double> numbers;
    // Date conditions: [from, to) in ms since the epoch; a whole day for a date literal.
    qint64 from = 0;
    qint64 to = 0;
    bool boolean = false;
    QRegularExpression regex;
    QString printed; // a condition's text
    const FilterNode* source = nullptr; // in FilterEvaluator::m_source; a group's text is printed from it when asked
};

namespace {

using Node = FilterEvaluator::Node;

const CachedRecord* recordOf(const Node& node, const FilterSubject& subject)
{
    const CachedRecord* record = nullptr;
    if (node.field.source == FilterField::Source::Account) {
        record = subject.account;
    } else if (node.field.source == FilterField::Source::Opportunity) {
        record = subject.opportunity;
    }
    return record && !record->isNull() ? record : nullptr;
}

// Whether the node reads the record's field by position: when the filter was bound to the
// record's columns (a preview reads it for every call at each edit of the filter).
bool readsByPosition(const Node& node, const CachedRecord& record)
{
    return node.boundColumns && record.columns() == node.boundColumns;
}

// The record field's value; null without a record.
QVariant recordValueOf(const Node& node, const FilterSubject& subject)
{
    const CachedRecord* record = recordOf(node, subject);
    if (!record) {
        return {};
    }
    return readsByPosition(node, *record) ? record->valueAt(node.boundIndex) : record->value(node.field.column);
}

// The field's value for the call as text: one element, several for a list, none when missing.
QStringList textsOf(const Node& node, const FilterSubject& subject)
{
    const Call& call = *subject.call;
    switch (node.field.source) {
    case FilterField::Source::Title:
        return { call.title };
    case FilterField::Source::Direction:
        return { call.direction };
    case FilterField::Source::Workspace:
        return call.workspace.isEmpty() ? QStringList() : QStringList { call.workspace };
    case FilterField::Source::PrimaryUser:
        return { call.primaryUser };
    case FilterField::Source::Scope:
        return { call.hasExternalParticipant() ? QStringLiteral("external") : QStringLiteral("internal") };
    case FilterField::Source::ParticipantEmails: {
        QStringList emails;
        for (const CallParticipant& participant : call.participants) {
            if (!participant.email.isEmpty()) {
                emails.append(participant.email);
            }
        }
        return emails;
    }
    case FilterField::Source::ParticipantDomains: {
        QStringList domains;
        for (const CallParticipant& participant : call.participants) {
            const QString domain = emailDomain(participant.email);
            if (!domain.isEmpty() && !domains.contains(domain)) {
                domains.append(domain);
            }
        }
        return domains;
    }
    case FilterField::Source::Trackers:
        return call.trackers;
    case FilterField::Source::Account:
    case FilterField::Source::Opportunity: {
        const QVariant value = recordValueOf(node, subject);
        return value.isNull() ? QStringList() : QStringList { value.toString() };
    }
    default:
        break;
    }
    return {};
}

std::optional<double> numberOf(const Node& node, const FilterSubject& subject)
{
    switch (node.field.source) {
    case FilterField::Source::Duration:
        return double(subject.call->duration);
    case FilterField::Source::ExternalParticipants:
        return double(subject.call->externalParticipantCount());
    default:
        break;
    }
    const QVariant value = recordValueOf(node, subject);
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> timeOf(const Node& node, const FilterSubject& subject)
{
    if (node.field.source == FilterField::Source::Started) {
        return subject.call->started.toMSecsSinceEpoch();
    }
    const QString text = recordValueOf(node, subject).toString();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (text.size() == 10) { // a date field: its day, from midnight UTC
        return QDate::fromString(text, Qt::ISODate).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return std::nullopt;
    }
    return parsed.toMSecsSinceEpoch();
}

// `actual`: a QString, or a view of a record's packed text (QLatin1StringView, QStringView),
// compared without a copy.
template<typename Text> bool textMatches(const Node& node, const Text& actual)
{
    switch (node.op) {
    case FilterOperator::Equal:
    case FilterOperator::NotEqual:
    case FilterOperator::In:
        return std::any_of(node.texts.cbegin(), node.texts.cend(),
            [&actual](const QString& wanted) { return actual.compare(wanted, Qt::CaseInsensitive) == 0; });
    case FilterOperator::Contains:
        return actual.contains(node.texts.value(0), Qt::CaseInsensitive);
    case FilterOperator::Matches:
        if constexpr (std::is_same_v<Text, QString>) {
            return node.regex.match(actual).hasMatch();
        } else {
            return node.regex.match(actual.toString()).hasMatch();
        }
    default:
        break;
    }
    return false;
}

bool compareNumbers(FilterOperator op, double actual, const QList<double>& wanted)
{
    switch (op) {
    case FilterOperator::Equal:
    case FilterOperator::In:
        return wanted.contains(actual);
    case FilterOperator::NotEqual:
        return !wanted.contains(actual);
    case FilterOperator::Less:
        return actual < wanted.value(0);
    case FilterOperator::LessOrEqual:
        return actual <= wanted.value(0);
    case FilterOperator::Greater:
        return actual > wanted.value(0);
    case FilterOperator::GreaterOrEqual:
        return actual >= wanted.value(0);
    default:
        break;
    }
    return false;
}

bool conditionHolds(const Node& node, const FilterSubject& subject)
{
    switch (node.field.type) {
    case FilterType::Text:
    case FilterType::Enum:
    case FilterType::TextList: {
        const bool isRecordField =
            node.field.source == FilterField::Source::Account || node.field.source == FilterField::Source::Opportunity;
        if (isRecordField) {
            // One value or none, as textsOf() gives it, without building a list: a preview
            // evaluates this for every call at each edit of the filter. Text is compared where
            // the record holds it.
            const CachedRecord* record = recordOf(node, subject);
            const CachedRecord::Text text =
                record && readsByPosition(node, *record) ? record->textAt(node.boundIndex) : CachedRecord::Text();
            if (text.latin1 || text.utf16) {
                const bool matched = node.op == FilterOperator::Exists
                    || (text.latin1 ? textMatches(node, QLatin1StringView(text.latin1, text.size))
                                    : textMatches(node, QStringView(text.utf16, text.size)));
                return node.op == FilterOperator::NotEqual ? !matched : matched;
            }
            const QVariant value = recordValueOf(node, subject);
            const bool present = !value.isNull();
            if (node.op == FilterOperator::Exists || !present) {
                // No matched record, or the field is empty: nothing to compare.
                return node.op == FilterOperator::Exists && present;
            }
            const bool matched = textMatches(node, value.toString());
            return node.op == FilterOperator::NotEqual ? !matched : matched;
        }
        const QStringList actual = textsOf(node, subject);
        if (node.op == FilterOperator::Exists) {
            return !actual.isEmpty();
        }
        const bool any = std::any_of(
            actual.cbegin(), actual.cend(), [&node](const QString& value) { return textMatches(node, value); });
        return node.op == FilterOperator::NotEqual ? !any : any;
    }
    case FilterType::Number:
    case FilterType::Duration: {
        const std::optional<double> actual = numberOf(node, subject);
        if (node.op == FilterOperator::Exists) {
            return actual.has_value();
        }
        return actual && compareNumbers(node.op, *actual, node.numbers);
    }
    case FilterType::DateTime: {
        const std::optional<qint64> actual = timeOf(node, subject);
        if (node.op == FilterOperator::Exists || !actual) {
            return node.op == FilterOperator::Exists && actual.has_value();
        }
        switch (node.op) {
        case FilterOperator::Equal:
            return *actual >= node.from && *actual < node.to;
        case FilterOperator::NotEqual:
            return *actual < node.from || *actual >= node.to;
        case FilterOperator::Less:
            return *actual < node.from;
        case FilterOperator::LessOrEqual:
            return *actual < node.to;
        case FilterOperator::Greater:
            return *actual >= node.to;
        case FilterOperator::GreaterOrEqual:
            return *actual >= node.from;
        default:
            return false;
        }
    }
    case FilterType::Boolean: {
        const QVariant value = recordValueOf(node, subject);
        if (node.op == FilterOperator::Exists || value.isNull()) {
            return node.op == FilterOperator::Exists && !value.isNull();
        }
        const bool actual =
            value.typeId() == QMetaType::QString ? value.toString() == QLatin1String("true") : value.toBool();
        return node.op == FilterOperator::Equal ? actual == node.boolean : actual != node.boolean;
    }
    }
    return false;
}

// What the call had for a condition's field, for the explanation.
QString actualText(const Node& node, const FilterSubject& subject)
{
    const bool isRecordField =
        node.field.source == FilterField::Source::Account || node.field.source == FilterField::Source::Opportunity;
    if (isRecordField && !recordOf(node, subject)) {
        return node.field.source == FilterField::Source::Account
            ? FilterEvaluator::tr("the call matched no account")
            : FilterEvaluator::tr("the call matched no open opportunity");
    }
    switch (node.field.type) {
    case FilterType::Duration:
        return FilterEvaluator::tr("the call lasted %1").arg(formatDuration(double(subject.call->duration)));
    case FilterType::Number: {
        const std::optional<double> number = numberOf(node, subject);
        return number ? FilterEvaluator::tr("%1 is %2").arg(node.field.name).arg(*number)
                      : FilterEvaluator::tr("%1 is empty").arg(node.field.name);
    }
    case FilterType::DateTime: {
        const std::optional<qint64> time = timeOf(node, subject);
        return time ? FilterEvaluator::tr("%1 is %2")
                          .arg(node.field.name, QDateTime::fromMSecsSinceEpoch(*time, Qt::UTC).toString(Qt::ISODate))
                    : FilterEvaluator::tr("%1 is empty").arg(node.field.name);
    }
    default:
        break;
    }
    const QStringList texts = textsOf(node, subject);
    if (texts.isEmpty()) {
        return FilterEvaluator::tr("%1 is empty").arg(node.field.name);
    }
    QString shown = texts.mid(0, 5).join(QStringLiteral(", "));
    if (texts.size() > 5) {
        shown += FilterEvaluator::tr(" and %L1 more").arg(texts.size() - 5);
    }
    return FilterEvaluator::tr("%1: %2").arg(node.field.name, shown);
}

QString printedOf(const Node& node)
{
    return node.kind == FilterNode::Kind::Condition ? node.printed : node.source->toText();
}

// Whether `node` holds for the call and, when it does not and `why` is given, the part that
// failed. One walk: each node is evaluated once, its explanation built on the way back.
bool evaluate(const Node& node, const FilterSubject& subject, QString* why)
{
    if (node.kind == FilterNode::Kind::Condition) {
        const bool holds = conditionHolds(node, subject);
        if (!holds && why) {
            *why = FilterEvaluator::tr("%1 (%2)").arg(node.printed, actualText(node, subject));
        }
        return holds;
    }
    switch (node.group) {
    case FilterNode::Group::All:
        for (const std::unique_ptr<Node>& child : node.children) {
            if (!evaluate(*child, subject, why)) {
                return false; // the child said why
            }
        }
        return true;
    case FilterNode::Group::Any: {
        if (node.children.empty()) {
            return true;
        }
        QStringList parts;
        for (const std::unique_ptr<Node>& child : node.children) {
            QString part;
            if (evaluate(*child, subject, why ? &part : nullptr)) {
                return true;
            }
            parts.append(part);
        }
        if (why) {
            *why = FilterEvaluator::tr("none of these holds: %1").arg(parts.join(QStringLiteral("; ")));
        }
        return false;
    }
    case FilterNode::Group::None:
        for (const std::unique_ptr<Node>& child : node.children) {
            if (evaluate(*child, subject, nullptr)) {
                if (why) {
                    *why = FilterEvaluator::tr("excluded because %1 holds").arg(printedOf(*child));
                }
                return false;
            }
        }
        return true;
    }
    return false;
}

std::unique_ptr<Node> compile(const FilterNode& source, const FilterSchema& schema)
{
    auto node = std::make_unique<Node>();
    node->kind = source.kind;
    node->group = source.group;
    node->source = &source;
    if (source.kind == FilterNode::Kind::Group) {
        for (const FilterNode& child : source.children) {
            std::unique_ptr<Node> compiled = compile(child, schema);
            if (compiled->kind == FilterNode::Kind::Condition || !compiled->children.empty()) {
                node->children.push_back(std::move(compiled)); // an empty group matches everything: left out
            }
        }
        return node;
    }
    node->printed = source.toText();
    if (const FilterField* field = schema.field(source.field)) {
        node->field = *field;
    }
    node->op = source.op;
    for (const FilterValue& value : source.values) {
        node->texts.append(value.text);
        node->numbers.append(value.number);
        node->boolean = value.boolean;
        if (value.kind == FilterValue::Kind::Date) {
            node->from = value.date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
            node->to = value.date.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
        } else if (value.kind == FilterValue::Kind::DateTime) {
            node->from = value.dateTime.toMSecsSinceEpoch();
            node->to = node->from + 1;
        }
    }
    if (source.op == FilterOperator::Matches && !node->texts.isEmpty()) {
        node->regex = QRegularExpression(node->texts.first(), QRegularExpression::CaseInsensitiveOption);
        node->regex.optimize();
    }
    return node;
}

} // namespace

namespace {

void bind(Node* node, const CachedRecord::Columns* account, const CachedRecord::Columns* opportunity)
{
    for (const std::unique_ptr<Node>& child : node->children) {
        bind(child.get(), account, opportunity);
    }
    const CachedRecord::Columns* columns = node->field.source == FilterField::Source::Account ? account
        : node->field.source == FilterField::Source::Opportunity                              ? opportunity
                                                                                              : nullptr;
    node->boundColumns = columns;
    node->boundIndex = columns ? columns->indexOf(node->field.column) : -1;
}

} // namespace

void FilterEvaluator::bindRecordColumns(const CachedRecord::Columns* account, const CachedRecord::Columns* opportunity)
{
    if (m_root) {
        bind(m_root.get(), account, opportunity);
    }
}

FilterEvaluator::FilterEvaluator(const FilterNode& root, const FilterSchema& schema)
    : m_source(root)
    , m_root(compile(m_source, schema))
{ }

FilterEvaluator::~FilterEvaluator() = default;

bool FilterEvaluator::isEmpty() const
{
    return m_root->kind == FilterNode::Kind::Group && m_root->children.empty();
}

bool FilterEvaluator::matches(const FilterSubject& subject) const
{
    return evaluate(*m_root, subject, nullptr);
}

QString FilterEvaluator::explainFailure(const FilterSubject& subject) const
{
    QString why;
    evaluate(*m_root, subject, &why);
    return why;
}

} // namespace callbridge
