#include "core/salesforce/OAuthProblems.h"

#include "core/salesforce/SalesforceError.h"

namespace callbridge {

// The codes come from Salesforce's "OAuth 2.0 Authorization Errors" help page
// (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm) and from
// what Salesforce answered users of other clients (quoted in core/orgsim/FIDELITY.md). The
// setting names are those of "Review External Client Apps"
// (https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.shr_external_client_apps.htm).

QString OAuthProblems::myDomainRequired()
{
    return tr("Salesforce allows the client credentials flow only on the org's own My Domain login URL, never on "
              "login.salesforce.com or test.salesforce.com. Use https://<your domain>.my.salesforce.com (a sandbox: "
              "https://<your domain>--<sandbox>.sandbox.my.salesforce.com); Setup > My Domain shows it.");
}

QString OAuthProblems::clientCredentialsHostProblem(const QUrl& loginUrl)
{
    const QString host = loginUrl.host().toLower();
    if (host == QLatin1String("login.salesforce.com") || host == QLatin1String("test.salesforce.com")) {
        return tr("%1 cannot be used here. %2").arg(loginUrl.toString(), myDomainRequired());
    }
    return {};
}

QString OAuthProblems::noRefreshTokenGranted()
{
    return tr("Salesforce granted no refresh token, so this connection lasts until Callbridge quits. Add the scope "
              "\"Perform requests at any time (refresh_token, offline_access)\" to the app (Setup > External Client "
              "App Manager > the app > Edit Settings > OAuth Settings > Selected OAuth Scopes), then connect again.");
}

QString OAuthProblems::fixFor(const QString& error, const QString& description, const QString& callbackUrl)
{
    const QString code = error.toLower();
    const QString text = description.toLower();
    if (code == QLatin1String("invalid_client_id")) {
        return tr("Salesforce does not know this consumer key in this org. Copy it again from Setup > External Client "
                  "App Manager > the app > Settings > OAuth Settings > Consumer Key and Secret. The platform's app "
                  "must be installed in this org first (Setup > Installed Packages).");
    }
    if (code == QLatin1String("invalid_client")) {
        return tr("The consumer secret is missing or wrong. Enter the app's consumer secret on the Salesforce app page "
                  "(Setup > External Client App Manager > the app > Settings > OAuth Settings > Consumer Key and "
                  "Secret), or, for an app that must work without one, turn off \"Require Secret for Web Server "
                  "Flow\" and \"Require Secret for Refresh Token Flow\" in the app's OAuth settings.");
    }
    if (code == QLatin1String("oauth_app_access_denied") || code == QLatin1String("invalid_app_access")
        || text.contains(QLatin1String("not admin approved"))) {
        return tr("The app's Permitted Users policy is \"Admin approved users are pre-authorized\" and this user is "
                  "not approved. In Setup > External Client App Manager > the app > Policies > App Policies, select "
                  "the user's profile or a permission set assigned to the user.");
    }
    if (code == QLatin1String("oauth_ec_app_not_found") || text.contains(QLatin1String("not installed"))) {
        return tr("The app is not installed in this org. Install the platform's package (Setup > Installed "
                  "Packages), or, for an app created in this org, log in through the org's My Domain.");
    }
    if (code == QLatin1String("oauth_app_blocked")) {
        return tr("An administrator blocked the app in this org. Unblock it in Setup > Connected Apps OAuth Usage.");
    }
    if (text.contains(QLatin1String("ip restricted"))) {
        return tr("Salesforce refused this computer's IP address. In Setup > External Client App Manager > the app > "
                  "Policies > OAuth Policies, set IP Relaxation to \"Relax IP restrictions\", or add this network to "
                  "the Login IP Ranges of the user's profile.");
    }
    if (code == QLatin1String("redirect_uri_mismatch")) {
        return tr("Callbridge's callback URL is %1, and the app does not list it. In Setup > External Client App "
                  "Manager > the app > Settings > OAuth Settings, the Callback URL must be exactly %1 (or choose the "
                  "callback port the app lists).")
            .arg(callbackUrl.isEmpty() ? tr("http://localhost:<port>/OauthRedirect") : callbackUrl);
    }
    if (code == QLatin1String("access_denied")) {
        return tr("Access was denied on Salesforce's page. Start again and choose Allow.");
    }
    if (text.contains(QLatin1String("request not supported on this domain"))) {
        return myDomainRequired();
    }
    if (text.contains(QLatin1String("code challenge"))) {
        return tr("The app requires PKCE and the code challenge did not arrive; start the login again.");
    }
    if (code == QLatin1String("invalid_scope")) {
        return tr("The app does not offer the scopes asked for. Its Selected OAuth Scopes need \"Manage user data via "
                  "APIs (api)\" and \"Perform requests at any time (refresh_token, offline_access)\".");
    }
    if (text.contains(QLatin1String("inactive user"))) {
        return tr("The user is deactivated. Reactivate the user in Setup > Users, or connect as another user.");
    }
    if (code == QLatin1String("invalid_grant") && text.contains(QLatin1String("expired access/refresh token"))) {
        return tr("The saved sign-in no longer works: it was revoked, it expired under the app's refresh token "
                  "policy, or a rotated one was used twice. Connect again in the browser. To keep sign-ins, set the "
                  "app's Refresh Token Policy to \"Refresh token is valid until revoked\" (Policies > OAuth "
                  "Policies).");
    }
    return {};
}

QString OAuthProblems::explain(const QString& error, const QString& description, const QString& callbackUrl)
{
    const QString refusal =
        tr("Salesforce refused the login (%1: %2).").arg(shownValue(error), shownValue(description, 200));
    const QString fix = fixFor(error, description, callbackUrl);
    return fix.isEmpty() ? refusal : refusal + QLatin1Char(' ') + fix;
}

} // namespace callbridge
