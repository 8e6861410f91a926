#include "ui/PreviewPage.h"

#include "ui/ExportFilterPage.h"
#include "ui/MainWindow.h"
#include "ui/StepHeader.h"
#include "ui/ThemeColors.h"
#include "ui/preview/PreviewModel.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/exporting/TestExport.h"
#include "core/filter/FilterParser.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/DailyApiAllowance.h"
#include "core/salesforce/RestClient.h"
#include "core/settings/Preferences.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace callbridge::ui {

namespace {

const QString splitterLayout = QStringLiteral("previewSplitter");

} // namespace

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
    , m_filterProblem(new QLabel(this))
    , m_backToFilter(new QPushButton(tr("&Back to the filter"), this))
    , m_search(new QLineEdit(this))
    , m_shownCount(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_saveSplit(new QTimer(this))
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this))
    , m_send(new QPushButton(tr("&Send to Salesforce"), this))
    , m_delete(new QPushButton(tr("&Delete from Salesforce"), this))
    , m_status(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(layout->spacing() / 2); // lines of text close together: the table gets the room
    auto* header = new StepHeader(SetupStep::Preview, this);
    layout->addWidget(header);
    // F1's panel shorter here than on other steps: opened, it still leaves the table rows.
    if (auto* help = header->findChild<QWidget*>(QStringLiteral("learnMorePanel"))) {
        help->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    }

    // The totals, large, beside the calls they are of and the button that opens others.
    auto* totalsRow = new QHBoxLayout;
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_totals->setFont(big);
    m_totals->setAccessibleName(tr("Export totals"));
    totalsRow->addWidget(m_totals);
    m_callsLabel->setWordWrap(true);
    m_callsLabel->setObjectName(QStringLiteral("callsSource"));
    totalsRow->addWidget(m_callsLabel, 1, Qt::AlignVCenter);
    m_busy->setRange(0, 0); // matching and planning report no steps: a busy bar
    m_busy->setAccessibleName(tr("Computing the preview"));
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 20);
    m_busy->hide();
    totalsRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);
    auto* open = new QPushButton(tr("&Open calls…"), this);
    totalsRow->addWidget(open);
    layout->addLayout(totalsRow);
    m_budgetLabel->setWordWrap(true);
    m_budgetLabel->setAccessibleName(tr("API budget"));
    layout->addWidget(m_budgetLabel);
    m_changes->setWordWrap(true);
    m_changes->setAccessibleName(tr("Changes against the saved filter"));
    m_changes->hide(); // shown when it has something to say
    layout->addWidget(m_changes);

    auto* problemRow = new QHBoxLayout;
    m_filterProblem->setObjectName(QStringLiteral("filterProblem"));
    m_filterProblem->setWordWrap(true);
    m_filterProblem->setTextFormat(Qt::PlainText);
    m_filterProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterProblem->setAccessibleName(tr("The filter being edited"));
    m_backToFilter->setObjectName(QStringLiteral("backToFilter"));
    m_backToFilter->setToolTip(tr("Go to the Export filter step, where the problem is"));
    problemRow->addWidget(m_filterProblem, 1);
    problemRow->addWidget(m_backToFilter, 0, Qt::AlignTop);
    m_filterProblem->hide();
    m_backToFilter->hide();
    layout->addLayout(problemRow);

    auto* filterRow = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search calls, reasons, records…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the preview"));
    m_search->installEventFilter(this); // focus in: the rows' search texts are prepared
    filterRow->addWidget(m_search, 1);
    m_shownCount->setObjectName(QStringLiteral("shownCount"));
    m_shownCount->hide();
    filterRow->addWidget(m_shownCount);
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
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PreviewModel::StartedColumn, Qt::DescendingOrder); // the newest calls first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // One line of text per row, no taller: the rows the window has room for are many more.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Calls and what exporting does with them"));
    m_table->setToolTip(tr("Double-click a call to open its details in a window of their own"));
    m_table->setTabKeyNavigation(false); // read-only: Tab leaves the table, the arrow keys move in it
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + 4 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_details->setObjectName(QStringLiteral("callDetails"));
    m_details->setAccessibleName(tr("Details of the selected call"));
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_splitter->setObjectName(QStringLiteral("previewSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setCollapsible(0, false);
    // The table takes what the window gives or takes; the details keep their height. The handle
    // is wide enough to catch, and where the admin leaves it is where it is next time.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setHandleWidth(std::max(m_splitter->handleWidth(), 8));
    m_splitter->handle(1)->setToolTip(tr("Drag to share the room between the calls and the details"));
    const int line = fontMetrics().lineSpacing();
    m_splitter->setSizes({ 40 * line, 6 * line }); // the details start at a few lines
    const QByteArray savedSplit = Preferences::windowLayout(splitterLayout);
    if (!savedSplit.isEmpty()) {
        m_splitter->restoreState(savedSplit);
    }
    layout->addWidget(m_splitter, 1);

    auto* actions = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Test export result"));
    actions->addWidget(m_status, 1);
    actions->addWidget(m_send);
    actions->addWidget(m_delete);
    layout->addLayout(actions);

    connect(open, &QPushButton::clicked, this, &PreviewPage::openCallsDialog);
    // Searched when typing pauses: each search goes through every row.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { m_proxy->setSearch(m_search->text()); });
    connect(m_show, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setShow(PreviewFilterProxy::Show(m_show->currentData().toInt())); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PreviewPage::showShownCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PreviewPage::showShownCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PreviewPage::showShownCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PreviewPage::showShownCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PreviewPage::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &PreviewPage::openDetailsWindow);
    m_saveSplit->setSingleShot(true);
    m_saveSplit->setInterval(500);
    connect(m_saveSplit, &QTimer::timeout, this,
        [this] { Preferences::saveWindowLayout(splitterLayout, m_splitter->saveState()); });
    connect(m_splitter, &QSplitter::splitterMoved, m_saveSplit, qOverload<>(&QTimer::start));
    connect(m_backToFilter, &QPushButton::clicked, this, [this] {
        auto* main = qobject_cast<MainWindow*>(window());
        if (!main) {
            return;
        }
        main->showStep(SetupStep::ExportFilter);
        if (auto* filter = main->findChild<ExportFilterPage*>()) {
            filter->focusProblem();
        }
    });
    connect(m_send, &QPushButton::clicked, this, &PreviewPage::sendSelected);
    connect(m_delete, &QPushButton::clicked, this, &PreviewPage::deleteSelected);
    connect(m_workspace, &ExportWorkspace::previewReady, this, &PreviewPage::showPreview);
    connect(m_workspace, &ExportWorkspace::matchingStarted, this, [this] {
        m_totals->setText(tr("Matching %Ln calls with the local cache…", nullptr, int(m_workspace->calls().size())));
        m_busyDelay->start();
    });
    connect(m_workspace, &ExportWorkspace::previewStarted, m_busyDelay, qOverload<>(&QTimer::start));
    connect(m_busyDelay, &QTimer::timeout, this,
        [this] { m_busy->setVisible(m_workspace->isComputing() || m_workspace->isReadingCalls()); });
    connect(m_workspace, &ExportWorkspace::callsFileRead, this, &PreviewPage::callsFileRead);
    connect(m_workspace, &ExportWorkspace::callsChanged, this, &PreviewPage::refresh);
    connect(m_workspace, &ExportWorkspace::schemaChanged, this, &PreviewPage::refresh);
    connect(m_workspace, &ExportWorkspace::editedFilterProblemChanged, this, &PreviewPage::showFilterProblem);
    connect(m_document, &ConfigDocument::changed, this, &PreviewPage::refresh);
    connect(m_document, &ConfigDocument::modifiedChanged, this, &PreviewPage::refresh);
    connect(m_connection, &ConnectionManager::stateChanged, this, [this] {
        readLimits();
        showBudget();
        showDetails();
    });
    connect(m_connection->client(), &RestClient::apiUsageChanged, this, &PreviewPage::showBudget);
    sizeColumns();
    refresh();
    showDetails(); // nothing selected yet: Send and Delete start disabled
}

PreviewPage::~PreviewPage()
{
    if (m_saveSplit->isActive()) { // quit right after a drag
        Preferences::saveWindowLayout(splitterLayout, m_splitter->saveState());
    }
}

bool PreviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::FocusIn) {
        m_model->prepareSearch();
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPage::openCallsDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open the platform's calls"), QString(), tr("Calls (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        openCallsFile(path);
    }
}

void PreviewPage::openCallsFile(const QString& path)
{
    m_callsLabel->setText(tr("Reading %1…").arg(path));
    m_workspace->readCallsFile(path);
    m_busyDelay->start();
}

void PreviewPage::callsFileRead(const QString& path, const QStringList& errors)
{
    if (errors.isEmpty()) {
        readLimits();
        return;
    }
    refresh(); // the calls shown before, still loaded
    if (!m_workspace->isComputing()) {
        m_busyDelay->stop();
        m_busy->hide();
    }
    QMessageBox box(QMessageBox::Warning, tr("The calls file cannot be used"),
        tr("%1 has problems; nothing was loaded.").arg(path), QMessageBox::Ok, this);
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.setInformativeText(errors.mid(0, 5).join(QLatin1Char('\n')));
    box.exec();
}

void PreviewPage::refresh()
{
    const QList<Call>& calls = m_workspace->calls();
    m_callsLabel->setText(calls.isEmpty()
            ? tr("No calls loaded. Open the platform's calls file (a JSON array of calls) to preview the export.")
            : tr("%Ln calls from %1", nullptr, int(calls.size())).arg(m_workspace->callsSource()));
    const FilterParser::Result current = FilterParser::parse(m_document->config().callFilter, m_workspace->schema());
    const FilterParser::Result saved = FilterParser::parse(m_document->savedConfig().callFilter, m_workspace->schema());
    showFilterProblem();
    if (!current.ok()) {
        m_totals->setText(tr("The filter is not valid: %1").arg(current.error));
        return;
    }
    m_workspace->requestPreview(
        current.root, saved.ok() ? saved.root : current.root, m_document->config().exportSettings);
}

void PreviewPage::showPreview()
{
    if (!m_workspace->isComputing()) { // else a newer request runs: the bar stays
        m_busyDelay->stop();
        m_busy->hide();
    }
    if (m_search->hasFocus()) {
        m_model->prepareSearch(); // its rows are new (the model has been reset first)
    }
    const ExportPreview::Totals totals = ExportPreview::totals(m_workspace->plans());
    m_totals->setText(m_workspace->calls().isEmpty() ? QString() : ExportPreview::summary(totals));
    m_apiCalls = totals.apiCalls;
    showBudget();
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
    m_changes->setVisible(!m_changes->text().isEmpty());
    sizeColumns();
    restoreSelection();
    showDetails();
}

void PreviewPage::showBudget()
{
    const DailyApiAllowance::Usage usage =
        m_connection->isConnected() ? DailyApiAllowance::newest(m_connection->client()) : DailyApiAllowance::Usage();
    m_budget.dailyMax = usage.max;
    m_budget.remaining = usage.remaining();
    m_budgetLabel->setText(m_workspace->calls().isEmpty() ? QString() : m_budget.summary(m_apiCalls));
}

void PreviewPage::showShownCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_shownCount->setText(tr("%L1 of %Ln calls shown", nullptr, total).arg(shown));
    m_shownCount->setVisible(shown < total);
}

void PreviewPage::showFilterProblem()
{
    QString problem = m_workspace->editedFilterProblem();
    if (problem.endsWith(QLatin1Char('.'))) {
        problem.chop(1); // a sentence of its own goes on after it
    }
    const QString saved = m_document->config().callFilter;
    // A setup whose own filter is not valid says so in the totals instead.
    const bool shown = !problem.isEmpty() && FilterParser::parse(saved, m_workspace->schema()).ok();
    if (shown) {
        m_filterProblem->setText(
            tr("The filter you are editing is not valid: %1. Until it is, this preview uses the last valid "
               "filter: %2")
                .arg(problem, saved.isEmpty() ? tr("none (every call exports)") : saved));
        m_filterProblem->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(toneText(Tone::Problem, palette()).name()));
    }
    m_filterProblem->setVisible(shown);
    m_backToFilter->setVisible(shown);
}

void PreviewPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        showFilterProblem();
    }
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

void PreviewPage::showDetails()
{
    const ExportPreview::CallPlan* plan = selectedPlan();
    QString why;
    const bool connected = sendAllowed(&why);
    const bool busy = m_testExport && m_testExport->isRunning();
    const bool sent = plan && plan->index < m_workspace->calls().size()
        && m_workspace->ledger().contains(m_workspace->calls().at(plan->index).id);
    // Sent once, the activity is on record here until deleted: a second send would create another
    // one and leave the first where Delete cannot reach it.
    m_send->setEnabled(connected && !busy && !sent && plan && plan->action == ExportPreview::Action::Create);
    m_delete->setEnabled(connected && !busy && sent);
    m_send->setToolTip(!connected ? why
            : sent                ? tr("This call's activity is already in the org: delete it to send it again")
                                  : tr("Create this call's activity in the connected org (one API call)"));
    if (!plan || plan->index >= m_workspace->calls().size()) {
        m_details->setHtml(tr("<p>Select a call to see how it was matched and what it would create.</p>"));
        return;
    }
    m_selectedCallId = m_workspace->calls().at(plan->index).id;
    m_details->setHtml(detailsHtml(*plan));
}

QString PreviewPage::detailsHtml(const ExportPreview::CallPlan& plan) const
{
    const Call& call = m_workspace->calls().at(plan.index);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><h4>%3</h4><ul>")
                       .arg(call.title.toHtmlEscaped(), plan.reason().toHtmlEscaped(), tr("Matching"));
    for (const QString& reason : plan.match().reasons()) {
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    }
    for (const QString& email : plan.match().unmatchedEmails) {
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
    if (plan.action == ExportPreview::Action::Create && m_document->config().exportSettings.writesActivity()) {
        const PlannedActivity activity = plan.activity();
        html += QStringLiteral("<h4>%1</h4>").arg(tr("%1 fields").arg(activity.sobject)) + fieldTable(activity.fields);
        for (const QString& note : activity.notes) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
        }
    }
    if (plan.records) {
        // Full call data: every record the export run writes, by object and external ID.
        QList<PlannedRecord> records = plan.records->children;
        if (plan.records->conversation) {
            records.prepend(*plan.records->conversation);
        }
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Full call data: %n record(s)", nullptr, int(records.size())));
        for (const PlannedRecord& record : records) {
            html += QStringLiteral("<p><b>%1</b> %2 = %3</p>")
                        .arg(record.sobject, record.externalIdField, record.externalId.toHtmlEscaped())
                + fieldTable(record.fields);
        }
    }
    return html;
}

void PreviewPage::openDetailsWindow(const QModelIndex& index)
{
    const ExportPreview::CallPlan* plan = m_model->planAt(m_proxy->mapToSource(index).row());
    if (!plan || plan->index >= m_workspace->calls().size()) {
        return;
    }
    if (!m_detailsWindow) {
        m_detailsWindow = new QDialog(this);
        m_detailsWindow->setObjectName(QStringLiteral("callDetailsDialog"));
        auto* text = new QTextBrowser(m_detailsWindow);
        text->setAccessibleName(tr("Details of the call"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_detailsWindow);
        connect(buttons, &QDialogButtonBox::rejected, m_detailsWindow, &QDialog::reject);
        auto* layout = new QVBoxLayout(m_detailsWindow);
        layout->addWidget(text);
        layout->addWidget(buttons);
        m_detailsWindow->resize(640, 560);
    }
    const Call& call = m_workspace->calls().at(plan->index);
    m_detailsWindow->setWindowTitle(tr("Call: %1").arg(call.title));
    m_detailsWindow->findChild<QTextBrowser*>()->setHtml(detailsHtml(*plan));
    m_detailsWindow->show();
    m_detailsWindow->raise();
    m_detailsWindow->activateWindow();
}

void PreviewPage::readLimits()
{
    if (!m_connection->isConnected()) {
        return;
    }
    // `limits` tells the newest usage (when the user may read it); the client keeps it for the
    // status bar and this page alike, and apiUsageChanged() shows it.
    auto* allowance = new DailyApiAllowance(m_connection->client(), this);
    connect(allowance, &DailyApiAllowance::finished, allowance, &QObject::deleteLater);
    allowance->start();
}

} // namespace callbridge::ui
