#pragma once

#include "ui/SetupStep.h"

#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace callbridge::ui {

// The top of every step page: the step's title, large and bold, its one-line summary, and a
// "Learn more" panel with what the admin should know about the step (F1 toggles it).
class StepHeader : public QWidget
{
    Q_OBJECT

public:
    explicit StepHeader(SetupStep step, QWidget* parent = nullptr);

    bool isLearnMoreShown() const;
    void setLearnMoreShown(bool shown);

private:
    QToolButton* m_learnMore;
    QTextBrowser* m_panel;
};

} // namespace callbridge::ui
