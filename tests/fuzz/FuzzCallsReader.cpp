// libFuzzer target: the calls reader never crashes on any input, and it either loads calls
// or names at least one problem.
#include "core/calls/CallsReader.h"

#include <cstdint>
#include <cstdlib>

using namespace callbridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const CallsReader::Result result =
        CallsReader::read(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!result.ok() && !result.calls.isEmpty()) {
        std::abort(); // nothing half-loaded
    }
    return 0;
}
