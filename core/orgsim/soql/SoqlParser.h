#pragma once

#include "core/orgsim/soql/SoqlAst.h"
#include "core/orgsim/soql/SoqlError.h"
#include "core/orgsim/soql/SoqlLexer.h"

#include <QDate>

#include <variant>

namespace callbridge::orgsim::soql {

// Parses the SOQL subset orgsim serves (see FIDELITY.md) into a Query, or the
// MALFORMED_QUERY error Salesforce would give. `today` resolves date constants like TODAY.
class Parser
{
public:
    static std::variant<Query, SoqlError> parse(const QString& text, const QDate& today);

private:
    Parser(const QString& text, const QDate& today);

    Query parseQuery(bool nested = false);
    FieldPath parseFieldPath();
    std::unique_ptr<Condition> parseOr();
    std::unique_ptr<Condition> parseNot();
    std::unique_ptr<Condition> parsePrimary();
    std::vector<Literal> parseList();
    void parseListOrSubquery(Condition* condition);
    Literal parseLiteral(bool like = false); // like: \_ and \% may appear in a string
    int parseInteger();

    const Token& peek(int ahead = 0) const;
    Token next();
    bool acceptKeyword(const char* keyword);
    void expectKeyword(const char* keyword);
    void expect(Token::Type type);
    [[noreturn]] void fail(const Token& token, const QString& detail = {});

    QString m_text;
    QDate m_today;
    QList<Token> m_tokens;
    int m_index = 0;
};

} // namespace callbridge::orgsim::soql
