#include "ui/PreviewPage.h"

#include "ui/StepHeader.h"
#include "ui/preview/PreviewModel.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/exporting/TestExport.h"
#include "core/filter/FilterParser.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/DailyApiAllowance.h"
#include "core/salesforce/RestClient.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace callbridge::ui {

PreviewPage::PreviewPage(
    ConfigDocument* document, ExportWorkspace* workspace, ConnectionManager* connection, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_workspace(workspace)
    , m_connection(connection)
    , m_model(new PreviewModel(workspace, this))
    , m_proxy(new PreviewFilterProxy(this))
    , m_callsLabel(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_changes(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_send(new QPushButton(tr("&Send to Salesforce"), this))
    , m_delete(new QPushButton(tr("&Delete from Salesforce"), this))
    , m_status(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new StepHeader(SetupStep::Preview, this));

    auto* callsRow = new QHBoxLayout;
    m_callsLabel->setWordWrap(true);
    callsRow->addWidget(m_callsLabel, 1);
    auto* open = new QPushButton(tr("&Open calls…"), this);
    callsRow->addWidget(open);
    layout->addLayout(callsRow);

    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_totals->setFont(big);
    m_totals->setAccessibleName(tr("Export totals"));
    layout->addWidget(m_totals);
    m_budgetLabel->setWordWrap(true);
    m_budgetLabel->setAccessibleName(tr("API budget"));
    layout->addWidget(m_budgetLabel);
    m_changes->setWordWrap(true);
    m_changes->setAccessibleName(tr("Changes against the saved filter"));
    layout->addWidget(m_changes);

    auto* filterRow = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search calls, reasons, records…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the preview"));
    filterRow->addWidget(m_search, 1);
    m_show->addItem(tr("All calls"), int(PreviewFilterProxy::Show::All));
    m_show->addItem(tr("Calls that export"), int(PreviewFilterProxy::Show::Exporting));
    m_show->addItem(tr("Calls that do not export"), int(PreviewFilterProxy::Show::NotExporting));
    m_show->addItem(tr("Would start exporting"), int(PreviewFilterProxy::Show::Starting));
    m_show->addItem(tr("Would stop exporting"), int(PreviewFilterProxy::Show::Stopping));
    m_show->addItem(tr("Deletes"), int(PreviewFilterProxy::Show::Deleting));
    m_show->setAccessibleName(tr("Which calls to show"));
    filterRow->addWidget(m_show);
    layout->addLayout(filterRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PreviewModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PreviewModel::StartedColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Calls and what exporting does with them"));
    m_table->setTabKeyNavigation(false); // read-only: Tab leaves the table, the arrow keys move in it
    m_details->setObjectName(QStringLiteral("callDetails"));
    m_details->setAccessibleName(tr("Details of the selected call"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* actions = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Test export result"));
    actions->addWidget(m_status, 1);
    actions->addWidget(m_send);
    actions->addWidget(m_delete);
    layout->addLayout(actions);

    connect(open, &QPushButton::clicked, this, &PreviewPage::openCallsDialog);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_show, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setShow(PreviewFilterProxy::Show(m_show->currentData().toInt())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PreviewPage::showDetails);
    connect(m_send, &QPushButton::clicked, this, &PreviewPage::sendSelected);
    connect(m_delete, &QPushButton::clicked, this, &PreviewPage::deleteSelected);
    connect(m_workspace, &ExportWorkspace::previewReady, this, &PreviewPage::showPreview);
    connect(m_workspace, &ExportWorkspace::matchingStarted, this, [this] {
        m_totals->setText(tr("Matching %Ln calls with the local cache…", nullptr, int(m_workspace->calls().size())));
    });
    connect(m_workspace, &ExportWorkspace::callsChanged, this, &PreviewPage::refresh);
    connect(m_workspace, &ExportWorkspace::schemaChanged, this, &PreviewPage::refresh);
    connect(m_document, &ConfigDocument::changed, this, &PreviewPage::refresh);
    connect(m_document, &ConfigDocument::modifiedChanged, this, &PreviewPage::refresh);
    connect(m_connection, &ConnectionManager::stateChanged, this, [this] {
        readLimits();
        showDetails();
    });
    sizeColumns();
    refresh();
}

void PreviewPage::openCallsDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open the platform's calls"), QString(), tr("Calls (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        openCallsFile(path);
    }
}

bool PreviewPage::openCallsFile(const QString& path)
{
    const CallsReader::Result result = m_workspace->loadCalls(path);
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("The calls file cannot be used"),
            tr("%1 has problems; nothing was loaded.").arg(path), QMessageBox::Ok, this);
        box.setDetailedText(result.errors.join(QLatin1Char('\n')));
        box.setInformativeText(result.errors.mid(0, 5).join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    readLimits();
    return true;
}

void PreviewPage::refresh()
{
    const QList<Call>& calls = m_workspace->calls();
    m_callsLabel->setText(calls.isEmpty()
            ? tr("No calls loaded. Open the platform's calls file (a JSON array of calls) to preview the export.")
            : tr("%Ln calls from %1", nullptr, int(calls.size())).arg(m_workspace->callsSource()));
    const FilterParser::Result current = FilterParser::parse(m_document->config().callFilter, m_workspace->schema());
    const FilterParser::Result saved = FilterParser::parse(m_document->savedConfig().callFilter, m_workspace->schema());
    if (!current.ok()) {
        m_totals->setText(tr("The filter is not valid: %1").arg(current.error));
        return;
    }
    m_workspace->requestPreview(
        current.root, saved.ok() ? saved.root : current.root, m_document->config().exportSettings);
}

void PreviewPage::showPreview()
{
    const ExportPreview::Totals totals = ExportPreview::totals(m_workspace->plans());
    m_totals->setText(m_workspace->calls().isEmpty() ? QString() : ExportPreview::summary(totals));
    m_budgetLabel->setText(m_workspace->calls().isEmpty() ? QString() : m_budget.summary(totals.apiCalls));
    const bool edited = m_document->config().callFilter != m_document->savedConfig().callFilter;
    if (!edited) {
        m_changes->setText(totals.deleting > 0
                ? tr("%Ln deleted calls will be deleted from Salesforce.", nullptr, int(totals.deleting))
                : QString());
    } else {
        m_changes->setText(tr("Against the saved filter, on reprocessing: %L1 past calls would start exporting, "
                              "%L2 would stop.")
                               .arg(totals.starting)
                               .arg(totals.stopping));
    }
    sizeColumns();
    restoreSelection();
    showDetails();
}

void PreviewPage::sizeColumns()
{
    m_table->resizeColumnToContents(PreviewModel::StartedColumn);
    m_table->resizeColumnToContents(PreviewModel::ExportColumn);
    m_table->resizeColumnToContents(PreviewModel::ApiCallsColumn);
    m_table->setColumnWidth(PreviewModel::CallColumn, 220);
    m_table->setColumnWidth(PreviewModel::ReasonColumn, 300);
    // Every other column is at least as wide as its title: German and French titles are longer.
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        m_table->setColumnWidth(column, std::max(header->sectionSize(column), header->sectionSizeHint(column)));
    }
}

void PreviewPage::restoreSelection()
{
    if (m_selectedCallId.isEmpty()) {
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ExportPreview::CallPlan* plan = m_model->planAt(row);
        if (plan && m_workspace->calls().value(plan->index).id == m_selectedCallId) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                const QSignalBlocker blocker(m_table->selectionModel());
                m_table->selectRow(index.row());
                m_table->scrollTo(index);
            }
            return;
        }
    }
}

const ExportPreview::CallPlan* PreviewPage::selectedPlan() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    return m_model->planAt(m_proxy->mapToSource(rows.first()).row());
}

bool PreviewPage::sendAllowed(QString* why) const
{
    if (!m_connection->isConnected()) {
        *why = tr("Connect to an org to send a test export.");
        return false;
    }
    return true;
}

void PreviewPage::showDetails()
{
    const ExportPreview::CallPlan* plan = selectedPlan();
    QString why;
    const bool connected = sendAllowed(&why);
    const bool busy = m_testExport && m_testExport->isRunning();
    const bool sent = plan && plan->index < m_workspace->calls().size()
        && m_workspace->ledger().contains(m_workspace->calls().at(plan->index).id);
    m_send->setEnabled(connected && !busy && plan && plan->action == ExportPreview::Action::Create);
    m_delete->setEnabled(connected && !busy && sent);
    m_send->setToolTip(connected ? tr("Create this call's activity in the connected org (one API call)") : why);
    if (!plan || plan->index >= m_workspace->calls().size()) {
        m_details->setHtml(tr("<p>Select a call to see how it was matched and what it would create.</p>"));
        return;
    }
    const Call& call = m_workspace->calls().at(plan->index);
    m_selectedCallId = call.id;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><h4>%3</h4><ul>")
                       .arg(call.title.toHtmlEscaped(), plan->reason.toHtmlEscaped(), tr("Matching"));
    for (const QString& reason : plan->match.reasons) {
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    }
    for (const QString& email : plan->match.unmatchedEmails) {
        html += QStringLiteral("<li>%1</li>").arg(tr("No contact or lead has %1").arg(email).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    auto fieldTable = [](const QJsonObject& fields) -> QString {
        QString table = QStringLiteral("<table>");
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            table += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                         .arg(it.key(),
                             it.value().toVariant().toString().toHtmlEscaped().replace(
                                 QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        return table + QStringLiteral("</table>");
    };
    if (plan->action == ExportPreview::Action::Create && m_document->config().exportSettings.writesActivity()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("%1 fields").arg(plan->activity.sobject))
            + fieldTable(plan->activity.fields);
        for (const QString& note : plan->activity.notes) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
        }
    }
    if (plan->records) {
        // Full call data: every record the export run writes, by object and external ID.
        QList<PlannedRecord> records = plan->records->children;
        if (plan->records->conversation) {
            records.prepend(*plan->records->conversation);
        }
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Full call data: %n record(s)", nullptr, int(records.size())));
        for (const PlannedRecord& record : records) {
            html += QStringLiteral("<p><b>%1</b> %2 = %3</p>")
                        .arg(record.sobject, record.externalIdField, record.externalId.toHtmlEscaped())
                + fieldTable(record.fields);
        }
    }
    m_details->setHtml(html);
}

void PreviewPage::readLimits()
{
    if (!m_connection->isConnected()) {
        m_budget = ExportBudget();
        return;
    }
    auto* allowance = new DailyApiAllowance(m_connection->client(), this);
    connect(allowance, &DailyApiAllowance::finished, this, [this, allowance] {
        allowance->deleteLater();
        if (allowance->known()) {
            m_budget.dailyMax = allowance->max();
            m_budget.remaining = allowance->remaining();
        }
        showPreview();
    });
    allowance->start();
}

void PreviewPage::sendSelected()
{
    const ExportPreview::CallPlan* plan = selectedPlan();
    if (!plan || plan->action != ExportPreview::Action::Create || !m_connection->client()) {
        return;
    }
    const ConnectionSummary& org = m_connection->summary();
    if (!org.isSandbox && m_document->config().connection.environment != Environment::Demo) {
        const auto answer = QMessageBox::warning(this, tr("Send to a production org?"),
            tr("%1 is a production org. The test export creates a real %2 that its users can see (you can delete "
               "it again here). Send it?")
                .arg(org.orgName, plan->activity.sobject),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    if (!m_testExport) {
        m_testExport = new TestExport(m_connection->client(), this);
    }
    const QString callId = m_workspace->calls().at(plan->index).id;
    const QString sobject = plan->activity.sobject;
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
    m_testExport->send(plan->activity);
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
