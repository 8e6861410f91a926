#include "core/audit/PermissionAudit.h"

#include "core/audit/OtherUserAccess.h"
#include "core/logging/LogCategories.h"
#include "core/salesforce/CompositeRequest.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/Soql.h"

#include <QDateTime>
#include <QJsonArray>

namespace callbridge {

namespace {

QJsonArray recordsOf(const QJsonObject& response)
{
    return response.value(QStringLiteral("body")).toObject().value(QStringLiteral("records")).toArray();
}

bool succeeded(const QJsonObject& response)
{
    return response.value(QStringLiteral("httpStatusCode")).toInt() == 200;
}

const QStringList systemPermissions { QStringLiteral("PermissionsApiEnabled"),
    QStringLiteral("PermissionsViewAllUsers"), QStringLiteral("PermissionsViewSetup"),
    QStringLiteral("PermissionsEditTask"), QStringLiteral("PermissionsEditEvent"),
    QStringLiteral("PermissionsActivitiesAccess"), QStringLiteral("PermissionsViewAllData"),
    QStringLiteral("PermissionsModifyAllData") };

} // namespace

PermissionAudit::PermissionAudit(
    RestClient* client, const ConnectionSummary& connection, const ExportSettings& exportSettings, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
    , m_connection(connection)
    , m_exportSettings(exportSettings)
{
    m_inputs.username = connection.username;
    m_inputs.orgName = connection.orgName;
    m_userId = connection.userId;
    m_inputs.userId = connection.userId;
}

void PermissionAudit::auditUser(const QString& userId, const QString& username)
{
    m_otherUser = userId.left(15) != m_connection.userId.left(15);
    m_userId = userId;
    m_inputs.userId = userId;
    m_inputs.username = username;
    m_inputs.otherUser = m_otherUser;
}

void PermissionAudit::start()
{
    readPermissions();
}

void PermissionAudit::readPermissions()
{
    Q_EMIT progress(tr("Reading the user's permissions…"));
    const QString version = m_client->apiVersion();
    const QString assignments =
        QStringLiteral("SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = %1")
            .arg(soqlStringLiteral(m_userId));
    CompositeRequest composite;
    composite.add(QStringLiteral("global"), "GET", QStringLiteral("/services/data/v%1/sobjects").arg(version));
    composite.add(QStringLiteral("sets"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT Id, Label, IsOwnedByProfile, License.Name, %1 FROM PermissionSet "
                           "WHERE Id IN (%2)")
                .arg(systemPermissions.join(QStringLiteral(", ")), assignments)));
    // Only the audited objects' settings: all of a user's ObjectPermissions can run to thousands.
    composite.add(QStringLiteral("objects"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT ParentId, SobjectType, PermissionsRead, PermissionsCreate, "
                           "PermissionsEdit, PermissionsDelete, PermissionsViewAllRecords, "
                           "PermissionsModifyAllRecords FROM ObjectPermissions WHERE ParentId IN (%1) "
                           "AND SobjectType IN (%2)")
                .arg(assignments, soqlStringList(PermissionEvaluator::objectsWithSettings(m_exportSettings)))));
    composite.add(QStringLiteral("licenses"), "GET",
        soqlQueryPath(version,
            QStringLiteral("SELECT PermissionSetLicense.MasterLabel FROM PermissionSetLicenseAssign "
                           "WHERE AssigneeId = %1")
                .arg(soqlStringLiteral(m_userId))));
    if (m_otherUser) {
        composite.add(QStringLiteral("fields"), "GET",
            soqlQueryPath(version,
                QStringLiteral("SELECT SobjectType, Field FROM FieldPermissions WHERE ParentId IN (%1) "
                               "AND SobjectType IN (%2) AND PermissionsRead = true")
                    .arg(assignments, soqlStringList(PermissionEvaluator::objectsToDescribe(m_exportSettings)))));
    }
    send(composite, [this](const QHash<QString, QJsonObject>& responses) {
        for (const QJsonValue& entry : responses.value(QStringLiteral("global"))
                                           .value(QStringLiteral("body"))
                                           .toObject()
                                           .value(QStringLiteral("sobjects"))
                                           .toArray()) {
            m_inputs.sobjects.insert(entry.toObject().value(QStringLiteral("name")).toString(), entry.toObject());
        }
        m_canApplyFixes = true;
        for (const QString& object : { QStringLiteral("PermissionSet"), QStringLiteral("ObjectPermissions"),
                 QStringLiteral("FieldPermissions"), QStringLiteral("PermissionSetAssignment") }) {
            m_canApplyFixes =
                m_canApplyFixes && m_inputs.sobjects.value(object).value(QStringLiteral("createable")).toBool();
        }
        m_inputs.setupReadable =
            succeeded(responses.value(QStringLiteral("sets"))) && succeeded(responses.value(QStringLiteral("objects")));
        m_inputs.licensesReadable = succeeded(responses.value(QStringLiteral("licenses")));
        if (m_otherUser && (!m_inputs.setupReadable || !succeeded(responses.value(QStringLiteral("fields"))))) {
            // Another user's access is read from its permission records: without them, nothing.
            SalesforceError error;
            error.kind = SalesforceError::Kind::Http;
            error.httpStatus = responses.value(QStringLiteral("sets")).value(QStringLiteral("httpStatusCode")).toInt();
            error.errorCode = QStringLiteral("INSUFFICIENT_ACCESS");
            error.message = tr("Auditing another user reads its permission records, which needs View Setup and "
                               "Configuration.");
            finish(error);
            return;
        }
        for (const QString& key : { QStringLiteral("sets"), QStringLiteral("objects"), QStringLiteral("licenses"),
                 QStringLiteral("fields") }) {
            const QJsonObject response = responses.value(key);
            if (!succeeded(response)) {
                continue;
            }
            m_records.insert(key, recordsOf(response));
            const QJsonObject body = response.value(QStringLiteral("body")).toObject();
            if (!body.value(QStringLiteral("done")).toBool(true)) {
                m_morePages.append({ key, body.value(QStringLiteral("nextRecordsUrl")).toString() });
            }
        }
        readMorePages();
    });
}

void PermissionAudit::readMorePages()
{
    if (m_morePages.isEmpty()) {
        permissionsRead();
        return;
    }
    const auto [key, nextRecordsUrl] = m_morePages.takeFirst();
    auto* stream = new QueryStream(m_client, {}, false, QueryStream::maxBatchSize, this);
    m_stream = stream;
    connect(stream, &QueryStream::page, this, [this, pageKey = key](const QJsonArray& records) {
        QJsonArray& all = m_records[pageKey];
        for (const QJsonValue& record : records) {
            all.append(record);
        }
    });
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        m_apiCalls += int(stream->pagesRead());
        if (isFinished()) {
            return; // cancelled
        }
        if (!stream->ok()) {
            finish(stream->error());
            return;
        }
        readMorePages();
    });
    stream->continueFrom(nextRecordsUrl);
}

void PermissionAudit::permissionsRead()
{
    if (m_inputs.setupReadable) {
        for (const QJsonValue& value : m_records.value(QStringLiteral("sets"))) {
            const QJsonObject record = value.toObject();
            AuditInputs::PermissionSetInfo info;
            info.id = record.value(QStringLiteral("Id")).toString();
            info.label = record.value(QStringLiteral("Label")).toString();
            info.ownedByProfile = record.value(QStringLiteral("IsOwnedByProfile")).toBool();
            info.licenseName =
                record.value(QStringLiteral("License")).toObject().value(QStringLiteral("Name")).toString();
            for (const QString& permission : systemPermissions) {
                if (record.value(permission).toBool()) {
                    info.systemPermissions.insert(permission);
                }
            }
            m_inputs.permissionSets.append(info);
        }
        for (const QJsonValue& value : m_records.value(QStringLiteral("objects"))) {
            m_inputs.objectPermissions.append(value.toObject());
        }
    }
    for (const QJsonValue& value : m_records.value(QStringLiteral("licenses"))) {
        m_inputs.permissionSetLicenses.append(value.toObject()
                                                  .value(QStringLiteral("PermissionSetLicense"))
                                                  .toObject()
                                                  .value(QStringLiteral("MasterLabel"))
                                                  .toString());
    }
    for (auto it = m_inputs.sobjects.cbegin(); it != m_inputs.sobjects.cend(); ++it) {
        m_inputs.orgObjects.insert(it.key());
    }
    if (m_otherUser) {
        QStringList audited = PermissionEvaluator::objectsToDescribe(m_exportSettings);
        for (const QJsonObject& requirement : PermissionEvaluator::requirements(m_exportSettings)) {
            audited.append(requirement.value(QStringLiteral("object")).toString());
        }
        audited.removeAll(QString());
        audited.removeDuplicates();
        OtherUserAccess::applyObjectAccess(m_inputs, audited);
    }
    qCInfo(lcAudit) << "permission records readable:" << m_inputs.setupReadable
                    << "sets:" << m_inputs.permissionSets.size()
                    << "object permissions:" << m_inputs.objectPermissions.size();
    readDescribes();
}

void PermissionAudit::cancel()
{
    if (m_stream) {
        m_stream->cancel();
    }
    SalesforceJob::cancel();
}

void PermissionAudit::readDescribes()
{
    Q_EMIT progress(tr("Reading field access and visible records…"));
    const QString version = m_client->apiVersion();
    CompositeRequest composite;
    for (const QString& object : PermissionEvaluator::objectsToDescribe(m_exportSettings)) {
        // Another user's fields are worked out from the admin's describes of every object.
        if (m_otherUser ? m_inputs.orgObjects.contains(object) : m_inputs.sobjects.contains(object)) {
            composite.add(QStringLiteral("describe_") + object, "GET",
                QStringLiteral("/services/data/v%1/sobjects/%2/describe").arg(version, object));
        }
    }
    for (const QString& object : PermissionEvaluator::objectsToCount(m_exportSettings)) {
        if (m_otherUser) {
            break; // a count would be the admin's
        }
        if (m_inputs.sobjects.value(object).value(QStringLiteral("queryable")).toBool()) {
            composite.add(QStringLiteral("count_") + object, "GET",
                soqlQueryPath(version, QStringLiteral("SELECT COUNT() FROM %1").arg(object)));
        }
    }
    if (composite.size() == 0) {
        m_report = PermissionEvaluator::evaluate(m_inputs, m_exportSettings);
        m_report.checkedAt = QDateTime::currentDateTimeUtc();
        finish({});
        return;
    }
    send(composite, [this](const QHash<QString, QJsonObject>& responses) {
        QHash<QString, QJsonArray> describes;
        for (auto it = responses.cbegin(); it != responses.cend(); ++it) {
            if (!succeeded(it.value())) {
                continue;
            }
            const QJsonObject body = it.value().value(QStringLiteral("body")).toObject();
            if (it.key().startsWith(QLatin1String("describe_"))) {
                QSet<QString> fields;
                QSet<QString>& permissionable = m_inputs.permissionableFields[it.key().mid(9)];
                for (const QJsonValue& field : body.value(QStringLiteral("fields")).toArray()) {
                    const QString name = field.toObject().value(QStringLiteral("name")).toString();
                    fields.insert(name);
                    if (field.toObject().value(QStringLiteral("permissionable")).toBool()) {
                        permissionable.insert(name);
                    }
                }
                m_inputs.readableFields.insert(it.key().mid(9), fields);
                describes.insert(it.key().mid(9), body.value(QStringLiteral("fields")).toArray());
            } else {
                m_inputs.visibleCounts.insert(it.key().mid(6), body.value(QStringLiteral("totalSize")).toInteger());
            }
        }
        if (m_otherUser) {
            OtherUserAccess::applyFieldAccess(m_inputs, describes, m_records.value(QStringLiteral("fields")));
        }
        m_report = PermissionEvaluator::evaluate(m_inputs, m_exportSettings);
        m_report.checkedAt = QDateTime::currentDateTimeUtc();
        finish({});
    });
}

void PermissionAudit::send(
    const CompositeRequest& composite, const std::function<void(const QHash<QString, QJsonObject>&)>& handle)
{
    RestRequest request = composite.toRequest();
    request.idempotent = true; // reads only
    ++m_apiCalls;
    await(m_client->send(request), [handle](RestReply* reply) { handle(CompositeRequest::responses(*reply)); });
}

} // namespace callbridge
