#pragma once

#include "core/salesforce/SalesforceError.h"

#include <QDateTime>
#include <QUrl>

#include <optional>

namespace callbridge {

// A token endpoint answer. The access token lives in memory only; the refresh token goes to
// the OS keychain and nowhere else.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // empty when Salesforce did not send one (no rotation, or no scope)
    QUrl instanceUrl;
    QUrl identityUrl; // https://login.salesforce.com/id/<orgId>/<userId>
    QString orgId;
    QString userId;
    QString scope;
    QDateTime issuedAt;

    // Parses {"access_token", "instance_url", "id", "issued_at", ...}; a missing or malformed
    // field is an error naming it.
    static std::variant<OAuthTokens, SalesforceError> parse(const QByteArray& body);
};

} // namespace callbridge
