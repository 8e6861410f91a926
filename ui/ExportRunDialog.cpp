#include "ui/ExportRunDialog.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/CallExportRun.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/filter/FilterParser.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/DailyApiAllowance.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

ExportRunDialog::ExportRunDialog(
    ConnectionManager* connection, ConfigDocument* document, ExportWorkspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_document(document)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_budget(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_failures(new QPlainTextEdit(this))
    , m_start(new QPushButton(tr("&Start export"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setWindowTitle(tr("Export calls"));
    auto* layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("exportRunSummary"));
    layout->addWidget(m_summary);
    m_budget->setWordWrap(true);
    layout->addWidget(m_budget);
    m_progress->setAccessibleName(tr("Export progress"));
    layout->addWidget(m_progress);
    m_failures->setReadOnly(true);
    m_failures->setAccessibleName(tr("Calls that failed"));
    m_failures->setPlaceholderText(tr("Calls that fail are listed here and tried again on the next run."));
    layout->addWidget(m_failures, 1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_start->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &ExportRunDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ExportRunDialog::stop);
    connect(m_workspace, &ExportWorkspace::previewReady, this, &ExportRunDialog::plansReady);
    resize(640, 420);
}

ExportRunDialog::~ExportRunDialog()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
    }
}

bool ExportRunDialog::isRunning() const
{
    return m_run && !m_run->isFinished();
}

void ExportRunDialog::refresh()
{
    if (isRunning()) {
        return;
    }
    const IntegrationConfig& config = m_document->config();
    const FilterParser::Result filter = FilterParser::parse(config.callFilter, m_workspace->schema());
    if (!filter.ok()) {
        m_summary->setText(tr("The saved filter is not valid: %1").arg(filter.error));
        m_start->setEnabled(false);
        return;
    }
    m_summary->setText(tr("Working out what to export…"));
    m_start->setEnabled(false);
    m_waitingForPlans = true;
    FieldCatalogLoader* describe =
        m_connection->isConnected() ? m_workspace->describeActivityObjects(m_connection->client(), this) : nullptr;
    if (describe) {
        connect(describe, &FieldCatalogLoader::finished, this, [this, describe, filter] {
            describe->deleteLater();
            if (!describe->ok()) {
                m_waitingForPlans = false;
                m_summary->setText(
                    tr("Could not read which activity fields this org accepts: %1").arg(describe->error().toString()));
                return;
            }
            m_workspace->requestPreview(filter.root, filter.root, m_document->config().exportSettings);
        });
        describe->start();
    } else {
        m_workspace->requestPreview(filter.root, filter.root, config.exportSettings);
    }
    if (m_connection->isConnected()) {
        auto* allowance = new DailyApiAllowance(m_connection->client(), this);
        connect(allowance, &DailyApiAllowance::finished, this, [this, allowance] {
            allowance->deleteLater();
            m_budget->setText(allowance->known() ? tr("The org has %L1 of %L2 daily API requests left.")
                                                       .arg(allowance->remaining())
                                                       .arg(allowance->max())
                                                 : QString());
        });
        allowance->start();
    }
}

void ExportRunDialog::plansReady()
{
    if (!m_waitingForPlans || isRunning()) {
        return;
    }
    m_waitingForPlans = false;
    m_ledger = std::make_unique<ExportLedger>(m_workspace->ledgerStore());
    m_items = exportRunItems(m_workspace->calls(), m_workspace->plans(), m_document->config().exportSettings,
        m_ledger->runStates(), m_workspace->createableFields());
    qint64 records = 0;
    int deleting = 0;
    for (const ExportItem& item : m_items) {
        records += item.plan.recordCount();
        deleting += item.deleted ? 1 : 0;
    }
    const qint64 requests = estimatedRequests(m_items);
    m_summary->setText(m_items.isEmpty()
            ? tr("Nothing to export: every call the filter passes is in Salesforce as it is now.")
            : tr("%L1 calls to write or update (%L2 records) and %L3 to remove, in about %L4 API calls.")
                  .arg(m_items.size() - deleting)
                  .arg(records)
                  .arg(deleting)
                  .arg(requests));
    m_progress->setRange(0, std::max(1, int(m_items.size())));
    m_progress->setValue(0);
    m_start->setEnabled(!m_items.isEmpty() && m_connection->isConnected());
}

void ExportRunDialog::start()
{
    if (m_items.isEmpty() || isRunning()) {
        return;
    }
    const ConnectionSummary& org = m_connection->summary();
    if (!org.isSandbox && m_document->config().connection.environment != Environment::Demo) {
        const auto answer = QMessageBox::warning(this, tr("Export to a production org?"),
            tr("%1 is a production org. The export creates real records that its users can see. Export %L2 "
               "calls?")
                .arg(org.orgName)
                .arg(m_items.size()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    m_failures->clear();
    m_run = new CallExportRun(m_connection->client(), m_ledger.get(), m_items, this);
    connect(m_run, &CallExportRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_run, &CallExportRun::finished, this, &ExportRunDialog::runFinished);
    m_start->setEnabled(false);
    m_close->setText(tr("&Cancel"));
    m_run->start();
}

void ExportRunDialog::stop()
{
    if (isRunning()) {
        m_run->cancel(); // runFinished() follows
        return;
    }
    reject();
}

void ExportRunDialog::runFinished()
{
    CallExportRun* run = m_run;
    QStringList lines;
    for (const CallExportRun::Failure& failure : run->failures()) {
        lines.append(QStringLiteral("%1: %2").arg(failure.callId, failure.message));
    }
    m_failures->setPlainText(lines.join(QLatin1Char('\n')));
    const QString counts = tr("%L1 written, %L2 removed, %L3 failed, %L4 API calls.")
                               .arg(run->written())
                               .arg(run->removed())
                               .arg(run->failures().size())
                               .arg(run->requestsSent());
    m_summary->setText(run->stoppedAtBudget() ? run->budgetMessage() + QLatin1Char(' ') + counts
            : run->ok()                       ? tr("Export finished: %1").arg(counts)
                                              : tr("Export stopped (%1): %2 What is left is exported on the next run.")
                              .arg(run->error().toString(), counts));
    m_close->setText(tr("&Close"));
    run->deleteLater();
    m_run = nullptr;
    m_items.clear();
}

} // namespace callbridge::ui
