#include "core/salesforce/DescribeRequest.h"

#include <QLocale>

namespace callbridge {

RestReply* requestDescribe(RestClient* client, const QString& objectName, const QDateTime& cachedLastModified)
{
    HeaderList headers;
    if (cachedLastModified.isValid()) {
        headers.append({ "If-Modified-Since",
            QLocale::c()
                .toString(cachedLastModified.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1() });
    }
    return client->get(QStringLiteral("sobjects/%1/describe").arg(objectName), headers);
}

QDateTime lastModifiedOf(const RestReply& reply)
{
    QDateTime parsed = QLocale::c().toDateTime(
        QString::fromLatin1(reply.header("Last-Modified")), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    parsed.setTimeSpec(Qt::UTC); // the text is GMT; QLocale reads it as local time
    return parsed;
}

} // namespace callbridge
