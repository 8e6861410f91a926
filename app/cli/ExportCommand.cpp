#include "app/cli/ExportCommand.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include "core/exporting/CallExportRun.h"
#include "core/exporting/ExportRunItems.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/filter/FilterParser.h"
#include "core/salesforce/DailyApiAllowance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace callbridge::cli {

namespace {

QJsonObject itemJson(const ExportItem& item)
{
    return QJsonObject { { QStringLiteral("call"), item.callId },
        { QStringLiteral("action"), item.deleted ? QStringLiteral("delete") : QStringLiteral("write") },
        { QStringLiteral("records"), ConversationPlanner::toJson(item.plan) } };
}

} // namespace

int runExportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the calls the saved filter passes that are new or changed since the last run: their activity "
           "and their full call data (the Conversation object and its records), as the setup's export target "
           "says; calls deleted on the platform are removed. A run stopped midway resumes where it stopped. Exit "
           "code 1 when a call failed (it is tried again next run)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the calls and their outcome as JSON."));
    const QCommandLineOption callsFile(QStringLiteral("calls"),
        tr("The platform's calls file: a JSON array of calls, or an object with \"calls\" and \"emails\" "
           "(docs/calls-file.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Show what the run would write and what it costs; send nothing."));
    const QCommandLineOption production(QStringLiteral("production"),
        tr("Confirm that the run writes to a production org (its users see the records)."));
    const QCommandLineOption budget(QStringLiteral("budget"),
        tr("The share of the org's remaining daily API requests the export may use, in percent (default 50)."),
        QStringLiteral("PERCENT"));
    parser.addOptions({ json, callsFile, dryRun, production, budget });
    CliSession::addOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }
    double budgetShare = DailyApiAllowance::defaultShareForOneRun;
    QString usage = parseBudgetShare(parser, budget, &budgetShare);
    CallsReader::Result calls;
    if (usage.isEmpty()) {
        usage = readCallsOption(parser, callsFile, &calls);
    }
    CliSession session;
    return session.execute(parser, usage, [&](CliSession& connected) {
        const IntegrationConfig& config = connected.config();
        ExportWorkspace workspace;
        const Status opened = workspace.openOrg(connected.dataDirectory(), connected.orgId());
        if (!opened.ok()) {
            return fail(parser, ExitFindings, opened.errorMessage());
        }
        workspace.adoptCalls(calls.calls, parser.value(callsFile));
        const FilterParser::Result filter = FilterParser::parse(config.callFilter, workspace.schema());
        if (!filter.ok()) {
            return fail(parser, ExitUsage, tr("The saved filter is not valid: %1").arg(filter.error));
        }
        if (FieldCatalogLoader* describe =
                workspace.describeActivityObjects(connected.connection().client(), &workspace)) {
            QEventLoop described;
            QObject::connect(describe, &FieldCatalogLoader::finished, &described, &QEventLoop::quit);
            describe->start();
            if (!describe->isFinished()) {
                described.exec();
            }
            if (!describe->ok()) {
                return fail(parser, ExitFindings,
                    tr("Could not read which activity fields this org accepts: %1").arg(describe->error().toString()));
            }
        }
        QEventLoop loop;
        QObject::connect(&workspace, &ExportWorkspace::previewReady, &loop, &QEventLoop::quit);
        workspace.requestPreview(filter.root, filter.root, config.exportSettings);
        loop.exec();

        ExportLedger ledger = workspace.ledgerStore();
        const QList<ExportItem> items = exportRunItems(workspace.calls(), workspace.plans(), config.exportSettings,
            ledger.runStates(), workspace.createableFields());
        qint64 records = 0;
        for (const ExportItem& item : items) {
            records += item.plan.recordCount();
        }
        const qint64 estimate = estimatedRequests(items);
        printError(
            tr("%L1 calls to export (%L2 records), about %L3 API calls").arg(items.size()).arg(records).arg(estimate));
        if (parser.isSet(dryRun)) {
            if (parser.isSet(json)) {
                QJsonArray list;
                for (const ExportItem& item : items) {
                    list.append(itemJson(item));
                }
                printJson(list);
            } else {
                for (const ExportItem& item : items) {
                    printLine(QStringLiteral("%1\t%2\t%3")
                                  .arg(item.callId, item.deleted ? tr("delete") : tr("write"))
                                  .arg(item.plan.recordCount()));
                }
            }
            return int(ExitOk);
        }
        const ConnectionSummary summary = connected.connection().summary();
        if (!summary.isSandbox && config.connection.environment != Environment::Demo && !parser.isSet(production)) {
            return fail(parser, ExitUsage,
                tr("%1 is a production org: the export creates real records its users can see. Add --production "
                   "to confirm.")
                    .arg(summary.orgId));
        }
        CallExportRun run(connected.connection().client(), &ledger, items);
        run.setBudgetShare(budgetShare);
        QObject::connect(&run, &CallExportRun::progress, &run,
            [](int done, int total) { printError(tr("%L1 of %L2 calls").arg(done).arg(total)); });
        runUntilFinished(run);
        QHash<QString, QString> failures;
        for (const CallExportRun::Failure& failure : run.failures()) {
            failures.insert(failure.callId, failure.message);
            if (!parser.isSet(json)) {
                printLine(QStringLiteral("%1\t%2").arg(failure.callId, failure.message));
            }
        }
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const ExportItem& item : items) {
                QJsonObject entry { { QStringLiteral("call"), item.callId },
                    { QStringLiteral("action"), item.deleted ? QStringLiteral("delete") : QStringLiteral("write") },
                    { QStringLiteral("ok"), !failures.contains(item.callId) } };
                if (failures.contains(item.callId)) {
                    entry.insert(QStringLiteral("error"), failures.value(item.callId));
                }
                list.append(entry);
            }
            printJson(QJsonObject { { QStringLiteral("calls"), list }, { QStringLiteral("written"), run.written() },
                { QStringLiteral("removed"), run.removed() }, { QStringLiteral("failed"), run.failures().size() },
                { QStringLiteral("apiCalls"), run.requestsSent() },
                { QStringLiteral("completed"), run.ok() && !run.stoppedAtBudget() },
                { QStringLiteral("budgetReached"), run.stoppedAtBudget() } });
        }
        printError(tr("%L1 written, %L2 removed, %L3 failed, %L4 API calls")
                       .arg(run.written())
                       .arg(run.removed())
                       .arg(run.failures().size())
                       .arg(run.requestsSent()));
        if (!run.ok()) {
            return fail(parser, ExitFindings, run.error().toString());
        }
        if (run.stoppedAtBudget()) {
            printError(run.budgetMessage());
            return int(ExitFindings);
        }
        return int(run.failures().isEmpty() ? ExitOk : ExitFindings);
    });
}

} // namespace callbridge::cli
