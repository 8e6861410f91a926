#include "ui/connect/AuthorizePage.h"

#include "ui/connect/ConnectWizard.h"

#include "core/orgsim/OrgSimHost.h"
#include "core/salesforce/BrowserSignIn.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

AuthorizePage::AuthorizePage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_openAgain(new QPushButton(tr("&Open the login page again"), this))
    , m_tryAgain(new QPushButton(tr("&Try again"), this))
    , m_loginUrlRow(new QWidget(this))
    , m_loginUrl(new QLineEdit(m_loginUrlRow))
    , m_copyLoginUrl(new QPushButton(tr("&Copy"), m_loginUrlRow))
{
    setTitle(tr("Log in to Salesforce"));
    setSubTitle(tr("In the browser, log in to Salesforce as the integration user and allow access."));
    m_status->setObjectName(QStringLiteral("authorizeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Waiting for the browser"));
    m_openAgain->setObjectName(QStringLiteral("openAgain"));
    m_tryAgain->setObjectName(QStringLiteral("tryAgain"));
    m_tryAgain->hide();
    // As the Salesforce CLI prints it: the address to open by hand when no browser comes up.
    m_loginUrl->setObjectName(QStringLiteral("loginUrl"));
    m_loginUrl->setReadOnly(true);
    m_loginUrl->setAccessibleName(tr("Login page address"));
    m_copyLoginUrl->setObjectName(QStringLiteral("copyLoginUrl"));
    m_copyLoginUrl->setAccessibleName(tr("Copy the login page address"));
    auto* urlLabel = new QLabel(tr("&Login page:"), m_loginUrlRow);
    urlLabel->setBuddy(m_loginUrl);
    auto* urlRow = new QHBoxLayout(m_loginUrlRow);
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_loginUrl, 1);
    urlRow->addWidget(m_copyLoginUrl);
    m_loginUrlRow->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_tryAgain);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_loginUrlRow);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_openAgain, &QPushButton::clicked, this, [this] { openLoginPage(true); });
    connect(m_copyLoginUrl, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_authorizeUrl.toString(QUrl::FullyEncoded)); });
    connect(m_tryAgain, &QPushButton::clicked, this, &AuthorizePage::begin);
}

AuthorizePage::~AuthorizePage()
{
    stop();
}

void AuthorizePage::initializePage()
{
    begin();
}

void AuthorizePage::cleanupPage()
{
    stop(); // Back: abandon this attempt
}

bool AuthorizePage::isComplete() const
{
    return m_connected;
}

void AuthorizePage::stop()
{
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
    }
}

void AuthorizePage::begin()
{
    stop();
    m_connected = false;
    m_answered = false;
    m_opened = 0;
    m_authorizeUrl.clear();
    m_loginUrl->clear();
    m_loginUrlRow->hide();
    Q_EMIT completeChanged();
    const ConnectionSettings& settings = m_wizard->settings();
    if (settings.environment == Environment::Demo) {
        orgsim::OrgSimHost* demoOrg = m_wizard->demoOrg();
        if (!demoOrg) {
            showFailure(tr("The demo org is not available."));
            return;
        }
        if (demoOrg->baseUrl().isEmpty()) {
            showWaiting(tr("Starting the demo org…"));
            connect(
                demoOrg, &orgsim::OrgSimHost::ready, this,
                [this](const QString& baseUrl) {
                    m_wizard->settings().loginUrl = QUrl(baseUrl);
                    startAuthorization(QUrl(baseUrl));
                },
                Qt::SingleShotConnection);
            return;
        }
        m_wizard->settings().loginUrl = QUrl(demoOrg->baseUrl());
    }
    startAuthorization(m_wizard->settings().loginUrl);
}

void AuthorizePage::startAuthorization(const QUrl& loginUrl)
{
    ConnectionSettings settings = m_wizard->settings();
    settings.loginUrl = loginUrl;
    m_signIn = new BrowserSignIn(m_wizard->network(), m_wizard->connection(), settings, m_wizard->clientSecret(), this);
    m_signIn->setNoAnswerMs(m_wizard->noAnswerMs());
    connect(m_signIn, &BrowserSignIn::browserRequested, this, [this](const QUrl& url) {
        m_authorizeUrl = url;
        m_loginUrl->setText(url.toString(QUrl::FullyEncoded));
        m_loginUrl->setCursorPosition(0);
        m_loginUrlRow->show();
        openLoginPage(false);
    });
    connect(m_signIn, &BrowserSignIn::noAnswerYet, this, [this] {
        showWaiting(tr("No answer from the browser yet.\n\nIf no login page opened, copy the address below into a "
                       "browser on this computer, log in as the integration user and allow access. If the browser "
                       "shows an error from Salesforce, go back and correct the app's settings. Callbridge keeps "
                       "waiting; Cancel stops connecting."));
    });
    connect(m_signIn, &BrowserSignIn::exchangingCode, this, [this] {
        m_answered = true;
        bringToFront();
        showWaiting(tr("Salesforce answered. Finishing the connection…"));
    });
    connect(m_signIn, &BrowserSignIn::verifying, this,
        [this] { showWaiting(tr("Checking the organization and the user…")); });
    BrowserSignIn* signIn = m_signIn;
    connect(signIn, &BrowserSignIn::finished, this, [this, signIn] {
        signIn->deleteLater();
        if (!signIn->ok()) {
            if (m_opened > 0) {
                bringToFront(); // the browser's answer (a refusal) or the end of the wait
            }
            showFailure(signIn->errorMessage());
            return;
        }
        m_connected = true;
        m_busy->hide();
        m_status->setText(tr("Connected."));
        Q_EMIT completeChanged();
        if (m_wizard->signsInAgain() && m_wizard->reconnectedAsBefore()) {
            m_wizard->accept(); // nothing new to confirm
            return;
        }
        m_wizard->next();
    });
    showWaiting(tr("Opening the browser…"));
    m_signIn->start();
}

void AuthorizePage::openLoginPage(bool again)
{
    ++m_opened;
    // A browser that answers at once (a test's) has moved the attempt on already.
    const bool opened = QDesktopServices::openUrl(m_authorizeUrl);
    if (m_answered || !m_signIn) {
        return;
    }
    if (!opened) {
        const QString what = again ? tr("Callbridge still could not open a browser (%n attempt(s)).", nullptr, m_opened)
                                   : tr("Callbridge could not open a browser.");
        showWaiting(what
            + tr("\n\nCopy the login page's address below into a browser on this computer, log in as the "
                 "integration user and allow access. Callbridge waits for the answer on this computer (it cannot "
                 "come to another one)."));
        m_copyLoginUrl->setFocus();
        return;
    }
    if (again) {
        m_signIn->restartWait();
        showWaiting(tr("Callbridge asked your browser to open the login page again (%n time(s) so far). Look for it "
                       "among the browser's windows and tabs.\n\nIf none opened, copy the address below into a "
                       "browser on this computer.",
            nullptr, m_opened - 1));
        return;
    }
    // Salesforce shows a wrong callback URL on its own page and never comes back: say it here.
    showWaiting(tr("Waiting for you to log in and allow access in the browser…\n\nIf Salesforce shows "
                   "\"redirect_uri_mismatch\", the app's Callback URL is not %1: enter exactly that in the "
                   "app's OAuth settings, or go back and choose the port the app lists.")
                    .arg(callbackUrlFor(m_wizard->settings().callbackPort)));
}

void AuthorizePage::bringToFront()
{
    // Raise the window the wizard belongs to as well, so it is not left behind the browser.
    if (QWidget* owner = m_wizard->parentWidget() ? m_wizard->parentWidget()->window() : nullptr) {
        if (owner->isMinimized()) {
            owner->showNormal();
        }
        owner->raise();
    }
    m_wizard->raise();
    // QWidget::activateWindow asks the window system through QWindow::requestActivate; a window
    // manager that prevents focus stealing may still refuse (the browser's page allows for that),
    // and then the taskbar entry asks for attention.
    m_wizard->activateWindow();
    QApplication::alert(m_wizard);
}

void AuthorizePage::showWaiting(const QString& text)
{
    m_status->setText(text);
    m_busy->show();
    m_openAgain->setVisible(!m_authorizeUrl.isEmpty());
    m_tryAgain->hide();
}

void AuthorizePage::showFailure(const QString& text)
{
    m_status->setText(text);
    m_busy->hide();
    m_openAgain->hide();
    m_loginUrlRow->hide();
    m_tryAgain->show();
    m_tryAgain->setFocus();
}

} // namespace callbridge::ui
