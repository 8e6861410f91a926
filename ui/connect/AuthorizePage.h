#pragma once

#include <QPointer>
#include <QUrl>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace callbridge {
class BrowserSignIn;
}

namespace callbridge::ui {

class ConnectWizard;

// Step 3: the browser login. Opens the system browser on Salesforce's authorize page, waits
// for the redirect, then checks the connection. Back, Cancel, Try again and a timeout all end
// the attempt cleanly; nothing is kept from a failed one.
class AuthorizePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AuthorizePage(ConnectWizard* wizard);
    ~AuthorizePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void stop();

private:
    void begin();
    void startAuthorization(const QUrl& loginUrl);
    void showWaiting(const QString& text);
    void showFailure(const QString& text);

    ConnectWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busy;
    QPushButton* m_openAgain;
    QPushButton* m_tryAgain;
    QPointer<BrowserSignIn> m_signIn;
    QUrl m_authorizeUrl;
    bool m_connected = false;
};

} // namespace callbridge::ui
