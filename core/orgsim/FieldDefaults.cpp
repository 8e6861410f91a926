#include "core/orgsim/OrgSchema.h"

#include <QJsonArray>

namespace callbridge::orgsim {

namespace {

QString soapTypeFor(const QString& type)
{
    static const QHash<QString, QString> soapTypes {
        { QStringLiteral("id"), QStringLiteral("tns:ID") },
        { QStringLiteral("reference"), QStringLiteral("tns:ID") },
        { QStringLiteral("boolean"), QStringLiteral("xsd:boolean") },
        { QStringLiteral("int"), QStringLiteral("xsd:int") },
        { QStringLiteral("double"), QStringLiteral("xsd:double") },
        { QStringLiteral("currency"), QStringLiteral("xsd:double") },
        { QStringLiteral("percent"), QStringLiteral("xsd:double") },
        { QStringLiteral("date"), QStringLiteral("xsd:date") },
        { QStringLiteral("datetime"), QStringLiteral("xsd:dateTime") },
        { QStringLiteral("time"), QStringLiteral("xsd:time") },
        { QStringLiteral("base64"), QStringLiteral("xsd:base64Binary") },
        { QStringLiteral("address"), QStringLiteral("urn:address") },
        { QStringLiteral("location"), QStringLiteral("urn:location") },
        { QStringLiteral("anyType"), QStringLiteral("xsd:anyType") },
        { QStringLiteral("complexvalue"), QStringLiteral("urn:JsonNode") },
    };
    return soapTypes.value(type, QStringLiteral("xsd:string"));
}

bool isTextual(const QString& type)
{
    static const QStringList textual { QStringLiteral("string"), QStringLiteral("textarea"), QStringLiteral("picklist"),
        QStringLiteral("combobox"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("url"),
        QStringLiteral("encryptedstring") };
    return textual.contains(type);
}

} // namespace

const QStringList& systemPermissionFields()
{
    static const QStringList fields {
        QStringLiteral("PermissionsApiEnabled"),
        QStringLiteral("PermissionsViewAllUsers"),
        QStringLiteral("PermissionsViewSetup"),
        QStringLiteral("PermissionsEditTask"),
        QStringLiteral("PermissionsEditEvent"),
        QStringLiteral("PermissionsActivitiesAccess"),
        QStringLiteral("PermissionsViewAllData"),
        QStringLiteral("PermissionsModifyAllData"),
        QStringLiteral("PermissionsAssignPermissionSets"),
        QStringLiteral("PermissionsManageProfilesPermissionsets"),
    };
    return fields;
}

QJsonObject describeFieldDefaults(const QString& name, const QString& type, const QString& label)
{
    const bool isId = type == QLatin1String("id");
    const bool isBoolean = type == QLatin1String("boolean");
    const bool isReference = type == QLatin1String("reference");
    const bool isCompound = type == QLatin1String("address") || type == QLatin1String("location");
    const bool isMultipicklist = type == QLatin1String("multipicklist");
    const bool isEncrypted = type == QLatin1String("encryptedstring");

    int length = 0;
    if (isId || isReference) {
        length = 18;
    } else if (isMultipicklist) {
        length = 4099;
    } else if (isTextual(type)) {
        length = 255;
    }
    int precision = 0;
    int scale = 0;
    if (type == QLatin1String("currency")) {
        precision = 18;
        scale = 2;
    } else if (type == QLatin1String("double")) {
        precision = 18;
    } else if (type == QLatin1String("percent")) {
        precision = 3;
    } else if (isMultipicklist) {
        precision = 4; // visible lines in the editor, as Salesforce reports it
    }

    QJsonObject field {
        { QStringLiteral("aggregatable"), !(isCompound || isMultipicklist || isEncrypted || isBoolean) },
        { QStringLiteral("aiPredictionField"), false },
        { QStringLiteral("autoNumber"), false },
        { QStringLiteral("byteLength"), 0 },
        { QStringLiteral("calculated"), false },
        { QStringLiteral("calculatedFormula"), QJsonValue::Null },
        { QStringLiteral("cascadeDelete"), false },
        { QStringLiteral("caseSensitive"), false },
        { QStringLiteral("compoundFieldName"), QJsonValue::Null },
        { QStringLiteral("controllerName"), QJsonValue::Null },
        { QStringLiteral("createable"), !isId },
        { QStringLiteral("custom"), name.endsWith(QLatin1String("__c")) || name.endsWith(QLatin1String("__s")) },
        { QStringLiteral("defaultValue"), isBoolean ? QJsonValue(false) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("defaultValueFormula"), QJsonValue::Null },
        { QStringLiteral("defaultedOnCreate"), isId || isBoolean },
        { QStringLiteral("dependentPicklist"), false },
        { QStringLiteral("deprecatedAndHidden"), false },
        { QStringLiteral("digits"), type == QLatin1String("int") ? 9 : 0 },
        { QStringLiteral("displayLocationInDecimal"), false },
        { QStringLiteral("encrypted"), isEncrypted },
        { QStringLiteral("externalId"), false },
        { QStringLiteral("extraTypeInfo"), QJsonValue::Null },
        { QStringLiteral("filterable"), !isEncrypted },
        { QStringLiteral("filteredLookupInfo"), QJsonValue::Null },
        { QStringLiteral("formulaTreatNullNumberAsZero"), false },
        { QStringLiteral("groupable"),
            !(isCompound || isMultipicklist || isEncrypted || type == QLatin1String("double")
                || type == QLatin1String("currency") || type == QLatin1String("percent")
                || type == QLatin1String("datetime") || type == QLatin1String("combobox")) },
        { QStringLiteral("highScaleNumber"), false },
        { QStringLiteral("htmlFormatted"), false },
        { QStringLiteral("idLookup"), isId },
        { QStringLiteral("inlineHelpText"), QJsonValue::Null },
        { QStringLiteral("label"), label },
        { QStringLiteral("length"), length },
        { QStringLiteral("mask"), QJsonValue::Null },
        { QStringLiteral("maskType"), QJsonValue::Null },
        { QStringLiteral("name"), name },
        { QStringLiteral("nameField"), false },
        { QStringLiteral("namePointing"), false },
        { QStringLiteral("nillable"), !(isId || isBoolean) },
        { QStringLiteral("permissionable"), !isId },
        { QStringLiteral("picklistValues"), QJsonArray() },
        { QStringLiteral("polymorphicForeignKey"), false },
        { QStringLiteral("precision"), precision },
        { QStringLiteral("queryByDistance"), false },
        { QStringLiteral("referenceTargetField"), QJsonValue::Null },
        { QStringLiteral("referenceTo"), QJsonArray() },
        { QStringLiteral("relationshipName"), QJsonValue::Null },
        { QStringLiteral("relationshipOrder"), QJsonValue::Null },
        { QStringLiteral("restrictedDelete"), false },
        { QStringLiteral("restrictedPicklist"), false },
        { QStringLiteral("scale"), scale },
        { QStringLiteral("searchPrefilterable"), false },
        { QStringLiteral("soapType"), soapTypeFor(type) },
        { QStringLiteral("sortable"), !(isCompound || isMultipicklist || isEncrypted) },
        { QStringLiteral("type"), type },
        { QStringLiteral("unique"), false },
        { QStringLiteral("updateable"), !isId },
        { QStringLiteral("writeRequiresMasterRead"), false },
    };
    if (type == QLatin1String("textarea")) {
        field.insert(QStringLiteral("extraTypeInfo"), QStringLiteral("plaintextarea"));
    }
    return field;
}

} // namespace callbridge::orgsim
