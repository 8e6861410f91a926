#pragma once

#include <QByteArray>

namespace callbridge {

// Proof Key for Code Exchange (RFC 7636, S256): the verifier stays in memory; only its
// SHA-256 challenge travels through the browser.
struct Pkce
{
    QByteArray verifier; // 86 characters of base64url from 64 random bytes
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
    static QByteArray randomToken(int bytes); // base64url, for OAuth state
};

} // namespace callbridge
