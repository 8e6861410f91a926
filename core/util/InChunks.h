#pragma once

#include <QList>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace callbridge {

// While alive, releases the global pool's thread this runs on, if it runs on one: a job on a pool
// thread that waits for work it queued on the pool (and runs a share of it) would otherwise
// be counted as busy, and a two-core machine would run all of that work on it alone.
class PoolThreadReleased
{
public:
    PoolThreadReleased()
        : m_pool(QThreadPool::globalInstance())
        , m_released(m_pool->contains(QThread::currentThread()))
    {
        if (m_released) {
            m_pool->releaseThread();
        }
    }
    ~PoolThreadReleased()
    {
        if (m_released) {
            m_pool->reserveThread();
        }
    }
    Q_DISABLE_COPY_MOVE(PoolThreadReleased)

private:
    QThreadPool* m_pool;
    bool m_released;
};

// Runs `work(start, end)` over [0, count) in chunks of `chunk` on every core and returns when
// all are done. Each chunk runs on one thread; chunks run in any order.
template<typename Work> void inChunks(int count, Work work, int chunk = 2048)
{
    QList<int> starts;
    for (int start = 0; start < count; start += chunk) {
        starts.append(start);
    }
    auto run = [&](int start) {
        work(start, std::min(count, start + chunk));
    };
    if (starts.size() > 1) {
        // Called on a pool thread (ExportWorkspace plans off the GUI thread), this thread only
        // waits for the map and runs a share of it.
        const PoolThreadReleased released;
        QtConcurrent::blockingMap(starts, run);
    } else if (!starts.isEmpty()) {
        run(0);
    }
}

} // namespace callbridge
