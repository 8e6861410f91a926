#pragma once

#include "core/exporting/ConversationGraphs.h"
#include "core/exporting/ExportLedger.h"
#include "core/salesforce/SalesforceJob.h"

namespace callbridge {

// An export run: writes every given call (its Conversation and children, its activity) and
// removes what deleted calls left, as many calls per API call as composite/graph allows. Calls
// the ledger knows are looked up first (one composite of queries per batch) so a call exported
// again updates in place: children that no longer apply are deleted, none is duplicated. Each
// call's graph lands or fails alone; failures are reported per call and written again next run.
// The ledger marks calls pending before each request, so a run stopped at any point resumes
// with nothing lost and nothing duplicated. finished() is emitted exactly once.
class CallExportRun : public SalesforceJob
{
    Q_OBJECT

public:
    // Graph: many calls per composite/graph request. CompositePerCall: one composite request
    // per call (what exporting without graphs costs; for comparison).
    enum class Transport { Graph, CompositePerCall };

    CallExportRun(RestClient* client, ExportLedger* ledger, QList<ExportItem> items, QObject* parent = nullptr);

    void setTransport(Transport transport) { m_transport = transport; }
    void start() override;

    struct Failure
    {
        QString callId;
        QString message;
    };
    int total() const { return int(m_items.size()); }
    int done() const { return m_done; }
    int written() const { return m_written; }
    int removed() const { return m_removed; }
    const QList<Failure>& failures() const { return m_failures; }
    qint64 requestsSent() const { return m_requests; } // API calls this run cost

Q_SIGNALS:
    void progress(int done, int total);

private:
    void nextBatch();
    void lookUp(const QList<int>& batch);
    void write(const QList<int>& batch, const QHash<QString, ExistingRecords>& existing);
    void sendNext();
    void handleGraphs(const QJsonArray& graphs);
    void settle(int item, bool ok, const QString& message);

    RestClient* m_client;
    ExportLedger* m_ledger;
    QList<ExportItem> m_items;
    Transport m_transport = Transport::Graph;
    int m_next = 0;
    int m_done = 0;
    int m_written = 0;
    int m_removed = 0;
    qint64 m_requests = 0;
    QList<Failure> m_failures;
    struct Request
    {
        QByteArray body;
        QString path;
        QHash<QString, int> items; // graphId -> item
    };
    QList<Request> m_queue;
    QHash<QString, int> m_inFlight;
};

} // namespace callbridge
