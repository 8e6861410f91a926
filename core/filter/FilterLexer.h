#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>

// The filter language's tokens, for FilterParser only: words, quoted text, numbers, durations,
// dates, operators and brackets, each with its column for positioned errors.
namespace callbridge::filterlexer {

struct Token
{
    enum class Type {
        Word,
        String,
        Number,
        Duration,
        Date,
        DateTime,
        Operator,
        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        Comma,
        End,
        Invalid
    };

    Type type = Type::End;
    QString text; // as written (a string's text is unescaped)
    int column = 0; // 1-based
    double number = 0;
    QDate date;
    QDateTime dateTime;
};

struct ParseError
{
    int column;
    QString message;
};

class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(FilterParser)

public:
    explicit Lexer(const QString& text)
        : m_text(text)
    { }

    QList<Token> tokens()
    {
        QList<Token> tokens;
        while (true) {
            Token token = next();
            tokens.append(token);
            if (token.type == Token::Type::End) {
                return tokens;
            }
        }
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    Token next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        }
        Token token;
        token.column = int(m_pos) + 1;
        if (m_pos >= m_text.size()) {
            return token;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            return string(token, c);
        }
        if (c.isDigit() || (c == QLatin1Char('-') && at(m_pos + 1).isDigit())) {
            return numberLike(token);
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()
                && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                    || m_text.at(m_pos) == QLatin1Char('.'))) {
                ++m_pos;
            }
            token.type = Token::Type::Word;
            token.text = m_text.mid(start, m_pos - start);
            return token;
        }
        static const QStringList operators { QStringLiteral("!="), QStringLiteral("<="), QStringLiteral(">="),
            QStringLiteral("=="), QStringLiteral("="), QStringLiteral("<"), QStringLiteral(">") };
        for (const QString& op : operators) {
            if (QStringView(m_text).mid(m_pos).startsWith(op)) {
                token.type = Token::Type::Operator;
                token.text = op == QLatin1String("==") ? QStringLiteral("=") : op;
                m_pos += op.size();
                return token;
            }
        }
        ++m_pos;
        token.text = c;
        switch (c.unicode()) {
        case '(':
            token.type = Token::Type::LeftParen;
            return token;
        case ')':
            token.type = Token::Type::RightParen;
            return token;
        case '[':
            token.type = Token::Type::LeftBracket;
            return token;
        case ']':
            token.type = Token::Type::RightBracket;
            return token;
        case ',':
            token.type = Token::Type::Comma;
            return token;
        default:
            break;
        }
        throw ParseError { token.column, tr("unexpected character '%1'").arg(c) };
    }

    Token string(Token token, QChar quote)
    {
        ++m_pos;
        QString value;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
                ++m_pos;
            }
            value.append(m_text.at(m_pos));
            ++m_pos;
        }
        if (m_pos >= m_text.size()) {
            throw ParseError { token.column, tr("unterminated text; add the closing %1").arg(quote) };
        }
        ++m_pos;
        token.type = Token::Type::String;
        token.text = value;
        return token;
    }

    Token numberLike(Token token)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (m_pos < m_text.size()
            && (m_text.at(m_pos).isLetterOrNumber() || QStringLiteral(".:-+").contains(m_text.at(m_pos)))) {
            ++m_pos;
        }
        token.text = m_text.mid(start, m_pos - start);
        static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
        static const QRegularExpression duration(QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression dateTime(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"));
        if (number.match(token.text).hasMatch()) {
            token.type = Token::Type::Number;
            token.number = token.text.toDouble();
            return token;
        }
        const QRegularExpressionMatch durationMatch = duration.match(token.text);
        if (durationMatch.hasMatch() && !token.text.isEmpty()) {
            token.type = Token::Type::Duration;
            token.number = durationMatch.captured(1).toDouble() * 3600 + durationMatch.captured(2).toDouble() * 60
                + durationMatch.captured(3).toDouble();
            if (token.number > double(kLongestCallSeconds)) {
                throw ParseError { token.column,
                    tr("'%1' is longer than any call; the longest duration is %2h")
                        .arg(token.text)
                        .arg(kLongestCallHours) };
            }
            return token;
        }
        if (date.match(token.text).hasMatch()) {
            token.type = Token::Type::Date;
            token.date = QDate::fromString(token.text, Qt::ISODate);
            if (!token.date.isValid()) {
                throw ParseError { token.column, tr("'%1' is not a valid date").arg(token.text) };
            }
            return token;
        }
        if (dateTime.match(token.text).hasMatch()) {
            token.type = Token::Type::DateTime;
            token.dateTime = QDateTime::fromString(token.text, Qt::ISODateWithMs);
            if (!token.dateTime.isValid()) {
                throw ParseError { token.column, tr("'%1' is not a valid date and time").arg(token.text) };
            }
            return token;
        }
        throw ParseError { token.column,
            tr("'%1' is not a number, a duration (30m, 1h30m, 90s), a date (2026-03-01) or a date and time "
               "(2026-03-01T09:00:00Z)")
                .arg(token.text) };
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

} // namespace callbridge::filterlexer
