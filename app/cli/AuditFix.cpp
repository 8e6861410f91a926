#include "app/cli/AuditFix.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include "core/audit/PermissionFixApply.h"
#include "core/audit/PermissionSetMetadata.h"
#include "core/salesforce/QueryStream.h"
#include "core/salesforce/Soql.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QJsonArray>

namespace callbridge::cli {

bool findUser(CliSession& session, const QString& username, QString* userId, QString* error)
{
    QueryStream query(session.connection().client(),
        QStringLiteral("SELECT Id FROM User WHERE Username = %1").arg(soqlStringLiteral(username)));
    QJsonArray found;
    QObject::connect(&query, &QueryStream::page, [&found](const QJsonArray& records) {
        for (const QJsonValue& record : records) {
            found.append(record);
        }
    });
    runUntilFinished(query);
    if (!query.ok()) {
        *error = tr("Cannot look up the user: %1").arg(query.error().toString());
        return false;
    }
    if (found.isEmpty()) {
        *error = tr("There is no user %1 in this org.").arg(username);
        return false;
    }
    *userId = found.first().toObject().value(QStringLiteral("Id")).toString();
    return true;
}

std::optional<int> runFix(CliSession& session, const QCommandLineParser& parser, const AuditFixRequest& request,
    const PermissionFixPlan& plan, QJsonObject* output)
{
    output->insert(QStringLiteral("fixPlan"), plan.toJson());
    if (!request.json) {
        printLine(tr("The fix for %1:").arg(plan.username));
        printLine(plan.toText());
    }
    if (!request.directory.isEmpty()) {
        const QString version = session.connection().client()->apiVersion();
        Status written = PermissionSetMetadata::write(plan.content(), request.directory, version);
        if (written.ok()) {
            written = AtomicFile::write(QDir(request.directory).filePath(QStringLiteral("fix-plan.txt")),
                QString(plan.toText() + QLatin1Char('\n')).toUtf8());
        }
        if (!written.ok()) {
            return fail(parser, ExitFindings, written.errorMessage());
        }
        if (!request.json) {
            printLine(tr("Wrote the permission set %1 as metadata to %2 (deploy it with: sf project deploy start "
                         "--manifest %3).")
                          .arg(PermissionFixPlan::setName(), request.directory,
                              QDir(request.directory).filePath(QStringLiteral("package.xml"))));
        }
    }
    if (!request.apply) {
        return std::nullopt;
    }
    const QString org = PermissionFixApply::describeOrg(session.connection().summary());
    if (!request.confirmed) {
        return fail(parser, ExitUsage,
            tr("--apply changes permissions in %1 for %2: add --yes to confirm.").arg(org, plan.username));
    }
    PermissionFixApply apply(session.connection().client(), plan);
    runUntilFinished(apply);
    if (!apply.ok()) {
        return fail(parser, ExitFindings, tr("The fix was not applied in %1: %2").arg(org, apply.error().toString()));
    }
    output->insert(QStringLiteral("changes"), QJsonArray::fromStringList(apply.changes()));
    if (!request.json) {
        printLine(apply.changes().isEmpty() ? tr("Nothing changed in %1.").arg(org) : tr("Changed in %1:").arg(org));
        for (const QString& change : apply.changes()) {
            printLine(QStringLiteral("  ") + change);
        }
    }
    return std::nullopt;
}

} // namespace callbridge::cli
