#pragma once

#include <QString>

class QWidget;

namespace callbridge::test {

// Saves what a widget looks like as <name>.png in CALLBRIDGE_SCREENSHOT_DIR, when it is set (run
// under Xvfb with QT_QPA_PLATFORM=xcb for real window screenshots); otherwise does nothing.
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace callbridge::test
