#include "core/salesforce/DailyApiAllowance.h"

#include <QJsonObject>

namespace callbridge {

DailyApiAllowance::Usage DailyApiAllowance::newest(const RestClient* client)
{
    return client ? Usage { client->apiUsed(), client->apiMax() } : Usage();
}

DailyApiAllowance::DailyApiAllowance(RestClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void DailyApiAllowance::start()
{
    // A small, optional answer (Sforce-Limit-Info tells the usage too): not worth the default waits.
    RestRequest request;
    request.path = QStringLiteral("limits");
    request.timeoutMs = 30 * 1000;
    request.deadlineMs = 60 * 1000;
    RestReply* reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &RestReply::finished, this, [this, reply] {
        m_error = reply->error();
        if (reply->ok()) {
            const QJsonObject daily = reply->json().object().value(QStringLiteral("DailyApiRequests")).toObject();
            m_max = daily.value(QStringLiteral("Max")).toInteger(-1);
            m_remaining = daily.value(QStringLiteral("Remaining")).toInteger(-1);
            if (known() && m_remaining >= 0 && m_client->apiMax() < 0) {
                // What the console shows, when no answer's Sforce-Limit-Info told it (that header,
                // on this answer too, counts up to this request: it stays the newest word).
                m_client->noteApiUsage(m_max - m_remaining, m_max);
            }
        } else if (m_error.kind != SalesforceError::Kind::Cancelled && m_client->apiMax() >= 0) {
            // Without View Setup and Configuration `limits` is refused; every answer's
            // Sforce-Limit-Info still tells the usage, and the client keeps the newest.
            m_max = m_client->apiMax();
            m_remaining = m_client->apiMax() - m_client->apiUsed();
        }
        if (known()) {
            // Usage can run past the allowance (api-usage=110018/100000): none left is none left.
            m_remaining = qMax<qint64>(0, m_remaining);
        }
        Q_EMIT finished();
    });
}

void DailyApiAllowance::cancel()
{
    if (m_reply) {
        m_reply->cancel(); // finishes through the handler above
    }
}

} // namespace callbridge
