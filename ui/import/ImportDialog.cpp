#include "ui/import/ImportDialog.h"

#include "ui/import/ImportProgressModel.h"

#include "core/config/ConfigDocument.h"
#include "core/sync/ImportOperation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

// Draws the records column as a progress bar with its text.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const double fraction = index.data(ImportProgressModel::FractionRole).toDouble();
        const QString text = index.data().toString();
        if (text.isEmpty() || fraction < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(fraction * 1000);
        bar.text = text;
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

ImportDialog::ImportDialog(ConnectionManager* connection, ConfigDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_document(document)
    , m_model(new ImportProgressModel(this))
    , m_summary(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_waitingCheck(new QTimer(this))
    , m_table(new QTableView(this))
    , m_overall(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import from Salesforce"));
    setAccessibleName(windowTitle());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ImportProgressModel::ProgressColumn, new ProgressBarDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false); // read-only: Tab goes on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ImportProgressModel::ObjectColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportProgressModel::ApiColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ImportProgressModel::ProgressColumn, 200);
    m_table->horizontalHeader()->setSectionResizeMode(ImportProgressModel::RateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportProgressModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Import progress by object"));
    m_waiting->setObjectName(QStringLiteral("importWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting->hide();
    m_waitingCheck->setInterval(1000);
    connect(m_waitingCheck, &QTimer::timeout, this, [this] {
        const QString waiting = m_operation ? m_operation->waitingFor() : QString();
        m_waiting->setText(waiting);
        m_waiting->setVisible(!waiting.isEmpty());
    });
    m_overall->setRange(0, 1000);
    m_overall->setAccessibleName(tr("Overall import progress"));
    m_overall->setFormat(tr("%p%"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_overall);
    layout->addWidget(m_waiting);
    layout->addWidget(m_buttons);
    resize(820, 480);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_operation && m_operation->isRunning();
}

ImportRun* ImportDialog::importRun() const
{
    return m_operation ? m_operation->run() : nullptr;
}

void ImportDialog::start()
{
    const IntegrationConfig& config = m_document->config();
    ImportOperation::Options options;
    options.dataDirectory = m_document->store().directory();
    options.selectedFields = config.selectedFields;
    options.opportunityScope = opportunityScope(config.recordedUsers);
    m_operation = new ImportOperation(m_connection, options, this);
    connect(m_operation, &ImportOperation::runStarted, this, [this](ImportRun* run) {
        m_model->setRun(run);
        connect(run, &ImportRun::objectChanged, this, &ImportDialog::updateOverall);
        m_overall->setRange(0, 1000);
        m_summary->setText(tr("Importing the selected fields of %L1 objects into the local cache. You can keep "
                              "working; Cancel keeps what was read, and the next import continues from there.")
                               .arg(run->objects().size()));
    });
    connect(m_operation, &ImportOperation::finished, this, &ImportDialog::showOutcome);
    m_summary->setText(tr("Reading which fields to import from %1…").arg(m_operation->orgName()));
    m_overall->setRange(0, 0); // busy until the objects are known
    m_waitingCheck->start();
    m_operation->start();
}

void ImportDialog::updateOverall()
{
    const ImportRun* run = importRun();
    if (!run || run->objects().isEmpty()) {
        return;
    }
    double sum = 0;
    for (int row = 0; row < run->objects().size(); ++row) {
        const double fraction =
            m_model->index(row, ImportProgressModel::ProgressColumn).data(ImportProgressModel::FractionRole).toDouble();
        sum += qMax(0.0, fraction);
    }
    m_overall->setValue(int(sum / double(run->objects().size()) * 1000));
}

void ImportDialog::showOutcome()
{
    m_waitingCheck->stop();
    m_waiting->hide();
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    updateOverall();
    m_summary->setText(m_operation->message());
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    Q_EMIT importFinished();
}

void ImportDialog::reject()
{
    if (!isRunning()) {
        QDialog::reject();
        return;
    }
    // Cancel (or Esc, or closing the window) stops the import; the dialog stays to show what
    // was kept, and closes on the next press.
    m_summary->setText(tr("Stopping… what was read is kept."));
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setEnabled(false);
    }
    m_operation->cancel();
}

} // namespace callbridge::ui
