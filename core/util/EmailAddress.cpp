#include "core/util/EmailAddress.h"

namespace callbridge {

QString emailDomain(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

QByteArray emailDomain(QByteArrayView utf8Email)
{
    // '@' is ASCII, and no byte of a multi-byte UTF-8 character is: the last '@' is the same one.
    const qsizetype at = utf8Email.lastIndexOf('@');
    if (at < 0) {
        return {};
    }
    const QByteArrayView domain = utf8Email.sliced(at + 1);
    bool lower = true;
    for (const char c : domain) {
        if (uchar(c) >= 0x80) {
            // Unicode has more spaces to trim and more letters to lower than ASCII.
            return emailDomain(QString::fromUtf8(utf8Email)).toUtf8();
        }
        lower = lower && !(c >= 'A' && c <= 'Z');
    }
    // ASCII's spaces are QChar::isSpace()'s below 0x80, as QByteArrayView::trimmed() takes them.
    const QByteArray trimmed = domain.trimmed().toByteArray();
    return lower ? trimmed : trimmed.toLower();
}

} // namespace callbridge
