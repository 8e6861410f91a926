#pragma once

#include "core/fields/FieldPolicy.h"

#include "core/salesforce/SalesforceJob.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace callbridge {

class RestClient;
class RestReply;

// Reads the describes of every policy object in one composite API call and classifies their
// fields. Objects the user cannot describe are listed in unreadableObjects(). finished() is
// emitted exactly once.
class FieldCatalogLoader : public SalesforceJob
{
    Q_OBJECT

public:
    // The createable fields of an object, from a describe this loader cached in `directory`;
    // empty when none is cached. What an export may send: orgs differ (Task.Type may be absent).
    static QSet<QString> cachedCreateableFields(const QString& directory, const QString& object);

    using Catalog = QList<QPair<QString, QList<FieldEntry>>>;

    // The largest describe response read from a file: a big object's is a few megabytes.
    static constexpr qint64 maxDescribeFileBytes = 20 * 1024 * 1024;

    explicit FieldCatalogLoader(RestClient* client, QObject* parent = nullptr);

    // Keeps each describe in `directory` (one per org) and asks Salesforce only whether it
    // changed since (If-Modified-Since): an unchanged org answers 304 for every object.
    void setCacheDirectory(const QString& directory) { m_cacheDirectory = directory; }
    int notModifiedCount() const { return m_notModified; }

    void start() override;
    const Catalog& catalog() const { return m_catalog; }
    const QStringList& unreadableObjects() const { return m_unreadable; }

private:
    QString cachePath(const QString& object) const;

    QString m_cacheDirectory;
    int m_notModified = 0;
    RestClient* m_client;
    Catalog m_catalog;
    QStringList m_unreadable;
};

} // namespace callbridge
