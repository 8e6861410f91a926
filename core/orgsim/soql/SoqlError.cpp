#include "core/orgsim/soql/SoqlError.h"

namespace callbridge::orgsim::soql {

SoqlError SoqlError::at(const QString& errorCode, const QString& query, Position position, const QString& detail)
{
    const QStringList lines = query.split(QLatin1Char('\n'));
    const QString line = lines.value(position.row - 1);
    const QString caret = QString(qMax(0, position.column - 1), QLatin1Char(' ')) + QLatin1Char('^');
    return { errorCode,
        QStringLiteral("\n%1\n%2\nERROR at Row:%3:Column:%4\n%5")
            .arg(line, caret)
            .arg(position.row)
            .arg(position.column)
            .arg(detail) };
}

} // namespace callbridge::orgsim::soql
