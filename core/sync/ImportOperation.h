#pragma once

#include "core/fields/FieldPolicy.h"
#include "core/sync/ImportRun.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace callbridge {

class CacheStore;
class ConnectionManager;
class FieldCatalogLoader;

// The whole import, as the GUI's dialog and `callbridge-cli import` run it:
//
//   describes (cached per org) -> plan (selected fields, opportunity scope, --objects)
//     -> the org's cache -> ImportRun (per object: COUNT, REST or Bulk, cursors, budget)
//
// Presenters create it, watch runStarted()/progress and show the result; every decision is
// here. finished() is emitted exactly once, on every path (done, failed, cancelled).
class ImportOperation : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDirectory; // where the setup and the org caches live
        QMap<QString, QStringList> selectedFields;
        ImportScope opportunityScope;
        QStringList onlyObjects; // empty: every imported object
        bool full = false;
        double budgetShare = ImportRun::defaultBudgetShare;
    };

    ImportOperation(ConnectionManager* connection, Options options, QObject* parent = nullptr);
    ~ImportOperation() override;

    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    // The run, once the describes are read and the cache is open (runStarted()); null before.
    ImportRun* run() const { return m_run; }
    // Completed: every planned object imported.
    bool ok() const { return !m_running && m_run && m_run->outcome() == ImportRun::Outcome::Completed; }
    // The outcome in a sentence, whichever stage ended it.
    QString message() const;
    // Objects named in Options::onlyObjects that the import cannot read (not imported, or not
    // readable by the integration user): nothing was imported.
    const QStringList& unknownObjects() const { return m_unknownObjects; }
    QString cachePath() const;
    // While running: what the import has been waiting for from Salesforce for at least
    // `atLeastMs`, in a sentence ("Waiting for Salesforce: GET …/jobs/query/750… (42 s)");
    // empty when it is not waiting that long. Every request also has its own deadline.
    QString waitingFor(qint64 atLeastMs = 5000) const;
    QString orgName() const;

Q_SIGNALS:
    void runStarted(callbridge::ImportRun* run);
    void finished();

private:
    void startRun(
        const QList<QPair<QString, QList<FieldEntry>>>& catalog, const QMap<QString, QString>& failedDescribes);
    void fail(const QString& message);
    void finish();

    ConnectionManager* m_connection;
    Options m_options;
    QString m_orgId;
    QPointer<FieldCatalogLoader> m_loader;
    std::unique_ptr<CacheStore> m_cache;
    QPointer<ImportRun> m_run;
    QStringList m_unknownObjects;
    QString m_failure;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace callbridge
