#include "core/exporting/TestExport.h"

#include "core/fields/FieldCatalogLoader.h"
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
    const QSet<QString> kept = FieldCatalogLoader::cachedCreateableFields(m_describeDirectory, activity.sobject);
    if (!kept.isEmpty()) {
        create(activity, kept);
        return;
    }
    auto* describe = new FieldCatalogLoader(m_client, this);
    describe->setCacheDirectory(m_describeDirectory);
    describe->setObjects({ activity.sobject });
    m_describe = describe;
    connect(describe, &FieldCatalogLoader::finished, this, [this, describe, activity] {
        describe->deleteLater();
        m_describe.clear();
        const QSet<QString> createable = describe->createableFields(activity.sobject);
        if (!describe->ok() || createable.isEmpty()) {
            const QString reason = !describe->ok() ? describe->error().toString()
                : describe->failedObjects().contains(activity.sobject)
                ? describe->failedObjects().value(activity.sobject)
                : tr("the user cannot create it");
            Q_EMIT failed(tr("Could not read which %1 fields this org accepts: %2").arg(activity.sobject, reason));
            return;
        }
        create(activity, createable);
    });
    describe->start();
}

void TestExport::create(PlannedActivity activity, const QSet<QString>& createable)
{
    ActivityPlanner::keepCreateable(activity, createable);
    // A test is the connected user's own activity, not the call's rep's: an activity's owner
    // may always edit and delete it, others only from above the owner in the role hierarchy,
    // with Modify All Data, or (Controlled by Parent) with edit access to its related records
    // (Salesforce Help, knowledge article 000325945), so an integration user could not remove a
    // test it had assigned to a rep.
    activity.fields.remove(QStringLiteral("OwnerId"));
    m_sentFields = activity.fields;
    CompositeRequest composite(true);
    composite.add(QStringLiteral("activity"), "POST",
        QStringLiteral("/services/data/v%1/sobjects/%2").arg(m_client->apiVersion(), activity.sobject),
        activity.fields);
    RestReply* reply = m_client->send(composite.toRequest());
    m_reply = reply;
    connect(reply, &RestReply::finished, this, [this, reply] {
        m_reply.clear(); // no longer running, whatever the answer (the reply is deleted later)
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
        m_reply.clear();
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
    if (m_describe) {
        m_describe->cancel();
    }
    if (m_reply) {
        m_reply->cancel();
    }
}

} // namespace callbridge
