#pragma once

#include "core/orgsim/OrgData.h"
#include "core/orgsim/OrgSimOptions.h"

namespace callbridge::orgsim {

// Builds the demo org: its identity, licenses, roles, profiles, permission sets and the
// built-in users every test and the demo rely on, then its CRM data (generated at the chosen
// scale, or loaded from a data file).
//
// Built-in users:
//  - integration@…          a correctly set-up integration user (Salesforce Integration
//                           license, Salesforce API Integration permission set license, a
//                           permission set with everything the integration needs)
//  - limited.integration@…  the same licenses, but no View All on Opportunity, no Edit Tasks,
//                           and Contact.Email not readable
//  - alex.admin@…           a System Administrator who is a real person
//  - former.rep@…           a deactivated sales rep
//  - reporting.api@…        an API user without View Setup and Configuration
// then a sales organisation (a VP, regional managers, reps) with a manager hierarchy.
class DemoOrg
{
public:
    static QString integrationUsername() { return QStringLiteral("integration@callbridge-demo.example"); }
    static QString limitedIntegrationUsername()
    {
        return QStringLiteral("limited.integration@callbridge-demo.example");
    }
    static QString adminUsername() { return QStringLiteral("alex.admin@callbridge-demo.example"); }
    static QString inactiveUsername() { return QStringLiteral("former.rep@callbridge-demo.example"); }
    static QString noSetupUsername() { return QStringLiteral("reporting.api@callbridge-demo.example"); }
    static constexpr int loginPageUserCount = 12;

    // Returns an error message, or an empty string on success.
    static QString build(OrgData& org, const OrgSimOptions& options);

private:
    static void buildSecurity(OrgData& org, int salesUsers);
};

} // namespace callbridge::orgsim
