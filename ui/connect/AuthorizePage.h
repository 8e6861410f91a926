#pragma once

#include <QPointer>
#include <QUrl>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace callbridge {
class BrowserSignIn;
}

namespace callbridge::ui {

class ConnectWizard;

// Step 3: the browser login. Opens the system browser on Salesforce's authorize page, waits
// for the redirect, then checks the connection. Back, Cancel, Try again and a timeout all end
// the attempt cleanly; nothing is kept from a failed one. The login page's address is shown with
// a Copy button (it holds no secret: the PKCE challenge, the app's key, the callback), for when
// no browser opens; when no answer comes back for a while, the page says what to do. When the
// browser's answer arrives, Callbridge comes back to the front.
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
    // Asks the system browser to open the login page; says what to do when it cannot.
    void openLoginPage(bool again);
    void showWaiting(const QString& text);
    void showFailure(const QString& text);
    // The browser had the focus: the wizard (and the window it belongs to) comes back to the front.
    void bringToFront();

    ConnectWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busy;
    QPushButton* m_openAgain;
    QPushButton* m_tryAgain;
    QWidget* m_loginUrlRow;
    QLineEdit* m_loginUrl;
    QPushButton* m_copyLoginUrl;
    QPointer<BrowserSignIn> m_signIn;
    QUrl m_authorizeUrl;
    int m_opened = 0; // how often the login page was opened in this attempt
    bool m_answered = false; // the browser's answer arrived in this attempt
    bool m_connected = false;
};

} // namespace callbridge::ui
