#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace callbridge::ui {

class ConnectWizard;

// Step 1: which Salesforce to log in to, why a dedicated integration user, and the callback
// URL the connected app must list.
class EnvironmentPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EnvironmentPage(ConnectWizard* wizard);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateState();

    ConnectWizard* m_wizard;
    QButtonGroup* m_environments;
    QLineEdit* m_myDomain;
    QCheckBox* m_customHost;
    QLabel* m_error;
    QLabel* m_callbackUrl;
};

} // namespace callbridge::ui
