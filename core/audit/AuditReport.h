#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace callbridge {

struct AuditFinding
{
    enum class Severity { Blocking, Degraded, Advice };
    enum class Status { Passed, Missing, NotChecked };

    QString id;
    QString feature; // import, users, export-task, export-event, conversation, deals, engage, licenses, api
    Severity severity = Severity::Blocking;
    Status status = Status::NotChecked;
    QString title; // what is checked: "Read on Accounts"
    QString detail; // what is missing, the evidence, or why it could not be checked
    QString breaks; // what a missing permission breaks
    QString fix; // the Salesforce setting to change
};

// One row of the object x permission grid: yes, no, or unknown (could not be checked).
struct ObjectAccessRow
{
    enum class Access { Yes, No, Unknown };
    QString object;
    Access read = Access::Unknown, create = Access::Unknown, edit = Access::Unknown, remove = Access::Unknown,
           viewAll = Access::Unknown, modifyAll = Access::Unknown;
};

// The outcome of a permission audit: findings per requirement, and the grid behind them.
struct AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)

public:
    enum class Verdict { Ready, ReadyWithWarnings, Blocked, Incomplete };

    QString username;
    QString orgName;
    bool setupReadable = false; // View Setup and Configuration: the permission records could be read
    QList<AuditFinding> findings;
    QList<ObjectAccessRow> grid;
    QDateTime checkedAt; // UTC; when the audit read the permissions

    // When it was checked, for people: the local date and time in the locale's format, with the zone.
    QString checkedAtText() const;

    Verdict verdict() const;
    QString verdictText() const;
    int count(AuditFinding::Status status, std::optional<AuditFinding::Severity> severity = std::nullopt) const;
    bool hasBlocking() const { return count(AuditFinding::Status::Missing, AuditFinding::Severity::Blocking) > 0; }

    QJsonObject toJson() const;
    // A standalone report to send to whoever owns Salesforce; `checklist` (HTML, from
    // PermissionFixPlan::checklistHtml()) is appended: the fix as Setup steps.
    QString toHtml(const QString& checklist = {}) const;

    static QString featureName(const QString& feature);
    static QString severityName(AuditFinding::Severity severity);
    static QString statusName(AuditFinding::Status status);
};

} // namespace callbridge
