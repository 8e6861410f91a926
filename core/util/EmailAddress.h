#pragma once

#include <QString>

namespace callbridge {

// The domain of an email address, lower case ("Ann@Acme.COM" -> "acme.com"); empty without '@'.
QString emailDomain(const QString& email);

} // namespace callbridge
