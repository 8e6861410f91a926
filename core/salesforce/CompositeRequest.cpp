#include "core/salesforce/CompositeRequest.h"

namespace callbridge {

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

} // namespace callbridge
