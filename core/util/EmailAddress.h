#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace callbridge {

// The domain of an email address, lower case ("Ann@Acme.COM" -> "acme.com"); empty without '@'.
QString emailDomain(const QString& email);

// The same for an address in UTF-8, as UTF-8: emailDomain(QString::fromUtf8(email)).toUtf8().
// An import derives it for every contact and lead: ASCII domains, nearly all of them, take no
// QString on the way.
QByteArray emailDomain(QByteArrayView utf8Email);

} // namespace callbridge
