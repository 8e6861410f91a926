#include "core/audit/PermissionFixApply.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/CompositeRequest.h"
#include "core/salesforce/Soql.h"

#include <QJsonArray>

namespace callbridge {

namespace {

const QString setReference = QStringLiteral("@{newSet.id}");

QJsonArray recordsOf(const QJsonObject& response)
{
    return response.value(QStringLiteral("body")).toObject().value(QStringLiteral("records")).toArray();
}

// The object permission fields by the audit's names.
const QList<QPair<QString, QString>>& objectFields()
{
    static const QList<QPair<QString, QString>> fields { { QStringLiteral("read"), QStringLiteral("PermissionsRead") },
        { QStringLiteral("create"), QStringLiteral("PermissionsCreate") },
        { QStringLiteral("edit"), QStringLiteral("PermissionsEdit") },
        { QStringLiteral("delete"), QStringLiteral("PermissionsDelete") },
        { QStringLiteral("viewAll"), QStringLiteral("PermissionsViewAllRecords") },
        { QStringLiteral("modifyAll"), QStringLiteral("PermissionsModifyAllRecords") } };
    return fields;
}

SalesforceError failureOf(const QJsonObject& response)
{
    const QJsonArray errors = response.value(QStringLiteral("body")).toArray();
    SalesforceError error;
    error.kind = SalesforceError::Kind::Http;
    error.httpStatus = response.value(QStringLiteral("httpStatusCode")).toInt();
    error.errorCode = errors.first().toObject().value(QStringLiteral("errorCode")).toString();
    error.message = errors.first().toObject().value(QStringLiteral("message")).toString();
    return error;
}

} // namespace

PermissionFixApply::PermissionFixApply(RestClient* client, const PermissionFixPlan& plan, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
    , m_plan(plan)
{ }

QString PermissionFixApply::describeOrg(const ConnectionSummary& summary)
{
    return summary.isSandbox ? tr("%1 (sandbox)").arg(summary.orgName) : tr("%1 (production)").arg(summary.orgName);
}

void PermissionFixApply::start()
{
    if (m_plan.isEmpty()) {
        finish({});
        return;
    }
    read();
}

void PermissionFixApply::read()
{
    Q_EMIT progress(tr("Reading the permission set…"), 0, 0);
    const QString version = m_client->apiVersion();
    const QString ofSet = QStringLiteral("SELECT Id FROM PermissionSet WHERE Name = %1")
                              .arg(soqlStringLiteral(PermissionFixPlan::setName()));
    QStringList system { QStringLiteral("Id") };
    for (const QString& permission : m_plan.content().systemPermissions) {
        system.append(permission);
    }
    QStringList objectColumns { QStringLiteral("Id"), QStringLiteral("SobjectType") };
    for (const auto& field : objectFields()) {
        objectColumns.append(field.second);
    }
    CompositeRequest composite;
    composite.add(QStringLiteral("set"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT %1 FROM PermissionSet WHERE Name = %2")
                .arg(system.join(QStringLiteral(", ")), soqlStringLiteral(PermissionFixPlan::setName()))));
    composite.add(QStringLiteral("objects"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT %1 FROM ObjectPermissions WHERE ParentId IN (%2)")
                .arg(objectColumns.join(QStringLiteral(", ")), ofSet)));
    composite.add(QStringLiteral("fields"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT Id, Field, PermissionsRead FROM FieldPermissions WHERE ParentId IN (%1)")
                .arg(ofSet)));
    composite.add(QStringLiteral("assigned"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = %1 AND PermissionSetId IN (%2)")
                .arg(soqlStringLiteral(m_plan.userId), ofSet)));
    composite.add(QStringLiteral("license"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT Id FROM PermissionSetLicense WHERE MasterLabel = %1")
                .arg(soqlStringLiteral(PermissionFixPlan::licenseLabel()))));
    RestRequest request = composite.toRequest();
    request.idempotent = true; // reads only
    ++m_apiCalls;
    await(m_client->send(request), [this](RestReply* reply) {
        const QHash<QString, QJsonObject> responses = CompositeRequest::responses(*reply);
        for (const QJsonObject& response : responses) {
            if (response.value(QStringLiteral("httpStatusCode")).toInt() != 200) {
                finish(failureOf(response));
                return;
            }
        }
        planWrites(responses);
        sendNext();
    });
}

void PermissionFixApply::planWrites(const QHash<QString, QJsonObject>& responses)
{
    const PermissionSetContent content = m_plan.content();
    const QJsonArray sets = recordsOf(responses.value(QStringLiteral("set")));
    m_setId = sets.first().toObject().value(QStringLiteral("Id")).toString();
    const QString parent = m_setId.isEmpty() ? setReference : m_setId;
    if (m_setId.isEmpty() || !content.systemPermissions.isEmpty()) {
        QJsonObject body;
        QStringList turnedOn;
        for (const QString& permission : content.systemPermissions) {
            if (!sets.first().toObject().value(permission).toBool()) {
                body.insert(permission, true);
                turnedOn.append(PermissionEvaluator::systemPermissionName(permission));
            }
        }
        QStringList changes;
        for (const QString& name : turnedOn) {
            changes.append(tr("%1 → yes").arg(name));
        }
        if (m_setId.isEmpty()) {
            body.insert(QStringLiteral("Name"), content.name);
            body.insert(QStringLiteral("Label"), content.label);
            body.insert(QStringLiteral("Description"), content.description);
            changes.prepend(tr("Created the permission set %1 (%2)").arg(content.label, content.name));
            m_writes.append({ "POST", QStringLiteral("sobjects/PermissionSet"), body, changes });
        } else if (!body.isEmpty()) {
            m_writes.append({ "PATCH", QStringLiteral("sobjects/PermissionSet/") + m_setId, body, changes });
        }
    }
    QHash<QString, QJsonObject> existingObjects;
    for (const QJsonValue& value : recordsOf(responses.value(QStringLiteral("objects")))) {
        existingObjects.insert(value.toObject().value(QStringLiteral("SobjectType")).toString(), value.toObject());
    }
    for (auto it = content.objects.cbegin(); it != content.objects.cend(); ++it) {
        const QJsonObject existing = existingObjects.value(it.key());
        QJsonObject body;
        QStringList changes;
        for (const auto& [permission, field] : objectFields()) {
            if (it.value().has(permission) && !existing.value(field).toBool()) {
                body.insert(field, true);
                changes.append(tr("%1: %2 → yes").arg(it.key(), PermissionEvaluator::objectPermissionName(permission)));
            }
        }
        if (body.isEmpty()) {
            continue;
        }
        if (existing.isEmpty()) {
            for (const auto& [permission, field] : objectFields()) {
                body.insert(field, it.value().has(permission));
            }
            body.insert(QStringLiteral("ParentId"), parent);
            body.insert(QStringLiteral("SobjectType"), it.key());
            m_writes.append({ "POST", QStringLiteral("sobjects/ObjectPermissions"), body, changes });
        } else {
            m_writes.append({ "PATCH",
                QStringLiteral("sobjects/ObjectPermissions/") + existing.value(QStringLiteral("Id")).toString(), body,
                changes });
        }
    }
    QHash<QString, QJsonObject> existingFields;
    for (const QJsonValue& value : recordsOf(responses.value(QStringLiteral("fields")))) {
        existingFields.insert(value.toObject().value(QStringLiteral("Field")).toString(), value.toObject());
    }
    for (auto it = content.fields.cbegin(); it != content.fields.cend(); ++it) {
        const QJsonObject existing = existingFields.value(it.key());
        if (existing.value(QStringLiteral("PermissionsRead")).toBool()) {
            continue;
        }
        const QStringList changes { tr("%1: Read Access → yes").arg(it.key()) };
        if (existing.isEmpty()) {
            m_writes.append({ "POST", QStringLiteral("sobjects/FieldPermissions"),
                QJsonObject { { QStringLiteral("ParentId"), parent },
                    { QStringLiteral("SobjectType"), it.key().section(QLatin1Char('.'), 0, 0) },
                    { QStringLiteral("Field"), it.key() }, { QStringLiteral("PermissionsRead"), true },
                    { QStringLiteral("PermissionsEdit"), false } },
                changes });
        } else {
            m_writes.append({ "PATCH",
                QStringLiteral("sobjects/FieldPermissions/") + existing.value(QStringLiteral("Id")).toString(),
                QJsonObject { { QStringLiteral("PermissionsRead"), true } }, changes });
        }
    }
    const QString license =
        recordsOf(responses.value(QStringLiteral("license"))).first().toObject().value(QStringLiteral("Id")).toString();
    if (m_plan.assignsLicense() && !license.isEmpty()) {
        m_writes.append({ "POST", QStringLiteral("sobjects/PermissionSetLicenseAssign"),
            QJsonObject { { QStringLiteral("AssigneeId"), m_plan.userId },
                { QStringLiteral("PermissionSetLicenseId"), license } },
            { tr("Assigned the permission set license %1 to %2")
                    .arg(PermissionFixPlan::licenseLabel(), m_plan.username) } });
    }
    if (!m_plan.grantsNothing() && recordsOf(responses.value(QStringLiteral("assigned"))).isEmpty()) {
        m_writes.append({ "POST", QStringLiteral("sobjects/PermissionSetAssignment"),
            QJsonObject {
                { QStringLiteral("AssigneeId"), m_plan.userId }, { QStringLiteral("PermissionSetId"), parent } },
            { tr("Assigned %1 to %2").arg(content.label, m_plan.username) } });
    }
    m_total = int(m_writes.size());
    qCInfo(lcAudit) << "permission fix:" << m_total << "writes";
}

void PermissionFixApply::sendNext()
{
    if (m_writes.isEmpty()) {
        finish({});
        return;
    }
    Q_EMIT progress(tr("Changing the permission set…"), m_total - int(m_writes.size()), m_total);
    const QString version = m_client->apiVersion();
    CompositeRequest composite(true);
    QStringList references;
    QStringList changes; // what this composite changes once it has succeeded
    while (!m_writes.isEmpty() && composite.size() < CompositeRequest::maxSubrequests) {
        Write write = m_writes.takeFirst();
        const QString reference = write.path == QLatin1String("sobjects/PermissionSet") && write.method == "POST"
            ? QStringLiteral("newSet")
            : QStringLiteral("w%1").arg(composite.size());
        if (!m_setId.isEmpty()) {
            for (const QString& key : { QStringLiteral("ParentId"), QStringLiteral("PermissionSetId") }) {
                if (write.body.value(key).toString() == setReference) {
                    write.body.insert(key, m_setId);
                }
            }
        }
        composite.add(
            reference, write.method, QStringLiteral("/services/data/v%1/%2").arg(version, write.path), write.body);
        references.append(reference);
        changes.append(write.changes);
    }
    ++m_apiCalls;
    await(m_client->send(composite.toRequest()), [this, references, changes](RestReply* reply) {
        const QHash<QString, QJsonObject> responses = CompositeRequest::responses(*reply);
        for (const QString& reference : references) {
            const QJsonObject response = responses.value(reference);
            if (response.value(QStringLiteral("httpStatusCode")).toInt() >= 300) {
                // allOrNone: the first real failure says why; the others were rolled back with it.
                const QString code = failureOf(response).errorCode;
                if (code != QLatin1String("PROCESSING_HALTED") || reference == references.last()) {
                    finish(failureOf(response)); // changes() keeps what earlier composites changed
                    return;
                }
            }
        }
        m_changes.append(changes);
        const QJsonObject created = responses.value(QStringLiteral("newSet"));
        if (!created.isEmpty()) {
            m_setId = created.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString();
        }
        sendNext();
    });
}

} // namespace callbridge
