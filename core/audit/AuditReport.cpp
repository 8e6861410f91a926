#include "core/audit/AuditReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace callbridge {

namespace {

QString key(AuditFinding::Severity severity)
{
    switch (severity) {
    case AuditFinding::Severity::Blocking:
        return QStringLiteral("blocking");
    case AuditFinding::Severity::Degraded:
        return QStringLiteral("degraded");
    case AuditFinding::Severity::Advice:
        return QStringLiteral("advice");
    }
    return {};
}

// The CSS class of a missing check's result, in the report's words.
QString importanceKey(AuditFinding::Severity severity)
{
    switch (severity) {
    case AuditFinding::Severity::Blocking:
        return QStringLiteral("required");
    case AuditFinding::Severity::Degraded:
        return QStringLiteral("recommended");
    case AuditFinding::Severity::Advice:
        return QStringLiteral("optional");
    }
    return {};
}

QString key(AuditFinding::Status status)
{
    switch (status) {
    case AuditFinding::Status::Passed:
        return QStringLiteral("passed");
    case AuditFinding::Status::Missing:
        return QStringLiteral("missing");
    case AuditFinding::Status::NotChecked:
        return QStringLiteral("not-checked");
    }
    return {};
}

QString key(ObjectAccessRow::Access access)
{
    return access == ObjectAccessRow::Access::Yes ? QStringLiteral("yes")
        : access == ObjectAccessRow::Access::No   ? QStringLiteral("no")
                                                  : QStringLiteral("unknown");
}

} // namespace

int AuditReport::count(AuditFinding::Status status, std::optional<AuditFinding::Severity> severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [&](const AuditFinding& finding) {
        return finding.status == status && (!severity || finding.severity == *severity);
    }));
}

AuditReport::Verdict AuditReport::verdict() const
{
    if (hasBlocking()) {
        return Verdict::Blocked;
    }
    if (count(AuditFinding::Status::NotChecked) > 0) {
        return Verdict::Incomplete; // never "all good" for a check that was not made
    }
    if (count(AuditFinding::Status::Missing) > 0) {
        return Verdict::ReadyWithWarnings;
    }
    return Verdict::Ready;
}

QString AuditReport::verdictText() const
{
    const int blocking = count(AuditFinding::Status::Missing, AuditFinding::Severity::Blocking);
    const int recommended = count(AuditFinding::Status::Missing, AuditFinding::Severity::Degraded);
    const int optional = count(AuditFinding::Status::Missing, AuditFinding::Severity::Advice);
    const int unchecked = count(AuditFinding::Status::NotChecked);
    switch (verdict()) {
    case Verdict::Blocked:
        return tr("%n required permission(s) missing: the integration will miss data or fail until they are added.",
            nullptr, blocking);
    case Verdict::Incomplete:
        return tr("No required permission missing, but %n check(s) could not be made: the user cannot read its own "
                  "permission records (View Setup and Configuration).",
            nullptr, unchecked);
    case Verdict::ReadyWithWarnings:
        // Each kind counted apart: "2 optional missing" reads lighter than "2 recommended or optional".
        if (optional == 0) {
            return tr("Ready. %n recommended permission(s) missing: see what each one adds.", nullptr, recommended);
        }
        if (recommended == 0) {
            return tr("Ready. %n optional permission(s) missing: see what each one adds.", nullptr, optional);
        }
        return tr("Ready. Missing: %1 and %2; see what each one adds.")
            .arg(tr("%n recommended permission(s)", nullptr, recommended),
                tr("%n optional permission(s)", nullptr, optional));
    case Verdict::Ready:
        return tr("Ready: the integration user has everything the integration needs.");
    }
    return {};
}

QString AuditReport::featureName(const QString& feature)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("api"), QT_TRANSLATE_NOOP("AuditReport", "API access") },
        { QStringLiteral("import"), QT_TRANSLATE_NOOP("AuditReport", "Importing CRM data") },
        { QStringLiteral("users"), QT_TRANSLATE_NOOP("AuditReport", "User provisioning") },
        { QStringLiteral("export-task"), QT_TRANSLATE_NOOP("AuditReport", "Exporting calls as tasks") },
        { QStringLiteral("export-event"), QT_TRANSLATE_NOOP("AuditReport", "Exporting calls as events") },
        { QStringLiteral("conversation"), QT_TRANSLATE_NOOP("AuditReport", "Exporting to the Conversation object") },
        { QStringLiteral("deals"), QT_TRANSLATE_NOOP("AuditReport", "Deals and forecast") },
        { QStringLiteral("engage"), QT_TRANSLATE_NOOP("AuditReport", "Engage (only with an Engage license)") },
        { QStringLiteral("licenses"), QT_TRANSLATE_NOOP("AuditReport", "Licenses") },
    };
    return tr(names.value(feature, "Other"));
}

// One vocabulary for the GUI, the HTML report and the command line: a check is required,
// recommended or optional (its importance, whatever the result); its result is OK, missing or
// not checked. (The JSON keeps its stable keys: blocking, degraded, advice.)
QString AuditReport::severityName(AuditFinding::Severity severity)
{
    switch (severity) {
    case AuditFinding::Severity::Blocking:
        return tr("required");
    case AuditFinding::Severity::Degraded:
        return tr("recommended");
    case AuditFinding::Severity::Advice:
        return tr("optional");
    }
    return {};
}

QString AuditReport::statusName(AuditFinding::Status status)
{
    switch (status) {
    case AuditFinding::Status::Passed:
        return tr("OK");
    case AuditFinding::Status::Missing:
        return tr("missing");
    case AuditFinding::Status::NotChecked:
        return tr("not checked");
    }
    return {};
}

QString AuditReport::checkedAtText() const
{
    // For people: the reader's date and time format, and the zone it is in ("CET", "UTC+02:00").
    const QDateTime local = (checkedAt.isValid() ? checkedAt : QDateTime::currentDateTimeUtc()).toLocalTime();
    const QLocale locale;
    return QStringLiteral("%1 %2 %3")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat),
            local.timeZoneAbbreviation());
}

QJsonObject AuditReport::toJson() const
{
    static const QStringList verdicts { QStringLiteral("ready"), QStringLiteral("ready-with-warnings"),
        QStringLiteral("blocked"), QStringLiteral("incomplete") };
    QJsonArray items;
    for (const AuditFinding& finding : findings) {
        items.append(QJsonObject { { QStringLiteral("id"), finding.id }, { QStringLiteral("feature"), finding.feature },
            { QStringLiteral("severity"), key(finding.severity) }, { QStringLiteral("status"), key(finding.status) },
            { QStringLiteral("title"), finding.title }, { QStringLiteral("detail"), finding.detail },
            { QStringLiteral("breaks"), finding.breaks }, { QStringLiteral("fix"), finding.fix } });
    }
    QJsonArray rows;
    for (const ObjectAccessRow& row : grid) {
        rows.append(QJsonObject { { QStringLiteral("object"), row.object }, { QStringLiteral("read"), key(row.read) },
            { QStringLiteral("create"), key(row.create) }, { QStringLiteral("edit"), key(row.edit) },
            { QStringLiteral("delete"), key(row.remove) }, { QStringLiteral("viewAll"), key(row.viewAll) },
            { QStringLiteral("modifyAll"), key(row.modifyAll) } });
    }
    return QJsonObject { { QStringLiteral("verdict"), verdicts.at(int(verdict())) },
        { QStringLiteral("summary"), verdictText() }, { QStringLiteral("username"), username },
        { QStringLiteral("org"), orgName }, { QStringLiteral("setupReadable"), setupReadable },
        { QStringLiteral("checkedAt"), checkedAt.isValid() ? checkedAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("findings"), items }, { QStringLiteral("objects"), rows } };
}

QString AuditReport::toHtml(const QString& checklist) const
{
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                                  "body{font-family:sans-serif;margin:2em;color:#16325c}td,th{padding:4px 8px;"
                                  "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
                                  ".missing-required{color:#c23934;font-weight:bold}.missing-recommended{color:#8a6d00}"
                                  ".missing-optional{color:#3e3e3c}.not-checked{color:#8a6d00}.passed{color:#2e844a}"
                                  "</style></head><body>")
                       .arg(tr("Salesforce permission audit").toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1><p>%2</p><p><b>%3</b></p>")
                .arg(tr("Salesforce permission audit").toHtmlEscaped(),
                    tr("User %1 in %2, checked %3").arg(username, orgName, checkedAtText()).toHtmlEscaped(),
                    verdictText().toHtmlEscaped());
    QString feature;
    for (const AuditFinding& finding : findings) {
        if (finding.feature != feature) {
            if (!feature.isEmpty()) {
                html += QStringLiteral("</table>");
            }
            feature = finding.feature;
            html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                        .arg(featureName(feature).toHtmlEscaped(), tr("Check").toHtmlEscaped(),
                            tr("Importance").toHtmlEscaped(), tr("Result").toHtmlEscaped(),
                            tr("Why it matters").toHtmlEscaped(), tr("What to change in Salesforce").toHtmlEscaped());
        }
        // Red only for what the integration needs: a missing recommended or optional permission
        // is not a failure.
        const QString resultClass = finding.status == AuditFinding::Status::Missing
            ? QStringLiteral("missing-") + importanceKey(finding.severity)
            : key(finding.status);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4<br>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(finding.title.toHtmlEscaped(), severityName(finding.severity).toHtmlEscaped(), resultClass,
                        statusName(finding.status).toHtmlEscaped(), finding.detail.toHtmlEscaped(),
                        finding.breaks.toHtmlEscaped(), finding.fix.toHtmlEscaped());
    }
    if (!feature.isEmpty()) {
        html += QStringLiteral("</table>");
    }
    return html + checklist + QStringLiteral("</body></html>\n");
}

} // namespace callbridge
