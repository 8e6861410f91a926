#include "core/orgsim/rest/DescribeService.h"

#include <QJsonArray>
#include <QLocale>

namespace callbridge::orgsim {

namespace {

QByteArray httpDate(const QDateTime& value)
{
    return QLocale::c().toString(value.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime parsed = QLocale::c().toDateTime(
        QString::fromLatin1(value).trimmed(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    parsed.setTimeSpec(Qt::UTC); // the text is GMT; QLocale reads it as local time
    return parsed;
}

const QStringList summaryKeys { QStringLiteral("activateable"), QStringLiteral("associateEntityType"),
    QStringLiteral("associateParentEntity"), QStringLiteral("createable"), QStringLiteral("custom"),
    QStringLiteral("customSetting"), QStringLiteral("deepCloneable"), QStringLiteral("deletable"),
    QStringLiteral("deprecatedAndHidden"), QStringLiteral("feedEnabled"), QStringLiteral("hasSubtypes"),
    QStringLiteral("isInterface"), QStringLiteral("isSubtype"), QStringLiteral("keyPrefix"), QStringLiteral("label"),
    QStringLiteral("labelPlural"), QStringLiteral("layoutable"), QStringLiteral("mergeable"),
    QStringLiteral("mruEnabled"), QStringLiteral("name"), QStringLiteral("queryable"), QStringLiteral("replicateable"),
    QStringLiteral("retrieveable"), QStringLiteral("searchable"), QStringLiteral("triggerable"),
    QStringLiteral("undeletable"), QStringLiteral("updateable") };

} // namespace

DescribeService::DescribeService(OrgData& org, AccessControl& access)
    : m_org(org)
    , m_access(access)
{ }

QJsonObject DescribeService::urls(const RestContext& context, const ObjectSchema& object, bool full) const
{
    const QString base = QStringLiteral("/services/data/v%1/sobjects/%2").arg(context.version, object.name);
    QJsonObject urls { { QStringLiteral("sobject"), base },
        { QStringLiteral("describe"), QString(base + QStringLiteral("/describe")) },
        { QStringLiteral("rowTemplate"), QString(base + QStringLiteral("/{ID}")) } };
    if (full || object.objectDescribe.value(QStringLiteral("layoutable")).toBool()) {
        urls.insert(QStringLiteral("compactLayouts"), QString(base + QStringLiteral("/describe/compactLayouts")));
        urls.insert(QStringLiteral("approvalLayouts"), QString(base + QStringLiteral("/describe/approvalLayouts")));
        urls.insert(QStringLiteral("listviews"), QString(base + QStringLiteral("/listviews")));
        urls.insert(QStringLiteral("quickActions"), QString(base + QStringLiteral("/quickActions")));
        urls.insert(QStringLiteral("layouts"), QString(base + QStringLiteral("/describe/layouts")));
    }
    return urls;
}

QJsonObject DescribeService::objectSummary(const RestContext& context, const ObjectSchema& object) const
{
    const ObjectAccess access = m_access.objectAccess(*context.user, object);
    QJsonObject summary;
    for (const QString& key : summaryKeys) {
        summary.insert(key, object.objectDescribe.value(key));
    }
    // What the user may do decides these flags, not just what the object supports.
    summary.insert(QStringLiteral("createable"),
        object.objectDescribe.value(QStringLiteral("createable")).toBool() && access.create);
    summary.insert(QStringLiteral("updateable"),
        object.objectDescribe.value(QStringLiteral("updateable")).toBool() && access.edit);
    summary.insert(QStringLiteral("deletable"),
        object.objectDescribe.value(QStringLiteral("deletable")).toBool() && access.remove);
    summary.insert(QStringLiteral("undeletable"),
        object.objectDescribe.value(QStringLiteral("undeletable")).toBool() && access.remove);
    summary.insert(
        QStringLiteral("queryable"), object.objectDescribe.value(QStringLiteral("queryable")).toBool() && access.read);
    summary.insert(QStringLiteral("urls"), urls(context, object, false));
    return summary;
}

HttpResponse DescribeService::describeGlobal(const RestContext& context) const
{
    QJsonArray sobjects;
    for (const ObjectSchema& object : OrgSchema::instance().objects()) {
        if (m_access.objectAccess(*context.user, object).read) {
            sobjects.append(objectSummary(context, object));
        }
    }
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("encoding"), QStringLiteral("UTF-8") }, { QStringLiteral("maxBatchSize"), 200 },
            { QStringLiteral("sobjects"), sobjects } });
}

HttpResponse DescribeService::basicInfo(const RestContext& context, const ObjectSchema& object) const
{
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("objectDescribe"), objectSummary(context, object) },
            { QStringLiteral("recentItems"), QJsonArray() } });
}

QJsonObject DescribeService::fullDescribe(const RestContext& context, const ObjectSchema& object) const
{
    QJsonObject describe = object.objectDescribe;
    const QJsonObject summary = objectSummary(context, object);
    for (const QString& flag : { QStringLiteral("createable"), QStringLiteral("updateable"),
             QStringLiteral("deletable"), QStringLiteral("undeletable"), QStringLiteral("queryable") }) {
        describe.insert(flag, summary.value(flag));
    }
    QJsonArray fields;
    for (const FieldSchema& field : object.fields) {
        if (!m_access.canReadField(*context.user, object, field)) {
            continue; // field-level security hides the field from describe altogether
        }
        QJsonObject entry = field.describe;
        const bool editable = m_access.canEditField(*context.user, object, field);
        entry.insert(QStringLiteral("createable"), field.createable && editable);
        entry.insert(QStringLiteral("updateable"), field.updateable && editable);
        fields.append(entry);
    }
    describe.insert(QStringLiteral("fields"), fields);

    QJsonArray children;
    for (const ObjectSchema& child : OrgSchema::instance().objects()) {
        for (const FieldSchema& field : child.fields) {
            if (field.type == QLatin1String("reference") && field.referenceTo.contains(object.name)) {
                children.append(QJsonObject {
                    { QStringLiteral("cascadeDelete"),
                        field.describe.value(QStringLiteral("cascadeDelete")).toBool()
                            || (child.sharing == SharingModel::ControlledByParent && field.name == child.parentField) },
                    { QStringLiteral("childSObject"), child.name }, { QStringLiteral("deprecatedAndHidden"), false },
                    { QStringLiteral("field"), field.name }, { QStringLiteral("junctionIdListNames"), QJsonArray() },
                    { QStringLiteral("junctionReferenceTo"), QJsonArray() },
                    { QStringLiteral("relationshipName"),
                        field.name == QLatin1String("CreatedById") || field.name == QLatin1String("LastModifiedById")
                            ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(QString(child.labelPlural).remove(QLatin1Char(' '))) },
                    { QStringLiteral("restrictedDelete"), false } });
            }
        }
    }
    describe.insert(QStringLiteral("childRelationships"), children);

    QJsonArray recordTypes;
    const ObjectTable* recordTypeTable = m_org.table(QStringLiteral("RecordType"));
    for (qint64 row = 0; row < recordTypeTable->rowCount(); ++row) {
        if (m_org.value(QStringLiteral("RecordType"), row, QStringLiteral("SobjectType")).toString() != object.name) {
            continue;
        }
        const QString id = recordTypeTable->idOf(row);
        recordTypes.append(
            QJsonObject { { QStringLiteral("active"),
                              m_org.value(QStringLiteral("RecordType"), row, QStringLiteral("IsActive")).toBool() },
                { QStringLiteral("available"), true }, { QStringLiteral("defaultRecordTypeMapping"), false },
                { QStringLiteral("developerName"),
                    m_org.value(QStringLiteral("RecordType"), row, QStringLiteral("DeveloperName")).toString() },
                { QStringLiteral("master"), false },
                { QStringLiteral("name"),
                    m_org.value(QStringLiteral("RecordType"), row, QStringLiteral("Name")).toString() },
                { QStringLiteral("recordTypeId"), id },
                { QStringLiteral("urls"),
                    QJsonObject { { QStringLiteral("layout"),
                        QStringLiteral("/services/data/v%1/sobjects/%2/describe/layouts/%3")
                            .arg(context.version, object.name, id) } } } });
    }
    const QString masterId = QStringLiteral("012000000000000AAA");
    recordTypes.append(QJsonObject { { QStringLiteral("active"), true }, { QStringLiteral("available"), true },
        { QStringLiteral("defaultRecordTypeMapping"), recordTypes.isEmpty() },
        { QStringLiteral("developerName"), QStringLiteral("Master") }, { QStringLiteral("master"), true },
        { QStringLiteral("name"), QStringLiteral("Master") }, { QStringLiteral("recordTypeId"), masterId },
        { QStringLiteral("urls"),
            QJsonObject { { QStringLiteral("layout"),
                QStringLiteral("/services/data/v%1/sobjects/%2/describe/layouts/%3")
                    .arg(context.version, object.name, masterId) } } } });
    describe.insert(QStringLiteral("recordTypeInfos"), recordTypes);
    describe.insert(QStringLiteral("urls"), urls(context, object, true));
    return describe;
}

HttpResponse DescribeService::describe(
    const RestContext& context, const ObjectSchema& object, const QByteArray& ifModifiedSince) const
{
    if (!ifModifiedSince.isEmpty()) {
        const QDateTime since = parseHttpDate(ifModifiedSince);
        if (since.isValid() && m_org.schemaLastModified <= since) {
            HttpResponse notModified;
            notModified.status = 304;
            return notModified;
        }
    }
    HttpResponse response = HttpResponse::json(200, fullDescribe(context, object));
    response.setHeader("Last-Modified", httpDate(m_org.schemaLastModified));
    return response;
}

} // namespace callbridge::orgsim
