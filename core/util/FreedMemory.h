#pragma once

namespace callbridge {

// Hands memory the allocator holds but no longer uses back to the system, after a job that
// built and dropped a lot (a parsed JSON document, a cache read). glibc keeps freed blocks in
// its arenas for reuse; without this the process stays as large as the job's peak. Elsewhere a
// no-op.
void releaseFreedMemory();

} // namespace callbridge
