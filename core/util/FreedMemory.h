#pragma once

#include <memory>

namespace callbridge {

// Hands memory the allocator holds but no longer uses back to the system, after a job that
// built and dropped a lot (a parsed JSON document, a cache read). glibc keeps freed blocks in
// its arenas for reuse; without this the process stays as large as the job's peak. Elsewhere a
// no-op.
void releaseFreedMemory();

// Destroys `garbage` (its last reference) on a thread of its own at idle priority, then hands the
// freed memory back as above: for large structures nothing reads any more, whose million small
// blocks take a noticeable time to free. The caller goes on at once; the thread runs when a
// processor has nothing else to do (work that allocates meanwhile can still wait on it a little:
// both take the allocator's locks). Waited for when the program ends.
void releaseInBackground(std::shared_ptr<void> garbage);

} // namespace callbridge
