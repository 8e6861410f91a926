#pragma once

#include "core/orgsim/OrgData.h"
#include "core/orgsim/OrgSimOptions.h"
#include "core/orgsim/http/HttpExchange.h"

#include <optional>

namespace callbridge::orgsim {

// The org's one External Client App as Salesforce enforces it: who the client is (consumer key,
// consumer secret in the body or as HTTP Basic), whether a grant needs the secret, which users
// the OAuth policies permit, and which scopes a token carries.
class ClientApp
{
public:
    ClientApp(const OrgData& org, const OrgSimOptions& options);

    struct Client
    {
        QString id;
        QString secret;
    };
    // The client's credentials: HTTP Basic auth when sent, otherwise the form's client_id and
    // client_secret.
    static Client clientOf(const QUrlQuery& form, const QByteArray& authorization);

    // An error response when the client may not use a grant, or nothing when it may. A secret that
    // is sent is always checked; a missing one is refused when `secretRequired`.
    std::optional<HttpResponse> authenticate(const Client& client, bool secretRequired) const;

    // The app's OAuth policies: all users may self-authorize, or only the users whose profile or
    // an assigned permission set is pre-authorized.
    bool permits(const QString& userId) const;

    // The scopes a grant gets: the requested ones when they are all the app's, the app's own when
    // none are requested; nullopt when a requested scope is not the app's.
    std::optional<QStringList> grantedScopes(const QString& requested) const;
    static bool grantsRefreshToken(const QString& scope);

private:
    QStringList permissionSetNamesOf(const QString& userId) const;

    const OrgData& m_org;
    const OrgSimOptions& m_options;
};

} // namespace callbridge::orgsim
