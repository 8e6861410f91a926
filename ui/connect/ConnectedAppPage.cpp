#include "ui/connect/ConnectedAppPage.h"

#include "ui/connect/ConnectWizard.h"

#include "core/orgsim/OrgSimHost.h"
#include "core/salesforce/LoopbackRedirectListener.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace callbridge::ui {

ConnectedAppPage::ConnectedAppPage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_clientId(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_callbackUrl(new QLabel(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Connected app"));
    setSubTitle(tr("The connected app through which Callbridge signs in."));
    // The path is long in every language: a wizard's subtitle has room for two lines at most.
    auto* where = new QLabel(tr("Copy the consumer key from Setup > App Manager > your connected app > View > Manage "
                                "Consumer Details. The consumer secret is not needed."),
        this);
    where->setWordWrap(true);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Consumer key"));
    m_port->setObjectName(QStringLiteral("callbackPort"));
    m_port->setAccessibleName(tr("Callback port"));
    m_port->setRange(1024, 65535);
    m_callbackUrl->setObjectName(QStringLiteral("callbackUrlOnAppPage"));
    m_callbackUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("connectedAppError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Consumer &key:"), m_clientId);
    form->addRow(tr("Callback &port:"), m_port);
    form->addRow(tr("Callback URL:"), m_callbackUrl);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_clientId, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, [this](int port) {
        m_callbackUrl->setText(callbackUrlFor(quint16(port)));
        m_error->hide();
    });
}

void ConnectedAppPage::initializePage()
{
    const ConnectionSettings& settings = m_wizard->settings();
    const bool demo = settings.environment == Environment::Demo;
    orgsim::OrgSimHost* demoOrg = demo ? m_wizard->demoOrg() : nullptr;
    if (demoOrg) {
        // The demo org's connected app is registered already: its key and callback are fixed.
        const QJsonObject info = demoOrg->connectionInfo();
        m_clientId->setText(info.value(QStringLiteral("clientId")).toString());
        m_port->setValue(QUrl(info.value(QStringLiteral("callbackUrl")).toString()).port());
        m_note->setText(tr("The demo org's connected app is set up already."));
    } else {
        m_clientId->setText(settings.clientId);
        m_port->setValue(settings.callbackPort);
        m_note->setText(tr("1717 is the port the Salesforce CLI uses; any free port works if the connected app lists "
                           "its callback URL."));
    }
    m_clientId->setReadOnly(demo);
    m_port->setReadOnly(demo);
    m_callbackUrl->setText(callbackUrlFor(quint16(m_port->value())));
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
    return true;
}

} // namespace callbridge::ui
