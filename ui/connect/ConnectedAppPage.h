#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace callbridge::ui {

class ConnectWizard;

// Step 2: the app in the org that Callbridge signs in through, on one of two paths:
//   - the platform's app, installed in the org from its package: enter its consumer key;
//   - an External Client App the admin creates (since Spring '26 orgs cannot create new
//     connected apps): the exact steps and settings, with copy buttons.
// Either way: the consumer key, the consumer secret when the app requires one (kept in memory,
// then in the keychain only), and the local port the browser comes back to.
class ConnectedAppPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Path { InstalledApp, ExternalClientApp };

    explicit ConnectedAppPage(ConnectWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QWidget* installedGuide();
    QWidget* externalClientAppGuide();
    QWidget* copyRow(QLabel* value, const QString& objectName, const QString& accessibleName);
    void updateCallbackUrl();

    ConnectWizard* m_wizard;
    QButtonGroup* m_paths;
    QStackedWidget* m_guide;
    QLineEdit* m_clientId;
    QLineEdit* m_clientSecret;
    QSpinBox* m_port;
    QLabel* m_callbackUrl;
    QLabel* m_guideCallbackUrl;
    QLabel* m_note;
    QLabel* m_error;
};

} // namespace callbridge::ui
