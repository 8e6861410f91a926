#pragma once

#include <QCoreApplication>
#include <QUrl>

namespace callbridge {

// What an OAuth refusal from Salesforce means and which setting fixes it. The codes and
// descriptions are the ones Salesforce sends (see core/orgsim/FIDELITY.md for the sources); the
// Setup paths are those of an External Client App (Setup > External Client App Manager), with
// the connected app's equivalent where it differs.
class OAuthProblems
{
    Q_DECLARE_TR_FUNCTIONS(OAuthProblems)

public:
    // The refusal in plain words with the fix, e.g. "Salesforce refused the login (invalid_client:
    // invalid client credentials). <what to change>". `callbackUrl` is the redirect URI Callbridge
    // sent (shown for redirect_uri_mismatch).
    static QString explain(const QString& error, const QString& description, const QString& callbackUrl = {});

    // The client credentials flow works only on the org's My Domain: Salesforce refuses it on
    // login.salesforce.com and test.salesforce.com. The message for such a URL, empty otherwise.
    static QString clientCredentialsHostProblem(const QUrl& loginUrl);
    static QString myDomainRequired();

    // The app granted no refresh token (its OAuth scopes lack refresh_token, offline_access).
    static QString noRefreshTokenGranted();

private:
    static QString fixFor(const QString& error, const QString& description, const QString& callbackUrl);
};

} // namespace callbridge
