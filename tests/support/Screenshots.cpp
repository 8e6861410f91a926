#include "tests/support/Screenshots.h"

#include <QDir>
#include <QWidget>

namespace callbridge::test {

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("CALLBRIDGE_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return;
    }
    const QString file = name.endsWith(QLatin1String(".png")) ? name : name + QStringLiteral(".png");
    widget->grab().save(QDir(directory).filePath(file));
}

} // namespace callbridge::test
