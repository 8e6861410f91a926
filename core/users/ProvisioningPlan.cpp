#include "core/users/ProvisioningPlan.h"

#include "core/util/AtomicFile.h"

#include <csv.h>

#include <QSet>

namespace callbridge {

namespace {

// libcsv quotes every field and doubles embedded quotes (RFC 4180).
QByteArray csvField(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray quoted(int(utf8.size() * 2 + 2), Qt::Uninitialized);
    const size_t written = csv_write(quoted.data(), size_t(quoted.size()), utf8.constData(), size_t(utf8.size()));
    quoted.truncate(int(written));
    return quoted;
}

void appendRow(QByteArray& csv, const QStringList& fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            csv += ',';
        csv += csvField(fields.at(i));
    }
    csv += "\r\n";
}

} // namespace

QByteArray ProvisioningPlan::toCsv(const UserHierarchy& hierarchy, const RecordedUsers& recorded)
{
    const QSet<QString> recordedIds(recorded.userIds.cbegin(), recorded.userIds.cend());
    QByteArray csv;
    appendRow(csv,
        { tr("Name"), tr("Email"), tr("Title"), tr("Manager"), tr("Manager email"), tr("Recorded"), tr("Problems") });
    // Tree order, so a manager's row comes before their reports'.
    for (int root : hierarchy.roots()) {
        for (int index : hierarchy.subtree(root)) {
            const UserHierarchy::User& user = hierarchy.user(index);
            if (!user.active)
                continue;
            const int manager = hierarchy.nearestActiveManager(index);
            const bool isRecorded = recorded.allActive || recordedIds.contains(user.id);
            appendRow(csv,
                { user.name, user.email, user.title, manager >= 0 ? hierarchy.user(manager).name : QString(),
                    manager >= 0 ? hierarchy.user(manager).email : QString(), isRecorded ? tr("yes") : tr("no"),
                    hierarchy.problemDescriptions(index).join(QLatin1Char(' ')) });
        }
    }
    return csv;
}

Status ProvisioningPlan::write(const QString& path, const UserHierarchy& hierarchy, const RecordedUsers& recorded)
{
    return AtomicFile::write(path, toCsv(hierarchy, recorded));
}

} // namespace callbridge
