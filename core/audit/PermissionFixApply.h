#pragma once

#include "core/audit/PermissionFixPlan.h"
#include "core/salesforce/ConnectionSummary.h"
#include "core/salesforce/SalesforceJob.h"

#include <QJsonObject>

namespace callbridge {

// Applies a PermissionFixPlan in Salesforce as the connected user (who needs Manage Profiles and
// Permission Sets and Assign Permission Sets): finds the plan's permission set by its API name,
// creates it or turns on what it lacks (PermissionSet, ObjectPermissions, FieldPermissions),
// assigns the permission set license and the set to the plan's user. One composite call reads
// what is there; the writes go in composite calls of up to 25 subrequests with allOrNone, the
// first of which creates the set, so a failure there leaves nothing behind. Running it again
// for the same plan changes nothing. finished() is emitted exactly once.
class PermissionFixApply : public SalesforceJob
{
    Q_OBJECT

public:
    PermissionFixApply(RestClient* client, const PermissionFixPlan& plan, QObject* parent = nullptr);

    void start() override;

    // The org a confirmation names: "Acme (production)", "Acme (sandbox)".
    static QString describeOrg(const ConnectionSummary& summary);

    // What was changed, in words, one line each (empty when nothing needed changing); after a
    // failure, what the composites before the failing one changed.
    const QStringList& changes() const { return m_changes; }
    QString permissionSetId() const { return m_setId; }
    int apiCalls() const { return m_apiCalls; }

Q_SIGNALS:
    void progress(const QString& step, int done, int total);

private:
    struct Write
    {
        QByteArray method;
        QString path; // under /services/data/vXX.X/
        QJsonObject body;
        QStringList changes; // in words
    };
    void read();
    void planWrites(const QHash<QString, QJsonObject>& responses);
    void sendNext();

    RestClient* m_client;
    PermissionFixPlan m_plan;
    QString m_setId;
    QList<Write> m_writes;
    int m_total = 0;
    QStringList m_changes;
    int m_apiCalls = 0;
};

} // namespace callbridge
