#include "ui/connect/EnvironmentPage.h"

#include "ui/connect/ConnectWizard.h"

#include "core/salesforce/LoginUrls.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace callbridge::ui {

EnvironmentPage::EnvironmentPage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_environments(new QButtonGroup(this))
    , m_myDomain(new QLineEdit(this))
    , m_customHost(new QCheckBox(tr("Custom host (the org is reached through its own domain)"), this))
    , m_error(new QLabel(this))
    , m_callbackUrl(new QLabel(this))
{
    setTitle(tr("Where is your Salesforce org?"));
    setSubTitle(tr("Only one org is connected at a time: production or a sandbox, never both."));

    auto* production = new QRadioButton(tr("&Production (login.salesforce.com)"), this);
    auto* sandbox = new QRadioButton(tr("&Sandbox (test.salesforce.com)"), this);
    auto* myDomain = new QRadioButton(tr("&My Domain"), this);
    auto* demo = new QRadioButton(tr("&Demo org (a local Salesforce org with sample data, on this computer)"), this);
    m_environments->addButton(production, int(Environment::Production));
    m_environments->addButton(sandbox, int(Environment::Sandbox));
    m_environments->addButton(myDomain, int(Environment::MyDomain));
    m_environments->addButton(demo, int(Environment::Demo));
    production->setObjectName(QStringLiteral("environmentProduction"));
    sandbox->setObjectName(QStringLiteral("environmentSandbox"));
    myDomain->setObjectName(QStringLiteral("environmentMyDomain"));
    demo->setObjectName(QStringLiteral("environmentDemo"));

    m_myDomain->setObjectName(QStringLiteral("myDomainUrl"));
    m_myDomain->setPlaceholderText(QStringLiteral("https://acme.my.salesforce.com"));
    m_myDomain->setAccessibleName(tr("My Domain URL"));
    m_customHost->setAccessibleName(tr("Custom host"));
    m_error->setObjectName(QStringLiteral("environmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_error->hide();

    auto* why = new QLabel(tr("<b>Connect as a dedicated integration user.</b> Callbridge, and the integration, can "
                              "access whatever the connecting user can. If that user is deactivated, the integration "
                              "disconnects — so use a user that is not a real person in the company and will not "
                              "be deactivated, ideally on the Salesforce Integration license."),
        this);
    why->setWordWrap(true);
    auto* app = new QLabel(tr("Callbridge signs in through the platform's app or an External Client App (the next "
                              "page shows how to create one). The app's callback URL:"),
        this);
    app->setWordWrap(true);
    m_callbackUrl->setObjectName(QStringLiteral("callbackUrl"));
    m_callbackUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyCallbackUrl"));
    copy->setAccessibleName(tr("Copy the callback URL"));
    connect(
        copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_callbackUrl->text()); });

    auto* callbackRow = new QHBoxLayout;
    callbackRow->addWidget(m_callbackUrl, 1);
    callbackRow->addWidget(copy);
    auto* domainRow = new QVBoxLayout;
    domainRow->setContentsMargins(24, 0, 0, 0);
    domainRow->addWidget(m_myDomain);
    domainRow->addWidget(m_customHost);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(production);
    layout->addWidget(sandbox);
    layout->addWidget(myDomain);
    layout->addLayout(domainRow);
    layout->addWidget(demo);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(why);
    layout->addSpacing(8);
    layout->addWidget(app);
    layout->addLayout(callbackRow);
    layout->addStretch();

    connect(m_environments, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateState();
        }
    });
    connect(m_myDomain, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
}

void EnvironmentPage::initializePage()
{
    const ConnectionSettings& settings = m_wizard->settings();
    m_environments->button(int(settings.environment))->setChecked(true);
    if (settings.environment == Environment::MyDomain) {
        m_myDomain->setText(settings.loginUrl.toString());
    }
    updateState();
}

void EnvironmentPage::updateState()
{
    const auto environment = Environment(m_environments->checkedId());
    m_myDomain->setEnabled(environment == Environment::MyDomain);
    m_customHost->setEnabled(environment == Environment::MyDomain);
    m_callbackUrl->setText(callbackUrlFor(m_wizard->settings().callbackPort));
    m_error->hide();
}

bool EnvironmentPage::validatePage()
{
    ConnectionSettings& settings = m_wizard->settings();
    settings.environment = Environment(m_environments->checkedId());
    switch (settings.environment) {
    case Environment::Production:
        settings.loginUrl = LoginUrls::production();
        return true;
    case Environment::Sandbox:
        settings.loginUrl = LoginUrls::sandbox();
        return true;
    case Environment::MyDomain: {
        const LoginUrls::Check check = LoginUrls::checkMyDomain(m_myDomain->text(), m_customHost->isChecked());
        if (!check.error.isEmpty()) {
            m_error->setText(check.error);
            m_error->show();
            m_myDomain->setFocus();
            return false;
        }
        settings.loginUrl = check.url;
        return true;
    }
    case Environment::Demo:
        return true; // the demo org's address is known once it runs
    }
    return false;
}

int EnvironmentPage::nextId() const
{
    return ConnectWizard::ConnectedAppPageId;
}

} // namespace callbridge::ui
