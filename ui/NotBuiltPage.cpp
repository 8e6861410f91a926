#include "NotBuiltPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace callbridge::ui {

NotBuiltPage::NotBuiltPage(SetupStep step, QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(setupStepTitle(step), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* summary = new QLabel(setupStepSummary(step), this);
    summary->setWordWrap(true);

    auto* notice = new QLabel(tr("This step is not available in this version of Callbridge yet."), this);
    notice->setObjectName(QStringLiteral("notBuiltNotice"));
    notice->setWordWrap(true);
    notice->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(12);
    layout->addWidget(notice);
    layout->addStretch();
    setAccessibleName(setupStepTitle(step));
}

} // namespace callbridge::ui
