#include "core/orgsim/soql/SoqlLexer.h"

#include <QRegularExpression>

namespace callbridge::orgsim::soql {

QList<Token> tokenize(const QString& query)
{
    static const QRegularExpression dateTime(
        QStringLiteral("\\G\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})"));
    static const QRegularExpression date(QStringLiteral("\\G\\d{4}-\\d{2}-\\d{2}(?![\\w:])"));
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
            QString text;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar d = query.at(i);
                if (d == QLatin1Char('\\') && i + 1 < size) {
                    const QChar e = query.at(i + 1);
                    text.append(e == QLatin1Char('n') ? QChar(QLatin1Char('\n'))
                            : e == QLatin1Char('t')   ? QChar(QLatin1Char('\t'))
                                                      : e);
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
            token.type = closed ? Token::Type::String : Token::Type::Invalid;
            token.text = closed ? text : query.mid(start);
        } else if (const auto m = dateTime.match(query, i); m.hasMatch()) {
            token.type = Token::Type::DateTime;
            token.text = m.captured();
            i += static_cast<int>(m.capturedLength());
        } else if (const auto d = date.match(query, i); d.hasMatch()) {
            token.type = Token::Type::Date;
            token.text = d.captured();
            i += static_cast<int>(d.capturedLength());
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
