#pragma once

#include <QDialog>

namespace callbridge::ui {

// Help > About Callbridge: version, the Qt it was built with and runs on, the license, and the
// third-party components with theirs.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace callbridge::ui
