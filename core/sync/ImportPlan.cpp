#include "core/sync/ImportPlan.h"

#include "core/salesforce/Soql.h"

#include <QUrl>

namespace callbridge {

namespace {

// `field IN (...)` conditions over all values, each within maxScopeConditionBytes once
// percent-encoded in a URL.
ImportScope inLists(const QString& field, const QStringList& values)
{
    ImportScope conditions;
    QStringList literals;
    qsizetype bytes = 0;
    const auto flush = [&] {
        if (!literals.isEmpty()) {
            conditions.append(QStringLiteral("%1 IN (%2)").arg(field, literals.join(QStringLiteral(", "))));
            literals.clear();
            bytes = 0;
        }
    };
    const qsizetype frame = QUrl::toPercentEncoding(field + QStringLiteral(" IN ()")).size();
    for (const QString& value : values) {
        const QString literal = soqlStringLiteral(value);
        const qsizetype size = QUrl::toPercentEncoding(literal + QStringLiteral(", ")).size();
        if (!literals.isEmpty() && frame + bytes + size > maxScopeConditionBytes) {
            flush();
        }
        literals.append(literal);
        bytes += size;
    }
    flush();
    return conditions;
}

} // namespace

QString scopeText(const ImportScope& scope)
{
    return scope.size() <= 1 ? scope.value(0)
                             : QStringLiteral("(") + scope.join(QStringLiteral(") OR (")) + QStringLiteral(")");
}

ImportScope opportunityScope(const RecordedUsers& recorded)
{
    if (recorded.allActive) {
        return { QStringLiteral("Owner.IsActive = true") };
    }
    if (recorded.userIds.isEmpty()) {
        return { QStringLiteral("OwnerId = null") }; // nobody recorded: no opportunity qualifies
    }
    return inLists(QStringLiteral("OwnerId"), recorded.userIds);
}

ImportScope opportunityScopeForEmails(const QStringList& emails)
{
    return emails.isEmpty() ? ImportScope { QStringLiteral("OwnerId = null") }
                            : inLists(QStringLiteral("Owner.Email"), emails);
}

QList<ObjectImportPlan> planImport(const FieldCatalogLoader::Catalog& catalog,
    const QMap<QString, QStringList>& selectedFields, const ImportScope& opportunityScope, const QStringList& only)
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
