#pragma once

#include <QString>
#include <QUrl>

namespace callbridge {

// What the admin sees after connecting: which org, as whom, and whether that user is set up
// the way the integration recommends (a dedicated user on the Salesforce Integration license).
struct ConnectionSummary
{
    QString orgId;
    QString orgName;
    QString organizationType; // "Enterprise Edition", ...
    bool isSandbox = false;
    QString userId;
    QString username;
    QString displayName;
    QUrl instanceUrl;
    QString apiVersion;
    QString userLicense; // empty when it could not be read (needs View Setup and Configuration)

    bool hasIntegrationLicense() const { return userLicense == QLatin1String("Salesforce Integration"); }
    // A full "Salesforce" license usually belongs to a person, whose deactivation would
    // disconnect the integration.
    bool looksLikePersonalAccount() const { return userLicense == QLatin1String("Salesforce"); }
};

} // namespace callbridge
