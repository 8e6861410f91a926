#pragma once

#include <QString>

namespace callbridge {

// Removes OAuth secrets from text before it is logged: bearer tokens, Salesforce session ids,
// and the values of access_token, refresh_token, code, code_verifier, client_secret and
// password in URLs, form bodies, JSON and headers.
class SecretRedactor
{
public:
    static QString redact(const QString& text);
    static QString placeholder() { return QStringLiteral("<redacted>"); }
};

} // namespace callbridge
