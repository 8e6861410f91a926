#include "core/orgsim/soql/SoqlLexer.h"

#include <QRegularExpression>

namespace callbridge::orgsim::soql {

QChar escapedCharacter(QChar escaped)
{
    switch (escaped.toLower().unicode()) {
    case 'n':
        return QLatin1Char('\n');
    case 'r':
        return QLatin1Char('\r');
    case 't':
        return QLatin1Char('\t');
    case 'b':
        return QChar(0x08);
    case 'f':
        return QLatin1Char('\f');
    case '"':
    case '\'':
    case '\\':
    case '_':
    case '%':
        return escaped;
    default:
        return {};
    }
}

namespace {

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
}

// A quoted string from query[i] (its opening quote); i ends after the closing quote. Only the
// documented escapes are valid; any other backslash makes the token Invalid, as Salesforce
// refuses it with MALFORMED_QUERY.
void lexString(const QString& query, int& i, Token& token)
{
    const int start = i;
    const int size = static_cast<int>(query.size());
    QString text;
    ++i;
    bool closed = false;
    QString badEscape;
    while (i < size) {
        const QChar d = query.at(i);
        if (d == QLatin1Char('\\')) {
            const QChar e = i + 1 < size ? query.at(i + 1) : QChar();
            if (e == QLatin1Char('u') && i + 5 < size && isHexDigit(query.at(i + 2)) && isHexDigit(query.at(i + 3))
                && isHexDigit(query.at(i + 4)) && isHexDigit(query.at(i + 5))) {
                text.append(QChar(query.mid(i + 2, 4).toUShort(nullptr, 16)));
                i += 6;
                continue;
            }
            const QChar decoded = e.isNull() ? QChar() : escapedCharacter(e);
            if (decoded.isNull() && badEscape.isEmpty()) {
                badEscape = e.isNull() ? QStringLiteral("\\") : QStringLiteral("\\") + e;
            }
            text.append(decoded.isNull() ? e : decoded);
            i += 2;
            continue;
        }
        if (d == QLatin1Char('\'')) {
            closed = true;
            ++i;
            break;
        }
        text.append(d);
        ++i;
    }
    if (closed && badEscape.isEmpty()) {
        token.type = Token::Type::String;
        token.text = text;
        token.raw = query.mid(start + 1, i - start - 2);
        return;
    }
    token.type = Token::Type::Invalid;
    token.text = query.mid(start, i - start);
    if (closed) {
        // Chosen wording: the docs say only that "an error occurs".
        token.error = QStringLiteral("Invalid string literal %1. Illegal character sequence '%2' in string literal.")
                          .arg(token.text, badEscape);
    }
}

} // namespace

QList<Token> tokenize(const QString& query)
{
    static const QRegularExpression dateTime(
        QStringLiteral("\\G\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})"));
    static const QRegularExpression date(QStringLiteral("\\G\\d{4}-\\d{2}-\\d{2}(?![\\w:])"));
    static const QRegularExpression time(
        QStringLiteral("\\G\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})(?![\\w:])"));
    static const QRegularExpression number(QStringLiteral("\\G[+-]?(\\d+(\\.\\d*)?|\\.\\d+)"));

    QList<Token> tokens;
    int row = 1;
    int lineStart = 0;
    int i = 0;
    const int size = static_cast<int>(query.size());
    while (i < size) {
        const QChar c = query.at(i);
        if (c == QLatin1Char('\n')) {
            ++row;
            lineStart = ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = { row, i - lineStart + 1 };
        token.offset = i;
        const int start = i;
        if (c == QLatin1Char('\'')) {
            lexString(query, i, token);
        } else if (const auto m = dateTime.match(query, i); m.hasMatch()) {
            token.type = Token::Type::DateTime;
            token.text = m.captured();
            i += static_cast<int>(m.capturedLength());
        } else if (const auto d = date.match(query, i); d.hasMatch()) {
            token.type = Token::Type::Date;
            token.text = d.captured();
            i += static_cast<int>(d.capturedLength());
        } else if (const auto t = time.match(query, i); t.hasMatch()) {
            token.type = Token::Type::Time;
            token.text = t.captured();
            i += static_cast<int>(t.capturedLength());
        } else if (c.isDigit()
            || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.'))
                && number.match(query, i).hasMatch())) {
            const auto n = number.match(query, i);
            token.type = Token::Type::Number;
            token.text = n.captured();
            i += static_cast<int>(n.capturedLength());
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            while (i < size && (query.at(i).isLetterOrNumber() || query.at(i) == QLatin1Char('_'))) {
                ++i;
            }
            token.type = Token::Type::Identifier;
            token.text = query.mid(start, i - start);
        } else if (c == QLatin1Char(',')) {
            token.type = Token::Type::Comma;
            token.text = c;
            ++i;
        } else if (c == QLatin1Char('.')) {
            token.type = Token::Type::Dot;
            token.text = c;
            ++i;
        } else if (c == QLatin1Char('(')) {
            token.type = Token::Type::LeftParen;
            token.text = c;
            ++i;
        } else if (c == QLatin1Char(')')) {
            token.type = Token::Type::RightParen;
            token.text = c;
            ++i;
        } else if (c == QLatin1Char(':')) {
            token.type = Token::Type::Colon;
            token.text = c;
            ++i;
        } else if (QStringLiteral("=!<>").contains(c)) {
            const QString two = query.mid(i, 2);
            if (two == QLatin1String("!=") || two == QLatin1String("<=") || two == QLatin1String(">=")
                || two == QLatin1String("<>")) {
                token.text = two == QLatin1String("<>") ? QStringLiteral("!=") : two;
                i += 2;
            } else {
                token.text = c;
                ++i;
            }
            token.type = c == QLatin1Char('!') && token.text.size() == 1 ? Token::Type::Invalid : Token::Type::Operator;
        } else {
            token.type = Token::Type::Invalid;
            token.text = c;
            ++i;
        }
        tokens.append(token);
    }
    Token end;
    end.type = Token::Type::End;
    end.text = QStringLiteral("<EOF>");
    end.position = { row, size - lineStart + 1 };
    end.offset = size;
    tokens.append(end);
    return tokens;
}

} // namespace callbridge::orgsim::soql
