// The plan's lines in words: the reviewable list, its JSON, and the Setup checklist.
#include "core/audit/PermissionFixPlan.h"

#include <QJsonArray>

namespace callbridge {

bool PermissionSetContent::ObjectFlags::operator==(const ObjectFlags& other) const
{
    return read == other.read && create == other.create && edit == other.edit && remove == other.remove
        && viewAll == other.viewAll && modifyAll == other.modifyAll;
}

void PermissionSetContent::ObjectFlags::set(const QString& permission)
{
    (permission == QLatin1String("read")             ? read
            : permission == QLatin1String("create")  ? create
            : permission == QLatin1String("edit")    ? edit
            : permission == QLatin1String("delete")  ? remove
            : permission == QLatin1String("viewAll") ? viewAll
                                                     : modifyAll) = true;
}

bool PermissionSetContent::ObjectFlags::has(const QString& permission) const
{
    return permission == QLatin1String("read")   ? read
        : permission == QLatin1String("create")  ? create
        : permission == QLatin1String("edit")    ? edit
        : permission == QLatin1String("delete")  ? remove
        : permission == QLatin1String("viewAll") ? viewAll
                                                 : modifyAll;
}

bool PermissionSetContent::operator==(const PermissionSetContent& other) const
{
    return name == other.name && label == other.label && description == other.description
        && systemPermissions == other.systemPermissions && objects == other.objects && fields == other.fields;
}

QString PermissionFixLine::what() const
{
    switch (kind) {
    case Kind::System:
        return PermissionEvaluator::systemPermissionName(permission);
    case Kind::Object:
        return tr("%1: %2").arg(object, PermissionEvaluator::objectPermissionName(permission));
    case Kind::Field:
        return tr("%1: Read Access").arg(object);
    case Kind::License:
        return tr("Permission set license: %1").arg(object);
    case Kind::Assignment:
        return tr("Permission set assigned: %1").arg(object);
    }
    return {};
}

QString PermissionFixLine::why() const
{
    return !findings.isEmpty()   ? tr("fixes %1").arg(findings.join(QStringLiteral(", ")))
        : !requiredFor.isEmpty() ? tr("required by Salesforce for %1").arg(requiredFor)
                                 : QString();
}

QString PermissionFixLine::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString PermissionFixLine::setupPath(const QString& setLabel, const QString& username) const
{
    switch (kind) {
    case Kind::System:
        return tr("Setup > Permission Sets > %1 > System Permissions > %2")
            .arg(setLabel, PermissionEvaluator::systemPermissionName(permission));
    case Kind::Object:
        return tr("Setup > Permission Sets > %1 > Object Settings > %2 > %3")
            .arg(setLabel, object, PermissionEvaluator::objectPermissionName(permission));
    case Kind::Field:
        return tr("Setup > Permission Sets > %1 > Object Settings > %2 > Field Permissions > %3 > Read Access")
            .arg(setLabel, object.section(QLatin1Char('.'), 0, 0), object.section(QLatin1Char('.'), 1));
    case Kind::License:
        return tr("Setup > Users > %1 > Permission Set License Assignments > Edit Assignments > %2")
            .arg(username, object);
    case Kind::Assignment:
        return tr("Setup > Users > %1 > Permission Set Assignments > Edit Assignments > %2").arg(username, object);
    }
    return {};
}

QJsonObject PermissionFixPlan::toJson() const
{
    static const char* kinds[] = { "system", "object", "field", "license", "assignment" };
    QJsonArray array;
    for (const PermissionFixLine& line : lines) {
        array.append(QJsonObject { { QStringLiteral("kind"), QString::fromLatin1(kinds[int(line.kind)]) },
            { QStringLiteral("object"), line.object }, { QStringLiteral("permission"), line.permission },
            { QStringLiteral("before"), line.before }, { QStringLiteral("after"), line.after },
            { QStringLiteral("fixes"), QJsonArray::fromStringList(line.findings) },
            { QStringLiteral("requiredFor"), line.requiredFor },
            { QStringLiteral("setupPath"), line.setupPath(setLabel(), username) } });
    }
    return QJsonObject { { QStringLiteral("permissionSet"), setName() }, { QStringLiteral("label"), setLabel() },
        { QStringLiteral("description"), description }, { QStringLiteral("username"), username },
        { QStringLiteral("lines"), array }, { QStringLiteral("notFixed"), QJsonArray::fromStringList(notFixed) } };
}

QString PermissionFixPlan::toText() const
{
    if (lines.isEmpty()) {
        return tr("Nothing to fix: the audit found nothing missing that a permission set can grant.");
    }
    QStringList text;
    for (const PermissionFixLine& line : lines) {
        const QString change =
            tr("%1: %2 → %3")
                .arg(line.what(), PermissionFixLine::yesNo(line.before), PermissionFixLine::yesNo(line.after));
        const QString why = line.why();
        text.append(why.isEmpty() ? change : tr("%1 (%2)").arg(change, why));
    }
    text.append(notFixed);
    return text.join(QLatin1Char('\n'));
}

QString PermissionFixPlan::checklistHtml() const
{
    if (lines.isEmpty()) {
        return {};
    }
    QString html =
        QStringLiteral("<h2>") + tr("Checklist: the fix by hand").toHtmlEscaped() + QStringLiteral("</h2><ol>");
    for (const PermissionFixLine& line : lines) {
        html += QStringLiteral("<li>") + line.setupPath(setLabel(), username).toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

} // namespace callbridge
