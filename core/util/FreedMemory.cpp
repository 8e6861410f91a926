#include "core/util/FreedMemory.h"

#include <QThread>
#include <QThreadPool>

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace callbridge {

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena, not only the calling thread's
#endif
}

void releaseInBackground(std::shared_ptr<void> garbage)
{
    // One thread: frees after frees. (A static, so its destructor waits for them at exit.)
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1);
        pool.setThreadPriority(QThread::IdlePriority); // SCHED_IDLE on Linux
        return true;
    }();
    Q_UNUSED(configured)
    pool.start([garbage = std::move(garbage)]() mutable {
        garbage.reset();
        releaseFreedMemory();
    });
}

} // namespace callbridge
