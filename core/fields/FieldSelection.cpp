#include "core/fields/FieldSelection.h"

#include <QSet>

namespace callbridge::FieldSelection {

QStringList missingSavedFields(const Catalog& catalog, const QMap<QString, QStringList>& saved)
{
    QStringList missing;
    for (const auto& [object, fields] : catalog) {
        QSet<QString> shown;
        for (const FieldEntry& entry : fields) {
            shown.insert(entry.field);
        }
        for (const QString& field : saved.value(object)) {
            if (!shown.contains(field)) {
                missing.append(object + QLatin1Char('.') + field);
            }
        }
    }
    return missing;
}

QStringList blockingFields(const Catalog& catalog)
{
    QStringList blocking;
    for (const auto& [object, fields] : catalog) {
        for (const FieldEntry& entry : fields) {
            if (entry.status == FieldEntry::Status::Inaccessible
                && FieldPolicy::instance().isRequired(object, entry.field)) {
                blocking.append(object + QLatin1Char('.') + entry.field);
            }
        }
    }
    return blocking;
}

QMap<QString, QStringList> forConfig(QMap<QString, QStringList> chosen, const QStringList& missingSaved)
{
    for (const QString& missing : missingSaved) {
        QStringList& fields = chosen[missing.section(QLatin1Char('.'), 0, 0)];
        const QString field = missing.section(QLatin1Char('.'), 1);
        if (!fields.contains(field)) {
            fields.append(field);
        }
    }
    return chosen;
}

} // namespace callbridge::FieldSelection
