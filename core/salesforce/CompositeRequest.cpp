#include "core/salesforce/CompositeRequest.h"

#include <QRegularExpression>

namespace callbridge {

bool CompositeRequest::add(const QString& referenceId, const QByteArray& method, const QString& url,
    const QJsonObject& body, const QJsonObject& httpHeaders)
{
    static const QRegularExpression referenceShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_]*$"));
    if (m_subrequests.size() >= maxSubrequests || !referenceShape.match(referenceId).hasMatch()) {
        return false;
    }
    for (const QJsonValue& existing : std::as_const(m_subrequests)) {
        if (existing.toObject().value(QStringLiteral("referenceId")).toString() == referenceId) {
            return false;
        }
    }
    for (auto header = httpHeaders.constBegin(); header != httpHeaders.constEnd(); ++header) {
        for (const char* inherited : { "Accept", "Authorization", "Content-Type" }) {
            if (header.key().compare(QLatin1String(inherited), Qt::CaseInsensitive) == 0) {
                return false;
            }
        }
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
