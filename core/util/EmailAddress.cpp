#include "core/util/EmailAddress.h"

namespace callbridge {

QString emailDomain(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

} // namespace callbridge
