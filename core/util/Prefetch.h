#pragma once

namespace callbridge {

// Asks the processor to start loading the memory at `address` (a hint: nothing is read, and any
// address will do). Loops over data scattered in memory call it a few items ahead, so that their
// cache misses overlap instead of each one stalling. GCC's and Clang's builtin; a no-op elsewhere.
inline void prefetchMemory(const void* address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

} // namespace callbridge
