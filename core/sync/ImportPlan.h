#pragma once

#include "core/cache/CacheStore.h"
#include "core/config/IntegrationConfig.h"
#include "core/fields/FieldCatalogLoader.h"

namespace callbridge {

// One object an import reads: its cache columns (the selected fields) and the SOQL condition
// that limits its rows, if any.
struct ObjectImportPlan
{
    QString object;
    QList<CacheStore::Column> columns;
    QString scope;
    bool readsDeletes = true; // the object has IsDeleted, so queryAll finds its deleted rows

    // The rows a REST query page of these columns is likely to hold, for estimates only: Salesforce
    // does not guarantee the batch size and lowers it for wide rows (at most 200 with two or more
    // long text fields; pages of 1,000 are seen with one). Never a count to rely on.
    int expectedPageRows(int batchSize) const;
};

// Which opportunities are imported: those owned by a recorded user. Every active user counts
// until the admin chooses; an explicit empty choice imports none.
QString opportunityScope(const RecordedUsers& recorded);
// The command line's --recorded-users EMAIL,EMAIL: owners by email.
QString opportunityScopeForEmails(const QStringList& emails);

// The objects an import reads, in the catalog's order: every object the user can describe
// except Task and Event (the integration writes those), with the effective field selection as
// columns. Objects without Id and SystemModstamp among their readable fields cannot be read
// incrementally and are left out. `only`, when not empty, limits the objects.
QList<ObjectImportPlan> planImport(const FieldCatalogLoader::Catalog& catalog,
    const QMap<QString, QStringList>& selectedFields, const QString& opportunityScope, const QStringList& only = {});

} // namespace callbridge
