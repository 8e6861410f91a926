#pragma once

#include "SetupStep.h"

#include <QWidget>

namespace callbridge::ui {

// The top of every step page: the step's title, large and bold, and its one-line summary.
class StepHeader : public QWidget
{
    Q_OBJECT

public:
    explicit StepHeader(SetupStep step, QWidget* parent = nullptr);
};

} // namespace callbridge::ui
