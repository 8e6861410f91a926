#include "app/cli/AuditCommand.h"

#include "app/cli/AuditFix.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include "core/audit/PermissionAudit.h"
#include "core/util/AtomicFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace callbridge::cli {

namespace {

// With a fix, --json prints {"fixPlan", "changes", "audit"}; without, the report alone.
int printReport(const AuditReport& report, bool json, const QString& htmlPath, QJsonObject fix = {},
    const PermissionFixPlan* plan = nullptr)
{
    if (!htmlPath.isEmpty()) {
        const Status written =
            AtomicFile::write(htmlPath, report.toHtml(plan ? plan->checklistHtml() : QString()).toUtf8());
        if (!written.ok()) {
            printError(written.errorMessage());
            return ExitFindings;
        }
    }
    if (json && fix.isEmpty()) {
        printJson(report.toJson());
    } else if (json) {
        fix.insert(QStringLiteral("audit"), report.toJson());
        printJson(fix);
    } else {
        printLine(report.verdictText());
        for (const AuditFinding& finding : report.findings) {
            if (finding.status != AuditFinding::Status::Passed) {
                printLine(QStringLiteral("[%1, %2] %3: %4")
                              .arg(AuditReport::statusName(finding.status), AuditReport::severityName(finding.severity),
                                  finding.title, finding.detail));
                if (!finding.fix.isEmpty()) {
                    printLine(QStringLiteral("    ") + tr("Fix: %1").arg(finding.fix));
                }
            }
        }
    }
    if (!fix.isEmpty() && fix.contains(QStringLiteral("changes"))) {
        // After a fix: whatever required or recommended is still missing is a finding that remains.
        return report.count(AuditFinding::Status::Missing, AuditFinding::Severity::Blocking)
                    + report.count(AuditFinding::Status::Missing, AuditFinding::Severity::Degraded)
                > 0
            ? ExitFindings
            : ExitOk;
    }
    return report.hasBlocking() ? ExitFindings : ExitOk;
}

struct AuditRun
{
    AuditReport report;
    AuditInputs inputs;
    QString error;
};

AuditRun runAudit(
    CliSession& connected, const ExportSettings& exportSettings, const QString& userId, const QString& username)
{
    PermissionAudit audit(connected.connection().client(), connected.connection().summary(), exportSettings);
    if (!userId.isEmpty()) {
        audit.auditUser(userId, username);
    }
    runUntilFinished(audit);
    if (!audit.ok()) {
        return { {}, {}, tr("The audit failed: %1").arg(audit.error().toString()) };
    }
    return { audit.report(), audit.inputs(), {} };
}

} // namespace

int runAuditCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check the integration user's permissions against what the integration needs. "
                                        "Exit code 1 when a required permission is missing."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the findings as JSON."));
    const QCommandLineOption activityType(QStringLiteral("activity-type"),
        tr("Check for exporting calls as task or event (default: from the setup)."), QStringLiteral("task|event"));
    const QCommandLineOption html(
        QStringLiteral("html"), tr("Also write an HTML report to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"),
        tr("Audit (and fix) this user instead of the connected one: an admin fixing the integration user."),
        QStringLiteral("USERNAME"));
    const QCommandLineOption fixPlan(QStringLiteral("fix-plan"),
        tr("Write the fix, a permission set granting exactly what is missing, as metadata to DIR "
           "(package.xml, permissionsets/), with the list of changes."),
        QStringLiteral("DIR"));
    const QCommandLineOption apply(QStringLiteral("apply"),
        tr("Create or update that permission set in Salesforce, assign it, then audit again. Exit code 1 when "
           "findings remain."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm --apply: change the org's permissions."));
    const QCommandLineOption engage(QStringLiteral("engage"), tr("Include the Engage extras in the fix."));
    parser.addOptions({ json, activityType, html, user, fixPlan, apply, yes, engage });
    CliSession::addOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }
    CliSession session;
    QString usage;
    std::optional<ActivityType> activityTypeOption;
    if (parser.isSet(activityType)) {
        const QString type = parser.value(activityType);
        if (type == QLatin1String("task")) {
            activityTypeOption = ActivityType::Task;
        } else if (type == QLatin1String("event")) {
            activityTypeOption = ActivityType::Event;
        } else {
            usage = tr("--activity-type: expected task or event, got \"%1\"").arg(type);
        }
    }
    if (parser.isSet(yes) && !parser.isSet(apply)) {
        usage = tr("--yes confirms --apply; give --apply too.");
    }
    return session.execute(parser, usage, [&](CliSession& connected) {
        ExportSettings exportSettings = connected.config().exportSettings;
        if (activityTypeOption) {
            exportSettings.activityType = *activityTypeOption;
        }
        QString userId;
        const QString username = parser.value(user);
        if (!username.isEmpty()) {
            QString error;
            if (!findUser(connected, username, &userId, &error)) {
                return fail(parser, ExitFindings, error);
            }
        }
        AuditRun run = runAudit(connected, exportSettings, userId, username);
        if (!run.error.isEmpty()) {
            return fail(parser, ExitFindings, run.error);
        }
        if (!parser.isSet(fixPlan) && !parser.isSet(apply)) {
            return printReport(run.report, parser.isSet(json), parser.value(html));
        }
        PermissionFixPlan::Options options;
        options.engage = parser.isSet(engage);
        const PermissionFixPlan plan = PermissionFixPlan::compute(run.inputs, run.report, exportSettings, options);
        QJsonObject output;
        const AuditFixRequest request { parser.value(fixPlan), parser.isSet(apply), parser.isSet(yes),
            parser.isSet(json) };
        if (const auto done = runFix(connected, parser, request, plan, &output)) {
            return *done;
        }
        if (request.apply) {
            run = runAudit(connected, exportSettings, userId, username);
            if (!run.error.isEmpty()) {
                return fail(parser, ExitFindings, run.error);
            }
        }
        return printReport(run.report, parser.isSet(json), parser.value(html), output, &plan);
    });
}

} // namespace callbridge::cli
