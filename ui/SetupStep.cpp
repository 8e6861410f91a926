#include "SetupStep.h"

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

} // namespace callbridge::ui
