#include "ui/PreviewPage.h"

#include "ui/preview/PreviewModel.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/exporting/TestExport.h"
#include "core/salesforce/ConnectionManager.h"

#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

// The Preview page's test export: sending the selected call's activity to the connected org,
// and deleting it again. The rest of the page is in PreviewPage.cpp.
namespace callbridge::ui {

bool PreviewPage::sendAllowed(QString* why) const
{
    if (!m_connection->isConnected()) {
        *why = tr("Connect to an org to send a test export.");
        return false;
    }
    return true;
}

void PreviewPage::sendSelected()
{
    const ExportPreview::CallPlan* plan = selectedPlan();
    if (!plan || plan->action != ExportPreview::Action::Create || !m_connection->client()) {
        return;
    }
    const PlannedActivity activity = plan->activity();
    const ConnectionSummary& org = m_connection->summary();
    if (!org.isSandbox && m_document->config().connection.environment != Environment::Demo) {
        const auto answer = QMessageBox::warning(this, tr("Send to a production org?"),
            tr("%1 is a production org. The test export creates a real %2 that its users can see (you can delete "
               "it again here). Send it?")
                .arg(org.orgName, activity.sobject),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    if (!m_testExport) {
        m_testExport = new TestExport(m_connection->client(), this);
    }
    const QString callId = m_workspace->calls().at(plan->index).id;
    const QString sobject = activity.sobject;
    m_testExport->disconnect(this);
    connect(m_testExport, &TestExport::sent, this, [this, callId, sobject](const QString& id) {
        const Status recorded = m_workspace->recordExport(callId, { sobject, id, QDateTime::currentDateTimeUtc() });
        m_status->setText(recorded.ok()
                ? tr("Created %1 %2 in Salesforce for call %3, assigned to you so that you can delete it.")
                      .arg(sobject, id, callId)
                : recorded.errorMessage());
        refresh();
    });
    connect(m_testExport, &TestExport::failed, this, [this](const QString& message) {
        m_status->setText(tr("The test export failed: %1").arg(message));
        showDetails();
    });
    m_status->setText(tr("Sending call %1…").arg(callId));
    m_testExport->setDescribeDirectory(m_workspace->describeDirectory());
    m_testExport->send(activity);
    showDetails();
}

void PreviewPage::deleteSelected()
{
    const ExportPreview::CallPlan* plan = selectedPlan();
    if (!plan || !m_connection->client()) {
        return;
    }
    const QString callId = m_workspace->calls().at(plan->index).id;
    const ExportLedger::Entry entry = m_workspace->ledger().value(callId);
    if (entry.recordId.isEmpty()) {
        return;
    }
    if (!m_testExport) {
        m_testExport = new TestExport(m_connection->client(), this);
    }
    m_testExport->disconnect(this);
    connect(m_testExport, &TestExport::removed, this, [this, callId](const QString& id) {
        const Status forgotten = m_workspace->forgetExport(callId);
        m_status->setText(forgotten.ok() ? tr("Deleted %1 from Salesforce.").arg(id) : forgotten.errorMessage());
        refresh();
    });
    connect(m_testExport, &TestExport::failed, this, [this](const QString& message) {
        m_status->setText(tr("The delete failed: %1").arg(message));
        showDetails();
    });
    m_status->setText(tr("Deleting %1…").arg(entry.recordId));
    m_testExport->remove(entry.sobject, entry.recordId);
    showDetails();
}

} // namespace callbridge::ui
