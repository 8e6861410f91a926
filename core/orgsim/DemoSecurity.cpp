#include "core/orgsim/DemoOrg.h"

#include "core/orgsim/DataFileLoader.h"
#include "core/orgsim/DataGenerator.h"
#include "core/orgsim/RecordBuilder.h"
#include "core/orgsim/SalesforceId.h"

namespace callbridge::orgsim {

namespace {

const QDateTime setupTime = QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

struct ObjectGrant
{
    const char* object;
    bool read, create, edit, remove, viewAll, modifyAll;
};

// Grants object permissions to a permission set, and field-level security on every
// permissionable field of those objects except the ones listed as hidden.
void grant(RecordBuilder& builder, const QString& permissionSetId, const QList<ObjectGrant>& grants,
    const QStringList& hiddenFields = {})
{
    for (const ObjectGrant& objectGrant : grants) {
        const QString objectName = QString::fromLatin1(objectGrant.object);
        builder.insert(QStringLiteral("ObjectPermissions"),
            { { QStringLiteral("ParentId"), permissionSetId }, { QStringLiteral("SobjectType"), objectName },
                { QStringLiteral("PermissionsRead"), objectGrant.read },
                { QStringLiteral("PermissionsCreate"), objectGrant.create },
                { QStringLiteral("PermissionsEdit"), objectGrant.edit },
                { QStringLiteral("PermissionsDelete"), objectGrant.remove },
                { QStringLiteral("PermissionsViewAllRecords"), objectGrant.viewAll },
                { QStringLiteral("PermissionsModifyAllRecords"), objectGrant.modifyAll },
                { QStringLiteral("PermissionsViewAllFields"), false } });
        const ObjectSchema* object = OrgSchema::instance().object(objectName);
        for (const FieldSchema& field : object->fields) {
            const QString qualified = objectName + QLatin1Char('.') + field.name;
            if (!field.permissionable || hiddenFields.contains(qualified)) {
                continue;
            }
            builder.insert(QStringLiteral("FieldPermissions"),
                { { QStringLiteral("ParentId"), permissionSetId }, { QStringLiteral("SobjectType"), objectName },
                    { QStringLiteral("Field"), qualified }, { QStringLiteral("PermissionsRead"), true },
                    { QStringLiteral("PermissionsEdit"), objectGrant.edit && field.updateable } });
        }
    }
}

QVariantHash systemPermissions(const QStringList& granted)
{
    QVariantHash values;
    for (const QString& permission : systemPermissionFields()) {
        values.insert(permission, granted.contains(permission));
    }
    return values;
}

} // namespace

void DemoOrg::buildSecurity(OrgData& org, int salesUsers)
{
    RecordBuilder builder(org, setupTime);
    builder.setCreatedById(SalesforceId::make(QStringLiteral("005"), 0)); // the admin, inserted first below

    builder.insert(QStringLiteral("Organization"),
        { { QStringLiteral("Id"), org.orgId }, { QStringLiteral("Name"), org.organizationName },
            { QStringLiteral("OrganizationType"), org.organizationType },
            { QStringLiteral("IsSandbox"), org.isSandbox }, { QStringLiteral("InstanceName"), org.instanceName },
            { QStringLiteral("DefaultLocaleSidKey"), QStringLiteral("en_US") },
            { QStringLiteral("LanguageLocaleKey"), QStringLiteral("en_US") },
            { QStringLiteral("TimeZoneSidKey"), QStringLiteral("America/Los_Angeles") },
            { QStringLiteral("Country"), QStringLiteral("United States") } });

    const QString salesforceLicense = builder.insert(QStringLiteral("UserLicense"),
        { { QStringLiteral("LicenseDefinitionKey"), QStringLiteral("SFDC") },
            { QStringLiteral("Name"), QStringLiteral("Salesforce") },
            { QStringLiteral("MasterLabel"), QStringLiteral("Salesforce") },
            { QStringLiteral("Status"), QStringLiteral("Active") }, { QStringLiteral("TotalLicenses"), 5000 },
            { QStringLiteral("UsedLicenses"), salesUsers + 3 } });
    const QString integrationLicense = builder.insert(QStringLiteral("UserLicense"),
        { { QStringLiteral("LicenseDefinitionKey"), QStringLiteral("SFDC_INTEGRATION") },
            { QStringLiteral("Name"), QStringLiteral("Salesforce Integration") },
            { QStringLiteral("MasterLabel"), QStringLiteral("Salesforce Integration") },
            { QStringLiteral("Status"), QStringLiteral("Active") }, { QStringLiteral("TotalLicenses"), 5 },
            { QStringLiteral("UsedLicenses"), 2 } });
    const QString apiIntegrationPsl = builder.insert(QStringLiteral("PermissionSetLicense"),
        { { QStringLiteral("DeveloperName"), QStringLiteral("SalesforceAPIIntegrationPsl") },
            { QStringLiteral("MasterLabel"), QStringLiteral("Salesforce API Integration") },
            { QStringLiteral("PermissionSetLicenseKey"), QStringLiteral("SalesforceAPIIntegrationPsl") },
            { QStringLiteral("TotalLicenses"), 5 }, { QStringLiteral("UsedLicenses"), 2 },
            { QStringLiteral("Status"), QStringLiteral("Active") },
            { QStringLiteral("IsAvailableForIntegrations"), true } });

    // Roles: CEO > VP Sales > regional managers > regional reps; integration users sit in a
    // role of their own with nobody below, so without View All they see only their own records.
    auto role = [&](const QString& name, const QString& parent) {
        return builder.insert(QStringLiteral("UserRole"),
            { { QStringLiteral("Name"), name },
                { QStringLiteral("DeveloperName"), QString(name).remove(QLatin1Char(' ')) },
                { QStringLiteral("ParentRoleId"), parent.isEmpty() ? QVariant() : QVariant(parent) },
                { QStringLiteral("OpportunityAccessForAccountOwner"), QStringLiteral("Read") } });
    };
    const QString ceo = role(QStringLiteral("CEO"), {});
    const QString vp = role(QStringLiteral("VP Sales"), ceo);
    role(QStringLiteral("Integration"), ceo);
    for (const QString& region : DataGenerator::regions()) {
        const QString manager = role(QStringLiteral("Sales Manager ") + region, vp);
        role(QStringLiteral("Sales Rep ") + region, manager);
    }

    const QStringList allSystem = systemPermissionFields();
    const QStringList standardSystem { QStringLiteral("PermissionsApiEnabled"), QStringLiteral("PermissionsEditTask"),
        QStringLiteral("PermissionsEditEvent"), QStringLiteral("PermissionsActivitiesAccess") };
    auto profile = [&](const QString& name, const QString& license, const QStringList& system) {
        QVariantHash values = systemPermissions(system);
        values.insert(QStringLiteral("Name"), name);
        values.insert(QStringLiteral("UserLicenseId"), license);
        values.insert(QStringLiteral("UserType"), QStringLiteral("Standard"));
        const QString profileId = builder.insert(QStringLiteral("Profile"), values);
        // Salesforce mirrors every profile in a permission set it owns.
        values.remove(QStringLiteral("UserLicenseId"));
        values.remove(QStringLiteral("UserType"));
        values.insert(QStringLiteral("Name"), QString(QStringLiteral("X") + profileId.left(15)));
        values.insert(QStringLiteral("Label"), name);
        values.insert(QStringLiteral("ProfileId"), profileId);
        values.insert(QStringLiteral("IsOwnedByProfile"), true);
        values.insert(QStringLiteral("IsCustom"), false);
        values.insert(QStringLiteral("Type"), QStringLiteral("Profile"));
        values.insert(QStringLiteral("LicenseId"), license);
        return std::make_pair(profileId, builder.insert(QStringLiteral("PermissionSet"), values));
    };
    const auto [adminProfile, adminSet] = profile(QStringLiteral("System Administrator"), salesforceLicense, allSystem);
    const auto [standardProfile, standardSet] =
        profile(QStringLiteral("Standard User"), salesforceLicense, standardSystem);
    const auto [integrationProfile, integrationProfileSet] =
        profile(QStringLiteral("Minimum Access - API Only Integrations"), integrationLicense,
            { QStringLiteral("PermissionsApiEnabled") });

    grant(builder, adminSet,
        { { "Account", true, true, true, true, true, true }, { "Contact", true, true, true, true, true, true },
            { "Lead", true, true, true, true, true, true }, { "Opportunity", true, true, true, true, true, true },
            { "Campaign", true, true, true, true, true, true },
            { "cb__Conversation__c", true, true, true, true, true, true },
            { "cb__Conversation_Participant__c", true, true, true, true, false, false },
            { "cb__Conversation_Tracker__c", true, true, true, true, false, false },
            { "cb__Conversation_Related_Record__c", true, true, true, true, false, false } });
    grant(builder, standardSet,
        { { "Account", true, true, true, true, false, false }, { "Contact", true, true, true, true, false, false },
            { "Lead", true, true, true, true, false, false }, { "Opportunity", true, true, true, true, false, false },
            { "Campaign", true, false, false, false, false, false } });

    auto permissionSet = [&](const QString& name, const QString& label, const QString& license,
                             const QStringList& system) {
        QVariantHash values = systemPermissions(system);
        values.insert(QStringLiteral("Name"), name);
        values.insert(QStringLiteral("Label"), label);
        values.insert(QStringLiteral("LicenseId"), license);
        values.insert(QStringLiteral("IsOwnedByProfile"), false);
        values.insert(QStringLiteral("IsCustom"), true);
        values.insert(QStringLiteral("Type"), QStringLiteral("Regular"));
        return builder.insert(QStringLiteral("PermissionSet"), values);
    };
    const QStringList integrationSystem { QStringLiteral("PermissionsApiEnabled"),
        QStringLiteral("PermissionsViewAllUsers"), QStringLiteral("PermissionsViewSetup"),
        QStringLiteral("PermissionsEditTask"), QStringLiteral("PermissionsEditEvent"),
        QStringLiteral("PermissionsActivitiesAccess") };
    const QString integrationSet = permissionSet(QStringLiteral("Call_Recorder_Integration"),
        QStringLiteral("Call Recorder Integration"), apiIntegrationPsl, integrationSystem);
    const QList<ObjectGrant> integrationGrants { { "Account", true, false, true, false, true, false },
        { "Contact", true, false, true, false, true, false }, { "Lead", true, false, true, false, true, false },
        { "Opportunity", true, false, true, false, true, false },
        { "Campaign", true, false, false, false, true, false },
        { "cb__Conversation__c", true, true, true, true, false, false },
        { "cb__Conversation_Participant__c", true, true, true, true, false, false },
        { "cb__Conversation_Tracker__c", true, true, true, true, false, false },
        { "cb__Conversation_Related_Record__c", true, true, true, true, false, false } };
    grant(builder, integrationSet, integrationGrants);

    QStringList limitedSystem = integrationSystem;
    limitedSystem.removeAll(QStringLiteral("PermissionsEditTask"));
    const QString limitedSet = permissionSet(QStringLiteral("Call_Recorder_Integration_Limited"),
        QStringLiteral("Call Recorder Integration (limited)"), apiIntegrationPsl, limitedSystem);
    QList<ObjectGrant> limitedGrants = integrationGrants;
    limitedGrants[3] = { "Opportunity", true, false, true, false, false, false };
    grant(builder, limitedSet, limitedGrants, { QStringLiteral("Contact.Email") });

    const QString reportingSet = permissionSet(QStringLiteral("Reporting_API_Access"),
        QStringLiteral("Reporting API Access"), salesforceLicense, { QStringLiteral("PermissionsApiEnabled") });
    grant(builder, reportingSet,
        { { "Account", true, false, false, false, false, false },
            { "Contact", true, false, false, false, false, false },
            { "Opportunity", true, false, false, false, false, false } });

    // Users. The admin comes first: it created everything above.
    QString integrationRole;
    const ObjectTable* roles = org.table(QStringLiteral("UserRole"));
    for (qint64 row = 0; row < roles->rowCount(); ++row) {
        if (org.value(QStringLiteral("UserRole"), row, QStringLiteral("Name")).toString()
            == QLatin1String("Integration")) {
            integrationRole = roles->idOf(row);
        }
    }
    auto user = [&](const QString& first, const QString& last, const QString& username, const QString& profileId,
                    const QString& roleId, bool active, const QString& title) {
        return builder.insert(QStringLiteral("User"),
            { { QStringLiteral("FirstName"), first }, { QStringLiteral("LastName"), last },
                { QStringLiteral("Name"), QString(first + QLatin1Char(' ') + last) },
                { QStringLiteral("Username"), username }, { QStringLiteral("Email"), username },
                { QStringLiteral("Alias"), QString(first.left(1) + last).left(8).toLower() },
                { QStringLiteral("CommunityNickname"), username.section(QLatin1Char('@'), 0, 0) },
                { QStringLiteral("IsActive"), active }, { QStringLiteral("ProfileId"), profileId },
                { QStringLiteral("UserRoleId"), roleId.isEmpty() ? QVariant() : QVariant(roleId) },
                { QStringLiteral("Title"), title },
                { QStringLiteral("TimeZoneSidKey"), QStringLiteral("America/Los_Angeles") },
                { QStringLiteral("LocaleSidKey"), QStringLiteral("en_US") },
                { QStringLiteral("LanguageLocaleKey"), QStringLiteral("en_US") },
                { QStringLiteral("EmailEncodingKey"), QStringLiteral("UTF-8") },
                { QStringLiteral("UserType"), QStringLiteral("Standard") },
                { QStringLiteral("Is_Recorded__c"), false } });
    };
    auto assign = [&](const QString& userId, const QString& setId) {
        builder.insert(QStringLiteral("PermissionSetAssignment"),
            { { QStringLiteral("AssigneeId"), userId }, { QStringLiteral("PermissionSetId"), setId },
                { QStringLiteral("IsActive"), true } });
    };
    auto assignLicense = [&](const QString& userId) {
        builder.insert(QStringLiteral("PermissionSetLicenseAssign"),
            { { QStringLiteral("AssigneeId"), userId },
                { QStringLiteral("PermissionSetLicenseId"), apiIntegrationPsl } });
    };

    const QString admin = user(QStringLiteral("Alex"), QStringLiteral("Admin"), adminUsername(), adminProfile, ceo,
        true, QStringLiteral("Salesforce Administrator"));
    assign(admin, adminSet);
    const QString integration = user(QStringLiteral("Integration"), QStringLiteral("User"), integrationUsername(),
        integrationProfile, integrationRole, true, QStringLiteral("Integration"));
    assign(integration, integrationProfileSet);
    assign(integration, integrationSet);
    assignLicense(integration);
    const QString limited = user(QStringLiteral("Limited"), QStringLiteral("Integration"), limitedIntegrationUsername(),
        integrationProfile, integrationRole, true, QStringLiteral("Integration"));
    assign(limited, integrationProfileSet);
    assign(limited, limitedSet);
    assignLicense(limited);
    const QString reporting = user(QStringLiteral("Reporting"), QStringLiteral("API"), noSetupUsername(),
        standardProfile, integrationRole, true, QStringLiteral("Reporting"));
    assign(reporting, standardSet);
    assign(reporting, reportingSet);

    // The deactivated rep: once part of the sales team.
    const QString former = user(QStringLiteral("Jordan"), QStringLiteral("Former"), inactiveUsername(), standardProfile,
        {}, false, QStringLiteral("Account Executive"));
    assign(former, standardSet);
    DataGenerator::addSalesTeam(org, builder, standardProfile, standardSet, salesUsers);
    org.securityChanged();
}

QString DemoOrg::build(OrgData& org, const OrgSimOptions& options)
{
    // Orgs built from different seeds are different orgs (tests connect to two at once).
    org.orgId = SalesforceId::make(QStringLiteral("00D"), qint64(1 + options.seed % 100000));
    const int salesUsers = options.scale == DataScale::Large ? 1995 : 20;
    buildSecurity(org, salesUsers);
    DataGenerator::addReferenceData(org);
    if (!options.dataFile.isEmpty()) {
        return DataFileLoader::load(org, options.dataFile);
    }
    if (options.scale != DataScale::None) {
        DataGenerator(org, options.scale, options.seed, options.contacts).generate();
    }
    return {};
}

} // namespace callbridge::orgsim
