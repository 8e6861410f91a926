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

} // namespace

class TestPermissionFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void anAdminAuditsTheIntegrationUserAsItSeesItself();
    void theAdminFixesTheLimitedUserInOneStep();
    void theMetadataExportFollowsThePermissionSetFormat();
    void theFixCoversTheFieldsOfAnObjectItMakesReadable();
    void applyingIsAllOrNoneInCompositesOf25();
    void anObjectNotInTheOrgIsLeftOutOfThePlan();

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
    const QJsonObject set = admin
                                .query(QStringLiteral("SELECT Id, Name, Label, Description, "
                                                      "PermissionsApiEnabled, PermissionsViewAllUsers, "
                                                      "PermissionsEditTask, PermissionsEditEvent, "
                                                      "PermissionsActivitiesAccess FROM PermissionSet "
                                                      "WHERE Name = '%1'")
                                           .arg(name))
                                .records()
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
        admin
            .query(QStringLiteral("SELECT SobjectType, PermissionsRead, PermissionsCreate, PermissionsEdit, "
                                  "PermissionsDelete, PermissionsViewAllRecords, PermissionsModifyAllRecords "
                                  "FROM ObjectPermissions WHERE ParentId = '%1'")
                       .arg(id))
            .records()) {
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
    for (const QJsonValue& value :
        admin
            .query(QStringLiteral(
                "SELECT Field, PermissionsRead, PermissionsEdit FROM FieldPermissions WHERE ParentId = '%1'")
                       .arg(id))
            .records()) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("PermissionsRead")).toBool()) {
            content.fields.insert(record.value(QStringLiteral("Field")).toString(),
                record.value(QStringLiteral("PermissionsEdit")).toBool());
        }
    }
    return content;
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

    // Without View Setup and Configuration another user's permission records cannot be read: the
    // audit says so instead of reporting everything missing.
    Client noSetup = connectAs(OrgSimFixture::noSetupUser());
    ExportSettings exportSettings;
    PermissionAudit refused(noSetup.client.get(), noSetup.summary, exportSettings);
    refused.auditUser(connectAs(OrgSimFixture::limitedUser()).summary.userId, OrgSimFixture::limitedUser());
    QSignalSpy finished(&refused, &PermissionAudit::finished);
    refused.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("View Setup and Configuration")));
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
    // Each line says which findings it fixes as the audit names them, not by internal id.
    QVERIFY2(plan.toText().contains(QLatin1String("fixes Edit Tasks")), qPrintable(plan.toText()));
    QVERIFY(!plan.toText().contains(QLatin1String("task-edit-tasks")));

    int apiCalls = 0;
    const QStringList changes = apply(admin, plan, &apiCalls);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(apiCalls, 2); // one read, one all-or-none write

    const AuditReport after = audit(limited);
    QCOMPARE(blocking(after), QStringList());
    // The set in the org grants nothing beyond the plan.
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    QCOMPARE(readBack(http), planned);

    // Again: nothing left to fix, and the old plan applied again changes nothing.
    PermissionFixPlan second;
    audit(admin, limited.summary.userId, OrgSimFixture::limitedUser(), &second);
    QVERIFY2(second.isEmpty(), qPrintable(second.toText()));
    QCOMPARE(apply(admin, plan), QStringList());
    QCOMPARE(readBack(http), planned);
    QCOMPARE(
        http.query(QStringLiteral("SELECT Id FROM PermissionSet WHERE Name = '%1'").arg(PermissionFixPlan::setName()))
            .records()
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
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    QCOMPARE(PermissionSetMetadata::permissionSetXml(readBack(http)), exported);
}

void TestPermissionFix::theFixCoversTheFieldsOfAnObjectItMakesReadable()
{
    // The limited user loses Lead altogether, and every field permission of its permission set.
    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const QString limitedSet =
        QStringLiteral("(SELECT Id FROM PermissionSet WHERE Name = 'Call_Recorder_Integration_Limited')");
    QStringList ids;
    for (const QString& soql :
        { QStringLiteral("SELECT Id FROM ObjectPermissions WHERE SobjectType = 'Lead' AND ParentId IN %1"),
            QStringLiteral("SELECT Id FROM FieldPermissions WHERE ParentId IN %1") }) {
        for (const QJsonValue& record : admin.query(soql.arg(limitedSet)).records()) {
            ids.append(record.toObject().value(QStringLiteral("Id")).toString());
        }
    }
    QVERIFY(ids.size() > 50);
    for (qsizetype start = 0; start < ids.size(); start += 200) {
        QCOMPARE(admin
                     .remove(api + QStringLiteral("composite/sobjects?allOrNone=true&ids=")
                         + ids.mid(start, 200).join(QLatin1Char(',')))
                     .status,
            200);
    }

    // ... and its Salesforce API Integration permission set license.
    Client limited = connectAs(OrgSimFixture::limitedUser());
    const QString license =
        admin
            .query(QStringLiteral("SELECT Id FROM PermissionSetLicenseAssign WHERE AssigneeId = '%1'")
                       .arg(limited.summary.userId))
            .records()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toString();
    QCOMPARE(admin.remove(api + QStringLiteral("sobjects/PermissionSetLicenseAssign/") + license).status, 204);

    Client adminClient = connectAs(OrgSimFixture::adminUser());
    PermissionFixPlan plan;
    const AuditReport before = audit(adminClient, limited.summary.userId, OrgSimFixture::limitedUser(), &plan);
    QVERIFY(blocking(before).contains(QStringLiteral("read-lead")));
    QVERIFY(plan.assignsLicense());
    const PermissionSetContent planned = plan.content();
    QVERIFY(planned.objects.value(QStringLiteral("Lead")).read);
    // Lead's required permissionable fields are granted; LastName and Company (required by
    // Salesforce) and FirstName (part of the name, not permissionable) take no field permissions
    // and are left out.
    QVERIFY(planned.fields.contains(QStringLiteral("Lead.Email")));
    QVERIFY(!planned.fields.contains(QStringLiteral("Lead.FirstName")));
    QVERIFY(!planned.fields.contains(QStringLiteral("Lead.LastName")));
    QVERIFY(!planned.fields.contains(QStringLiteral("Lead.Company")));
    QVERIFY(planned.fields.contains(QStringLiteral("Opportunity.Amount"))); // the set lost them all

    QVERIFY(apply(adminClient, plan)
                .contains(QStringLiteral("Assigned the permission set license Salesforce API Integration to "
                                         "limited.integration@callbridge-demo.example")));
    const AuditReport after = audit(limited);
    QCOMPARE(blocking(after), QStringList());
    for (const AuditFinding& finding : after.findings) {
        if (finding.id == QLatin1String("api-integration-psl")) {
            QCOMPARE(finding.status, AuditFinding::Status::Passed);
        }
    }
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    QCOMPARE(readBack(http), planned);
}

void TestPermissionFix::applyingIsAllOrNoneInCompositesOf25()
{
    Client admin = connectAs(OrgSimFixture::adminUser());
    TestHttp http(m_org->instanceUrl());
    http.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    PermissionFixPlan plan;
    plan.userId =
        http.query(QStringLiteral("SELECT Id FROM User WHERE Username = '%1'").arg(OrgSimFixture::noSetupUser()))
            .records()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toString();
    plan.username = OrgSimFixture::noSetupUser();
    plan.description = QStringLiteral("test");
    auto fieldLine = [](const QString& field) {
        PermissionFixLine line;
        line.kind = PermissionFixLine::Kind::Field;
        line.object = field;
        line.permission = QStringLiteral("read");
        return line;
    };
    // A field Salesforce refuses in the last write: nothing at all is created.
    plan.lines.append(fieldLine(QStringLiteral("Contact.Email")));
    plan.lines.append(fieldLine(QStringLiteral("Contact.LastName")));
    PermissionFixApply refused(admin.client.get(), plan);
    QSignalSpy refusedDone(&refused, &PermissionFixApply::finished);
    refused.start();
    QVERIFY(refusedDone.wait(20000));
    QCOMPARE(refusedDone.count(), 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().errorCode, QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));
    QVERIFY(refused.changes().isEmpty());
    QCOMPARE(
        http.query(QStringLiteral("SELECT Id FROM PermissionSet WHERE Name = '%1'").arg(PermissionFixPlan::setName()))
            .records()
            .size(),
        0);

    // Forty field permissions: the set and 24 in the first composite, the rest in the next.
    plan.lines.clear();
    int added = 0;
    for (const QJsonValue& field : http.get(api + QStringLiteral("sobjects/Account/describe"))
                                       .json()
                                       .object()
                                       .value(QStringLiteral("fields"))
                                       .toArray()) {
        if (field.toObject().value(QStringLiteral("permissionable")).toBool() && added < 40) {
            plan.lines.append(
                fieldLine(QStringLiteral("Account.") + field.toObject().value(QStringLiteral("name")).toString()));
            ++added;
        }
    }
    QCOMPARE(added, 40);
    // Cancelled at once: finished once, as cancelled, and nothing written.
    PermissionFixApply cancelled(admin.client.get(), plan);
    QSignalSpy cancelledDone(&cancelled, &PermissionFixApply::finished);
    cancelled.start();
    cancelled.cancel();
    QCOMPARE(cancelledDone.count(), 1);
    QCOMPARE(cancelled.error().kind, SalesforceError::Kind::Cancelled);
    QVERIFY(cancelled.changes().isEmpty());

    int apiCalls = 0;
    QCOMPARE(apply(admin, plan, &apiCalls).size(), 40 + 2); // the fields, the set created and assigned
    QCOMPARE(apiCalls, 1 + 2);
    QCOMPARE(readBack(http).fields.size(), 40);
    QCOMPARE(cancelledDone.count(), 1); // the cancelled read's late answer changed nothing
}

void TestPermissionFix::anObjectNotInTheOrgIsLeftOutOfThePlan()
{
    // Pure: the plan from a report whose Conversation object finding is missing.
    AuditReport report;
    AuditFinding finding;
    finding.id = QStringLiteral("conversation-object");
    finding.feature = QStringLiteral("conversation");
    finding.severity = AuditFinding::Severity::Degraded;
    finding.status = AuditFinding::Status::Missing;
    finding.title = QStringLiteral("Create on Conversations");
    report.findings.append(finding);
    AuditInputs inputs;
    inputs.username = OrgSimFixture::limitedUser();
    ExportSettings exportSettings;

    PermissionFixPlan plan = PermissionFixPlan::compute(inputs, report, exportSettings, {});
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.notFixed.size(), 1);
    QVERIFY(plan.notFixed.first().contains(QLatin1String("cb__Conversation__c")));

    inputs.orgObjects.insert(QStringLiteral("cb__Conversation__c")); // installed
    plan = PermissionFixPlan::compute(inputs, report, exportSettings, {});
    const PermissionSetContent::ObjectFlags flags = plan.content().objects.value(QStringLiteral("cb__Conversation__c"));
    QVERIFY(flags.create && flags.read && !flags.edit);
}

QTEST_GUILESS_MAIN(TestPermissionFix)
#include "TestPermissionFix.moc"
