#pragma once

#include "PermissionEvaluator.h"

#include "salesforce/ConnectionSummary.h"
#include "salesforce/SalesforceError.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace callbridge {

class CompositeRequest;
class RestClient;
class RestReply;

// Reads the integration user's effective permissions in two composite API calls:
//   1. describeGlobal, its permission sets (profile included, by semi-join on its
//      PermissionSetAssignments), their ObjectPermissions, its permission set licenses;
//   2. the describes of the objects with required fields (fields hidden by field-level
//      security are absent) and counts of the records it sees.
// Without View Setup and Configuration the permission records cannot be read; the audit then
// falls back on what describe shows and lists what it could not check.
// finished() is emitted exactly once.
class PermissionAudit : public QObject
{
    Q_OBJECT

public:
    PermissionAudit(RestClient* client, const ConnectionSummary& connection, const ExportSettings& exportSettings,
        QObject* parent = nullptr);

    void start();
    void cancel();

    const AuditReport& report() const { return m_report; }
    const SalesforceError& error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    int apiCalls() const { return m_apiCalls; }

Q_SIGNALS:
    void progress(const QString& step);
    void finished();

private:
    void readPermissions();
    void readDescribes();
    // One composite call; `handle` gets the sub-responses by referenceId.
    void send(const CompositeRequest& composite, const std::function<void(const QHash<QString, QJsonObject>&)>& handle);
    void finish(const SalesforceError& error);

    RestClient* m_client;
    ConnectionSummary m_connection;
    ExportSettings m_exportSettings;
    AuditInputs m_inputs;
    AuditReport m_report;
    SalesforceError m_error;
    QPointer<RestReply> m_current;
    int m_apiCalls = 0;
    bool m_finished = false;
};

} // namespace callbridge
