#include "core/salesforce/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace callbridge {

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        data[i] = char(QRandomGenerator::system()->bounded(256));
    }
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(64);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

} // namespace callbridge
