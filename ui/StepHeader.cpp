#include "StepHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace callbridge::ui {

StepHeader::StepHeader(SetupStep step, QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(setupStepTitle(step), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* summary = new QLabel(setupStepSummary(step), this);
    summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(summary);
    // The page is named after its step for screen readers.
    if (parent)
        parent->setAccessibleName(setupStepTitle(step));
}

} // namespace callbridge::ui
