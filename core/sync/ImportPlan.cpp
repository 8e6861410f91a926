#include "core/sync/ImportPlan.h"

#include "core/salesforce/Soql.h"

namespace callbridge {

namespace {

QString inList(const QString& field, const QStringList& values)
{
    QStringList literals;
    for (const QString& value : values) {
        literals.append(soqlStringLiteral(value));
    }
    return QStringLiteral("%1 IN (%2)").arg(field, literals.join(QStringLiteral(", ")));
}

} // namespace

QString opportunityScope(const RecordedUsers& recorded)
{
    if (recorded.allActive) {
        return QStringLiteral("Owner.IsActive = true");
    }
    if (recorded.userIds.isEmpty()) {
        return QStringLiteral("OwnerId = null"); // nobody recorded: no opportunity qualifies
    }
    return inList(QStringLiteral("OwnerId"), recorded.userIds);
}

QString opportunityScopeForEmails(const QStringList& emails)
{
    return emails.isEmpty() ? QStringLiteral("OwnerId = null") : inList(QStringLiteral("Owner.Email"), emails);
}

QList<ObjectImportPlan> planImport(const FieldCatalogLoader::Catalog& catalog,
    const QMap<QString, QStringList>& selectedFields, const QString& opportunityScope, const QStringList& only)
{
    QList<ObjectImportPlan> plans;
    for (const auto& [object, fields] : catalog) {
        if (object == QLatin1String("Task") || object == QLatin1String("Event")) {
            continue;
        }
        if (!only.isEmpty() && !only.contains(object, Qt::CaseInsensitive)) {
            continue;
        }
        const QStringList saved = selectedFields.value(object);
        ObjectImportPlan plan;
        plan.object = object;
        for (const FieldEntry& entry : effectiveSelection(fields, selectedFields.contains(object) ? &saved : nullptr)) {
            plan.columns.append({ entry.field, entry.type, entry.length });
        }
        const auto has = [&plan](const QString& name) {
            return std::any_of(plan.columns.cbegin(), plan.columns.cend(),
                [&name](const CacheStore::Column& column) { return column.name == name; });
        };
        if (!has(QStringLiteral("Id")) || !has(QStringLiteral("SystemModstamp"))) {
            continue;
        }
        plan.readsDeletes = std::any_of(fields.cbegin(), fields.cend(), [](const FieldEntry& entry) {
            return entry.field == QLatin1String("IsDeleted") && entry.status != FieldEntry::Status::Inaccessible;
        });
        if (object == QLatin1String("Opportunity")) {
            plan.scope = opportunityScope;
        }
        plans.append(plan);
    }
    return plans;
}

int ObjectImportPlan::expectedPageRows(int batchSize) const
{
    int longTexts = 0;
    for (const CacheStore::Column& column : columns) {
        longTexts += column.type == QLatin1String("textarea") && column.length > 255 ? 1 : 0;
    }
    return qMin(batchSize, longTexts >= 2 ? 200 : longTexts == 1 ? 1000 : batchSize);
}

} // namespace callbridge
