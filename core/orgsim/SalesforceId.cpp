#include "core/orgsim/SalesforceId.h"

namespace callbridge::orgsim {

namespace {

const char base62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int rowDigits = 10;

int base62Value(QChar c)
{
    const char ch = c.toLatin1();
    if (ch >= '0' && ch <= '9') {
        return ch - '0';
    }
    if (ch >= 'A' && ch <= 'Z') {
        return ch - 'A' + 10;
    }
    if (ch >= 'a' && ch <= 'z') {
        return ch - 'a' + 36;
    }
    return -1;
}

bool isAlphanumeric(const QString& text)
{
    for (QChar c : text) {
        if (base62Value(c) < 0) {
            return false;
        }
    }
    return true;
}

} // namespace

QString SalesforceId::make(const QString& keyPrefix, qint64 row)
{
    static const char suffixChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    if (keyPrefix.size() != 3) {
        QString digits(rowDigits, QLatin1Char('0'));
        qint64 value = row;
        for (int i = rowDigits - 1; i >= 0 && value > 0; --i) {
            digits[i] = QLatin1Char(base62[value % 62]);
            value /= 62;
        }
        return to18(keyPrefix + QStringLiteral("5g") + digits);
    }
    // The same in one buffer: prefix, "5g", ten base-62 digits, then to18()'s suffix.
    char16_t id[18];
    for (int i = 0; i < 3; ++i) {
        id[i] = keyPrefix.at(i).unicode();
    }
    id[3] = u'5';
    id[4] = u'g';
    char16_t* digits = id + 5;
    for (int i = 0; i < rowDigits; ++i) {
        digits[i] = u'0';
    }
    qint64 value = row;
    for (int i = rowDigits - 1; i >= 0 && value > 0; --i) {
        digits[i] = char16_t(base62[value % 62]);
        value /= 62;
    }
    for (int chunk = 0; chunk < 3; ++chunk) {
        int flags = 0;
        for (int i = 0; i < 5; ++i) {
            const char16_t c = id[chunk * 5 + i];
            if (c >= u'A' && c <= u'Z') {
                flags |= 1 << i;
            }
        }
        id[15 + chunk] = char16_t(suffixChars[flags]);
    }
    return QString(reinterpret_cast<const QChar*>(id), 18);
}

qint64 SalesforceId::row(const QString& id18)
{
    if (id18.size() != 18 || id18.mid(3, 2) != QLatin1String("5g")) {
        return -1;
    }
    qint64 value = 0;
    for (int i = 5; i < 15; ++i) {
        const int digit = base62Value(id18.at(i));
        if (digit < 0) {
            return -1;
        }
        value = value * 62 + digit;
    }
    return value;
}

QString SalesforceId::to18(const QString& id15)
{
    static const char suffixChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QString suffix;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int flags = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id15.at(chunk * 5 + i);
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
                flags |= 1 << i;
            }
        }
        suffix.append(QLatin1Char(suffixChars[flags]));
    }
    return id15 + suffix;
}

QString SalesforceId::normalize(const QString& id)
{
    if (!isAlphanumeric(id)) {
        return {};
    }
    if (id.size() == 15) {
        return to18(id);
    }
    if (id.size() == 18) {
        // The suffix is case-insensitive; it must match the case of the first 15 characters.
        const QString canonical = to18(id.left(15));
        return canonical.right(3).compare(id.right(3), Qt::CaseInsensitive) == 0 ? canonical : QString();
    }
    return {};
}

} // namespace callbridge::orgsim
