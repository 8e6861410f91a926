#include "AuditCommand.h"

#include "CliOutput.h"
#include "CliSession.h"

#include "audit/PermissionAudit.h"
#include "util/AtomicFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace callbridge::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
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
    QString usage = session.configure(parser);
    ExportSettings exportSettings = session.config().exportSettings;
    if (parser.isSet(activityType)) {
        const QString type = parser.value(activityType);
        if (type == QLatin1String("task")) {
            exportSettings.activityType = ActivityType::Task;
        } else if (type == QLatin1String("event")) {
            exportSettings.activityType = ActivityType::Event;
        } else {
            usage = tr("--activity-type: expected task or event, got \"%1\"").arg(type);
        }
    }
    if (!usage.isEmpty()) {
        printError(usage);
        return ExitUsage;
    }
    if (!session.headless() && !session.configured()) {
        printError(tr("Not connected: connect in the app first, or use --login-url and --client-id."));
        return ExitFindings;
    }
    if (!session.connect()) {
        printError(tr("Could not connect: %1").arg(session.connection().lastError()));
        return ExitFindings;
    }
    PermissionAudit audit(session.connection().client(), session.connection().summary(), exportSettings);
    QObject::connect(&audit, &PermissionAudit::finished, qApp, &QCoreApplication::quit);
    audit.start();
    QCoreApplication::exec();
    if (!audit.ok()) {
        printError(tr("The audit failed: %1").arg(audit.error().toString()));
        return ExitFindings;
    }
    const AuditReport& report = audit.report();
    if (parser.isSet(html)) {
        const Status written = AtomicFile::write(parser.value(html), report.toHtml().toUtf8());
        if (!written.ok()) {
            printError(written.errorMessage());
            return ExitFindings;
        }
    }
    if (parser.isSet(json)) {
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

} // namespace callbridge::cli
