#include "ui/SetupStep.h"

#include <QCoreApplication>

namespace callbridge::ui {

QList<SetupStep> allSetupSteps()
{
    return { SetupStep::Connection, SetupStep::Permissions, SetupStep::Fields, SetupStep::Users,
        SetupStep::ExportFilter, SetupStep::Preview };
}

QString setupStepTitle(SetupStep step)
{
    switch (step) {
    case SetupStep::Connection:
        return QCoreApplication::translate("SetupStep", "Connection");
    case SetupStep::Permissions:
        return QCoreApplication::translate("SetupStep", "Permissions");
    case SetupStep::Fields:
        return QCoreApplication::translate("SetupStep", "Fields");
    case SetupStep::Users:
        return QCoreApplication::translate("SetupStep", "Users");
    case SetupStep::ExportFilter:
        return QCoreApplication::translate("SetupStep", "Export filter");
    case SetupStep::Preview:
        return QCoreApplication::translate("SetupStep", "Preview");
    }
    Q_UNREACHABLE();
}

QString setupStepSummary(SetupStep step)
{
    switch (step) {
    case SetupStep::Connection:
        return QCoreApplication::translate("SetupStep",
            "Connect to your Salesforce org (production, sandbox or My Domain) with OAuth, as a "
            "dedicated integration user.");
    case SetupStep::Permissions:
        return QCoreApplication::translate("SetupStep",
            "Check the integration user's object, field and system permissions against what the "
            "integration needs.");
    case SetupStep::Fields:
        return QCoreApplication::translate("SetupStep",
            "Choose which Salesforce fields are imported: required fields stay selected, unsupported "
            "ones cannot be chosen.");
    case SetupStep::Users:
        return QCoreApplication::translate(
            "SetupStep", "Import the Salesforce users with their manager hierarchy and choose who is recorded.");
    case SetupStep::ExportFilter:
        return QCoreApplication::translate("SetupStep", "Decide which recorded calls are exported to Salesforce.");
    case SetupStep::Preview:
        return QCoreApplication::translate("SetupStep",
            "See which calls will export and which records each one attaches to, before anything "
            "is sent.");
    }
    Q_UNREACHABLE();
}

QString setupStepLearnMore(SetupStep step)
{
    switch (step) {
    case SetupStep::Connection:
        return QCoreApplication::translate("SetupStep",
            "<p><b>Use a dedicated integration user.</b> The integration can read and change whatever the "
            "connecting user can. If that user is deactivated, the integration disconnects, so connect as a "
            "user that is not a real person in the company and will not be deactivated.</p>"
            "<p><b>Licenses.</b> Salesforce offers integration licenses: the <i>Salesforce Integration</i> "
            "user license makes an API-only user for reading data, and the <i>Salesforce API Integration</i> "
            "permission set license adds the system permissions that creating tasks and events needs.</p>"
            "<p><b>OAuth.</b> Callbridge signs in through Salesforce's own login page. It never sees the "
            "password; it keeps only the refresh token, in this computer's keychain.</p>"
            "<p><b>One org at a time.</b> Production or a sandbox, never both: calls go to the org that is "
            "connected now.</p>");
    case SetupStep::Permissions:
        return QCoreApplication::translate("SetupStep",
            "<p>Salesforce separates what a user can <i>do</i> from what it can <i>see</i>.</p>"
            "<p><b>Do:</b> object and field permissions, from the profile (one per user) and permission sets "
            "(added on top). The integration needs Read on Account, Contact, Lead, Opportunity and User, "
            "API Enabled and View All Users; exporting calls needs Access Activities and Edit Tasks or Edit "
            "Events.</p>"
            "<p><b>See:</b> the role and sharing rules. With Read alone the user sees only the records its "
            "role allows, and calls are not matched to the others. <i>View All</i> on an object overrides "
            "the role for that object.</p>"
            "<p>If you use task record types, give the integration user access to them too.</p>");
    case SetupStep::Fields:
        return QCoreApplication::translate("SetupStep",
            "<p><b>Required</b> fields are read by the integration itself (ids, emails, owners, modification "
            "stamps): they cannot be deselected, and the integration does not work if the user cannot read "
            "them. <b>Recommended</b> fields make filters, deal boards and matching better. Any other "
            "supported field can be added.</p>"
            "<p><b>Not supported:</b> multi-select picklists, address and location (compound) fields, and "
            "encrypted fields. Long text is trimmed to 10,000 characters. References to users are "
            "supported; references to objects the integration does not import are not.</p>"
            "<p>A formula field is imported as its result type. Changing a formula's inputs elsewhere does "
            "not mark the record as modified, so its value can lag until the record changes.</p>");
    case SetupStep::Users:
        return QCoreApplication::translate("SetupStep",
            "<p>Provisioning reads every Salesforce user's name, email, title and manager, and builds the "
            "team structure from the manager hierarchy.</p>"
            "<p><b>Recorded users</b> are the people whose calls are recorded. Opportunities are imported "
            "only for recorded users' deals, so choosing who is recorded also decides which opportunities "
            "are imported.</p>"
            "<p>Problems in the hierarchy (a manager who is inactive or not imported, a loop, two users "
            "with one email) are marked on the user they affect; provisioning places each user under the "
            "nearest active manager.</p>");
    case SetupStep::ExportFilter:
        return QCoreApplication::translate("SetupStep",
            "<p>Only calls that pass the filter are exported. An empty filter exports every call.</p>"
            "<p><b>Past calls.</b> A new filter applies to new calls and to past calls when they are "
            "reprocessed: a tracker newly applies to the call, or a participant's Salesforce data changes. "
            "A past call the old filter excluded is then exported if it passes the new one.</p>"
            "<p><b>Tasks or events.</b> A task is a logged call with a status and an outcome; an event is a "
            "meeting with a start and an end on the calendar. Smart trackers can be added to the "
            "description.</p>");
    case SetupStep::Preview:
        return QCoreApplication::translate("SetupStep",
            "<p><b>Matching.</b> Participants are matched to contacts and leads by email address, and to an "
            "account by the contacts' account or the email domain (free-mail domains never match). The call "
            "goes to the account's open opportunity; with several, to the one owned by a participant, else "
            "the most recently modified.</p>"
            "<p><b>API usage.</b> Each exported call costs one API request. The first export of past calls, "
            "or a tracker change that touches many calls, causes a spike.</p>"
            "<p><b>Deletion.</b> A call deleted on the platform, by hand or by the retention policy, is "
            "deleted from Salesforce too.</p>");
    }
    Q_UNREACHABLE();
}

} // namespace callbridge::ui
