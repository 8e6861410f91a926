#include "core/salesforce/Soql.h"

#include <QUrl>

namespace callbridge {

QString soqlStringLiteral(const QString& value)
{
    // Only the documented escapes ("Quoted String Escape Sequences"): any other backslash is
    // MALFORMED_QUERY. Control characters are escaped rather than sent raw.
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('\'');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case '\'':
            escaped += QStringLiteral("\\'");
            break;
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        case '\r':
            escaped += QStringLiteral("\\r");
            break;
        case '\t':
            escaped += QStringLiteral("\\t");
            break;
        case '\b':
            escaped += QStringLiteral("\\b");
            break;
        case '\f':
            escaped += QStringLiteral("\\f");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                escaped += c;
            }
        }
    }
    escaped += QLatin1Char('\'');
    return escaped;
}

QString soqlLikeLiteral(const QString& text, LikeMatch match)
{
    // In a LIKE pattern % and _ are wildcards; \% and \_ match them literally.
    QString literal = soqlStringLiteral(text);
    literal = literal.mid(1, literal.size() - 2);
    literal.replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString any = QStringLiteral("%");
    const QString before = match == LikeMatch::Contains || match == LikeMatch::EndsWith ? any : QString();
    const QString after = match == LikeMatch::Contains || match == LikeMatch::StartsWith ? any : QString();
    return QLatin1Char('\'') + before + literal + after + QLatin1Char('\'');
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
