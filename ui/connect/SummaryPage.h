#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace callbridge::ui {

class ConnectWizard;

// Step 4: who and where Callbridge is connected, and what to watch out for.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ConnectWizard* wizard);
    void initializePage() override;

private:
    ConnectWizard* m_wizard;
    QFormLayout* m_details;
    QLabel* m_warnings;
};

} // namespace callbridge::ui
