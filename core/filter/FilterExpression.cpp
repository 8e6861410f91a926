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
    // One walk without recursion: empty unless a condition is found anywhere below.
    std::vector<const FilterNode*> pending { this };
    while (!pending.empty()) {
        const FilterNode* node = pending.back();
        pending.pop_back();
        if (node->kind == Kind::Condition) {
            return false;
        }
        for (const FilterNode& child : node->children) {
            pending.push_back(&child);
        }
    }
    return true;
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

// How one node prints, worked out once from how its children print, so printing is one walk
// over the tree however deep it is (asking each child whether it is empty, at every level, made
// deep filters quadratic).
struct Printed
{
    bool empty = false; // a group with no conditions in it: matches everything, prints as nothing
    bool isCondition = false;
    QString text; // the node on its own
    // Inside an and/or list a group with one child prints as that child: what is shown there.
    bool shownIsCondition = false;
    FilterNode::Group shownGroup = FilterNode::Group::All;
    QString shownText;
};

// A child printed inside an and/or list: groups that bind looser get parentheses.
QString childText(const Printed& child, FilterNode::Group parent)
{
    if (child.shownIsCondition || child.shownGroup == FilterNode::Group::None || child.shownGroup == parent) {
        return child.shownText;
    }
    return QLatin1Char('(') + child.shownText + QLatin1Char(')');
}

Printed print(const FilterNode& node)
{
    Printed printed;
    if (node.kind == FilterNode::Kind::Condition) {
        printed.isCondition = true;
        printed.text = conditionText(node);
        printed.shownIsCondition = true;
        printed.shownText = printed.text;
        return printed;
    }
    std::vector<Printed> children;
    for (const FilterNode& child : node.children) {
        Printed childPrinted = print(child);
        if (!childPrinted.empty) {
            children.push_back(std::move(childPrinted));
        }
    }
    if (children.empty()) {
        printed.empty = true;
        return printed;
    }
    if (node.group == FilterNode::Group::None) {
        if (children.size() == 1 && children.front().isCondition) {
            printed.text = QStringLiteral("not ") + children.front().text;
        } else if (children.size() == 1) {
            printed.text = QStringLiteral("not (") + children.front().text + QLatin1Char(')');
        } else {
            QStringList parts;
            for (const Printed& child : children) {
                parts.append(childText(child, FilterNode::Group::Any));
            }
            printed.text = QStringLiteral("not (") + parts.join(QStringLiteral(" or ")) + QLatin1Char(')');
        }
    } else {
        QStringList parts;
        for (const Printed& child : children) {
            parts.append(childText(child, node.group));
        }
        printed.text =
            parts.join(node.group == FilterNode::Group::All ? QStringLiteral(" and ") : QStringLiteral(" or "));
    }
    if (children.size() == 1 && node.group != FilterNode::Group::None) {
        Printed& only = children.front();
        printed.shownIsCondition = only.shownIsCondition;
        printed.shownGroup = only.shownGroup;
        printed.shownText = std::move(only.shownText);
    } else {
        printed.shownGroup = node.group;
        printed.shownText = printed.text;
    }
    return printed;
}

} // namespace

QString FilterNode::toText() const
{
    return print(*this).text;
}

bool FilterNode::operator==(const FilterNode& other) const
{
    return kind == other.kind && group == other.group && children == other.children && field == other.field
        && op == other.op && values == other.values;
}

} // namespace callbridge
