#include "SalesforceApi.h"

#include <QLocale>
#include <QUrl>

namespace callbridge {

QueryStream::QueryStream(RestClient* client, const QString& soql, bool includeDeleted, int batchSize, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_soql(soql)
    , m_includeDeleted(includeDeleted)
    , m_batchSize(batchSize)
{ }

void QueryStream::start()
{
    fetch((m_includeDeleted ? QStringLiteral("queryAll?q=") : QStringLiteral("query?q="))
        + QString::fromLatin1(QUrl::toPercentEncoding(m_soql)));
}

void QueryStream::fetch(const QString& path)
{
    RestReply* reply =
        m_client->get(path, { { "Sforce-Query-Options", "batchSize=" + QByteArray::number(m_batchSize) } });
    m_current = reply;
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (m_finished) {
            return;
        }
        if (!reply->ok()) {
            finish(reply->error());
            return;
        }
        const QJsonObject body = reply->json().object();
        if (!body.contains(QStringLiteral("records")) || !body.contains(QStringLiteral("done"))) {
            finish(SalesforceError::malformed(tr("a query page without records or done")));
            return;
        }
        m_totalSize = body.value(QStringLiteral("totalSize")).toInteger(m_totalSize);
        const QJsonArray records = body.value(QStringLiteral("records")).toArray();
        m_received += records.size();
        Q_EMIT page(records);
        if (m_finished) {
            return; // cancelled from a page handler
        }
        if (body.value(QStringLiteral("done")).toBool()) {
            finish({});
        } else {
            fetch(body.value(QStringLiteral("nextRecordsUrl")).toString());
        }
    });
}

void QueryStream::cancel()
{
    if (m_current) {
        m_current->cancel();
    }
    finish(SalesforceError::cancelled());
}

void QueryStream::finish(const SalesforceError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

bool CompositeRequest::add(const QString& referenceId, const QByteArray& method, const QString& url,
    const QJsonObject& body, const QJsonObject& httpHeaders)
{
    if (m_subrequests.size() >= maxSubrequests) {
        return false;
    }
    QJsonObject subrequest { { QStringLiteral("method"), QString::fromLatin1(method) }, { QStringLiteral("url"), url },
        { QStringLiteral("referenceId"), referenceId } };
    if (!body.isEmpty()) {
        subrequest.insert(QStringLiteral("body"), body);
    }
    if (!httpHeaders.isEmpty()) {
        subrequest.insert(QStringLiteral("httpHeaders"), httpHeaders);
    }
    m_subrequests.append(subrequest);
    return true;
}

RestRequest CompositeRequest::toRequest() const
{
    RestRequest request;
    request.method = "POST";
    request.path = QStringLiteral("composite");
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("allOrNone"), m_allOrNone },
                                     { QStringLiteral("compositeRequest"), m_subrequests } })
                       .toJson(QJsonDocument::Compact);
    return request;
}

QHash<QString, QJsonObject> CompositeRequest::responses(const RestReply& reply)
{
    QHash<QString, QJsonObject> byReference;
    for (const QJsonValue& item : reply.json().object().value(QStringLiteral("compositeResponse")).toArray()) {
        byReference.insert(item.toObject().value(QStringLiteral("referenceId")).toString(), item.toObject());
    }
    return byReference;
}

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

QString soqlStringLiteral(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace callbridge
