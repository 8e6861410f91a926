#include "core/fields/FieldCatalogLoader.h"

#include "core/salesforce/CompositeRequest.h"
#include "core/salesforce/RestClient.h"
#include "core/util/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>

namespace callbridge {

FieldCatalogLoader::FieldCatalogLoader(RestClient* client, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
{ }

void FieldCatalogLoader::start()
{
    CompositeRequest composite;
    QHash<QString, QJsonObject> cached;
    for (const QString& object : FieldPolicy::instance().objects()) {
        QJsonObject headers;
        QFile file(cachePath(object));
        if (!m_cacheDirectory.isEmpty() && file.open(QIODevice::ReadOnly)) {
            const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
            if (entry.contains(QStringLiteral("describe"))
                && !entry.value(QStringLiteral("lastModified")).toString().isEmpty()) {
                cached.insert(object, entry.value(QStringLiteral("describe")).toObject());
                headers.insert(QStringLiteral("If-Modified-Since"), entry.value(QStringLiteral("lastModified")));
            }
        }
        composite.add(object, "GET",
            QStringLiteral("/services/data/v%1/sobjects/%2/describe").arg(m_client->apiVersion(), object), {}, headers);
    }
    RestRequest request = composite.toRequest();
    request.idempotent = true; // reads only
    await(m_client->send(request), [this, cached](RestReply* reply) {
        const auto responses = CompositeRequest::responses(*reply);
        for (const QString& object : FieldPolicy::instance().objects()) {
            const QJsonObject response = responses.value(object);
            const int status = response.value(QStringLiteral("httpStatusCode")).toInt();
            QJsonObject describe;
            if (status == 304 && cached.contains(object)) {
                ++m_notModified;
                describe = cached.value(object);
            } else if (status == 200) {
                describe = response.value(QStringLiteral("body")).toObject();
                const QString lastModified = response.value(QStringLiteral("httpHeaders"))
                                                 .toObject()
                                                 .value(QStringLiteral("Last-Modified"))
                                                 .toString();
                if (!m_cacheDirectory.isEmpty() && !lastModified.isEmpty()) {
                    const QJsonObject entry { { QStringLiteral("lastModified"), lastModified },
                        { QStringLiteral("describe"), describe } };
                    AtomicFile::write(cachePath(object), QJsonDocument(entry).toJson(QJsonDocument::Compact));
                }
            } else {
                m_unreadable.append(object);
                continue;
            }
            m_catalog.append({ object,
                FieldPolicy::instance().classify(object, describe.value(QStringLiteral("fields")).toArray()) });
        }
        finish({});
    });
}

QSet<QString> FieldCatalogLoader::cachedCreateableFields(const QString& directory, const QString& object)
{
    QFile file(directory + QLatin1Char('/') + object + QStringLiteral(".json"));
    QSet<QString> fields;
    if (directory.isEmpty() || !file.open(QIODevice::ReadOnly)) { // no directory: no describes kept
        return fields;
    }
    const QJsonObject describe =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("describe")).toObject();
    for (const QJsonValue& field : describe.value(QStringLiteral("fields")).toArray()) {
        if (field.toObject().value(QStringLiteral("createable")).toBool()) {
            fields.insert(field.toObject().value(QStringLiteral("name")).toString());
        }
    }
    return fields;
}

QString FieldCatalogLoader::cachePath(const QString& object) const
{
    return m_cacheDirectory + QLatin1Char('/') + object + QStringLiteral(".json");
}

} // namespace callbridge
