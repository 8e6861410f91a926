#pragma once

#include <QtGlobal>

namespace callbridge::test {

// What the benchmarks read of a process from Linux's /proc: memory, CPU time, age.
// `pid` 0 is this process.

// A line of /proc/PID/status in kB: "VmRSS:", "VmHWM:" (the peak), "RssAnon:", "RssFile:"; -1 if absent.
qint64 statusKb(const char* key, qint64 pid = 0);
// Makes this process's VmHWM its current RSS, so a peak read later is that stage's own.
void resetPeakMemory();
// CPU time used so far, user + system, every thread, in milliseconds.
double cpuMs(qint64 pid = 0);
// Milliseconds since this process started (the kernel's start time against the uptime; 10 ms
// resolution): what loading and static initialisation took before main() counts too.
double msSinceProcessStart();

} // namespace callbridge::test
