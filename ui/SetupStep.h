#pragma once

#include <QList>
#include <QString>

namespace callbridge::ui {

// The admin's setup steps, in the order the sidebar shows them.
enum class SetupStep { Connection, Permissions, Fields, Users, ExportFilter, Preview };

QList<SetupStep> allSetupSteps();
QString setupStepTitle(SetupStep step);
QString setupStepSummary(SetupStep step);

} // namespace callbridge::ui
