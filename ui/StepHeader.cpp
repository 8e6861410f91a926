#include "ui/StepHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace callbridge::ui {

StepHeader::StepHeader(SetupStep step, QWidget* parent)
    : QWidget(parent)
    , m_learnMore(new QToolButton(this))
    , m_panel(new QTextBrowser(this))
{
    auto* title = new QLabel(setupStepTitle(step), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* summary = new QLabel(setupStepSummary(step), this);
    summary->setWordWrap(true);

    m_learnMore->setObjectName(QStringLiteral("learnMore"));
    m_learnMore->setText(tr("Learn more"));
    m_learnMore->setToolTip(tr("What to know about this step (F1)"));
    m_learnMore->setAccessibleName(tr("Learn more about %1").arg(setupStepTitle(step)));
    m_learnMore->setCheckable(true);
    m_learnMore->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_learnMore->setArrowType(Qt::RightArrow);

    m_panel->setObjectName(QStringLiteral("learnMorePanel"));
    m_panel->setAccessibleName(tr("About %1").arg(setupStepTitle(step)));
    m_panel->setHtml(setupStepLearnMore(step));
    m_panel->setOpenExternalLinks(true);
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setMaximumHeight(fontMetrics().lineSpacing() * 12);
    m_panel->hide();
    connect(m_learnMore, &QToolButton::toggled, this, &StepHeader::setLearnMoreShown);

    auto* top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_learnMore, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(summary);
    layout->addWidget(m_panel);
    // The page is named after its step for screen readers.
    if (parent)
        parent->setAccessibleName(setupStepTitle(step));
}

bool StepHeader::isLearnMoreShown() const
{
    return m_learnMore->isChecked();
}

void StepHeader::setLearnMoreShown(bool shown)
{
    m_learnMore->setChecked(shown);
    m_learnMore->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_panel->setVisible(shown);
}

} // namespace callbridge::ui
