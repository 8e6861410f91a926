#pragma once

#include "ui/SetupStep.h"

#include <QWidget>

namespace callbridge::ui {

// Stands in for a setup step that this build does not have yet. It says so plainly and
// shows what the step is for; it never shows made-up content.
class NotBuiltPage : public QWidget
{
    Q_OBJECT

public:
    explicit NotBuiltPage(SetupStep step, QWidget* parent = nullptr);
};

} // namespace callbridge::ui
