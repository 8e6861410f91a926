#pragma once

#include "core/audit/PermissionFixPlan.h"

#include <QCommandLineParser>

namespace callbridge::cli {

class CliSession;

// The fix half of `audit`: --fix-plan DIR writes the plan's permission set as metadata and the
// reviewable list; --apply creates or updates it in Salesforce and assigns it (--yes confirms).
struct AuditFixRequest
{
    QString directory; // --fix-plan
    bool apply = false;
    bool confirmed = false; // --yes
    bool json = false;
};

// The user the audit is about: --user USERNAME looked up in the org, else the connected user.
// Returns false (with `error`) when the user does not exist.
bool findUser(CliSession& session, const QString& username, QString* userId, QString* error);

// Writes and/or applies `plan`; `output` collects what the command prints in --json.
// Returns an exit code, or nothing when the command goes on (to the audit after the fix).
std::optional<int> runFix(CliSession& session, const QCommandLineParser& parser, const AuditFixRequest& request,
    const PermissionFixPlan& plan, QJsonObject* output);

} // namespace callbridge::cli
