#pragma once

#include <QList>
#include <QString>

namespace callbridge::ui {

// The admin's setup steps, in the order the sidebar shows them.
enum class SetupStep { Connection, Permissions, Fields, Users, ExportFilter, Preview };

QList<SetupStep> allSetupSteps();
QString setupStepTitle(SetupStep step);
QString setupStepSummary(SetupStep step);
// The step's "Learn more" text (HTML): what the admin needs to know from the integration's
// guide and FAQ, in the admin's words.
QString setupStepLearnMore(SetupStep step);

} // namespace callbridge::ui
