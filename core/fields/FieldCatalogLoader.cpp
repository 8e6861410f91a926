#include "core/fields/FieldCatalogLoader.h"

#include "core/salesforce/CompositeRequest.h"
#include "core/salesforce/RestClient.h"
#include "core/util/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace callbridge {

namespace {

QString keptPath(const QString& directory, const QString& object)
{
    return directory + QLatin1Char('/') + object + QStringLiteral(".json");
}

// A describe as the loader keeps it: {"lastModified": ..., "describe": {...}}; empty when there
// is none (or the file is not one).
QJsonObject keptEntry(const QString& path)
{
    QFile file(path);
    if (file.size() > FieldCatalogLoader::maxDescribeFileBytes || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
    return entry.value(QStringLiteral("describe")).isObject() ? entry : QJsonObject();
}

} // namespace

FieldCatalogLoader::FieldCatalogLoader(RestClient* client, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
{ }

namespace {

QSet<QString> createableIn(const QJsonObject& describe)
{
    QSet<QString> fields;
    for (const QJsonValue& field : describe.value(QStringLiteral("fields")).toArray()) {
        if (field.toObject().value(QStringLiteral("createable")).toBool()) {
            fields.insert(field.toObject().value(QStringLiteral("name")).toString());
        }
    }
    return fields;
}

} // namespace

void FieldCatalogLoader::start()
{
    if (m_objects.isEmpty()) {
        m_objects = FieldPolicy::instance().objects();
    }
    for (const QString& object : std::as_const(m_objects)) {
        const QJsonObject entry = m_cacheDirectory.isEmpty() ? QJsonObject() : keptEntry(cachePath(object));
        if (!entry.value(QStringLiteral("lastModified")).toString().isEmpty()) {
            m_cached.insert(object, entry);
        }
    }
    requestDescribes(m_objects);
}

void FieldCatalogLoader::requestDescribes(const QStringList& objects)
{
    ++m_attempt;
    CompositeRequest composite;
    for (const QString& object : objects) {
        QJsonObject headers;
        if (m_cached.contains(object)) {
            headers.insert(
                QStringLiteral("If-Modified-Since"), m_cached.value(object).value(QStringLiteral("lastModified")));
        }
        composite.add(object, "GET",
            QStringLiteral("/services/data/v%1/sobjects/%2/describe").arg(m_client->apiVersion(), object), {}, headers);
    }
    RestRequest request = composite.toRequest();
    request.idempotent = true; // reads only
    await(m_client->send(request), [this, objects](RestReply* reply) {
        const QJsonArray results = reply->json().object().value(QStringLiteral("compositeResponse")).toArray();
        if (results.isEmpty()) {
            finish(SalesforceError::malformed(tr("the describe request answered without any result")));
            return;
        }
        handleResponses(objects, CompositeRequest::responses(*reply));
    });
}

void FieldCatalogLoader::handleResponses(const QStringList& asked, const QHash<QString, QJsonObject>& responses)
{
    QStringList again;
    for (const QString& object : asked) {
        if (!responses.contains(object)) {
            finish(SalesforceError::malformed(tr("the describe request answered without %1").arg(object)));
            return;
        }
        const QJsonObject response = responses.value(object);
        const int status = response.value(QStringLiteral("httpStatusCode")).toInt();
        if (status == 304 && m_cached.contains(object)) {
            ++m_notModified;
            m_describes.insert(object, m_cached.value(object).value(QStringLiteral("describe")).toObject());
            continue;
        }
        if (status == 200) {
            const QJsonObject describe = response.value(QStringLiteral("body")).toObject();
            m_describes.insert(object, describe);
            const QString lastModified = response.value(QStringLiteral("httpHeaders"))
                                             .toObject()
                                             .value(QStringLiteral("Last-Modified"))
                                             .toString();
            if (!m_cacheDirectory.isEmpty() && !lastModified.isEmpty()) {
                const QJsonObject entry { { QStringLiteral("lastModified"), lastModified },
                    { QStringLiteral("describe"), describe } };
                AtomicFile::write(cachePath(object), QJsonDocument(entry).toJson(QJsonDocument::Compact));
            }
            continue;
        }
        // A subrequest's body is Salesforce's error array, as a whole reply's would be.
        const QJsonValue body = response.value(QStringLiteral("body"));
        const SalesforceError error = SalesforceError::fromReplyBody(
            status, body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact) : QByteArray());
        if (error.errorCode == QLatin1String("NOT_FOUND") || error.errorCode == QLatin1String("INVALID_TYPE")
            || status == 404) {
            m_unreadable.append(object); // the user cannot see the object at all
        } else if (error.isTransient() && m_attempt < maxDescribeAttempts) {
            again.append(object);
        } else {
            m_failed.insert(object, error.toString());
        }
    }
    if (again.isEmpty()) {
        finishCatalog();
        return;
    }
    // Server trouble: ask again for those objects after a short wait, in one composite.
    QTimer::singleShot(500 * m_attempt, this, [this, again] {
        if (!isFinished()) {
            requestDescribes(again);
        }
    });
}

void FieldCatalogLoader::finishCatalog()
{
    for (const QString& object : FieldPolicy::instance().objects()) {
        if (m_describes.contains(object)) {
            m_catalog.append({ object,
                FieldPolicy::instance().classify(
                    object, m_describes.value(object).value(QStringLiteral("fields")).toArray()) });
        }
    }
    finish({});
}

QSet<QString> FieldCatalogLoader::cachedCreateableFields(const QString& directory, const QString& object)
{
    if (directory.isEmpty()) { // no directory: no describes kept
        return {};
    }
    return createableIn(keptEntry(keptPath(directory, object)).value(QStringLiteral("describe")).toObject());
}

QSet<QString> FieldCatalogLoader::createableFields(const QString& object) const
{
    return createableIn(m_describes.value(object));
}

FieldCatalogLoader::Catalog FieldCatalogLoader::cachedCatalog(const QString& directory, QDateTime* keptAt)
{
    Catalog catalog;
    QDateTime newest;
    if (directory.isEmpty()) {
        return catalog;
    }
    for (const QString& object : FieldPolicy::instance().objects()) {
        const QString path = keptPath(directory, object);
        const QJsonObject entry = keptEntry(path);
        if (entry.isEmpty()) {
            continue;
        }
        const QDateTime written = QFileInfo(path).lastModified();
        if (!newest.isValid() || written > newest) {
            newest = written;
        }
        catalog.append({ object,
            FieldPolicy::instance().classify(object,
                entry.value(QStringLiteral("describe")).toObject().value(QStringLiteral("fields")).toArray()) });
    }
    if (keptAt) {
        *keptAt = newest;
    }
    return catalog;
}

QHash<QString, QString> FieldCatalogLoader::cachedFieldLabels(const QString& directory, const QString& object)
{
    QHash<QString, QString> labels;
    if (directory.isEmpty()) {
        return labels;
    }
    const QJsonObject describe = keptEntry(keptPath(directory, object)).value(QStringLiteral("describe")).toObject();
    for (const QJsonValue& value : describe.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        labels.insert(field.value(QStringLiteral("name")).toString(), field.value(QStringLiteral("label")).toString());
    }
    return labels;
}

QString FieldCatalogLoader::cachePath(const QString& object) const
{
    return keptPath(m_cacheDirectory, object);
}

} // namespace callbridge
