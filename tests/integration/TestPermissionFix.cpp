#include "tests/support/OrgSimFixture.h"

#include "core/audit/PermissionAudit.h"
#include "core/audit/PermissionFixApply.h"
#include "core/audit/PermissionSetMetadata.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QString api = QStringLiteral("/services/data/v60.0/");

QStringList blocking(const AuditReport& report)
{
    QStringList result;
    for (const AuditFinding& finding : report.findings) {
        if (finding.status == AuditFinding::Status::Missing && finding.severity == AuditFinding::Severity::Blocking) {
            result.append(finding.id);
        }
    }
    result.sort();
    return result;
}

QJsonArray records(const HttpResult& result)
{
    return result.json().object().value(QStringLiteral("records")).toArray();
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString errorCodeOf(const HttpResult& result)
{
    return result.json().array().first().toObject().value(QStringLiteral("errorCode")).toString();
}

QString messageOf(const HttpResult& result)
{
    return result.json().array().first().toObject().value(QStringLiteral("message")).toString();
}

} // namespace

class TestPermissionFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void permissionRecordsNeedManageProfilesAndAssignPermissionSets();
    void salesforceDependencyRulesAreEnforced();
    void accessFollowsAPermissionChangeAtOnce();
    void anAdminAuditsTheIntegrationUserAsItSeesItself();
    void theAdminFixesTheLimitedUserInOneStep();
    void theMetadataExportFollowsThePermissionSetFormat();

private:
    struct Client
    {
        std::unique_ptr<SalesforceSession> session;
        std::unique_ptr<RestClient> client;
        ConnectionSummary summary;
    };
    Client connectAs(const QString& username);
    AuditReport audit(
        Client& client, const QString& userId = {}, const QString& username = {}, PermissionFixPlan* plan = nullptr);
    QStringList apply(Client& admin, const PermissionFixPlan& plan, int* apiCalls = nullptr);
    PermissionSetContent readBack(TestHttp& admin);

    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
};

void TestPermissionFix::init()
{
    m_org = std::make_unique<OrgSimFixture>(); // every test starts from the demo org as built
}

TestPermissionFix::Client TestPermissionFix::connectAs(const QString& username)
{
    const OAuthTokens tokens =
        std::get<OAuthTokens>(OAuthTokens::parse(QJsonDocument(m_org->tokensFor(username, true)).toJson()));
    Client client;
    client.session = std::make_unique<SalesforceSession>(&m_network);
    client.session->setTokens(tokens);
    client.client = std::make_unique<RestClient>(&m_network, client.session.get());
    client.summary.orgId = tokens.orgId;
    client.summary.userId = tokens.userId;
    client.summary.username = username;
    client.summary.orgName = QStringLiteral("Callbridge Demo Org");
    return client;
}

AuditReport TestPermissionFix::audit(
    Client& client, const QString& userId, const QString& username, PermissionFixPlan* plan)
{
    ExportSettings exportSettings;
    exportSettings.activityType = ActivityType::Task;
    PermissionAudit audit(client.client.get(), client.summary, exportSettings);
    if (!userId.isEmpty()) {
        audit.auditUser(userId, username);
    }
    QSignalSpy finished(&audit, &PermissionAudit::finished);
    audit.start();
    if (!audit.isFinished() && !finished.wait(20000)) {
        qWarning("audit did not finish");
    }
    if (!audit.ok()) {
        qWarning("audit failed: %s", qPrintable(audit.error().toString()));
    }
    if (plan) {
        PermissionFixPlan::Options options;
        options.today = QDate(2026, 12, 2);
        *plan = PermissionFixPlan::compute(audit.inputs(), audit.report(), exportSettings, options);
    }
    return audit.report();
}

QStringList TestPermissionFix::apply(Client& admin, const PermissionFixPlan& plan, int* apiCalls)
{
    PermissionFixApply job(admin.client.get(), plan);
    QSignalSpy finished(&job, &PermissionFixApply::finished);
    job.start();
    if (!job.isFinished() && !finished.wait(20000)) {
        qWarning("the fix did not finish");
    }
    if (!job.ok()) {
        qWarning("the fix failed: %s", qPrintable(job.error().toString()));
    }
    if (apiCalls) {
        *apiCalls = job.apiCalls();
    }
    return job.changes();
}

// The Callbridge permission set as orgsim holds it, read back through SOQL.
PermissionSetContent TestPermissionFix::readBack(TestHttp& admin)
{
    const QString name = PermissionFixPlan::setName();
    PermissionSetContent content;
    const QJsonObject set = records(admin.query(QStringLiteral("SELECT Id, Name, Label, Description, "
                                                               "PermissionsApiEnabled, PermissionsViewAllUsers, "
                                                               "PermissionsEditTask, PermissionsEditEvent, "
                                                               "PermissionsActivitiesAccess FROM PermissionSet "
                                                               "WHERE Name = '%1'")
                                                    .arg(name)))
                                .first()
                                .toObject();
    content.name = set.value(QStringLiteral("Name")).toString();
    content.label = set.value(QStringLiteral("Label")).toString();
    content.description = set.value(QStringLiteral("Description")).toString();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("Permissions")) && it.value().toBool()) {
            content.systemPermissions.insert(it.key());
        }
    }
    const QString id = set.value(QStringLiteral("Id")).toString();
    for (const QJsonValue& value :
        records(admin.query(QStringLiteral("SELECT SobjectType, PermissionsRead, PermissionsCreate, PermissionsEdit, "
                                           "PermissionsDelete, PermissionsViewAllRecords, PermissionsModifyAllRecords "
                                           "FROM ObjectPermissions WHERE ParentId = '%1'")
                                .arg(id)))) {
        const QJsonObject record = value.toObject();
        PermissionSetContent::ObjectFlags flags;
        flags.read = record.value(QStringLiteral("PermissionsRead")).toBool();
        flags.create = record.value(QStringLiteral("PermissionsCreate")).toBool();
        flags.edit = record.value(QStringLiteral("PermissionsEdit")).toBool();
        flags.remove = record.value(QStringLiteral("PermissionsDelete")).toBool();
        flags.viewAll = record.value(QStringLiteral("PermissionsViewAllRecords")).toBool();
        flags.modifyAll = record.value(QStringLiteral("PermissionsModifyAllRecords")).toBool();
        content.objects.insert(record.value(QStringLiteral("SobjectType")).toString(), flags);
    }
    for (const QJsonValue& value : records(admin.query(QStringLiteral(
             "SELECT Field, PermissionsRead, PermissionsEdit FROM FieldPermissions WHERE ParentId = '%1'")
                                                           .arg(id)))) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("PermissionsRead")).toBool()) {
            content.fields.insert(record.value(QStringLiteral("Field")).toString(),
                record.value(QStringLiteral("PermissionsEdit")).toBool());
        }
    }
    return content;
}

void TestPermissionFix::permissionRecordsNeedManageProfilesAndAssignPermissionSets()
{
    // The integration user reads the permission records (View Setup and Configuration) but may
    // not change them.
    TestHttp integration(m_org->baseUrl());
    integration.setBearer(m_org->accessTokenFor(OrgSimFixture::integrationUser()));
    const HttpResult refused = integration.post(api + QStringLiteral("sobjects/PermissionSet"),
        json({ { QStringLiteral("Name"), QStringLiteral("Sneaky") },
            { QStringLiteral("Label"), QStringLiteral("Sneaky") } }));
    QCOMPARE(refused.status, 400);
    QCOMPARE(errorCodeOf(refused), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    const QJsonObject global = integration.get(api + QStringLiteral("sobjects")).json().object();
    for (const QJsonValue& entry : global.value(QStringLiteral("sobjects")).toArray()) {
        if (entry.toObject().value(QStringLiteral("name")).toString() == QLatin1String("PermissionSetAssignment")) {
            QCOMPARE(entry.toObject().value(QStringLiteral("createable")).toBool(), false);
        }
    }

    // The admin may.
    TestHttp admin(m_org->baseUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const HttpResult created = admin.post(api + QStringLiteral("sobjects/PermissionSet"),
        json(
            { { QStringLiteral("Name"), QStringLiteral("Extra") }, { QStringLiteral("Label"), QStringLiteral("Extra") },
                { QStringLiteral("PermissionsViewAllUsers"), true } }));
    QCOMPARE(created.status, 201);
    const QString setId = created.json().object().value(QStringLiteral("id")).toString();
    const QJsonObject set = admin.get(api + QStringLiteral("sobjects/PermissionSet/") + setId).json().object();
    QCOMPARE(set.value(QStringLiteral("IsCustom")).toBool(), true);
    QCOMPARE(set.value(QStringLiteral("IsOwnedByProfile")).toBool(), false);
    // A second set of the same API name is refused.
    const HttpResult again = admin.post(api + QStringLiteral("sobjects/PermissionSet"),
        json({ { QStringLiteral("Name"), QStringLiteral("Extra") },
            { QStringLiteral("Label"), QStringLiteral("Other") } }));
    QCOMPARE(again.status, 400);
    QCOMPARE(errorCodeOf(again), QStringLiteral("DUPLICATE_VALUE"));
    QCOMPARE(admin
                 .patch(api + QStringLiteral("sobjects/PermissionSet/") + setId,
                     json({ { QStringLiteral("Description"), QStringLiteral("changed") } }))
                 .status,
        204);
    QCOMPARE(admin.remove(api + QStringLiteral("sobjects/PermissionSet/") + setId).status, 204);
}

void TestPermissionFix::salesforceDependencyRulesAreEnforced()
{
    TestHttp admin(m_org->baseUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const QString setId = admin
                              .post(api + QStringLiteral("sobjects/PermissionSet"),
                                  json({ { QStringLiteral("Name"), QStringLiteral("Rules") },
                                      { QStringLiteral("Label"), QStringLiteral("Rules") } }))
                              .json()
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    auto objectPermission = [&](const QString& object, const QJsonObject& flags) {
        QJsonObject body = flags;
        body.insert(QStringLiteral("ParentId"), setId);
        body.insert(QStringLiteral("SobjectType"), object);
        return admin.post(api + QStringLiteral("sobjects/ObjectPermissions"), json(body));
    };
    // View All needs Read.
    HttpResult result =
        objectPermission(QStringLiteral("Opportunity"), { { QStringLiteral("PermissionsViewAllRecords"), true } });
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCodeOf(result), QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));
    QCOMPARE(messageOf(result),
        QStringLiteral("Permission Read All Opportunity depends on permission(s): Read Opportunity"));
    // Modify All needs Read, Edit, Delete and View All.
    result = objectPermission(QStringLiteral("Account"),
        { { QStringLiteral("PermissionsRead"), true }, { QStringLiteral("PermissionsModifyAllRecords"), true } });
    QCOMPARE(messageOf(result),
        QStringLiteral("Permission Modify All Account depends on permission(s): Edit Account, Delete Account, "
                       "Read All Account"));
    // Edit needs Read.
    result = objectPermission(QStringLiteral("Lead"), { { QStringLiteral("PermissionsEdit"), true } });
    QCOMPARE(messageOf(result), QStringLiteral("Permission Edit Lead depends on permission(s): Read Lead"));
    // An object that does not exist.
    result = objectPermission(QStringLiteral("Nope__c"), { { QStringLiteral("PermissionsRead"), true } });
    QCOMPARE(errorCodeOf(result), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    // Right: created; the same object again is a duplicate; turning on Edit without Read refused.
    result = objectPermission(QStringLiteral("Opportunity"),
        { { QStringLiteral("PermissionsRead"), true }, { QStringLiteral("PermissionsViewAllRecords"), true } });
    QCOMPARE(result.status, 201);
    const QString opportunity = result.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(
        errorCodeOf(objectPermission(QStringLiteral("Opportunity"), { { QStringLiteral("PermissionsRead"), true } })),
        QStringLiteral("DUPLICATE_VALUE"));
    result = admin.patch(api + QStringLiteral("sobjects/ObjectPermissions/") + opportunity,
        json({ { QStringLiteral("PermissionsRead"), false } }));
    QCOMPARE(errorCodeOf(result), QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));

    // Field permissions: not on a required field, Edit needs Read.
    auto fieldPermission = [&](const QString& field, bool read, bool edit) {
        return admin.post(api + QStringLiteral("sobjects/FieldPermissions"),
            json({ { QStringLiteral("ParentId"), setId },
                { QStringLiteral("SobjectType"), field.section(QLatin1Char('.'), 0, 0) },
                { QStringLiteral("Field"), field }, { QStringLiteral("PermissionsRead"), read },
                { QStringLiteral("PermissionsEdit"), edit } }));
    };
    result = fieldPermission(QStringLiteral("Contact.LastName"), true, false);
    QCOMPARE(result.status, 400);
    QCOMPARE(messageOf(result), QStringLiteral("You cannot deploy to a required field: Contact.LastName"));
    result = fieldPermission(QStringLiteral("Contact.Email"), false, true);
    QCOMPARE(messageOf(result),
        QStringLiteral("Permission Edit Contact.Email depends on permission(s): Read Contact.Email"));
    QCOMPARE(fieldPermission(QStringLiteral("Contact.Nope__c"), true, false).status, 400);
    QCOMPARE(fieldPermission(QStringLiteral("Contact.Email"), true, false).status, 201);
    QCOMPARE(
        errorCodeOf(fieldPermission(QStringLiteral("Contact.Email"), true, true)), QStringLiteral("DUPLICATE_VALUE"));
}

void TestPermissionFix::accessFollowsAPermissionChangeAtOnce()
{
    TestHttp limited(m_org->baseUrl());
    limited.setBearer(m_org->accessTokenFor(OrgSimFixture::limitedUser()));
    auto describesEmail = [&] {
        for (const QJsonValue& field : limited.get(api + QStringLiteral("sobjects/Contact/describe"))
                                           .json()
                                           .object()
                                           .value(QStringLiteral("fields"))
                                           .toArray()) {
            if (field.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Email")) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!describesEmail());
    QCOMPARE(limited.query(QStringLiteral("SELECT Email FROM Contact LIMIT 1")).status, 400);

    TestHttp admin(m_org->baseUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const QString userId = records(
        admin.query(QStringLiteral("SELECT Id FROM User WHERE Username = '%1'").arg(OrgSimFixture::limitedUser())))
                               .first()
                               .toObject()
                               .value(QStringLiteral("Id"))
                               .toString();
    const QString setId = admin
                              .post(api + QStringLiteral("sobjects/PermissionSet"),
                                  json({ { QStringLiteral("Name"), QStringLiteral("Email_Access") },
                                      { QStringLiteral("Label"), QStringLiteral("Email Access") } }))
                              .json()
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    const QString fieldId = admin
                                .post(api + QStringLiteral("sobjects/FieldPermissions"),
                                    json({ { QStringLiteral("ParentId"), setId },
                                        { QStringLiteral("SobjectType"), QStringLiteral("Contact") },
                                        { QStringLiteral("Field"), QStringLiteral("Contact.Email") },
                                        { QStringLiteral("PermissionsRead"), true } }))
                                .json()
                                .object()
                                .value(QStringLiteral("id"))
                                .toString();
    QVERIFY(!describesEmail()); // not assigned yet
    const HttpResult assigned = admin.post(api + QStringLiteral("sobjects/PermissionSetAssignment"),
        json({ { QStringLiteral("AssigneeId"), userId }, { QStringLiteral("PermissionSetId"), setId } }));
    QCOMPARE(assigned.status, 201);
    QVERIFY(describesEmail());
    QCOMPARE(limited.query(QStringLiteral("SELECT Email FROM Contact LIMIT 1")).status, 200);
    // Assigned twice: a duplicate.
    QCOMPARE(errorCodeOf(admin.post(api + QStringLiteral("sobjects/PermissionSetAssignment"),
                 json({ { QStringLiteral("AssigneeId"), userId }, { QStringLiteral("PermissionSetId"), setId } }))),
        QStringLiteral("DUPLICATE_VALUE"));
    // The field permission removed: hidden again at once.
    QCOMPARE(admin.remove(api + QStringLiteral("sobjects/FieldPermissions/") + fieldId).status, 204);
    QVERIFY(!describesEmail());
}

void TestPermissionFix::anAdminAuditsTheIntegrationUserAsItSeesItself()
{
    for (const QString& username : { OrgSimFixture::limitedUser(), OrgSimFixture::integrationUser() }) {
        Client self = connectAs(username);
        const AuditReport own = audit(self);
        Client admin = connectAs(OrgSimFixture::adminUser());
        const AuditReport byAdmin = audit(admin, self.summary.userId, username);
        QCOMPARE(byAdmin.username, username);
        QStringList ownMissing, adminMissing;
        for (const AuditFinding& finding : own.findings) {
            if (finding.status == AuditFinding::Status::Missing) {
                ownMissing.append(finding.id);
            }
        }
        for (const AuditFinding& finding : byAdmin.findings) {
            if (finding.status == AuditFinding::Status::Missing) {
                adminMissing.append(finding.id);
            }
        }
        QCOMPARE(adminMissing, ownMissing);
    }
}

void TestPermissionFix::theAdminFixesTheLimitedUserInOneStep()
{
    Client limited = connectAs(OrgSimFixture::limitedUser());
    QVERIFY(!blocking(audit(limited)).isEmpty());

    Client admin = connectAs(OrgSimFixture::adminUser());
    PermissionFixPlan plan;
    audit(admin, limited.summary.userId, OrgSimFixture::limitedUser(), &plan);
    // Exactly what is missing: Edit Tasks, View All (and the Read it needs) on Opportunity, Contact.Email.
    const PermissionSetContent planned = plan.content();
    QCOMPARE(planned.systemPermissions, QSet<QString> { QStringLiteral("PermissionsEditTask") });
    QCOMPARE(planned.objects.keys(), QStringList { QStringLiteral("Opportunity") });
    QVERIFY(planned.objects.value(QStringLiteral("Opportunity")).viewAll);
    QVERIFY(planned.objects.value(QStringLiteral("Opportunity")).read);
    QVERIFY(!planned.objects.value(QStringLiteral("Opportunity")).edit);
    QCOMPARE(planned.fields.keys(), QStringList { QStringLiteral("Contact.Email") });
    QVERIFY(plan.toText().contains(QLatin1String("task-edit-tasks")));

    int apiCalls = 0;
    const QStringList changes = apply(admin, plan, &apiCalls);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(apiCalls, 2); // one read, one all-or-none write

    const AuditReport after = audit(limited);
    QCOMPARE(blocking(after), QStringList());
    // The set in the org grants nothing beyond the plan.
    TestHttp http(m_org->baseUrl());
    http.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    QCOMPARE(readBack(http), planned);

    // Again: nothing left to fix, and the old plan applied again changes nothing.
    PermissionFixPlan second;
    audit(admin, limited.summary.userId, OrgSimFixture::limitedUser(), &second);
    QVERIFY2(second.isEmpty(), qPrintable(second.toText()));
    QCOMPARE(apply(admin, plan), QStringList());
    QCOMPARE(readBack(http), planned);
    QCOMPARE(
        records(http.query(
                    QStringLiteral("SELECT Id FROM PermissionSet WHERE Name = '%1'").arg(PermissionFixPlan::setName())))
            .size(),
        1);
}

void TestPermissionFix::theMetadataExportFollowsThePermissionSetFormat()
{
    Client limited = connectAs(OrgSimFixture::limitedUser());
    Client admin = connectAs(OrgSimFixture::adminUser());
    PermissionFixPlan plan;
    audit(admin, limited.summary.userId, OrgSimFixture::limitedUser(), &plan);
    QTemporaryDir directory;
    QVERIFY(PermissionSetMetadata::write(plan.content(), directory.path(), QStringLiteral("60.0")).ok());
    QFile file(PermissionSetMetadata::permissionSetPath(directory.path(), PermissionFixPlan::setName()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();

    // Every element is one the Metadata API Developer Guide documents for PermissionSet
    // (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm).
    const QSet<QString> documented { QStringLiteral("PermissionSet"), QStringLiteral("description"),
        QStringLiteral("fieldPermissions"), QStringLiteral("editable"), QStringLiteral("field"),
        QStringLiteral("readable"), QStringLiteral("hasActivationRequired"), QStringLiteral("label"),
        QStringLiteral("license"), QStringLiteral("objectPermissions"), QStringLiteral("allowCreate"),
        QStringLiteral("allowDelete"), QStringLiteral("allowEdit"), QStringLiteral("allowRead"),
        QStringLiteral("modifyAllRecords"), QStringLiteral("object"), QStringLiteral("viewAllRecords"),
        QStringLiteral("userPermissions"), QStringLiteral("enabled"), QStringLiteral("name") };
    QXmlStreamReader reader(exported);
    int elements = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            ++elements;
            QVERIFY2(documented.contains(reader.name().toString()), qPrintable(reader.name().toString()));
            QCOMPARE(reader.namespaceUri().toString(), QStringLiteral("http://soap.sforce.com/2006/04/metadata"));
        }
    }
    QVERIFY(!reader.hasError());
    QVERIFY(elements > 10);
    QFile package(directory.filePath(QStringLiteral("package.xml")));
    QVERIFY(package.open(QIODevice::ReadOnly));
    QVERIFY(package.readAll().contains(QByteArray("<members>" + PermissionFixPlan::setName().toUtf8() + "</members>")));

    // The same plan applied through REST, read back from orgsim, is the exported file.
    apply(admin, plan);
    TestHttp http(m_org->baseUrl());
    http.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    QCOMPARE(PermissionSetMetadata::permissionSetXml(readBack(http)), exported);
}

QTEST_GUILESS_MAIN(TestPermissionFix)
#include "TestPermissionFix.moc"
