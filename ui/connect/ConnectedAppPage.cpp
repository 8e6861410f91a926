#include "ui/connect/ConnectedAppPage.h"

#include "ui/connect/ConnectWizard.h"

#include "core/orgsim/OrgSimHost.h"
#include "core/salesforce/LoopbackRedirectListener.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// The scopes the app needs, as Setup lists them (the names to find in "Selected OAuth Scopes").
const char* const scopeNames = "api refresh_token offline_access";

} // namespace

ConnectedAppPage::ConnectedAppPage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_paths(new QButtonGroup(this))
    , m_guide(new QStackedWidget(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_callbackUrl(new QLabel(this))
    , m_guideCallbackUrl(new QLabel(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Salesforce app"));
    setSubTitle(tr("The app in your org that Callbridge signs in through."));

    auto* installed = new QRadioButton(tr("The platform's app is &installed in the org (from its package)"), this);
    auto* create = new QRadioButton(tr("C&reate an External Client App"), this);
    installed->setObjectName(QStringLiteral("appPathInstalled"));
    create->setObjectName(QStringLiteral("appPathCreate"));
    m_paths->addButton(installed, InstalledApp);
    m_paths->addButton(create, ExternalClientApp);
    installed->setChecked(true);

    m_guide->setObjectName(QStringLiteral("appGuide"));
    m_guide->addWidget(installedGuide());
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the steps wrap
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(externalClientAppGuide());
    m_guide->addWidget(scroll);

    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Consumer key"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setAccessibleName(tr("Consumer secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("only if the app requires it"));
    m_port->setObjectName(QStringLiteral("callbackPort"));
    m_port->setAccessibleName(tr("Callback port"));
    m_port->setRange(1024, 65535);
    m_callbackUrl->setObjectName(QStringLiteral("callbackUrlOnAppPage"));
    m_callbackUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("connectedAppNote"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("connectedAppError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Consumer &key:"), m_clientId);
    form->addRow(tr("Consumer &secret:"), m_clientSecret);
    form->addRow(tr("Callback &port:"), m_port);
    form->addRow(tr("Callback URL:"), m_callbackUrl);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(installed);
    layout->addWidget(create);
    layout->addWidget(m_guide, 1);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);

    connect(m_paths, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            m_guide->setCurrentIndex(id);
        }
    });
    connect(m_clientId, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        updateCallbackUrl();
        m_error->hide();
    });
}

QWidget* ConnectedAppPage::installedGuide()
{
    auto* guide = new QWidget(this);
    auto* layout = new QVBoxLayout(guide);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(
        wrapped(tr("Copy the app's consumer key from Setup > <i>External Client App Manager</i> (or <i>App Manager</i> "
                   "for a connected app) > the app > <i>Settings</i> > <i>OAuth Settings</i> > <b>Consumer Key and "
                   "Secret</b>. Enter the consumer secret too if the app requires one."),
            guide));
    layout->addWidget(wrapped(tr("Its OAuth policies must admit the integration user: <i>Permitted Users</i> "
                                 "<b>Admin approved users are pre-authorized</b> with the user's profile or permission "
                                 "set selected, or <b>All users may self-authorize</b>."),
        guide));
    layout->addStretch();
    return guide;
}

QWidget* ConnectedAppPage::copyRow(QLabel* value, const QString& objectName, const QString& accessibleName)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(24, 0, 0, 0);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setParent(row);
    auto* copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(objectName);
    copy->setAccessibleName(accessibleName);
    connect(copy, &QPushButton::clicked, this, [value] { QGuiApplication::clipboard()->setText(value->text()); });
    layout->addWidget(value, 1);
    layout->addWidget(copy);
    return row;
}

QWidget* ConnectedAppPage::externalClientAppGuide()
{
    // The steps and setting names follow Salesforce's own pages: "Create an External Client App"
    // (https://developer.salesforce.com/docs/platform/hosted-mcp-servers/guide/create-external-client-app.html),
    // "Review External Client Apps" for the security settings
    // (https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.shr_external_client_apps.htm), and
    // ExtlClntAppOauthConfigurablePolicies for the OAuth policies
    // (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappoauthconfigurablepolicies.htm).
    auto* guide = new QWidget(this);
    guide->setObjectName(QStringLiteral("externalClientAppSteps"));
    auto* layout = new QVBoxLayout(guide);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(wrapped(tr("1. In Setup, enter <i>External Client App Manager</i> in Quick Find, open it and "
                                 "click <b>New External Client App</b>. Give a name and a contact email, and set "
                                 "<i>Distribution State</i> to <b>Local</b>."),
        guide));
    layout->addWidget(wrapped(tr("2. Under <i>API (Enable OAuth Settings)</i>, tick <b>Enable OAuth</b> and enter "
                                 "this <i>Callback URL</i>:"),
        guide));
    m_guideCallbackUrl->setObjectName(QStringLiteral("guideCallbackUrl"));
    layout->addWidget(copyRow(m_guideCallbackUrl, QStringLiteral("copyGuideCallbackUrl"), tr("Copy the callback URL")));
    layout->addWidget(wrapped(tr("3. <i>OAuth Scopes</i>: add <b>Manage user data via APIs (api)</b> and <b>Perform "
                                 "requests at any time (refresh_token, offline_access)</b>."),
        guide));
    layout->addWidget(
        copyRow(new QLabel(QString::fromLatin1(scopeNames)), QStringLiteral("copyScopes"), tr("Copy the scope names")));
    layout->addWidget(wrapped(tr("4. <i>Security</i>: keep <b>Require Proof Key for Code Exchange (PKCE)</b> "
                                 "ticked. Keep <b>Require Secret for Web Server Flow</b> and <b>Require Secret for "
                                 "Refresh Token Flow</b> ticked and enter the consumer secret below, or untick both to "
                                 "connect without a secret. Click <b>Create</b>."),
        guide));
    layout->addWidget(wrapped(tr("5. On the app's <i>Policies</i> tab click <b>Edit</b>. <i>OAuth Policies</i>: "
                                 "<i>Permitted Users</i> <b>Admin approved users are pre-authorized</b>, then under "
                                 "<i>App Policies</i> select the integration user's profile or permission set; "
                                 "<i>IP Relaxation</i> <b>Relax IP restrictions</b> (Callbridge runs on your "
                                 "computer, outside the org's trusted IP ranges); <i>Refresh Token Policy</i> "
                                 "<b>Refresh token is valid until revoked</b>. Save."),
        guide));
    layout->addWidget(wrapped(tr("6. On the <i>Settings</i> tab, <i>OAuth Settings</i> > <b>Consumer Key and "
                                 "Secret</b>: copy both into the fields below. A new app can take a few minutes "
                                 "before Salesforce accepts it."),
        guide));
    layout->addStretch();
    return guide;
}

void ConnectedAppPage::updateCallbackUrl()
{
    const QString url = callbackUrlFor(quint16(m_port->value()));
    m_callbackUrl->setText(url);
    m_guideCallbackUrl->setText(url);
}

void ConnectedAppPage::initializePage()
{
    const ConnectionSettings& settings = m_wizard->settings();
    const bool demo = settings.environment == Environment::Demo;
    orgsim::OrgSimHost* demoOrg = demo ? m_wizard->demoOrg() : nullptr;
    if (demoOrg) {
        // The demo org has the platform's app installed already: its key and callback are fixed,
        // and like the packaged app it needs no secret.
        const QJsonObject info = demoOrg->connectionInfo();
        m_clientId->setText(info.value(QStringLiteral("clientId")).toString());
        m_port->setValue(QUrl(info.value(QStringLiteral("callbackUrl")).toString()).port());
        m_paths->button(InstalledApp)->setChecked(true);
        m_clientSecret->clear();
        m_note->setText(tr("The demo org has the platform's app installed already."));
    } else {
        m_clientId->setText(settings.clientId);
        m_clientSecret->setText(m_wizard->clientSecret());
        m_port->setValue(settings.callbackPort);
        m_note->setText(tr("1717 is the port the Salesforce CLI uses; any free port works if the app lists its "
                           "callback URL."));
    }
    for (QAbstractButton* path : m_paths->buttons()) {
        path->setEnabled(!demo);
    }
    m_clientId->setReadOnly(demo);
    m_clientSecret->setReadOnly(demo);
    m_port->setReadOnly(demo);
    updateCallbackUrl();
}

bool ConnectedAppPage::isComplete() const
{
    return !m_clientId->text().trimmed().isEmpty();
}

bool ConnectedAppPage::validatePage()
{
    // Find a busy port now, with the fix, rather than after the browser opened.
    LoopbackRedirectListener probe;
    const Status listening = probe.listen(quint16(m_port->value()));
    probe.close();
    if (!listening.ok()) {
        m_error->setText(listening.errorMessage());
        m_error->show();
        return false;
    }
    ConnectionSettings& settings = m_wizard->settings();
    settings.clientId = m_clientId->text().trimmed();
    settings.callbackPort = quint16(m_port->value());
    m_wizard->setClientSecret(m_clientSecret->text().trimmed()); // memory only
    return true;
}

} // namespace callbridge::ui
