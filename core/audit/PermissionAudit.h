#pragma once

#include "core/audit/PermissionEvaluator.h"

#include "core/salesforce/ConnectionSummary.h"
#include "core/salesforce/SalesforceJob.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace callbridge {

class CompositeRequest;
class QueryStream;
class RestClient;
class RestReply;

// Reads the integration user's effective permissions in two composite API calls (and a call per
// further page of a permission query: a user can hold more than a page of ObjectPermissions):
//   1. describeGlobal, its permission sets (profile included, by semi-join on its
//      PermissionSetAssignments), their ObjectPermissions, its permission set licenses;
//   2. the describes of the objects with required fields (fields hidden by field-level
//      security are absent) and counts of the records it sees.
// Without View Setup and Configuration the permission records cannot be read; the audit then
// falls back on what describe shows and lists what it could not check.
// finished() is emitted exactly once.
class PermissionAudit : public SalesforceJob
{
    Q_OBJECT

public:
    PermissionAudit(RestClient* client, const ConnectionSummary& connection, const ExportSettings& exportSettings,
        QObject* parent = nullptr);

    // Audits another user than the connected one (an admin auditing the integration user): its
    // access is worked out from its permission records (OtherUserAccess). Before start().
    void auditUser(const QString& userId, const QString& username);

    void start() override;
    void cancel() override;

    const AuditReport& report() const { return m_report; }
    const AuditInputs& inputs() const { return m_inputs; }
    const ExportSettings& exportSettings() const { return m_exportSettings; }
    int apiCalls() const { return m_apiCalls; }
    // The connected user may create permission sets and assign them (Manage Profiles and
    // Permission Sets, Assign Permission Sets), as its describeGlobal says: it can apply a fix.
    bool canApplyFixes() const { return m_canApplyFixes; }

Q_SIGNALS:
    void progress(const QString& step);

private:
    void readPermissions();
    // The first pages came in the composite answer; reads the rest of each query (nextRecordsUrl).
    void readMorePages();
    void permissionsRead();
    void readDescribes();
    // One composite call; `handle` gets the sub-responses by referenceId.
    void send(const CompositeRequest& composite, const std::function<void(const QHash<QString, QJsonObject>&)>& handle);

    RestClient* m_client;
    ConnectionSummary m_connection;
    ExportSettings m_exportSettings;
    AuditInputs m_inputs;
    QString m_userId; // the audited user
    bool m_otherUser = false;
    bool m_canApplyFixes = false;
    AuditReport m_report;
    int m_apiCalls = 0;
    QHash<QString, QJsonArray> m_records; // by referenceId: every page's records
    QList<QPair<QString, QString>> m_morePages; // referenceId, nextRecordsUrl
    QPointer<QueryStream> m_stream;
};

} // namespace callbridge
