#include "FieldCatalogLoader.h"

#include "salesforce/RestClient.h"
#include "salesforce/SalesforceApi.h"

namespace callbridge {

FieldCatalogLoader::FieldCatalogLoader(RestClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void FieldCatalogLoader::start()
{
    CompositeRequest composite;
    for (const QString& object : FieldPolicy::instance().objects()) {
        composite.add(object, "GET",
            QStringLiteral("/services/data/v%1/sobjects/%2/describe").arg(m_client->apiVersion(), object));
    }
    RestRequest request = composite.toRequest();
    request.idempotent = true; // reads only
    RestReply* reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (m_finished) {
            return;
        }
        if (!reply->ok()) {
            finish(reply->error());
            return;
        }
        const auto responses = CompositeRequest::responses(*reply);
        for (const QString& object : FieldPolicy::instance().objects()) {
            const QJsonObject response = responses.value(object);
            if (response.value(QStringLiteral("httpStatusCode")).toInt() != 200) {
                m_unreadable.append(object);
                continue;
            }
            m_catalog.append({ object,
                FieldPolicy::instance().classify(object,
                    response.value(QStringLiteral("body")).toObject().value(QStringLiteral("fields")).toArray()) });
        }
        finish({});
    });
}

void FieldCatalogLoader::cancel()
{
    if (m_reply) {
        m_reply->cancel();
    }
    SalesforceError error;
    error.kind = SalesforceError::Kind::Cancelled;
    finish(error);
}

void FieldCatalogLoader::finish(const SalesforceError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace callbridge
