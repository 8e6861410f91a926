#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace callbridge::orgsim {

// Who can see whose records, per object (the org-wide default).
enum class SharingModel { Private, Read, ReadWrite, ControlledByParent };

struct FieldSchema
{
    QString name;
    QString type; // describe "type": string, reference, address, ...
    QJsonObject describe; // the complete describe entry, as Salesforce returns it
    QStringList referenceTo;
    QString relationshipName;
    QString compoundFieldName;
    bool nillable = true;
    bool createable = true;
    bool updateable = true;
    bool filterable = true;
    bool sortable = true;
    bool permissionable = true;
    bool calculated = false;
    bool custom = false;

    bool isCompound() const { return type == QLatin1String("address") || type == QLatin1String("location"); }
    bool isReference() const { return type == QLatin1String("reference") || type == QLatin1String("id"); }
};

struct ObjectSchema
{
    QString name;
    QString label;
    QString labelPlural;
    QString keyPrefix;
    bool custom = false;
    SharingModel sharing = SharingModel::Private;
    QString parentField; // for ControlledByParent: the lookup whose record decides visibility
    bool setupObject = false; // readable only with View Setup and Configuration
    QJsonObject objectDescribe; // object-level describe keys except the generated ones
    QList<FieldSchema> fields;

    int indexOf(const QString& fieldName) const; // case-insensitive; -1 when absent
    const FieldSchema* field(const QString& fieldName) const;
    const FieldSchema* fieldByRelationship(const QString& relationshipName) const;
    bool hasField(const QString& fieldName) const { return indexOf(fieldName) >= 0; }

    QHash<QString, int> fieldIndex; // lower-case name -> index
};

// The org's metadata: every sObject orgsim serves with its fields. Loaded from the schema
// resources: standard fields transcribed from real describe payloads where we have them,
// the rest written from Salesforce's Object Reference, plus the demo org's custom fields.
class OrgSchema
{
public:
    static const OrgSchema& instance();

    const ObjectSchema* object(const QString& name) const; // case-insensitive
    const ObjectSchema* objectByKeyPrefix(const QString& keyPrefix) const;
    const QList<ObjectSchema>& objects() const { return m_objects; }

private:
    OrgSchema();
    void add(ObjectSchema object);

    QList<ObjectSchema> m_objects;
    QHash<QString, int> m_byName; // lower-case
    QHash<QString, int> m_byPrefix;
};

// Fills in a describe field entry the way Salesforce does for a field of this type; the
// schema resources only spell out what differs.
QJsonObject describeFieldDefaults(const QString& name, const QString& type, const QString& label);

// The system permissions orgsim models, as Permissions* fields on Profile and PermissionSet.
const QStringList& systemPermissionFields();

} // namespace callbridge::orgsim
