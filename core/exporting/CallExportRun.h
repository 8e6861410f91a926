#pragma once

#include "core/exporting/ConversationGraphs.h"
#include "core/exporting/ExportLedger.h"
#include "core/salesforce/DailyApiAllowance.h"
#include "core/salesforce/SalesforceJob.h"

namespace callbridge {

// An export run: writes every given call (its Conversation and children, its activity) and
// removes what deleted calls left, as many calls per API call as composite/graph allows. Calls
// the ledger knows are looked up first (one composite of queries per batch) so a call exported
// again updates in place: children that no longer apply are deleted, none is duplicated. Each
// call's graph lands or fails alone; failures are reported per call and written again next run.
// The ledger marks calls pending before each request, so a run stopped at any point resumes
// with nothing lost and nothing duplicated. Like an import, a run spends at most a share of the
// org's remaining daily API requests (read from `limits` first): it stops before the request that
// would pass it, and the next run goes on from there. finished() is emitted exactly once.
class CallExportRun : public SalesforceJob
{
    Q_OBJECT

public:
    // Graph: many calls per composite/graph request. CompositePerCall: one composite request
    // per call (what exporting without graphs costs; for comparison).
    enum class Transport { Graph, CompositePerCall };

    CallExportRun(RestClient* client, ExportLedger* ledger, QList<ExportItem> items, QObject* parent = nullptr);

    void setTransport(Transport transport) { m_transport = transport; }
    void setBudgetShare(double share) { m_budgetShare = share; } // of the remaining daily requests
    void start() override;
    void cancel() override;

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
    qint64 requestsSent() const { return m_requests; } // API calls this run cost, `limits` included
    qint64 budget() const { return m_budget; } // -1: the org's allowance is not known
    // Stopped (without an error) before a request that would have passed the budget.
    bool stoppedAtBudget() const { return m_stoppedAtBudget; }
    QString budgetMessage() const;

Q_SIGNALS:
    void progress(int done, int total);

private:
    void readAllowance();
    bool spend(); // counts one request, or stops the run when the budget has none left
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
    double m_budgetShare = DailyApiAllowance::defaultShareForOneRun;
    qint64 m_budget = -1;
    qint64 m_remainingAtStart = -1;
    bool m_stoppedAtBudget = false;
    QPointer<DailyApiAllowance> m_allowance;
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
