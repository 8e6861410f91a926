#pragma once

#include "core/salesforce/DailyApiAllowance.h"

#include "core/sync/ImportPlan.h"

#include "core/salesforce/QueryStream.h"
#include "core/salesforce/SalesforceError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace callbridge {

class DailyApiAllowance;

class ObjectImport;
class RestClient;
class RestReply;

// Where one object of an import stands, for the progress view and the command line.
struct ObjectImportProgress
{
    enum class State { Waiting, Counting, Reading, Indexing, Done, Failed, Cancelled, NotStarted };

    QString object;
    State state = State::Waiting;
    bool bulk = false;
    bool incremental = false;
    bool indexFreeLoad = false; // a large first import: indexes built once at the end
    qint64 total = -1; // rows to read, from COUNT()
    qint64 received = 0;
    qint64 stored = 0;
    qint64 removed = 0;
    qint64 requests = 0;
    qint64 elapsedMs = 0;
    QString message; // why it failed or did not start

    double recordsPerSecond() const;
    qint64 secondsLeft() const; // -1 when unknown
};

// Imports the planned objects one after another. Per object, a COUNT() over the rows to read
// chooses the path: Bulk API 2.0 from bulkThreshold rows, REST pagination below. The run
// stays within the API budget the admin allows (a share of the remaining daily requests, read
// from `limits` first): it does not start an object it cannot finish within the budget, and
// stops mid-object when the budget is spent. A stopped or failed run resumes from each object's
// cursor on the next run.
class ImportRun : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 bulkThreshold = 50000; // rows; below it REST pages cost fewer requests and less wait
    static constexpr double defaultBudgetShare = DailyApiAllowance::defaultShareForOneRun;

    enum class Outcome { Running, Completed, CompletedWithErrors, Cancelled, BudgetReached, Failed };

    ImportRun(RestClient* client, CacheStore* cache, const QList<ObjectImportPlan>& plans, QObject* parent = nullptr);
    ~ImportRun() override;

    void setFull(bool full) { m_full = full; } // forget the cache's rows and read everything again
    void setBudgetShare(double share) { m_budgetShare = share; } // of the remaining daily requests
    void setBulkThreshold(qint64 rows) { m_bulkThreshold = rows; }
    void setRestBatchSize(int rows) { m_restBatchSize = rows; }

    // An object that cannot be imported this time (its describe failed): it is listed as failed
    // and the run cannot complete without errors. Before start().
    void addFailedObject(const QString& object, const QString& message);

    void start();
    void cancel();

    const QList<ObjectImportProgress>& objects() const { return m_objects; }
    Outcome outcome() const { return m_outcome; }
    QString message() const { return m_message; } // the run's outcome in a sentence
    qint64 requestsUsed() const;
    qint64 budget() const { return m_budget; } // -1 until limits answered
    qint64 remainingAtStart() const { return m_remainingAtStart; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    void objectChanged(int row);
    void finished();

private:
    void prepareTables();
    void readLimits();
    void next();
    void count();
    void countRows(QStringList remaining, qint64 counted);
    void read();
    void objectFinished(const SalesforceError& error, bool storageFailed);
    qint64 estimatedRequests(const ObjectImportProgress& object) const;
    void finish(Outcome outcome, const QString& message);
    QString budgetMessage() const;
    void update(int row);

    RestClient* m_client;
    CacheStore* m_cache;
    QList<ObjectImportPlan> m_plans;
    QList<ObjectImportProgress> m_objects;
    bool m_full = false;
    double m_budgetShare = defaultBudgetShare;
    qint64 m_bulkThreshold = bulkThreshold;
    int m_restBatchSize = QueryStream::maxBatchSize;
    qint64 m_requestsAtStart = 0;
    qint64 m_objectRequestsAtStart = 0;
    qint64 m_remainingAtStart = -1;
    qint64 m_budget = -1;
    int m_current = -1;
    bool m_failures = false;
    bool m_budgetStop = false;
    bool m_cancelAfterIndexing = false; // indexes cannot be half built: cancel once they are
    QPointer<RestReply> m_reply;
    QPointer<DailyApiAllowance> m_allowance;
    QPointer<ObjectImport> m_import;
    QElapsedTimer m_clock;
    QElapsedTimer m_objectClock;
    Outcome m_outcome = Outcome::Running;
    QString m_message;
};

} // namespace callbridge
