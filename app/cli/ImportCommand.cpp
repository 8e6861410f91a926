#include "app/cli/ImportCommand.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include "core/sync/ImportOperation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cmath>

namespace callbridge::cli {

namespace {

QString stateName(ObjectImportProgress::State state)
{
    switch (state) {
    case ObjectImportProgress::State::Waiting:
        return QStringLiteral("waiting");
    case ObjectImportProgress::State::Counting:
    case ObjectImportProgress::State::Reading:
    case ObjectImportProgress::State::Indexing:
        return QStringLiteral("running");
    case ObjectImportProgress::State::Done:
        return QStringLiteral("done");
    case ObjectImportProgress::State::Failed:
        return QStringLiteral("failed");
    case ObjectImportProgress::State::Cancelled:
        return QStringLiteral("cancelled");
    case ObjectImportProgress::State::NotStarted:
        return QStringLiteral("not-started");
    }
    return {};
}

QString outcomeName(ImportRun::Outcome outcome)
{
    switch (outcome) {
    case ImportRun::Outcome::Running:
        return QStringLiteral("running");
    case ImportRun::Outcome::Completed:
        return QStringLiteral("completed");
    case ImportRun::Outcome::CompletedWithErrors:
        return QStringLiteral("completed-with-errors");
    case ImportRun::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case ImportRun::Outcome::BudgetReached:
        return QStringLiteral("budget-reached");
    case ImportRun::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject toJson(const ObjectImportProgress& object)
{
    QJsonObject json { { QStringLiteral("object"), object.object },
        { QStringLiteral("state"), stateName(object.state) },
        { QStringLiteral("api"), object.bulk ? QStringLiteral("bulk") : QStringLiteral("rest") },
        { QStringLiteral("incremental"), object.incremental }, { QStringLiteral("total"), object.total },
        { QStringLiteral("stored"), object.stored }, { QStringLiteral("removed"), object.removed },
        { QStringLiteral("requests"), object.requests }, { QStringLiteral("durationMs"), object.elapsedMs } };
    if (!object.message.isEmpty()) {
        json.insert(QStringLiteral("message"), object.message);
    }
    return json;
}

} // namespace

int runImportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Bring the local cache up to date with the org: the selected fields of the imported objects, "
           "incrementally after the first run. Exit code 1 when the import did not finish."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print per-object counts as JSON."));
    const QCommandLineOption objects(
        QStringLiteral("objects"), tr("Import only these objects (comma-separated API names)."), QStringLiteral("A,B"));
    const QCommandLineOption full(QStringLiteral("full"), tr("Forget the cached rows and read everything again."));
    const QCommandLineOption recordedUsers(QStringLiteral("recorded-users"),
        tr("Whose opportunities to import: all (every active user) or a comma-separated list of emails. "
           "Default: the recorded users chosen in the app."),
        QStringLiteral("all|EMAIL,EMAIL"));
    const QCommandLineOption budget(QStringLiteral("budget"),
        tr("The share of the org's remaining daily API requests the import may use, in percent (default 50)."),
        QStringLiteral("PERCENT"));
    parser.addOptions({ json, objects, full, recordedUsers, budget });
    CliSession::addOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }
    CliSession session;
    double budgetShare = ImportRun::defaultBudgetShare;
    QString usage = parseBudgetShare(parser, budget, &budgetShare);
    std::optional<ImportScope> scopeOption;
    if (usage.isEmpty() && parser.isSet(recordedUsers)) {
        const QString value = parser.value(recordedUsers).trimmed();
        if (value == QLatin1String("all")) {
            scopeOption = opportunityScope(RecordedUsers {});
        } else {
            QStringList emails;
            for (const QString& email : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!email.contains(QLatin1Char('@'))) {
                    usage = tr("--recorded-users: \"%1\" is neither \"all\" nor an email address").arg(email.trimmed());
                    break;
                }
                emails.append(email.trimmed());
            }
            if (emails.isEmpty() && usage.isEmpty()) {
                usage = tr("--recorded-users: expected all or a comma-separated list of emails");
            }
            scopeOption = opportunityScopeForEmails(emails);
        }
    }
    return session.execute(parser, usage, [&](CliSession& connected) {
        ImportOperation::Options options;
        options.dataDirectory = connected.dataDirectory();
        options.selectedFields = connected.config().selectedFields;
        options.opportunityScope = scopeOption.value_or(opportunityScope(connected.config().recordedUsers));
        options.onlyObjects = parser.value(objects).split(QLatin1Char(','), Qt::SkipEmptyParts);
        options.full = parser.isSet(full);
        options.budgetShare = budgetShare;
        ImportOperation operation(&connected.connection(), options);
        if (!parser.isSet(json)) {
            QObject::connect(&operation, &ImportOperation::runStarted, &operation, [](ImportRun* run) {
                QObject::connect(run, &ImportRun::objectChanged, run, [run](int row) {
                    const ObjectImportProgress& object = run->objects().at(row);
                    if (object.state == ObjectImportProgress::State::Done) {
                        printError(tr("%1: %L2 stored, %L3 removed (%4, %L5 requests)")
                                       .arg(object.object)
                                       .arg(object.stored)
                                       .arg(object.removed)
                                       .arg(object.bulk ? QStringLiteral("Bulk API") : QStringLiteral("REST"))
                                       .arg(object.requests));
                    }
                });
            });
        }
        // A script's log says what a long wait is for, every half minute, instead of going quiet.
        QTimer waiting;
        QObject::connect(&waiting, &QTimer::timeout, &operation, [&operation] {
            const QString what = operation.waitingFor(30000);
            if (!what.isEmpty()) {
                printError(what);
            }
        });
        waiting.start(30000);
        runUntilFinished(operation);
        if (!operation.unknownObjects().isEmpty()) {
            return fail(parser, ExitUsage, tr("--objects: %1").arg(operation.message()));
        }
        const ImportRun* run = operation.run();
        if (!run) {
            return fail(parser, ExitFindings, operation.message());
        }
        if (parser.isSet(json)) {
            QJsonArray perObject;
            for (const ObjectImportProgress& object : run->objects()) {
                perObject.append(toJson(object));
            }
            printJson(QJsonObject { { QStringLiteral("outcome"), outcomeName(run->outcome()) },
                { QStringLiteral("message"), run->message() }, { QStringLiteral("objects"), perObject },
                { QStringLiteral("requestsUsed"), run->requestsUsed() }, { QStringLiteral("budget"), run->budget() },
                { QStringLiteral("remainingAtStart"), run->remainingAtStart() },
                { QStringLiteral("durationMs"), run->elapsedMs() },
                { QStringLiteral("cache"), operation.cachePath() } });
        } else {
            // Why each object that did not import stopped, so a script's log says it.
            for (const ObjectImportProgress& object : run->objects()) {
                if (!object.message.isEmpty()) {
                    printError(QStringLiteral("%1: %2").arg(object.object, object.message));
                }
            }
            printLine(run->message());
        }
        return int(operation.ok() ? ExitOk : ExitFindings);
    });
}

} // namespace callbridge::cli
