#include "core/orgsim/OrgSchema.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace callbridge::orgsim {

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("orgsim: missing schema resource %s", qPrintable(path));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("orgsim: schema resource %s is not JSON: %s", qPrintable(path), qPrintable(error.errorString()));
    }
    return document.object();
}

SharingModel sharingFromName(const QString& name)
{
    if (name == QLatin1String("Read")) {
        return SharingModel::Read;
    }
    if (name == QLatin1String("ReadWrite")) {
        return SharingModel::ReadWrite;
    }
    if (name == QLatin1String("ControlledByParent")) {
        return SharingModel::ControlledByParent;
    }
    return SharingModel::Private;
}

// Org-wide defaults of the objects whose describe came from real payloads. Salesforce's
// defaults for a new org, except activities, which orgsim shares by owner (see FIDELITY.md).
struct StandardSharing
{
    const char* object;
    SharingModel sharing;
    const char* parentField;
};
const StandardSharing standardSharing[] = {
    { "Account", SharingModel::Private, "" },
    { "Contact", SharingModel::ControlledByParent, "AccountId" },
    { "Lead", SharingModel::Private, "" },
    { "Opportunity", SharingModel::Private, "" },
    { "OpportunityContactRole", SharingModel::ControlledByParent, "OpportunityId" },
    { "Task", SharingModel::Private, "" },
    { "Event", SharingModel::Private, "" },
};

QJsonObject defaultObjectDescribe(
    const QString& name, const QString& label, const QString& labelPlural, const QString& keyPrefix, bool custom)
{
    return QJsonObject {
        { QStringLiteral("actionOverrides"), QJsonArray() },
        { QStringLiteral("activateable"), false },
        { QStringLiteral("associateEntityType"), QJsonValue::Null },
        { QStringLiteral("associateParentEntity"), QJsonValue::Null },
        { QStringLiteral("compactLayoutable"), true },
        { QStringLiteral("createable"), true },
        { QStringLiteral("custom"), custom },
        { QStringLiteral("customSetting"), false },
        { QStringLiteral("deepCloneable"), false },
        { QStringLiteral("defaultImplementation"), QJsonValue::Null },
        { QStringLiteral("deletable"), true },
        { QStringLiteral("deprecatedAndHidden"), false },
        { QStringLiteral("extendedBy"), QJsonValue::Null },
        { QStringLiteral("extendsInterfaces"), QJsonValue::Null },
        { QStringLiteral("feedEnabled"), true },
        { QStringLiteral("hasSubtypes"), false },
        { QStringLiteral("implementedBy"), QJsonValue::Null },
        { QStringLiteral("implementsInterfaces"), QJsonValue::Null },
        { QStringLiteral("isInterface"), false },
        { QStringLiteral("isSubtype"), false },
        { QStringLiteral("keyPrefix"), keyPrefix },
        { QStringLiteral("label"), label },
        { QStringLiteral("labelPlural"), labelPlural },
        { QStringLiteral("layoutable"), true },
        { QStringLiteral("listviewable"), QJsonValue::Null },
        { QStringLiteral("lookupLayoutable"), QJsonValue::Null },
        { QStringLiteral("mergeable"), false },
        { QStringLiteral("mruEnabled"), true },
        { QStringLiteral("name"), name },
        { QStringLiteral("namedLayoutInfos"), QJsonArray() },
        { QStringLiteral("networkScopeFieldName"), QJsonValue::Null },
        { QStringLiteral("queryable"), true },
        { QStringLiteral("replicateable"), true },
        { QStringLiteral("retrieveable"), true },
        { QStringLiteral("searchLayoutable"), true },
        { QStringLiteral("searchable"), true },
        { QStringLiteral("sobjectDescribeOption"), QStringLiteral("FULL") },
        { QStringLiteral("supportedScopes"),
            QJsonArray {
                QJsonObject { { QStringLiteral("label"), QString(QStringLiteral("All ") + labelPlural.toLower()) },
                    { QStringLiteral("name"), QStringLiteral("everything") } } } },
        { QStringLiteral("triggerable"), true },
        { QStringLiteral("undeletable"), true },
        { QStringLiteral("updateable"), true },
    };
}

// Expands one compact field entry [name, type, label, {overrides}] into a full describe entry.
QJsonObject expandField(const QJsonArray& entry, const QString& objectName)
{
    const QString name = entry.at(0).toString();
    const QString type = entry.at(1).toString();
    QJsonObject field = describeFieldDefaults(name, type, entry.at(2).toString());
    const QJsonObject overrides = entry.at(3).toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("ro")) {
            field.insert(QStringLiteral("createable"), false);
            field.insert(QStringLiteral("updateable"), false);
            if (!overrides.contains(QStringLiteral("formula"))) {
                field.insert(QStringLiteral("permissionable"), false);
            }
        } else if (key == QLatin1String("required")) {
            field.insert(QStringLiteral("nillable"), false);
            field.insert(QStringLiteral("permissionable"), false);
        } else if (key == QLatin1String("ref")) {
            const QJsonArray targets = it.value().toArray();
            field.insert(QStringLiteral("referenceTo"), targets);
            field.insert(QStringLiteral("polymorphicForeignKey"), targets.size() > 1);
            field.insert(QStringLiteral("namePointing"), targets.size() > 1);
        } else if (key == QLatin1String("rel")) {
            field.insert(QStringLiteral("relationshipName"), it.value());
        } else if (key == QLatin1String("picklist")) {
            QJsonArray values;
            for (const QJsonValue& value : it.value().toArray()) {
                values.append(QJsonObject { { QStringLiteral("active"), true },
                    { QStringLiteral("defaultValue"), false }, { QStringLiteral("label"), value },
                    { QStringLiteral("validFor"), QJsonValue::Null }, { QStringLiteral("value"), value } });
            }
            field.insert(QStringLiteral("picklistValues"), values);
        } else if (key == QLatin1String("formula")) {
            field.insert(QStringLiteral("calculated"), true);
            field.insert(QStringLiteral("calculatedFormula"), it.value());
            field.insert(QStringLiteral("createable"), false);
            field.insert(QStringLiteral("updateable"), false);
            field.insert(QStringLiteral("nillable"), true);
        } else if (field.contains(key)) {
            field.insert(key, it.value());
        } else {
            qFatal("orgsim: unknown key %s on %s.%s", qPrintable(key), qPrintable(objectName), qPrintable(name));
        }
    }
    const int length = field.value(QStringLiteral("length")).toInt();
    if (type == QLatin1String("textarea") && length > 255) {
        // Long and rich text areas can be selected but not filtered, sorted or grouped on.
        for (const char* flag : { "filterable", "sortable", "groupable", "aggregatable" }) {
            if (!overrides.contains(QString::fromLatin1(flag))) {
                field.insert(QString::fromLatin1(flag), false);
            }
        }
    }
    if (type == QLatin1String("multipicklist")) {
        field.insert(QStringLiteral("byteLength"), length);
    } else if (type != QLatin1String("id") && type != QLatin1String("reference")) {
        field.insert(QStringLiteral("byteLength"), length * 3);
    } else {
        field.insert(QStringLiteral("byteLength"), 18);
    }
    return field;
}

FieldSchema fieldFromDescribe(const QJsonObject& describe)
{
    FieldSchema field;
    field.describe = describe;
    field.name = describe.value(QStringLiteral("name")).toString();
    field.type = describe.value(QStringLiteral("type")).toString();
    for (const QJsonValue& target : describe.value(QStringLiteral("referenceTo")).toArray()) {
        field.referenceTo.append(target.toString());
    }
    field.relationshipName = describe.value(QStringLiteral("relationshipName")).toString();
    field.compoundFieldName = describe.value(QStringLiteral("compoundFieldName")).toString();
    field.nillable = describe.value(QStringLiteral("nillable")).toBool();
    field.createable = describe.value(QStringLiteral("createable")).toBool();
    field.updateable = describe.value(QStringLiteral("updateable")).toBool();
    field.filterable = describe.value(QStringLiteral("filterable")).toBool();
    field.sortable = describe.value(QStringLiteral("sortable")).toBool();
    field.permissionable = describe.value(QStringLiteral("permissionable")).toBool();
    field.calculated = describe.value(QStringLiteral("calculated")).toBool();
    field.custom = describe.value(QStringLiteral("custom")).toBool();
    return field;
}

} // namespace

int ObjectSchema::indexOf(const QString& fieldName) const
{
    return fieldIndex.value(fieldName.toLower(), -1);
}

const FieldSchema* ObjectSchema::field(const QString& fieldName) const
{
    const int index = indexOf(fieldName);
    return index < 0 ? nullptr : &fields.at(index);
}

const FieldSchema* ObjectSchema::fieldByRelationship(const QString& relationship) const
{
    for (const FieldSchema& candidate : fields) {
        if (!candidate.relationshipName.isEmpty()
            && candidate.relationshipName.compare(relationship, Qt::CaseInsensitive) == 0) {
            return &candidate;
        }
    }
    return nullptr;
}

const OrgSchema& OrgSchema::instance()
{
    static const OrgSchema schema;
    return schema;
}

OrgSchema::OrgSchema()
{
    for (const StandardSharing& standard : standardSharing) {
        const QString name = QString::fromLatin1(standard.object);
        const QJsonObject document =
            readJson(QStringLiteral(":/orgsim/schema/standard/") + name + QStringLiteral(".json"));
        ObjectSchema object;
        object.objectDescribe = document.value(QStringLiteral("object")).toObject();
        object.name = name;
        object.label = object.objectDescribe.value(QStringLiteral("label")).toString();
        object.labelPlural = object.objectDescribe.value(QStringLiteral("labelPlural")).toString();
        object.keyPrefix = object.objectDescribe.value(QStringLiteral("keyPrefix")).toString();
        // Payloads recorded with older API versions lack keys newer versions have.
        const QJsonObject defaults =
            defaultObjectDescribe(name, object.label, object.labelPlural, object.keyPrefix, false);
        for (auto key = defaults.constBegin(); key != defaults.constEnd(); ++key) {
            if (!object.objectDescribe.contains(key.key())) {
                object.objectDescribe.insert(key.key(), key.value());
            }
        }
        object.sharing = standard.sharing;
        object.parentField = QString::fromLatin1(standard.parentField);
        for (const QJsonValue& field : document.value(QStringLiteral("fields")).toArray()) {
            object.fields.append(fieldFromDescribe(field.toObject()));
        }
        add(object);
    }

    const QJsonObject compact = readJson(QStringLiteral(":/orgsim/schema/objects.json"));
    for (auto it = compact.constBegin(); it != compact.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('_'))) {
            continue;
        }
        const QJsonObject spec = it.value().toObject();
        ObjectSchema object;
        object.name = it.key();
        object.label = spec.value(QStringLiteral("label")).toString();
        object.labelPlural = spec.value(QStringLiteral("labelPlural")).toString();
        object.keyPrefix = spec.value(QStringLiteral("keyPrefix")).toString();
        object.custom = spec.value(QStringLiteral("custom")).toBool();
        object.sharing = sharingFromName(spec.value(QStringLiteral("sharing")).toString());
        object.parentField = spec.value(QStringLiteral("parentField")).toString();
        object.setupObject = spec.value(QStringLiteral("setup")).toBool();
        object.objectDescribe =
            defaultObjectDescribe(object.name, object.label, object.labelPlural, object.keyPrefix, object.custom);
        const QJsonObject flags = spec.value(QStringLiteral("object")).toObject();
        for (auto flag = flags.constBegin(); flag != flags.constEnd(); ++flag) {
            object.objectDescribe.insert(flag.key(), flag.value());
        }
        for (const QJsonValue& entry : spec.value(QStringLiteral("fields")).toArray()) {
            object.fields.append(fieldFromDescribe(expandField(entry.toArray(), object.name)));
        }
        if (spec.value(QStringLiteral("systemPermissions")).toBool()) {
            for (const QString& permission : systemPermissionFields()) {
                const QJsonArray entry { permission, QStringLiteral("boolean"), permission.mid(11) };
                object.fields.append(fieldFromDescribe(expandField(entry, object.name)));
            }
        }
        add(object);
    }

    const QJsonObject custom = readJson(QStringLiteral(":/orgsim/schema/custom.json"));
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it) {
        const auto index = m_byName.find(it.key().toLower());
        if (index == m_byName.end()) {
            continue; // the _comment entry
        }
        ObjectSchema& object = m_objects[*index];
        for (const QJsonValue& entry : it.value().toArray()) {
            object.fields.append(fieldFromDescribe(expandField(entry.toArray(), object.name)));
            object.fieldIndex.insert(object.fields.last().name.toLower(), static_cast<int>(object.fields.size() - 1));
        }
    }
}

void OrgSchema::add(ObjectSchema object)
{
    for (int i = 0; i < object.fields.size(); ++i) {
        object.fieldIndex.insert(object.fields.at(i).name.toLower(), i);
    }
    m_byName.insert(object.name.toLower(), static_cast<int>(m_objects.size()));
    m_byPrefix.insert(object.keyPrefix, static_cast<int>(m_objects.size()));
    m_objects.append(object);
}

const ObjectSchema* OrgSchema::object(const QString& name) const
{
    const auto it = m_byName.constFind(name.toLower());
    return it == m_byName.constEnd() ? nullptr : &m_objects.at(*it);
}

const ObjectSchema* OrgSchema::objectByKeyPrefix(const QString& keyPrefix) const
{
    const auto it = m_byPrefix.constFind(keyPrefix);
    return it == m_byPrefix.constEnd() ? nullptr : &m_objects.at(*it);
}

} // namespace callbridge::orgsim
