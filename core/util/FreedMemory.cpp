#include "core/util/FreedMemory.h"

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

} // namespace callbridge
