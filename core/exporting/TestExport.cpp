#include "core/exporting/TestExport.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/CompositeRequest.h"
#include "core/salesforce/RestClient.h"

#include <QJsonArray>

namespace callbridge {

namespace {

// A failed subrequest's errors: [{"message", "errorCode", "fields"}].
QString subrequestError(const QJsonObject& response)
{
    QStringList messages;
    for (const QJsonValue& error : response.value(QStringLiteral("body")).toArray()) {
        const QJsonObject object = error.toObject();
        const QString code = object.value(QStringLiteral("errorCode")).toString();
        if (code == QLatin1String("PROCESSING_HALTED")) {
            continue; // the other subrequests of an allOrNone request: not the cause
        }
        messages.append(QStringLiteral("%1: %2").arg(code, object.value(QStringLiteral("message")).toString()));
    }
    return messages.join(QStringLiteral("; "));
}

} // namespace

TestExport::TestExport(RestClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void TestExport::send(const PlannedActivity& activity)
{
    CompositeRequest composite(true);
    composite.add(QStringLiteral("activity"), "POST",
        QStringLiteral("/services/data/v%1/sobjects/%2").arg(m_client->apiVersion(), activity.sobject),
        activity.fields);
    RestReply* reply = m_client->send(composite.toRequest());
    m_reply = reply;
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            Q_EMIT failed(reply->error().toString());
            return;
        }
        const QHash<QString, QJsonObject> responses = CompositeRequest::responses(*reply);
        const QJsonObject created = responses.value(QStringLiteral("activity"));
        if (created.value(QStringLiteral("httpStatusCode")).toInt() != 201) {
            Q_EMIT failed(tr("Salesforce refused the activity: %1").arg(subrequestError(created)));
            return;
        }
        const QString id = created.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString();
        qCInfo(lcExport) << "test export created" << id;
        Q_EMIT sent(id);
    });
}

void TestExport::remove(const QString& sobject, const QString& recordId)
{
    CompositeRequest composite(true);
    composite.add(QStringLiteral("remove"), "DELETE",
        QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(m_client->apiVersion(), sobject, recordId));
    RestReply* reply = m_client->send(composite.toRequest());
    m_reply = reply;
    connect(reply, &RestReply::finished, this, [this, reply, recordId] {
        if (!reply->ok()) {
            Q_EMIT failed(reply->error().toString());
            return;
        }
        const QJsonObject response = CompositeRequest::responses(*reply).value(QStringLiteral("remove"));
        const int status = response.value(QStringLiteral("httpStatusCode")).toInt();
        if (status != 204) {
            Q_EMIT failed(tr("Salesforce did not delete %1: %2").arg(recordId, subrequestError(response)));
            return;
        }
        qCInfo(lcExport) << "test export deleted" << recordId;
        Q_EMIT removed(recordId);
    });
}

void TestExport::cancel()
{
    if (m_reply) {
        m_reply->cancel();
    }
}

} // namespace callbridge
