#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace callbridge::ui {

class ConnectWizard;

// Step 2: the connected app's consumer key and the local port the browser comes back to.
class ConnectedAppPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectedAppPage(ConnectWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ConnectWizard* m_wizard;
    QLineEdit* m_clientId;
    QSpinBox* m_port;
    QLabel* m_callbackUrl;
    QLabel* m_note;
    QLabel* m_error;
};

} // namespace callbridge::ui
