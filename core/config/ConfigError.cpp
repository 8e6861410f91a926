#include "core/config/ConfigError.h"

#include <QCoreApplication>

namespace callbridge {

QString ConfigError::toString() const
{
    if (expected.isEmpty()) {
        return QCoreApplication::translate("ConfigError", "%1: %2").arg(path, problem);
    }
    return QCoreApplication::translate("ConfigError", "%1: %2; expected %3").arg(path, problem, expected);
}

} // namespace callbridge
