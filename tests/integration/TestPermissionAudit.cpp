#include "core/orgsim/OrgSimServer.h"
#include "tests/support/OrgSimFixture.h"

#include "core/orgsim/RecordBuilder.h"

#include "core/audit/PermissionAudit.h"
#include "core/salesforce/RestClient.h"
#include "core/salesforce/SalesforceSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

namespace {

QStringList ids(const AuditReport& report, AuditFinding::Status status,
    std::optional<AuditFinding::Severity> severity = std::nullopt)
{
    QStringList result;
    for (const AuditFinding& finding : report.findings) {
        if (finding.status == status && (!severity || finding.severity == *severity)) {
            result.append(finding.id);
        }
    }
    result.sort();
    return result;
}

const AuditFinding* find(const AuditReport& report, const QString& id)
{
    for (const AuditFinding& finding : report.findings) {
        if (finding.id == id) {
            return &finding;
        }
    }
    return nullptr;
}

} // namespace

class TestPermissionAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void correctIntegrationUserHasNoBlockingFinding();
    void limitedUserGetsExactlyItsMissingPieces();
    void administratorGetsTheDedicatedUserAdvice();
    void withoutViewSetupTheUncheckedAreListed();
    void exportTypeDecidesWhatIsChecked();
    void reportsAsJsonAndHtml();
    void readsEveryPageOfThePermissionRecords();
    void verdictCountsRecommendedAndOptionalApart();

private:
    AuditReport audit(const QString& username, ActivityType type = ActivityType::Task, int* apiCalls = nullptr);
    AuditReport auditOn(OrgSimFixture& org, const QString& username, ActivityType type, int* apiCalls);

    std::unique_ptr<OrgSimFixture> m_org;
    QNetworkAccessManager m_network;
};

void TestPermissionAudit::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
}

AuditReport TestPermissionAudit::audit(const QString& username, ActivityType type, int* apiCalls)
{
    return auditOn(*m_org, username, type, apiCalls);
}

AuditReport TestPermissionAudit::auditOn(OrgSimFixture& org, const QString& username, ActivityType type, int* apiCalls)
{
    const OAuthTokens tokens =
        std::get<OAuthTokens>(OAuthTokens::parse(QJsonDocument(org.tokensFor(username, true)).toJson()));
    SalesforceSession session(&m_network);
    session.setTokens(tokens);
    RestClient client(&m_network, &session);
    ConnectionSummary summary;
    summary.orgId = tokens.orgId;
    summary.userId = tokens.userId;
    summary.username = username;
    summary.orgName = QStringLiteral("Callbridge Demo Org");
    ExportSettings exportSettings;
    exportSettings.activityType = type;
    PermissionAudit audit(&client, summary, exportSettings);
    QSignalSpy finished(&audit, &PermissionAudit::finished);
    audit.start();
    if (!finished.wait(20000)) {
        qWarning("audit did not finish");
    }
    if (!audit.ok()) {
        qWarning("audit failed: %s", qPrintable(audit.error().toString()));
    }
    if (apiCalls) {
        *apiCalls = audit.apiCalls();
    }
    return audit.report();
}

void TestPermissionAudit::correctIntegrationUserHasNoBlockingFinding()
{
    int apiCalls = 0;
    const AuditReport report = audit(OrgSimFixture::integrationUser(), ActivityType::Task, &apiCalls);
    QVERIFY(report.setupReadable);
    QCOMPARE(apiCalls, 2);
    QCOMPARE(ids(report, AuditFinding::Status::Missing, AuditFinding::Severity::Blocking), QStringList());
    QCOMPARE(ids(report, AuditFinding::Status::Missing, AuditFinding::Severity::Degraded), QStringList());
    QCOMPARE(ids(report, AuditFinding::Status::NotChecked), QStringList());
    QVERIFY(report.verdict() != AuditReport::Verdict::Blocked);
    // The permission set on top of the profile is what grants the access.
    QVERIFY(find(report, QStringLiteral("read-account"))->detail.contains(QLatin1String("Call Recorder Integration")));
    QVERIFY(find(report, QStringLiteral("viewall-opportunity"))
                ->detail.contains(QLatin1String("Call Recorder Integration")));
    QCOMPARE(find(report, QStringLiteral("integration-user-license"))->status, AuditFinding::Status::Passed);
    QCOMPARE(find(report, QStringLiteral("api-integration-psl"))->status, AuditFinding::Status::Passed);
}

void TestPermissionAudit::limitedUserGetsExactlyItsMissingPieces()
{
    const AuditReport report = audit(OrgSimFixture::limitedUser());
    QCOMPARE(ids(report, AuditFinding::Status::Missing, AuditFinding::Severity::Blocking),
        (QStringList { QStringLiteral("required-fields"), QStringLiteral("task-create"), QStringLiteral("task-delete"),
            QStringLiteral("task-edit"), QStringLiteral("task-edit-tasks") }));
    QCOMPARE(ids(report, AuditFinding::Status::Missing, AuditFinding::Severity::Degraded),
        QStringList { QStringLiteral("viewall-opportunity") });
    QCOMPARE(report.verdict(), AuditReport::Verdict::Blocked);
    const AuditFinding* fields = find(report, QStringLiteral("required-fields"));
    QCOMPARE(fields->detail, QStringLiteral("Field-level security hides Contact.Email."));
    QVERIFY(fields->fix.contains(QLatin1String("Call Recorder Integration (limited) > Object Settings > Contact")));
    const AuditFinding* viewAll = find(report, QStringLiteral("viewall-opportunity"));
    QVERIFY2(
        viewAll->detail.contains(QLatin1String("It sees 0 of the Opportunities records")), qPrintable(viewAll->detail));
    QCOMPARE(find(report, QStringLiteral("task-edit-tasks"))->fix,
        QStringLiteral(
            "Setup > Permission Sets > Call Recorder Integration (limited) > System Permissions > Edit Tasks"));
}

void TestPermissionAudit::administratorGetsTheDedicatedUserAdvice()
{
    const AuditReport report = audit(OrgSimFixture::adminUser());
    QCOMPARE(ids(report, AuditFinding::Status::Missing, AuditFinding::Severity::Blocking), QStringList());
    const AuditFinding* license = find(report, QStringLiteral("integration-user-license"));
    QCOMPARE(license->status, AuditFinding::Status::Missing);
    QCOMPARE(license->severity, AuditFinding::Severity::Advice);
    QVERIFY(license->detail.contains(QLatin1String("dedicated integration user")));
}

void TestPermissionAudit::withoutViewSetupTheUncheckedAreListed()
{
    const AuditReport report = audit(OrgSimFixture::noSetupUser());
    QVERIFY(!report.setupReadable);
    const QStringList unchecked = ids(report, AuditFinding::Status::NotChecked);
    for (const char* id : { "view-all-users", "viewall-account", "viewall-opportunity", "task-edit-tasks",
             "integration-user-license", "api-integration-psl" }) {
        QVERIFY2(unchecked.contains(QString::fromLatin1(id)), id);
    }
    QVERIFY(report.verdict() != AuditReport::Verdict::Ready);
    QVERIFY(report.verdict() != AuditReport::Verdict::ReadyWithWarnings);
    // What describe shows is still checked: the profile grants leads, nothing grants the Conversation object.
    QCOMPARE(find(report, QStringLiteral("read-lead"))->status, AuditFinding::Status::Passed);
    QCOMPARE(find(report, QStringLiteral("conversation-object"))->status, AuditFinding::Status::Missing);
    QVERIFY(find(report, QStringLiteral("viewall-opportunity"))
                ->detail.contains(QLatin1String("View Setup and Configuration")));
}

void TestPermissionAudit::exportTypeDecidesWhatIsChecked()
{
    const AuditReport events = audit(OrgSimFixture::limitedUser(), ActivityType::Event);
    QVERIFY(!find(events, QStringLiteral("task-edit-tasks")));
    QCOMPARE(find(events, QStringLiteral("event-edit-events"))->status, AuditFinding::Status::Passed);
    QCOMPARE(find(events, QStringLiteral("event-create"))->status, AuditFinding::Status::Passed);
    QCOMPARE(ids(events, AuditFinding::Status::Missing, AuditFinding::Severity::Blocking),
        QStringList { QStringLiteral("required-fields") });
}

void TestPermissionAudit::reportsAsJsonAndHtml()
{
    const AuditReport report = audit(OrgSimFixture::limitedUser());
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
    QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), report.findings.size());
    const QString html = report.toHtml();
    QVERIFY(html.contains(QLatin1String("Exporting calls as tasks")));
    QVERIFY(html.contains(QLatin1String("Edit Tasks")));
    QVERIFY(!html.contains(QLatin1String("<script")));
}

// A user can hold more ObjectPermissions (and permission sets) than one query page: the audit
// used to read only the first page, and missed a grant beyond it.
void TestPermissionAudit::readsEveryPageOfThePermissionRecords()
{
    OrgSimFixture org;
    const QString limited = OrgSimFixture::limitedUser();
    org.host().run([&limited](orgsim::OrgSimServer& server) {
        orgsim::OrgData& data = server.org();
        const orgsim::ObjectTable& users = *data.table(QStringLiteral("User"));
        QString userId;
        for (qint64 row = 0; row < users.rowCount(); ++row) {
            if (data.value(QStringLiteral("User"), row, QStringLiteral("Username")).toString() == limited) {
                userId = users.idOf(row);
            }
        }
        orgsim::RecordBuilder builder(data, data.now());
        auto grantSet = [&](const QString& label, const QString& object, bool viewAll) {
            const QString set = builder.insert(QStringLiteral("PermissionSet"),
                { { QStringLiteral("Name"), QString(label).replace(QLatin1Char(' '), QLatin1Char('_')) },
                    { QStringLiteral("Label"), label }, { QStringLiteral("IsOwnedByProfile"), false } });
            builder.insert(QStringLiteral("PermissionSetAssignment"),
                { { QStringLiteral("AssigneeId"), userId }, { QStringLiteral("PermissionSetId"), set },
                    { QStringLiteral("IsActive"), true } });
            builder.insert(QStringLiteral("ObjectPermissions"),
                { { QStringLiteral("ParentId"), set }, { QStringLiteral("SobjectType"), object },
                    { QStringLiteral("PermissionsRead"), true }, { QStringLiteral("PermissionsCreate"), false },
                    { QStringLiteral("PermissionsEdit"), false }, { QStringLiteral("PermissionsDelete"), false },
                    { QStringLiteral("PermissionsViewAllRecords"), viewAll },
                    { QStringLiteral("PermissionsModifyAllRecords"), false },
                    { QStringLiteral("PermissionsViewAllFields"), false } });
        };
        for (int i = 0; i < 2100; ++i) {
            grantSet(QStringLiteral("Territory %1").arg(i), QStringLiteral("Account"), false);
        }
        grantSet(QStringLiteral("Opportunity Visibility"), QStringLiteral("Opportunity"), true);
        data.securityChanged();
    });
    int apiCalls = 0;
    const AuditReport report = auditOn(org, limited, ActivityType::Task, &apiCalls);
    QVERIFY(report.setupReadable);
    QVERIFY2(apiCalls > 2, qPrintable(QString::number(apiCalls))); // the pages after the first
    const AuditFinding* viewAll = find(report, QStringLiteral("viewall-opportunity"));
    QCOMPARE(viewAll->status, AuditFinding::Status::Passed);
    QVERIFY2(viewAll->detail.contains(QLatin1String("Opportunity Visibility")), qPrintable(viewAll->detail));
}

// "Ready" with what is missing: recommended and optional permissions are counted apart, so an
// administrator reads how much each matters.
void TestPermissionAudit::verdictCountsRecommendedAndOptionalApart()
{
    auto missing = [](AuditFinding::Severity severity) {
        AuditFinding finding;
        finding.severity = severity;
        finding.status = AuditFinding::Status::Missing;
        return finding;
    };
    AuditReport report;
    report.setupReadable = true;
    report.findings = { missing(AuditFinding::Severity::Advice), missing(AuditFinding::Severity::Advice) };
    QCOMPARE(report.verdict(), AuditReport::Verdict::ReadyWithWarnings);
    QCOMPARE(report.verdictText(), QStringLiteral("Ready. 2 optional permission(s) missing: see what each one adds."));
    report.findings.append(missing(AuditFinding::Severity::Degraded));
    QCOMPARE(report.verdictText(),
        QStringLiteral(
            "Ready. Missing: 1 recommended permission(s) and 2 optional permission(s); see what each one adds."));
    report.findings.removeFirst();
    report.findings.removeFirst();
    QCOMPARE(
        report.verdictText(), QStringLiteral("Ready. 1 recommended permission(s) missing: see what each one adds."));
}

QTEST_GUILESS_MAIN(TestPermissionAudit)
#include "TestPermissionAudit.moc"
