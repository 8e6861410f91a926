#include "ui/NotBuiltPage.h"

#include "ui/StepHeader.h"
#include <QLabel>
#include <QVBoxLayout>

namespace callbridge::ui {

NotBuiltPage::NotBuiltPage(SetupStep step, QWidget* parent)
    : QWidget(parent)
{
    auto* header = new StepHeader(step, this);

    auto* notice = new QLabel(tr("This step is not available in this version of Callbridge yet."), this);
    notice->setObjectName(QStringLiteral("notBuiltNotice"));
    notice->setWordWrap(true);
    notice->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(12);
    layout->addWidget(notice);
    layout->addStretch();
}

} // namespace callbridge::ui
