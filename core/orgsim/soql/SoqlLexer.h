#pragma once

#include "core/orgsim/soql/SoqlAst.h"

#include <QList>

namespace callbridge::orgsim::soql {

struct Token
{
    enum class Type {
        Identifier,
        String,
        Number,
        DateTime,
        Date,
        Time, // 14:30:00Z, 14:30:00.000+01:00: unquoted, with a zone
        Operator,
        Comma,
        Dot,
        LeftParen,
        RightParen,
        Colon,
        End,
        Invalid
    };
    Type type = Type::End;
    QString text; // a string's value with its escapes decoded (\_ and \% as _ and %)
    QString raw; // a string as written between its quotes, for LIKE, where \_ and \% are not wildcards
    QString error; // why an Invalid token is invalid, when there is more to say than its text
    Position position;
    int offset = 0; // index of the token's first character in the query text

    bool isKeyword(const char* keyword) const
    {
        return type == Type::Identifier && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
};

// The character a documented escape sequence stands for (\n, \N, \t, \', \\, \_ ...; not \u), or a
// null QChar when the backslash may not precede `escaped` ("Quoted String Escape Sequences").
QChar escapedCharacter(QChar escaped);

// Splits SOQL text into tokens, each with the row and column Salesforce's errors point at.
QList<Token> tokenize(const QString& query);

} // namespace callbridge::orgsim::soql
