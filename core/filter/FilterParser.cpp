#include "core/filter/FilterParser.h"

#include "core/filter/FilterLexer.h"

#include <QRegularExpression>

#include <algorithm>

namespace callbridge {

namespace {

using filterlexer::Lexer;
using filterlexer::ParseError;
using filterlexer::Token;

QString tooDeep()
{
    return FilterParser::tr("the filter nests deeper than %1 levels").arg(FilterParser::maxNestingLevels);
}

bool isRecordFieldName(const QString& name)
{
    for (const QLatin1String prefix : { QLatin1String("account."), QLatin1String("opportunity.") }) {
        if (name.startsWith(prefix, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool isKeyword(const Token& token, const char* keyword)
{
    return token.type == Token::Type::Word && token.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

QString describeToken(const Token& token)
{
    if (token.type == Token::Type::End) {
        return FilterParser::tr("the end of the filter");
    }
    if (token.type == Token::Type::String) {
        return QLatin1Char('"') + token.text + QLatin1Char('"');
    }
    return QLatin1Char('\'') + token.text + QLatin1Char('\'');
}

// Type rules shared by the parser and check(): a message, or empty when the condition fits.
QString checkCondition(const FilterNode& node, const FilterField& field)
{
    const QList<FilterOperator> allowed = FilterSchema::operatorsFor(field.type);
    if (!allowed.contains(node.op)) {
        QStringList names;
        for (FilterOperator op : allowed) {
            names.append(FilterSchema::operatorText(op));
        }
        return FilterParser::tr("'%1' does not apply to %2 (%3); use %4")
            .arg(FilterSchema::operatorText(node.op), field.name, FilterSchema::typeName(field.type),
                names.join(QStringLiteral(", ")));
    }
    for (const FilterValue& value : node.values) {
        bool fits = false;
        switch (field.type) {
        case FilterType::Text:
        case FilterType::TextList:
        case FilterType::Enum:
            fits = value.kind == FilterValue::Kind::Text;
            break;
        case FilterType::Number:
            fits = value.kind == FilterValue::Kind::Number;
            break;
        case FilterType::Duration:
            fits = value.kind == FilterValue::Kind::Duration || value.kind == FilterValue::Kind::Number;
            break;
        case FilterType::DateTime:
            fits = value.kind == FilterValue::Kind::Date || value.kind == FilterValue::Kind::DateTime;
            break;
        case FilterType::Boolean:
            fits = value.kind == FilterValue::Kind::Boolean;
            break;
        }
        if (!fits) {
            static const QHash<FilterType, const char*> hints {
                { FilterType::Text, QT_TRANSLATE_NOOP("FilterParser", "text in double quotes") },
                { FilterType::TextList, QT_TRANSLATE_NOOP("FilterParser", "text in double quotes") },
                { FilterType::Enum, QT_TRANSLATE_NOOP("FilterParser", "text in double quotes") },
                { FilterType::Number, QT_TRANSLATE_NOOP("FilterParser", "a number") },
                { FilterType::Duration,
                    QT_TRANSLATE_NOOP("FilterParser", "a duration such as 30m or 90s, or a number of seconds") },
                { FilterType::DateTime,
                    QT_TRANSLATE_NOOP("FilterParser", "a date such as 2026-03-01 or 2026-03-01T09:00:00Z") },
                { FilterType::Boolean, QT_TRANSLATE_NOOP("FilterParser", "true or false") },
            };
            return FilterParser::tr("%1 is %2; compare it with %3, not %4")
                .arg(field.name, FilterSchema::typeName(field.type), FilterParser::tr(hints.value(field.type)),
                    value.toText());
        }
        if (field.type == FilterType::Enum && !field.values.contains(value.text, Qt::CaseInsensitive)) {
            return FilterParser::tr("\"%1\" is not a value of %2; expected one of %3")
                .arg(value.text, field.name, field.values.join(QStringLiteral(", ")));
        }
        if (node.op == FilterOperator::Matches) {
            const QRegularExpression expression(value.text);
            if (!expression.isValid()) {
                return FilterParser::tr("\"%1\" is not a valid regular expression: %2")
                    .arg(value.text, expression.errorString());
            }
        }
    }
    return {};
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(FilterParser)

public:
    Parser(const QList<Token>& tokens, const FilterSchema& schema, FilterParser::RecordFields recordFields)
        : m_tokens(tokens)
        , m_schema(schema)
        , m_recordFields(recordFields)
    { }

    FilterNode parseFilter()
    {
        if (peek().type == Token::Type::End) {
            return FilterNode::makeGroup(FilterNode::Group::All);
        }
        FilterNode root = parseOr().node;
        if (peek().type != Token::Type::End) {
            const Token& unexpected = peek();
            if (unexpected.type == Token::Type::RightParen) {
                throw ParseError { unexpected.column, tr("')' has no matching '('") };
            }
            throw ParseError { unexpected.column,
                tr("expected 'and', 'or' or the end of the filter, found %1").arg(describeToken(unexpected)) };
        }
        if (root.kind == FilterNode::Kind::Condition) {
            std::vector<FilterNode> children;
            children.push_back(std::move(root));
            return FilterNode::makeGroup(FilterNode::Group::All, std::move(children));
        }
        return root;
    }

private:
    // A parsed part of the filter and how many levels of groups it holds (a condition: none).
    struct Parsed
    {
        FilterNode node;
        int levels = 0;
    };

    const Token& peek() const { return m_tokens.at(m_pos); }
    const Token& take() { return m_tokens.at(m_pos++); }

    // A '(' or a 'not' opens one more level of nesting in the text.
    void enter(const Token& token)
    {
        if (++m_nesting > 2 * FilterParser::maxNestingLevels) {
            throw ParseError { token.column, tooDeep() };
        }
    }
    void leave() { --m_nesting; }

    // A group that starts at `column`, with the levels it holds.
    static Parsed group(FilterNode node, int levels, int column)
    {
        if (levels > FilterParser::maxNestingLevels) {
            throw ParseError { column, tooDeep() };
        }
        return { std::move(node), levels };
    }

    // Builds an All/Any group, flattening nested groups of the same kind.
    static Parsed join(FilterNode::Group kind, std::vector<Parsed> parts, int column)
    {
        if (parts.size() == 1) {
            return std::move(parts.front());
        }
        std::vector<FilterNode> children;
        int levels = 0;
        for (Parsed& part : parts) {
            if (part.node.kind == FilterNode::Kind::Group && part.node.group == kind) {
                levels = std::max(levels, part.levels); // its children join this group
                for (FilterNode& child : part.node.children) {
                    children.push_back(std::move(child));
                }
            } else {
                levels = std::max(levels, part.levels + 1);
                children.push_back(std::move(part.node));
            }
        }
        return group(FilterNode::makeGroup(kind, std::move(children)), levels, column);
    }

    Parsed parseOr()
    {
        const int column = peek().column;
        std::vector<Parsed> parts;
        parts.push_back(parseAnd());
        while (isKeyword(peek(), "or")) {
            const Token keyword = take();
            expectOperand(keyword);
            parts.push_back(parseAnd());
        }
        return join(FilterNode::Group::Any, std::move(parts), column);
    }

    Parsed parseAnd()
    {
        const int column = peek().column;
        std::vector<Parsed> parts;
        parts.push_back(parseNot());
        while (isKeyword(peek(), "and")) {
            const Token keyword = take();
            expectOperand(keyword);
            parts.push_back(parseNot());
        }
        return join(FilterNode::Group::All, std::move(parts), column);
    }

    void expectOperand(const Token& keyword)
    {
        if (peek().type == Token::Type::End || peek().type == Token::Type::RightParen) {
            throw ParseError { peek().column, tr("expected a condition after '%1'").arg(keyword.text) };
        }
    }

    Parsed parseNot()
    {
        if (isKeyword(peek(), "not")) {
            const Token keyword = take();
            expectOperand(keyword);
            enter(keyword);
            Parsed operand = parseNot();
            leave();
            std::vector<FilterNode> children;
            int levels = operand.levels + 1;
            if (operand.node.kind == FilterNode::Kind::Group && operand.node.group == FilterNode::Group::Any) {
                children = std::move(operand.node.children); // not (a or b) = none of a, b
                levels = operand.levels;
            } else {
                children.push_back(std::move(operand.node));
            }
            return group(FilterNode::makeGroup(FilterNode::Group::None, std::move(children)), levels, keyword.column);
        }
        return parsePrimary();
    }

    Parsed parsePrimary()
    {
        if (peek().type == Token::Type::LeftParen) {
            const Token open = take();
            enter(open);
            if (peek().type == Token::Type::RightParen) {
                throw ParseError { peek().column, tr("expected a condition inside the parentheses") };
            }
            Parsed inner = parseOr();
            if (peek().type != Token::Type::RightParen) {
                throw ParseError { peek().column,
                    tr("expected ')' to close the '(' at column %1, found %2")
                        .arg(open.column)
                        .arg(describeToken(peek())) };
            }
            take();
            leave();
            return inner;
        }
        return { parseCondition(), 0 };
    }

    FilterNode parseCondition()
    {
        const Token name = take();
        if (name.type != Token::Type::Word || isKeyword(name, "and") || isKeyword(name, "or")) {
            throw ParseError { name.column, tr("expected a field name, found %1").arg(describeToken(name)) };
        }
        const FilterField* field = m_schema.field(name.text);
        const bool unchecked =
            !field && m_recordFields == FilterParser::RecordFields::Unchecked && isRecordFieldName(name.text);
        if (!field && !unchecked) {
            const QString closest = m_schema.closestName(name.text);
            if (isRecordFieldName(name.text)) {
                throw ParseError { name.column,
                    closest.isEmpty()
                        ? tr("unknown field '%1': it is not an imported field (choose it under Fields)").arg(name.text)
                        : tr("unknown field '%1': it is not an imported field; did you mean '%2'?")
                              .arg(name.text, closest) };
            }
            throw ParseError { name.column,
                closest.isEmpty() ? tr("unknown field '%1'").arg(name.text)
                                  : tr("unknown field '%1'; did you mean '%2'?").arg(name.text, closest) };
        }
        const Token opToken = take();
        FilterNode node = FilterNode::makeCondition(field ? field->name : name.text, FilterOperator::Equal);
        if (opToken.type == Token::Type::Operator) {
            static const QHash<QString, FilterOperator> comparisons {
                { QStringLiteral("="), FilterOperator::Equal },
                { QStringLiteral("!="), FilterOperator::NotEqual },
                { QStringLiteral("<"), FilterOperator::Less },
                { QStringLiteral("<="), FilterOperator::LessOrEqual },
                { QStringLiteral(">"), FilterOperator::Greater },
                { QStringLiteral(">="), FilterOperator::GreaterOrEqual },
            };
            node.op = comparisons.value(opToken.text);
            node.values.push_back(parseValue(opToken));
        } else if (isKeyword(opToken, "in")) {
            node.op = FilterOperator::In;
            node.values = parseList(opToken);
        } else if (isKeyword(opToken, "contains")) {
            node.op = FilterOperator::Contains;
            node.values.push_back(parseValue(opToken));
        } else if (isKeyword(opToken, "matches")) {
            node.op = FilterOperator::Matches;
            node.values.push_back(parseValue(opToken));
        } else if (isKeyword(opToken, "exists")) {
            node.op = FilterOperator::Exists;
        } else {
            throw ParseError { opToken.column,
                tr("expected an operator after '%1' (=, !=, <, <=, >, >=, in, contains, matches, exists), found %2")
                    .arg(name.text, describeToken(opToken)) };
        }
        const QString problem = field ? checkCondition(node, *field) : QString();
        if (!problem.isEmpty()) {
            throw ParseError { name.column, problem };
        }
        return node;
    }

    FilterValue parseValue(const Token& after)
    {
        const Token token = take();
        switch (token.type) {
        case Token::Type::String:
            return FilterValue::fromText(token.text);
        case Token::Type::Number:
            return FilterValue::fromNumber(token.number);
        case Token::Type::Duration:
            return FilterValue::fromDuration(token.number);
        case Token::Type::Date:
            return FilterValue::fromDate(token.date);
        case Token::Type::DateTime:
            return FilterValue::fromDateTime(token.dateTime);
        case Token::Type::Word:
            if (isKeyword(token, "true") || isKeyword(token, "false")) {
                return FilterValue::fromBoolean(isKeyword(token, "true"));
            }
            throw ParseError { token.column,
                tr("expected a value after '%1', found '%2' (text goes in double quotes: \"%2\")")
                    .arg(after.text, token.text) };
        case Token::Type::LeftBracket:
            throw ParseError { token.column, tr("a list goes with 'in' only, not after '%1'").arg(after.text) };
        default:
            break;
        }
        throw ParseError { token.column, tr("expected a value after '%1'").arg(after.text) };
    }

    std::vector<FilterValue> parseList(const Token& in)
    {
        if (peek().type != Token::Type::LeftBracket) {
            if (peek().type == Token::Type::End) {
                throw ParseError { peek().column, tr("expected a value after 'in'") };
            }
            throw ParseError { peek().column,
                tr("expected a list such as [\"a\", \"b\"] after 'in', found %1").arg(describeToken(peek())) };
        }
        const Token open = take();
        std::vector<FilterValue> values;
        if (peek().type == Token::Type::RightBracket) {
            throw ParseError { peek().column, tr("expected a value in the list; an empty list matches nothing") };
        }
        while (true) {
            values.push_back(parseValue(values.empty() ? open : m_tokens.at(m_pos - 1)));
            const Token separator = take();
            if (separator.type == Token::Type::RightBracket) {
                break;
            }
            if (separator.type != Token::Type::Comma) {
                throw ParseError { separator.column,
                    tr("expected ',' or ']' in the list opened at column %1, found %2")
                        .arg(open.column)
                        .arg(describeToken(separator)) };
            }
        }
        Q_UNUSED(in)
        return values;
    }

    const QList<Token>& m_tokens;
    const FilterSchema& m_schema;
    const FilterParser::RecordFields m_recordFields;
    qsizetype m_pos = 0;
    int m_nesting = 0; // '(' and 'not' around the token being parsed
};

// Levels of groups within each other: the root group is one.
int levelsOf(const FilterNode& node)
{
    if (node.kind == FilterNode::Kind::Condition) {
        return 0;
    }
    int deepest = 0;
    for (const FilterNode& child : node.children) {
        deepest = std::max(deepest, levelsOf(child));
    }
    return deepest + 1;
}

QString checkNode(const FilterNode& node, const FilterSchema& schema)
{
    if (node.kind == FilterNode::Kind::Group) {
        for (const FilterNode& child : node.children) {
            const QString problem = checkNode(child, schema);
            if (!problem.isEmpty()) {
                return problem;
            }
        }
        return {};
    }
    const FilterField* field = schema.field(node.field);
    if (!field) {
        return FilterParser::tr("unknown field '%1'").arg(node.field);
    }
    if (node.op != FilterOperator::Exists && node.values.empty()) {
        return FilterParser::tr("%1 %2: expected a value").arg(node.field, FilterSchema::operatorText(node.op));
    }
    return checkCondition(node, *field);
}

} // namespace

FilterParser::Result FilterParser::parse(const QString& text, const FilterSchema& schema, RecordFields recordFields)
{
    Result result;
    try {
        const QList<Token> tokens = Lexer(text).tokens();
        result.root = Parser(tokens, schema, recordFields).parseFilter();
    } catch (const ParseError& error) {
        result.root = FilterNode::makeGroup(FilterNode::Group::All);
        result.errorColumn = error.column;
        result.error = tr("column %1: %2").arg(error.column).arg(error.message);
    }
    return result;
}

QString FilterParser::check(const FilterNode& root, const FilterSchema& schema)
{
    if (levelsOf(root) > maxNestingLevels) {
        return tooDeep(); // its printed form would not parse
    }
    return checkNode(root, schema);
}

} // namespace callbridge
