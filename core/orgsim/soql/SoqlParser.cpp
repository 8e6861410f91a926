#include "core/orgsim/soql/SoqlParser.h"

#include <QDateTime>
#include <QTimeZone>

namespace callbridge::orgsim::soql {

namespace {

constexpr int maxOffset = 2000; // "The maximum offset is 2,000 rows" ("OFFSET")

struct ParseFailure
{
    SoqlError error;
};

const QStringList& reservedWords()
{
    static const QStringList words { QStringLiteral("SELECT"), QStringLiteral("FROM"), QStringLiteral("WHERE"),
        QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("ORDER"),
        QStringLiteral("BY"), QStringLiteral("LIMIT"), QStringLiteral("OFFSET"), QStringLiteral("GROUP"),
        QStringLiteral("IN"), QStringLiteral("LIKE"), QStringLiteral("INCLUDES"), QStringLiteral("EXCLUDES") };
    return words;
}

bool isReserved(const Token& token)
{
    return token.type == Token::Type::Identifier && reservedWords().contains(token.text.toUpper());
}

QDateTime parseDateTime(const QString& text)
{
    QString normalized = text;
    if (normalized.endsWith(QLatin1Char('Z'))) {
        normalized.chop(1);
        normalized += QStringLiteral("+00:00");
    } else if (normalized.size() >= 5 && normalized.at(normalized.size() - 3) != QLatin1Char(':')) {
        normalized.insert(normalized.size() - 2, QLatin1Char(':')); // +0000 -> +00:00
    }
    QDateTime value = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return value.toUTC();
}

} // namespace

std::variant<Query, SoqlError> Parser::parse(const QString& text, const QDate& today)
{
    // "Maximum length of SOQL statements: By default, 100,000 characters" (SOQL and SOSL Limits).
    constexpr int maxStatementLength = 100000;
    if (text.size() > maxStatementLength) {
        return SoqlError { QStringLiteral("MALFORMED_QUERY"),
            QStringLiteral("SOQL statements cannot be longer than 100,000 characters.") };
    }
    Parser parser(text, today);
    try {
        return parser.parseQuery();
    } catch (const ParseFailure& failure) {
        return failure.error;
    }
}

Parser::Parser(const QString& text, const QDate& today)
    : m_text(text)
    , m_today(today)
    , m_tokens(tokenize(text))
{ }

const Token& Parser::peek(int ahead) const
{
    return m_tokens.at(qMin(m_index + ahead, static_cast<int>(m_tokens.size()) - 1));
}

Token Parser::next()
{
    const Token token = peek();
    if (m_index < m_tokens.size() - 1) {
        ++m_index;
    }
    return token;
}

bool Parser::acceptKeyword(const char* keyword)
{
    if (peek().isKeyword(keyword)) {
        next();
        return true;
    }
    return false;
}

void Parser::expectKeyword(const char* keyword)
{
    if (!acceptKeyword(keyword)) {
        fail(peek());
    }
}

void Parser::expect(Token::Type type)
{
    if (peek().type != type) {
        fail(peek());
    }
    next();
}

void Parser::fail(const Token& token, const QString& detail)
{
    const QString message = !detail.isEmpty() ? detail
        : !token.error.isEmpty()              ? token.error
                                              : QStringLiteral("unexpected token: %1").arg(token.text);
    throw ParseFailure { SoqlError::at(QStringLiteral("MALFORMED_QUERY"), m_text, token.position, message) };
}

Query Parser::parseQuery(bool nested)
{
    Query query;
    expectKeyword("SELECT");
    if (peek().isKeyword("COUNT") && peek(1).type == Token::Type::LeftParen) {
        next();
        next();
        expect(Token::Type::RightParen);
        query.countOnly = true;
    } else {
        do {
            if (peek().type != Token::Type::Identifier || isReserved(peek())) {
                fail(peek());
            }
            query.fields.push_back(parseFieldPath());
        } while (peek().type == Token::Type::Comma && (next(), true));
    }
    expectKeyword("FROM");
    if (peek().type != Token::Type::Identifier || isReserved(peek())) {
        fail(peek());
    }
    query.objectPosition = peek().position;
    query.objectName = next().text;
    if (acceptKeyword("WHERE")) {
        query.where = parseOr();
    }
    if (acceptKeyword("GROUP")) {
        expectKeyword("BY");
        query.hasGroupBy = true;
        do {
            parseFieldPath();
        } while (peek().type == Token::Type::Comma && (next(), true));
    }
    // "You can't use ORDER BY, LIMIT or OFFSET in a subquery of a WHERE clause" ("OFFSET").
    if (nested && (peek().isKeyword("ORDER") || peek().isKeyword("LIMIT") || peek().isKeyword("OFFSET"))) {
        fail(peek());
    }
    if (acceptKeyword("ORDER")) {
        expectKeyword("BY");
        do {
            OrderItem item;
            item.field = parseFieldPath();
            if (acceptKeyword("DESC")) {
                item.descending = true;
            } else {
                acceptKeyword("ASC");
            }
            item.nullsLast = item.descending; // Salesforce's default: nulls first ascending, last descending
            if (acceptKeyword("NULLS")) {
                if (acceptKeyword("LAST")) {
                    item.nullsLast = true;
                } else {
                    expectKeyword("FIRST");
                    item.nullsLast = false;
                }
            }
            query.orderBy.push_back(std::move(item));
        } while (peek().type == Token::Type::Comma && (next(), true));
    }
    if (acceptKeyword("LIMIT")) {
        query.limit = parseInteger();
    }
    if (acceptKeyword("OFFSET")) {
        const Token offset = peek();
        query.offset = parseInteger();
        if (*query.offset > maxOffset) {
            throw ParseFailure { SoqlError::at(QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"), m_text, offset.position,
                QStringLiteral("Maximum SOQL offset allowed is %1").arg(maxOffset)) };
        }
    }
    if (nested) {
        expect(Token::Type::RightParen);
    } else if (peek().type != Token::Type::End) {
        fail(peek());
    }
    return query;
}

void Parser::parseListOrSubquery(Condition* condition)
{
    if (peek().type == Token::Type::LeftParen && peek(1).isKeyword("SELECT")) {
        next();
        const int start = peek().offset;
        condition->subquery = std::make_shared<Query>(parseQuery(true));
        condition->subqueryText = m_text.mid(start, m_tokens.at(m_index - 1).offset - start).trimmed();
        return;
    }
    condition->values = parseList();
}

int Parser::parseInteger()
{
    const Token token = peek();
    bool ok = false;
    const int value = token.text.toInt(&ok);
    if (token.type != Token::Type::Number || !ok || value < 0) {
        fail(token);
    }
    next();
    return value;
}

FieldPath Parser::parseFieldPath()
{
    FieldPath path;
    path.position = peek().position;
    if (peek().type != Token::Type::Identifier) {
        fail(peek());
    }
    path.parts.append(next().text);
    while (peek().type == Token::Type::Dot) {
        next();
        if (peek().type != Token::Type::Identifier) {
            fail(peek());
        }
        path.parts.append(next().text);
    }
    return path;
}

// SOQL does not rank AND above OR: mixing them at one level needs parentheses.
std::unique_ptr<Condition> Parser::parseOr()
{
    auto first = parseNot();
    if (!peek().isKeyword("AND") && !peek().isKeyword("OR")) {
        return first;
    }
    const bool isAnd = peek().isKeyword("AND");
    auto group = std::make_unique<Condition>();
    group->kind = isAnd ? Condition::Kind::And : Condition::Kind::Or;
    group->children.push_back(std::move(first));
    while (peek().isKeyword("AND") || peek().isKeyword("OR")) {
        if (peek().isKeyword("AND") != isAnd) {
            fail(peek());
        }
        next();
        group->children.push_back(parseNot());
    }
    return group;
}

std::unique_ptr<Condition> Parser::parseNot()
{
    if (acceptKeyword("NOT")) {
        auto negation = std::make_unique<Condition>();
        negation->kind = Condition::Kind::Not;
        negation->children.push_back(parseNot());
        return negation;
    }
    return parsePrimary();
}

std::unique_ptr<Condition> Parser::parsePrimary()
{
    if (peek().type == Token::Type::LeftParen) {
        next();
        auto inner = parseOr();
        expect(Token::Type::RightParen);
        return inner;
    }
    if (peek().type != Token::Type::Identifier || isReserved(peek())) {
        fail(peek());
    }
    auto condition = std::make_unique<Condition>();
    condition->field = parseFieldPath();
    const Token op = peek();
    if (op.type == Token::Type::Operator) {
        next();
        condition->kind = Condition::Kind::Compare;
        condition->op = op.text;
        condition->values.push_back(parseLiteral());
    } else if (op.isKeyword("IN")) {
        next();
        condition->kind = Condition::Kind::In;
        parseListOrSubquery(condition.get());
    } else if (op.isKeyword("NOT") && peek(1).isKeyword("IN")) {
        next();
        next();
        condition->kind = Condition::Kind::NotIn;
        parseListOrSubquery(condition.get());
    } else if (op.isKeyword("LIKE")) {
        next();
        condition->kind = Condition::Kind::Like;
        condition->values.push_back(parseLiteral(true));
    } else if (op.isKeyword("INCLUDES") || op.isKeyword("EXCLUDES")) {
        next();
        condition->kind = op.isKeyword("INCLUDES") ? Condition::Kind::Includes : Condition::Kind::Excludes;
        condition->values = parseList();
    } else {
        fail(op);
    }
    return condition;
}

std::vector<Literal> Parser::parseList()
{
    expect(Token::Type::LeftParen);
    std::vector<Literal> values;
    do {
        values.push_back(parseLiteral());
    } while (peek().type == Token::Type::Comma && (next(), true));
    expect(Token::Type::RightParen);
    return values;
}

Literal Parser::parseLiteral(bool like)
{
    const Token token = peek();
    Literal literal;
    literal.position = token.position;
    literal.text = token.text;
    switch (token.type) {
    case Token::Type::String:
        if (!like) {
            // \_ and \% are escapes of LIKE patterns only.
            for (int i = 0; i + 1 < token.raw.size(); i += token.raw.at(i) == QLatin1Char('\\') ? 2 : 1) {
                const QChar escaped = token.raw.at(i + 1);
                if (token.raw.at(i) == QLatin1Char('\\')
                    && (escaped == QLatin1Char('_') || escaped == QLatin1Char('%'))) {
                    fail(token,
                        QStringLiteral("Invalid string literal '%1'. Illegal character sequence '\\%2' in string "
                                       "literal.")
                            .arg(token.raw, escaped));
                }
            }
        }
        literal.kind = Literal::Kind::String;
        literal.value = token.text;
        literal.pattern = token.raw;
        literal.text = QLatin1Char('\'') + token.text + QLatin1Char('\'');
        break;
    case Token::Type::Number:
        literal.kind = Literal::Kind::Number;
        literal.value = token.text.toDouble();
        break;
    case Token::Type::Date: {
        const QDate date = QDate::fromString(token.text, Qt::ISODate);
        if (!date.isValid()) {
            fail(token,
                QStringLiteral("line %1:%2 no viable alternative at character '%3'")
                    .arg(token.position.row)
                    .arg(token.position.column)
                    .arg(token.text));
        }
        literal.kind = Literal::Kind::Date;
        literal.value = date;
        break;
    }
    case Token::Type::DateTime: {
        const QDateTime value = parseDateTime(token.text);
        if (!value.isValid()) {
            fail(token);
        }
        literal.kind = Literal::Kind::DateTime;
        literal.value = value;
        break;
    }
    case Token::Type::Time: {
        // "Time field" values: the time part of a date-time literal (milliseconds optional, a zone
        // required); Salesforce keeps milliseconds.
        const QDateTime value = parseDateTime(QStringLiteral("2000-01-01T") + token.text);
        if (!value.isValid()) {
            fail(token);
        }
        literal.kind = Literal::Kind::Time;
        literal.value = value.time();
        break;
    }
    case Token::Type::Identifier: {
        const QString word = token.text.toUpper();
        if (word == QLatin1String("NULL")) {
            literal.kind = Literal::Kind::Null;
        } else if (word == QLatin1String("TRUE") || word == QLatin1String("FALSE")) {
            literal.kind = Literal::Kind::Boolean;
            literal.value = word == QLatin1String("TRUE");
        } else {
            // Date constants: a range of days [start, end).
            QDate start;
            QDate end;
            if (word == QLatin1String("TODAY")) {
                start = m_today;
                end = m_today.addDays(1);
            } else if (word == QLatin1String("YESTERDAY")) {
                start = m_today.addDays(-1);
                end = m_today;
            } else if (word == QLatin1String("TOMORROW")) {
                start = m_today.addDays(1);
                end = m_today.addDays(2);
            } else if (word == QLatin1String("THIS_MONTH")) {
                start = QDate(m_today.year(), m_today.month(), 1);
                end = start.addMonths(1);
            } else if (word == QLatin1String("LAST_MONTH")) {
                end = QDate(m_today.year(), m_today.month(), 1);
                start = end.addMonths(-1);
            } else if (word == QLatin1String("THIS_YEAR")) {
                start = QDate(m_today.year(), 1, 1);
                end = start.addYears(1);
            } else if (word == QLatin1String("LAST_90_DAYS")) {
                start = m_today.addDays(-90);
                end = m_today.addDays(1);
            } else if ((word == QLatin1String("LAST_N_DAYS") || word == QLatin1String("NEXT_N_DAYS"))
                && peek(1).type == Token::Type::Colon) {
                next();
                next();
                const int days = parseInteger();
                literal.text += QLatin1Char(':') + QString::number(days);
                if (word == QLatin1String("LAST_N_DAYS")) {
                    start = m_today.addDays(-days);
                    end = m_today.addDays(1);
                } else {
                    start = m_today.addDays(1);
                    end = m_today.addDays(days + 1);
                }
                literal.kind = Literal::Kind::DateRange;
                literal.value = start;
                literal.rangeEnd = end;
                return literal;
            } else {
                fail(token);
            }
            literal.kind = Literal::Kind::DateRange;
            literal.value = start;
            literal.rangeEnd = end;
        }
        break;
    }
    default:
        fail(token);
    }
    next();
    return literal;
}

} // namespace callbridge::orgsim::soql
