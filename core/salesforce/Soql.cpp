#include "core/salesforce/Soql.h"

#include <QUrl>

namespace callbridge {

QString soqlStringLiteral(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString soqlStringList(const QStringList& values)
{
    QStringList literals;
    for (const QString& value : values) {
        literals.append(soqlStringLiteral(value));
    }
    return literals.join(QStringLiteral(", "));
}

QString soqlQueryPath(const QString& apiVersion, const QString& soql)
{
    return QStringLiteral("/services/data/v%1/query?q=%2")
        .arg(apiVersion, QString::fromLatin1(QUrl::toPercentEncoding(soql)));
}

} // namespace callbridge
