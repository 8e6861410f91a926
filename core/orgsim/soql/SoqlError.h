#pragma once

#include "core/orgsim/soql/SoqlAst.h"

#include <QString>

namespace callbridge::orgsim::soql {

// A query error as Salesforce reports it: an errorCode (MALFORMED_QUERY, INVALID_FIELD,
// INVALID_TYPE) and a message that quotes the query with a caret under the problem.
struct SoqlError
{
    QString errorCode;
    QString message;

    static SoqlError at(const QString& errorCode, const QString& query, Position position, const QString& detail);
};

} // namespace callbridge::orgsim::soql
