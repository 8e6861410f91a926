#pragma once

#include <QList>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace callbridge {

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
        // waits for the map and runs a share of it: without releasing it, the pool counted it as
        // busy and a two-core machine ran the whole map on it alone.
        QThreadPool* pool = QThreadPool::globalInstance();
        const bool onPoolThread = pool->contains(QThread::currentThread());
        if (onPoolThread) {
            pool->releaseThread();
        }
        QtConcurrent::blockingMap(starts, run);
        if (onPoolThread) {
            pool->reserveThread();
        }
    } else if (!starts.isEmpty()) {
        run(0);
    }
}

} // namespace callbridge
