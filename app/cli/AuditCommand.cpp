#include "app/cli/AuditCommand.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include "core/audit/PermissionAudit.h"
#include "core/util/AtomicFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace callbridge::cli {

namespace {

int printReport(const AuditReport& report, bool json, const QString& htmlPath)
{
    if (!htmlPath.isEmpty()) {
        const Status written = AtomicFile::write(htmlPath, report.toHtml().toUtf8());
        if (!written.ok()) {
            printError(written.errorMessage());
            return ExitFindings;
        }
    }
    if (json) {
        printJson(report.toJson());
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
    return report.hasBlocking() ? ExitFindings : ExitOk;
}

} // namespace

int runAuditCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check the integration user's permissions against what the integration needs. "
                                        "Exit code 1 when anything is blocking."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the findings as JSON."));
    const QCommandLineOption activityType(QStringLiteral("activity-type"),
        tr("Check for exporting calls as task or event (default: from the setup)."), QStringLiteral("task|event"));
    const QCommandLineOption html(
        QStringLiteral("html"), tr("Also write an HTML report to FILE."), QStringLiteral("FILE"));
    parser.addOptions({ json, activityType, html });
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
    return session.execute(parser, usage, [&](CliSession& connected) {
        ExportSettings exportSettings = connected.config().exportSettings;
        if (activityTypeOption) {
            exportSettings.activityType = *activityTypeOption;
        }
        PermissionAudit audit(connected.connection().client(), connected.connection().summary(), exportSettings);
        runUntilFinished(audit);
        if (!audit.ok()) {
            return fail(parser, ExitFindings, tr("The audit failed: %1").arg(audit.error().toString()));
        }
        return printReport(audit.report(), parser.isSet(json), parser.value(html));
    });
}

} // namespace callbridge::cli
