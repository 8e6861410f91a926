#pragma once

#include "core/config/ConfigError.h"

#include <QDialog>

namespace callbridge::ui {

// Lists what is wrong with a config document, one error per line with its JSON path.
// At start-up (Purpose::Startup) it also offers to set the broken file aside and start
// with a new setup, or to quit, so the file is never overwritten silently.
class ConfigErrorsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Startup, Import };

    ConfigErrorsDialog(const QString& path, const ConfigErrors& errors, Purpose purpose, QWidget* parent = nullptr);
};

} // namespace callbridge::ui
