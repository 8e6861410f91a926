#include "ui/connect/AuthorizePage.h"

#include "ui/connect/ConnectWizard.h"

#include "core/orgsim/OrgSimHost.h"
#include "core/salesforce/BrowserSignIn.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
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
{
    setTitle(tr("Log in to Salesforce"));
    setSubTitle(tr("Your browser shows Salesforce's login page. Log in as the integration user and allow access."));
    m_status->setObjectName(QStringLiteral("authorizeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Waiting for the browser"));
    m_openAgain->setObjectName(QStringLiteral("openAgain"));
    m_tryAgain->setObjectName(QStringLiteral("tryAgain"));
    m_tryAgain->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_tryAgain);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_openAgain, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_authorizeUrl); });
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
    connect(m_signIn, &BrowserSignIn::browserRequested, this, [this](const QUrl& url) {
        m_authorizeUrl = url;
        if (QDesktopServices::openUrl(url)) {
            // Salesforce shows a wrong callback URL on its own page and never comes back: say it here.
            showWaiting(tr("Waiting for you to log in and allow access in the browser…\n\nIf Salesforce shows "
                           "\"redirect_uri_mismatch\", the app's Callback URL is not %1: enter exactly that in the "
                           "app's OAuth settings, or go back and choose the port the app lists.")
                            .arg(callbackUrlFor(m_wizard->settings().callbackPort)));
        } else {
            showWaiting(tr("Callbridge could not open a browser. Open this address yourself:\n%1").arg(url.toString()));
        }
    });
    connect(m_signIn, &BrowserSignIn::exchangingCode, this,
        [this] { showWaiting(tr("Salesforce answered. Finishing the connection…")); });
    connect(m_signIn, &BrowserSignIn::verifying, this,
        [this] { showWaiting(tr("Checking the organization and the user…")); });
    BrowserSignIn* signIn = m_signIn;
    connect(signIn, &BrowserSignIn::finished, this, [this, signIn] {
        signIn->deleteLater();
        if (!signIn->ok()) {
            showFailure(signIn->errorMessage());
            return;
        }
        m_connected = true;
        m_busy->hide();
        m_status->setText(tr("Connected."));
        Q_EMIT completeChanged();
        m_wizard->next();
    });
    showWaiting(tr("Opening the browser…"));
    m_signIn->start();
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
    m_tryAgain->show();
    m_tryAgain->setFocus();
}

} // namespace callbridge::ui
