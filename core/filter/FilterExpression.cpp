#include "core/filter/FilterExpression.h"

#include <QLocale>

#include <cmath>

namespace callbridge {

QString formatDuration(double seconds)
{
    if (seconds != std::floor(seconds) || seconds < 0) {
        return QString::number(seconds) + QLatin1Char('s');
    }
    if (seconds > double(kLongestCallSeconds)) {
        return QString::number(seconds, 'f', 0) + QLatin1Char('s'); // beyond qint64 too: no conversion
    }
    auto whole = qint64(seconds);
    if (whole == 0) {
        return QStringLiteral("0s");
    }
    QString text;
    if (whole >= 3600) {
        text += QString::number(whole / 3600) + QLatin1Char('h');
        whole %= 3600;
    }
    if (whole >= 60) {
        text += QString::number(whole / 60) + QLatin1Char('m');
        whole %= 60;
    }
    if (whole > 0) {
        text += QString::number(whole) + QLatin1Char('s');
    }
    return text;
}

QString FilterValue::toText() const
{
    switch (kind) {
    case Kind::Text: {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    case Kind::Number:
        // Shortest digits that read back to the same double, never an exponent: the grammar has none.
        return QString::number(number, 'f', QLocale::FloatingPointShortest);
    case Kind::Duration:
        return formatDuration(number);
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::DateTime:
        return dateTime.toUTC().toString(Qt::ISODate);
    case Kind::Boolean:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

bool FilterValue::operator==(const FilterValue& other) const
{
    return kind == other.kind && text == other.text && number == other.number && date == other.date
        && dateTime == other.dateTime && boolean == other.boolean;
}

FilterNode FilterNode::makeGroup(Group group, std::vector<FilterNode> children)
{
    FilterNode node;
    node.kind = Kind::Group;
    node.group = group;
    node.children = std::move(children);
    return node;
}

FilterNode FilterNode::makeCondition(const QString& field, FilterOperator op, std::vector<FilterValue> values)
{
    FilterNode node;
    node.kind = Kind::Condition;
    node.field = field;
    node.op = op;
    node.values = std::move(values);
    return node;
}

bool FilterNode::isEmpty() const
{
    if (kind == Kind::Condition) {
        return false;
    }
    return std::all_of(children.cbegin(), children.cend(), [](const FilterNode& child) { return child.isEmpty(); });
}

namespace {

QString conditionText(const FilterNode& node)
{
    QString text = node.field + QLatin1Char(' ') + FilterSchema::operatorText(node.op);
    if (node.op == FilterOperator::Exists) {
        return text;
    }
    if (node.op == FilterOperator::In) {
        QStringList items;
        for (const FilterValue& value : node.values) {
            items.append(value.toText());
        }
        return text + QStringLiteral(" [") + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return text + QLatin1Char(' ') + (node.values.empty() ? QString() : node.values.front().toText());
}

// The non-empty children: an empty group matches everything and prints as nothing.
std::vector<const FilterNode*> effectiveChildren(const FilterNode& node)
{
    std::vector<const FilterNode*> children;
    for (const FilterNode& child : node.children) {
        if (!child.isEmpty()) {
            children.push_back(&child);
        }
    }
    return children;
}

QString nodeText(const FilterNode& node);

// A child printed inside an and/or list: groups that bind looser get parentheses.
QString childText(const FilterNode& child, FilterNode::Group parent)
{
    if (child.kind == FilterNode::Kind::Condition) {
        return conditionText(child);
    }
    const std::vector<const FilterNode*> grandchildren = effectiveChildren(child);
    if (grandchildren.size() == 1 && child.group != FilterNode::Group::None) {
        return childText(*grandchildren.front(), parent);
    }
    if (child.group == FilterNode::Group::None || child.group == parent) {
        return nodeText(child);
    }
    return QLatin1Char('(') + nodeText(child) + QLatin1Char(')');
}

QString nodeText(const FilterNode& node)
{
    if (node.kind == FilterNode::Kind::Condition) {
        return conditionText(node);
    }
    const std::vector<const FilterNode*> children = effectiveChildren(node);
    if (children.empty()) {
        return {};
    }
    if (node.group == FilterNode::Group::None) {
        if (children.size() == 1 && children.front()->kind == FilterNode::Kind::Condition) {
            return QStringLiteral("not ") + conditionText(*children.front());
        }
        if (children.size() == 1) {
            return QStringLiteral("not (") + nodeText(*children.front()) + QLatin1Char(')');
        }
        QStringList parts;
        for (const FilterNode* child : children) {
            parts.append(childText(*child, FilterNode::Group::Any));
        }
        return QStringLiteral("not (") + parts.join(QStringLiteral(" or ")) + QLatin1Char(')');
    }
    QStringList parts;
    for (const FilterNode* child : children) {
        parts.append(childText(*child, node.group));
    }
    return parts.join(node.group == FilterNode::Group::All ? QStringLiteral(" and ") : QStringLiteral(" or "));
}

} // namespace

QString FilterNode::toText() const
{
    return nodeText(*this);
}

bool FilterNode::operator==(const FilterNode& other) const
{
    return kind == other.kind && group == other.group && children == other.children && field == other.field
        && op == other.op && values == other.values;
}

} // namespace callbridge
