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
    QString text;
    Position position;
    int offset = 0; // index of the token's first character in the query text

    bool isKeyword(const char* keyword) const
    {
        return type == Type::Identifier && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
};

// Splits SOQL text into tokens, each with the row and column Salesforce's errors point at.
QList<Token> tokenize(const QString& query);

} // namespace callbridge::orgsim::soql
