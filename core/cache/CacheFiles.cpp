// CacheStore's side that deals with files rather than one open database: where each org's cache
// and describes live under the data directory, and clearing all of them.
#include "core/cache/CacheStore.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/SalesforceIds.h"

#include <QDir>

namespace callbridge {

// The org id comes from Salesforce. Only an org id names a file, so nothing it says can reach
// outside the data directory; anything else gets no path, and CacheStore::open refuses that.
QString CacheStore::pathFor(const QString& dataDirectory, const QString& orgId)
{
    if (!isOrgId(orgId)) {
        qCWarning(lcCache) << "no cache path for" << orgId << "- not an org id";
        return {};
    }
    return QDir(dataDirectory).filePath(QStringLiteral("cache/%1.sqlite").arg(orgId));
}

QString CacheStore::describeDirectoryFor(const QString& dataDirectory, const QString& orgId)
{
    if (!isOrgId(orgId)) {
        qCWarning(lcCache) << "no describe directory for" << orgId << "- not an org id";
        return {};
    }
    return QDir(dataDirectory).filePath(QStringLiteral("cache/%1/describe").arg(orgId));
}

Status CacheStore::clearImportedData(const QString& dataDirectory, qint64* removedRows)
{
    qint64 removed = 0;
    const QDir cacheDirectory(QDir(dataDirectory).filePath(QStringLiteral("cache")));
    const QStringList files = cacheDirectory.entryList({ QStringLiteral("*.sqlite") }, QDir::Files);
    for (const QString& file : files) {
        const QString orgId = file.chopped(7); // <org id>.sqlite
        if (!isOrgId(orgId)) {
            continue; // not a cache Callbridge wrote
        }
        CacheStore store;
        const Status opened = store.open(cacheDirectory.filePath(file), orgId);
        if (!opened.ok()) {
            return opened;
        }
        const QStringList objects = store.objects();
        for (const QString& object : objects) {
            const qint64 rows = store.count(object);
            const Status cleared = store.clear(object);
            if (!cleared.ok()) {
                return cleared;
            }
            removed += rows;
        }
        QDir(describeDirectoryFor(dataDirectory, orgId)).removeRecursively();
    }
    if (removedRows) {
        *removedRows = removed;
    }
    return Status::success();
}

} // namespace callbridge
