#pragma once

#include "core/fields/FieldPolicy.h"

#include "core/salesforce/SalesforceJob.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace callbridge {

class RestClient;
class RestReply;

// Reads the describes of every policy object in one composite API call and classifies their
// fields. Objects the user cannot describe (NOT_FOUND, INVALID_TYPE) are listed in
// unreadableObjects(). A describe that failed for another reason is asked again (a server error
// twice more, in one composite for all of them); one that still fails is in failedObjects(),
// never silently missing. finished() is emitted exactly once.
class FieldCatalogLoader : public SalesforceJob
{
    Q_OBJECT

public:
    // The createable fields of an object, from a describe this loader cached in `directory`;
    // empty when none is cached. What an export may send: orgs differ (Task.Type may be absent).
    static QSet<QString> cachedCreateableFields(const QString& directory, const QString& object);
    // The labels of an object's fields by API name ("Industry" -> "Industry", "LastModifiedById" ->
    // "Last Modified By ID"), from a describe cached in `directory`; empty when none is cached.
    static QHash<QString, QString> cachedFieldLabels(const QString& directory, const QString& object);

    using Catalog = QList<QPair<QString, QList<FieldEntry>>>;

    // The catalog as this loader last read it: the describes it kept in `directory`, classified
    // as start() classifies them. An object with no kept describe is missing. `keptAt` gets when
    // the newest of them was written. What the Fields step shows while not connected.
    static Catalog cachedCatalog(const QString& directory, QDateTime* keptAt = nullptr);

    // The largest describe response read from a file: a big object's is a few megabytes.
    static constexpr qint64 maxDescribeFileBytes = 20 * 1024 * 1024;

    explicit FieldCatalogLoader(RestClient* client, QObject* parent = nullptr);

    // Keeps each describe in `directory` (one per org) and asks Salesforce only whether it
    // changed since (If-Modified-Since): an unchanged org answers 304 for every object.
    void setCacheDirectory(const QString& directory) { m_cacheDirectory = directory; }
    int notModifiedCount() const { return m_notModified; }
    // Describes only these objects (by default every object of the field policy), in one call.
    void setObjects(const QStringList& objects) { m_objects = objects; }

    void start() override;
    const Catalog& catalog() const { return m_catalog; }
    const QStringList& unreadableObjects() const { return m_unreadable; }
    // Objects whose describe failed, with Salesforce's reason: they cannot be imported now.
    const QMap<QString, QString>& failedObjects() const { return m_failed; }
    // The createable fields of an object described in this run (empty when it was not).
    QSet<QString> createableFields(const QString& object) const;

    static constexpr int maxDescribeAttempts = 3;

private:
    void requestDescribes(const QStringList& objects);
    void handleResponses(const QStringList& asked, const QHash<QString, QJsonObject>& responses);
    void finishCatalog();
    QString cachePath(const QString& object) const;

    QString m_cacheDirectory;
    QStringList m_objects;
    int m_notModified = 0;
    RestClient* m_client;
    Catalog m_catalog;
    QStringList m_unreadable;
    QMap<QString, QString> m_failed;
    QHash<QString, QJsonObject> m_cached; // describes kept from an earlier read, by object
    QHash<QString, QJsonObject> m_describes; // read in this run, by object
    int m_attempt = 0;
};

} // namespace callbridge
