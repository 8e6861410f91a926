#include "app/cli/PreviewCommand.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include "core/exporting/ExportWorkspace.h"
#include "core/filter/FilterParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace callbridge::cli {

namespace {

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QString changeName(ExportPreview::Change change)
{
    switch (change) {
    case ExportPreview::Change::Starts:
        return QStringLiteral("starts");
    case ExportPreview::Change::Stops:
        return QStringLiteral("stops");
    case ExportPreview::Change::Same:
        break;
    }
    return QStringLiteral("same");
}

QJsonObject toJson(const Call& call, const ExportPreview::CallPlan& plan)
{
    QJsonArray contacts;
    for (const CallMatch::Person& contact : plan.match().contacts) {
        contacts.append(contact.id);
    }
    QJsonArray leads;
    for (const CallMatch::Person& lead : plan.match().leads) {
        leads.append(lead.id);
    }
    QJsonValue activity = QJsonValue::Null;
    if (plan.action == ExportPreview::Action::Create) {
        activity = QJsonObject { { QStringLiteral("action"), QStringLiteral("create") },
            { QStringLiteral("sobject"), plan.activity().sobject },
            { QStringLiteral("fields"), plan.activity().fields } };
    } else if (plan.action == ExportPreview::Action::Delete) {
        activity = QJsonObject { { QStringLiteral("action"), QStringLiteral("delete") },
            { QStringLiteral("sobject"), plan.deleteSobject },
            { QStringLiteral("id"), idOrNull(plan.deleteRecordId) } };
    }
    const QJsonValue records =
        plan.records ? QJsonValue(ConversationPlanner::toJson(*plan.records)) : QJsonValue(QJsonValue::Null);
    return QJsonObject { { QStringLiteral("call"), call.id }, { QStringLiteral("records"), records },
        { QStringLiteral("export"), plan.action == ExportPreview::Action::Create },
        { QStringLiteral("reason"), plan.reason() }, { QStringLiteral("contacts"), contacts },
        { QStringLiteral("leads"), leads }, { QStringLiteral("account"), idOrNull(plan.match().accountId) },
        { QStringLiteral("opportunity"), idOrNull(plan.match().opportunityId) },
        { QStringLiteral("activity"), activity }, { QStringLiteral("apiCalls"), plan.apiCalls },
        { QStringLiteral("matching"), QJsonArray::fromStringList(plan.match().reasons()) },
        { QStringLiteral("change"), changeName(plan.change) } };
}

} // namespace

int runPreviewCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Preview the call export: for each call, whether it exports and why not, the contacts, leads, "
           "account and opportunity it matches in the local cache, the activity it would create and its "
           "API cost. Nothing is sent. Exit code 2 for a bad calls file or filter."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object per call, as a JSON array."));
    const QCommandLineOption callsFile(QStringLiteral("calls"),
        tr("The platform's calls file: a JSON array of calls, or an object with \"calls\" and \"emails\" "
           "(docs/calls-file.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption filter(QStringLiteral("filter"),
        tr("The export filter to preview; default: the saved one. Calls it changes against the saved filter "
           "are marked."),
        QStringLiteral("EXPR"));
    parser.addOptions({ json, callsFile, filter });
    CliSession::addOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }
    CallsReader::Result calls;
    const QString usage = readCallsOption(parser, callsFile, &calls);
    CliSession session;
    return session.execute(
        parser, usage,
        [&](CliSession& connected) {
            const IntegrationConfig& config = connected.config();
            const QString orgId = connected.orgId();
            if (orgId.isEmpty()) {
                printError(tr("Not connected to an org: nothing will match. Connect in the app first, or use "
                              "--login-url and --client-id."));
            } else if (!QFileInfo::exists(CacheStore::pathFor(connected.dataDirectory(), orgId))) {
                printError(
                    tr("No local cache yet for this org: nothing will match. Run 'callbridge-cli import' first."));
            }
            // The same workspace the Preview step uses: the org's cache, the matcher, the ledger.
            ExportWorkspace workspace;
            const Status opened = workspace.openOrg(connected.dataDirectory(), orgId);
            if (!opened.ok()) {
                return fail(parser, ExitFindings, opened.errorMessage());
            }
            workspace.adoptCalls(calls.calls, parser.value(callsFile));
            const FilterParser::Result saved = FilterParser::parse(config.callFilter, workspace.schema());
            if (!saved.ok() && !parser.isSet(filter)) {
                return fail(parser, ExitUsage, tr("The saved filter is not valid: %1").arg(saved.error));
            }
            const FilterParser::Result wanted =
                parser.isSet(filter) ? FilterParser::parse(parser.value(filter), workspace.schema()) : saved;
            if (!wanted.ok()) {
                return fail(parser, ExitUsage, tr("--filter: %1").arg(wanted.error));
            }
            QEventLoop loop;
            QObject::connect(&workspace, &ExportWorkspace::previewReady, &loop, &QEventLoop::quit);
            workspace.requestPreview(wanted.root, saved.ok() ? saved.root : wanted.root, config.exportSettings);
            loop.exec();

            const QList<ExportPreview::CallPlan>& plans = workspace.plans();
            const ExportPreview::Totals totals = ExportPreview::totals(plans);
            if (parser.isSet(json)) {
                QJsonArray perCall;
                for (const ExportPreview::CallPlan& plan : plans) {
                    perCall.append(toJson(workspace.calls().at(plan.index), plan));
                }
                printJson(perCall);
            } else {
                for (const ExportPreview::CallPlan& plan : plans) {
                    printLine(QStringLiteral("%1\t%2").arg(workspace.calls().at(plan.index).id, plan.reason()));
                }
            }
            printError(ExportPreview::summary(totals) + QStringLiteral("; ")
                + tr("%L1 to delete, %L2 API calls; against the saved filter %L3 would start and %L4 stop exporting")
                      .arg(totals.deleting)
                      .arg(totals.apiCalls)
                      .arg(totals.starting)
                      .arg(totals.stopping));
            return int(ExitOk);
        },
        CliSession::ConnectWhen::LoginUrlGiven);
}

} // namespace callbridge::cli
