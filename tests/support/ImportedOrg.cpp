#include "tests/support/ImportedOrg.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/sync/ImportPlan.h"
#include "core/sync/ImportRun.h"

#include <QSignalSpy>

namespace callbridge::test {

QString importConnectedOrg(ConnectionManager& connection, const QString& dataDirectory)
{
    const QString orgId = connection.summary().orgId;
    FieldCatalogLoader loader(connection.client());
    loader.setCacheDirectory(CacheStore::describeDirectoryFor(dataDirectory, orgId));
    QSignalSpy loaded(&loader, &FieldCatalogLoader::finished);
    loader.start();
    if (!loaded.wait(60000) || !loader.ok()) {
        return QStringLiteral("describes: ") + loader.error().toString();
    }
    CacheStore cache;
    if (!cache.open(CacheStore::pathFor(dataDirectory, orgId), orgId).ok()) {
        return QStringLiteral("the cache did not open");
    }
    ImportRun run(connection.client(), &cache, planImport(loader.catalog(), {}, opportunityScope({}), {}));
    QSignalSpy finished(&run, &ImportRun::finished);
    run.start();
    if (!finished.wait(300000) || run.outcome() != ImportRun::Outcome::Completed) {
        return QStringLiteral("the import did not complete");
    }
    return {};
}

} // namespace callbridge::test
