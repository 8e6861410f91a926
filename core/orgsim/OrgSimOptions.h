#pragma once

#include <QString>
#include <QStringList>

namespace callbridge::orgsim {

enum class DataScale { None, Small, Large };

// Faults orgsim injects to test a client's resilience. Rates are per request, 0..1.
struct FaultOptions
{
    double serverErrorRate = 0; // 500 UNKNOWN_EXCEPTION
    double unavailableRate = 0; // 503 SERVER_UNAVAILABLE
    double lockRowRate = 0; // writes fail with UNABLE_TO_LOCK_ROW
    double dropConnectionRate = 0; // the connection closes mid-body
    int sessionExpiryAfterRequests = 0; // an access token dies after N data requests (0: never)
    int unavailableNextRequests = 0; // the next N data requests get 503, then normal service
    int unavailableAfterRequests = 0; // ... starting after this many more data requests are served
    // Requests whose path contains this text (composite subrequests too) get 503, the next N times.
    QString unavailablePath;
    int unavailablePathTimes = 0;
    // 403 REQUEST_LIMIT_EXCEEDED "ConcurrentPerOrgLongTxn Limit exceeded.": too many concurrent
    // long-running requests; clears in seconds (a rate, and the next N data requests).
    double concurrencyLimitRate = 0;
    int concurrencyLimitNextRequests = 0;
    // The next N Bulk API query jobs end Failed, with an errorMessage.
    int failNextBulkJobs = 0;
    // Query pages shrink at random to 1..batch size rows (Salesforce does not guarantee the size).
    double shrinkPagesRate = 0;
};

// Who may use the app (the app's OAuth policies, "Permitted Users").
enum class PermittedUsers { AllUsersMaySelfAuthorize, AdminApprovedPreAuthorized };

// The app's OAuth settings and policies as an External Client App has them (Setup > External
// Client App Manager > the app > Settings and Policies). The defaults are an ECA's: the secret is
// required for the web server and refresh token flows, and PKCE is required.
struct AppSettings
{
    bool requireSecretForWebServerFlow = true;
    bool requireSecretForRefreshTokenFlow = true;
    bool requirePkce = true;
    QStringList scopes { QStringLiteral("api"), QStringLiteral("refresh_token") }; // Selected OAuth Scopes
    int refreshTokenExpiresAfterSeconds = 0; // Refresh Token Policy: 0 is "valid until revoked"
    PermittedUsers permittedUsers = PermittedUsers::AllUsersMaySelfAuthorize;
    QStringList preAuthorizedProfiles; // names, when admin approved users are pre-authorized
    QStringList preAuthorizedPermissionSets; // names (PermissionSet.Name)
};

struct OrgSimOptions
{
    // The platform's app as its package installs it into an org (what `callbridge --demo` and
    // `callbridge-cli orgsim` serve): a desktop client cannot keep a secret, so neither flow
    // requires one; PKCE stays required.
    static OrgSimOptions packagedApp()
    {
        OrgSimOptions options;
        options.app.requireSecretForWebServerFlow = false;
        options.app.requireSecretForRefreshTokenFlow = false;
        return options;
    }

    quint16 port = 0; // 0 picks a free port
    DataScale scale = DataScale::Small;
    QString dataFile; // exact records instead of generated ones
    qint64 contacts = -1; // generated contacts; -1: the scale's number
    int latencyMs = 0;
    qint64 apiDailyLimit = 100000;
    int accessTokenLifetimeSeconds = 2 * 60 * 60; // the org's session timeout
    bool refreshTokenRotation = false; // the app's "Enable Refresh Token Rotation"
    AppSettings app;
    QString clientId = QStringLiteral("3MVG9orgsimCallbridgeDemoConnectedAppConsumerKey");
    QString clientSecret = QStringLiteral("orgsim-demo-consumer-secret");
    QStringList callbackUrls { QStringLiteral("http://localhost:1717/OauthRedirect") };
    quint64 seed = 20261121;
    FaultOptions faults;
};

} // namespace callbridge::orgsim
