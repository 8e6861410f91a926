#include "ui/connect/SummaryPage.h"

#include "ui/connect/ConnectWizard.h"

#include "core/salesforce/ConnectionManager.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

QString environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QCoreApplication::translate("SummaryPage", "Production");
    case Environment::Sandbox:
        return QCoreApplication::translate("SummaryPage", "Sandbox");
    case Environment::MyDomain:
        return QCoreApplication::translate("SummaryPage", "My Domain");
    case Environment::Demo:
        return QCoreApplication::translate("SummaryPage", "Demo org");
    }
    return {};
}

} // namespace

SummaryPage::SummaryPage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_details(new QFormLayout)
    , m_warnings(new QLabel(this))
{
    setTitle(tr("Connected"));
    setFinalPage(true);
    m_warnings->setObjectName(QStringLiteral("summaryWarnings"));
    m_warnings->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_details);
    layout->addSpacing(12);
    layout->addWidget(m_warnings);
    layout->addStretch();
}

void SummaryPage::initializePage()
{
    while (m_details->rowCount() > 0) {
        m_details->removeRow(0);
    }
    const ConnectionSummary& summary = m_wizard->connection()->summary();
    auto row = [this](const QString& label, const QString& value, const char* name) {
        auto* field = new QLabel(value, this);
        field->setObjectName(QString::fromLatin1(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addRow(label, field);
    };
    row(tr("Organization:"),
        tr("%1 (%2%3)").arg(summary.orgName, summary.organizationType, summary.isSandbox ? tr(", sandbox") : QString()),
        "summaryOrg");
    row(tr("User:"), tr("%1 <%2>").arg(summary.displayName, summary.username), "summaryUser");
    row(tr("Environment:"), environmentName(m_wizard->settings().environment), "summaryEnvironment");
    row(tr("Instance:"), summary.instanceUrl.toString(), "summaryInstance");
    row(tr("API version:"), summary.apiVersion, "summaryApiVersion");
    row(tr("User license:"),
        summary.userLicense.isEmpty() ? tr("could not be read (needs View Setup and Configuration)")
                                      : summary.userLicense,
        "summaryLicense");

    QStringList warnings;
    if (summary.looksLikePersonalAccount()) {
        warnings.append(tr("⚠ %1 has a full Salesforce license: it looks like a person's own account. If this user is "
                           "ever deactivated, the integration disconnects. A dedicated integration user on the "
                           "Salesforce Integration license is safer.")
                            .arg(summary.username));
    } else if (!summary.hasIntegrationLicense() && !summary.userLicense.isEmpty()) {
        warnings.append(tr("⚠ The user's license is %1, not Salesforce Integration.").arg(summary.userLicense));
    }
    if (m_wizard->replacesAnotherOrg()) {
        warnings.append(tr("⚠ Callbridge was connected to another org (%1). From now on calls go to %2; the previous "
                           "connection is revoked when you finish.")
                            .arg(m_wizard->previous().username, summary.orgName));
    }
    if (m_wizard->connection()->state() == ConnectionManager::State::SessionOnly) {
        warnings.append(m_wizard->connection()->lastError());
    }
    m_warnings->setText(warnings.isEmpty() ? tr("Everything looks right. Finish to save the connection.")
                                           : warnings.join(QStringLiteral("\n\n")));
}

} // namespace callbridge::ui
