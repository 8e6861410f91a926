#include "core/audit/OtherUserAccess.h"

namespace callbridge {

namespace {

bool hasSystem(const AuditInputs& inputs, const QString& permission)
{
    for (const auto& set : inputs.permissionSets) {
        if (set.systemPermissions.contains(permission)) {
            return true;
        }
    }
    return false;
}

bool granted(const AuditInputs& inputs, const QString& object, const char* field)
{
    for (const QJsonObject& record : inputs.objectPermissions) {
        if (record.value(QStringLiteral("SobjectType")).toString() == object
            && record.value(QString::fromLatin1(field)).toBool()) {
            return true;
        }
    }
    return false;
}

// Objects every user reads, whatever the permission sets say.
bool readByEveryone(const QString& object)
{
    static const QStringList objects { QStringLiteral("User"), QStringLiteral("RecordType"),
        QStringLiteral("OpportunityStage") };
    return objects.contains(object);
}

bool isActivity(const QString& object)
{
    return object == QLatin1String("Task") || object == QLatin1String("Event");
}

} // namespace

void OtherUserAccess::applyObjectAccess(AuditInputs& inputs, const QStringList& auditedObjects)
{
    const bool viewAllData = hasSystem(inputs, QStringLiteral("PermissionsViewAllData"));
    const bool modifyAllData = hasSystem(inputs, QStringLiteral("PermissionsModifyAllData"));
    const bool activities = hasSystem(inputs, QStringLiteral("PermissionsActivitiesAccess"));
    QHash<QString, QJsonObject> visible;
    for (const QString& object : auditedObjects) {
        if (!inputs.sobjects.contains(object)) {
            continue; // not in the org (a package not installed), or the admin cannot see it either
        }
        bool read = false, create = false, edit = false, remove = false;
        if (readByEveryone(object)) {
            read = true;
        } else if (isActivity(object)) {
            read = activities;
            create = edit = remove = activities
                && hasSystem(inputs,
                    object == QLatin1String("Task") ? QStringLiteral("PermissionsEditTask")
                                                    : QStringLiteral("PermissionsEditEvent"));
        } else {
            const QString master = PermissionEvaluator::objectWithSettings(object);
            read = granted(inputs, master, "PermissionsRead");
            if (master != object) {
                create = edit = remove = granted(inputs, master, "PermissionsEdit");
            } else {
                create = granted(inputs, master, "PermissionsCreate");
                edit = granted(inputs, master, "PermissionsEdit");
                remove = granted(inputs, master, "PermissionsDelete");
            }
        }
        read = read || viewAllData || modifyAllData;
        if (modifyAllData && !readByEveryone(object)) {
            create = edit = remove = true;
        }
        if (!read) {
            continue;
        }
        QJsonObject entry = inputs.sobjects.value(object);
        entry.insert(QStringLiteral("queryable"), read);
        entry.insert(QStringLiteral("createable"), create && entry.value(QStringLiteral("createable")).toBool());
        entry.insert(QStringLiteral("updateable"), edit && entry.value(QStringLiteral("updateable")).toBool());
        entry.insert(QStringLiteral("deletable"), remove && entry.value(QStringLiteral("deletable")).toBool());
        visible.insert(object, entry);
    }
    inputs.sobjects = visible;
}

void OtherUserAccess::applyFieldAccess(
    AuditInputs& inputs, const QHash<QString, QJsonArray>& describes, const QJsonArray& fieldPermissions)
{
    QSet<QString> readable;
    for (const QJsonValue& value : fieldPermissions) {
        readable.insert(value.toObject().value(QStringLiteral("Field")).toString());
    }
    const bool viewAllData = hasSystem(inputs, QStringLiteral("PermissionsViewAllData"))
        || hasSystem(inputs, QStringLiteral("PermissionsModifyAllData"));
    inputs.readableFields.clear();
    for (auto it = describes.cbegin(); it != describes.cend(); ++it) {
        if (!inputs.sobjects.contains(it.key())) {
            continue;
        }
        // Field permissions are read for objects with object settings of their own; the fields of
        // the others (tasks, users, detail objects) are taken as the admin's describe shows them.
        const bool ownSettings = PermissionEvaluator::objectWithSettings(it.key()) == it.key() && !isActivity(it.key())
            && !readByEveryone(it.key());
        QSet<QString> fields;
        for (const QJsonValue& value : it.value()) {
            const QJsonObject field = value.toObject();
            const QString name = field.value(QStringLiteral("name")).toString();
            if (!ownSettings || viewAllData || !field.value(QStringLiteral("permissionable")).toBool()
                || readable.contains(it.key() + QLatin1Char('.') + name)) {
                fields.insert(name);
            }
        }
        inputs.readableFields.insert(it.key(), fields);
    }
}

} // namespace callbridge
