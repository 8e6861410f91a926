#pragma once

#include "core/cache/CacheStore.h"
#include "core/config/IntegrationConfig.h"
#include "core/fields/FieldCatalogLoader.h"

namespace callbridge {

// A scope: SOQL conditions whose union are the rows an object's import reads (none: every row).
// A long list of recorded users is split into several conditions, each short enough for a
// query URL: Salesforce refuses a request line and headers over 16,384 bytes.
using ImportScope = QStringList;

// The scope as one text, which the cache keeps to notice a changed scope.
QString scopeText(const ImportScope& scope);

// One object an import reads: its cache columns (the selected fields) and the SOQL conditions
// that limit its rows, if any.
struct ObjectImportPlan
{
    QString object;
    QList<CacheStore::Column> columns;
    ImportScope scope;
    bool readsDeletes = true; // the object has IsDeleted, so queryAll finds its deleted rows

    // The rows a REST query page of these columns is likely to hold, for estimates only: Salesforce
    // does not guarantee the batch size and lowers it for wide rows (at most 200 with two or more
    // long text fields; pages of 1,000 are seen with one). Never a count to rely on.
    int expectedPageRows(int batchSize) const;
};

// The percent-encoded size one scope condition may take in a query URL: the select list,
// the rest of the query and the headers have the other 10 KB of the 16,384 bytes.
constexpr int maxScopeConditionBytes = 6000;

// Which opportunities are imported: those owned by a recorded user. Every active user counts
// until the admin chooses; an explicit empty choice imports none.
ImportScope opportunityScope(const RecordedUsers& recorded);
// The command line's --recorded-users EMAIL,EMAIL: owners by email.
ImportScope opportunityScopeForEmails(const QStringList& emails);

// The objects an import reads, in the catalog's order: every object the user can describe
// except Task and Event (the integration writes those), with the effective field selection as
// columns. Objects without Id and SystemModstamp among their readable fields cannot be read
// incrementally and are left out. `only`, when not empty, limits the objects.
QList<ObjectImportPlan> planImport(const FieldCatalogLoader::Catalog& catalog,
    const QMap<QString, QStringList>& selectedFields, const ImportScope& opportunityScope,
    const QStringList& only = {});

} // namespace callbridge
