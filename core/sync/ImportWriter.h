#pragma once

#include "core/cache/CacheStore.h"
#include "core/util/TextRows.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace callbridge {

// Stores one object's imported rows on a thread of its own, through its own connection to the
// cache, so the next page downloads and parses while this one is written and the GUI never
// waits on SQLite. Batches are stored in the order given; results come back on the caller's
// thread in that order.
class ImportWriter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        qint64 rows = 0; // stored
        QString newestModstamp; // the greatest SystemModstamp text of the batch (one fixed UTC form per API)
        qint64 badRow = -1; // a row whose Id is not a Salesforce id: nothing of the batch was stored
        QString badId;
        QString storageError; // the cache refused the batch
        qint64 cpuUs = 0; // the writer thread's CPU time for the batch
        bool ok() const { return badRow < 0 && storageError.isEmpty(); }
    };

    ImportWriter(const CacheStore& cache, const QString& object, QObject* parent = nullptr);
    ~ImportWriter() override;

    void store(const TextRows& rows);
    // Runs `then` on this object's thread once every batch given before is stored.
    void afterStored(std::function<void()> then);
    // Runs `work` on the writer's thread with its connection once the batches given before are
    // done, then `then` with its outcome on this object's thread; discard() does not stop it (an
    // import that stopped still rebuilds the indexes it dropped).
    void run(std::function<Status(CacheStore&)> work, std::function<void(const Status&)> then);
    // Drops what is queued; no result or afterStored() call comes back after this.
    void discard();

Q_SIGNALS:
    void stored(const callbridge::ImportWriter::Result& result);

private:
    QThread m_thread;
    QObject* m_worker; // lives on m_thread
    std::shared_ptr<CacheStore> m_store; // used on m_thread only
    std::shared_ptr<std::atomic_bool> m_discarded = std::make_shared<std::atomic_bool>(false);
    QString m_object;
};

} // namespace callbridge
