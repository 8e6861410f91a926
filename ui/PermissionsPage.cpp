#include "ui/PermissionsPage.h"

#include "ui/PermissionFixDialog.h"
#include "ui/ThemeColors.h"

#include "ui/SetupStep.h"
#include "ui/StepHeader.h"

#include "core/audit/PermissionAudit.h"
#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/util/AtomicFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace callbridge::ui {

namespace {

Tone statusTone(AuditFinding::Status status, AuditFinding::Severity severity)
{
    if (status == AuditFinding::Status::Passed) {
        return Tone::Good;
    }
    if (status == AuditFinding::Status::NotChecked) {
        return Tone::Caution;
    }
    // Red only for what the integration needs; a missing recommended permission is a caution.
    switch (severity) {
    case AuditFinding::Severity::Blocking:
        return Tone::Problem;
    case AuditFinding::Severity::Degraded:
        return Tone::Caution;
    case AuditFinding::Severity::Advice:
        break;
    }
    return Tone::Information;
}

QString accessText(ObjectAccessRow::Access access)
{
    switch (access) {
    case ObjectAccessRow::Access::Yes:
        return QStringLiteral("✓");
    case ObjectAccessRow::Access::No:
        return QStringLiteral("✗");
    case ObjectAccessRow::Access::Unknown:
        break;
    }
    return QStringLiteral("?");
}

} // namespace

PermissionsPage::PermissionsPage(ConfigDocument* document, ConnectionManager* connection, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_connection(connection)
    , m_verdict(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_recheck(new QPushButton(tr("&Re-check"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_export(new QPushButton(tr("&Export report…"), this))
    , m_fix(new QPushButton(tr("&Fix it for me…"), this))
    , m_findings(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_grid(new QTableWidget(this))
{
    auto* header = new StepHeader(SetupStep::Permissions, this);

    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setMargin(8);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Checking permissions"));
    m_progress->hide();
    m_cancel->hide();
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("A permission set that grants exactly what is missing: review it, export it, or "
                         "create it in Salesforce."));

    m_findings->setObjectName(QStringLiteral("auditFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({ tr("Check"), tr("Result"), tr("Importance") });
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings->header()->setStretchLastSection(false);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(80);

    m_grid->setObjectName(QStringLiteral("permissionGrid"));
    m_grid->setAccessibleName(tr("Object permissions"));
    m_grid->setTabKeyNavigation(false); // read-only: Tab leaves the grid, the arrow keys move in it
    m_grid->setColumnCount(6);
    m_grid->setHorizontalHeaderLabels(
        { tr("Read"), tr("Create"), tr("Edit"), tr("Delete"), tr("View All"), tr("Modify All") });
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* findingsTab = new QSplitter(Qt::Vertical, this);
    findingsTab->addWidget(m_findings);
    findingsTab->addWidget(m_details);
    findingsTab->setStretchFactor(0, 3);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(findingsTab, tr("Findings"));
    tabs->addTab(m_grid, tr("Object permissions"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_fix);
    buttons->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);

    connect(m_recheck, &QPushButton::clicked, this, &PermissionsPage::recheck);
    connect(m_cancel, &QPushButton::clicked, this, &PermissionsPage::cancel);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the permission report"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                + QStringLiteral("/salesforce-permissions.html"),
            tr("HTML report (*.html)"));
        if (!path.isEmpty() && exportReport(path)) {
            confirmSaved(path);
        }
    });
    connect(m_fix, &QPushButton::clicked, this, &PermissionsPage::openFix);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &PermissionsPage::showSelectedFinding);
    connect(m_connection, &ConnectionManager::stateChanged, this, &PermissionsPage::updateState);
    updateState();
}

void PermissionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const bool connected = m_connection->isConnected();
    if (connected && !m_audit && (!m_hasReport || m_reportFor != m_connection->summary().userId)) {
        recheck(); // first visit after connecting: two API calls
    }
}

void PermissionsPage::updateState()
{
    const bool connected = m_connection->isConnected();
    m_recheck->setEnabled(connected && !m_audit);
    m_export->setEnabled(m_hasReport && !m_audit);
    m_fix->setEnabled(connected && m_hasReport && !m_audit);
    if (!connected && !m_audit) {
        m_verdict->setText(tr("Connect to Salesforce first: the audit checks the connected user."));
        m_verdict->setStyleSheet(QString());
    }
}

void PermissionsPage::recheck()
{
    if (m_audit) {
        return;
    }
    m_audit =
        new PermissionAudit(m_connection->client(), m_connection->summary(), m_document->config().exportSettings, this);
    connect(m_audit, &PermissionAudit::progress, m_verdict, &QLabel::setText);
    PermissionAudit* audit = m_audit;
    connect(audit, &PermissionAudit::finished, this, [this, audit] {
        audit->deleteLater();
        m_progress->hide();
        m_cancel->hide();
        if (audit->ok()) {
            m_report = audit->report();
            m_inputs = audit->inputs();
            m_hasReport = true;
            m_reportFor = m_connection->summary().userId;
            showReport();
        } else if (audit->error().kind != SalesforceError::Kind::Cancelled) {
            m_verdict->setText(tr("The audit could not finish: %1").arg(audit->error().toString()));
        } else {
            m_verdict->setText(tr("Cancelled."));
        }
        m_audit.clear();
        updateState();
        Q_EMIT auditFinished();
    });
    m_progress->show();
    m_cancel->show();
    m_verdict->setStyleSheet(QString());
    updateState();
    m_audit->start();
}

void PermissionsPage::cancel()
{
    if (m_audit) {
        m_audit->cancel();
    }
}

void PermissionsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_verdict->styleSheet().isEmpty()) {
        applyTones(); // the findings keep their selection and what is expanded
    }
}

void PermissionsPage::applyTones()
{
    static const QHash<int, Tone> verdictTones { { int(AuditReport::Verdict::Ready), Tone::Good },
        { int(AuditReport::Verdict::ReadyWithWarnings), Tone::Caution },
        { int(AuditReport::Verdict::Incomplete), Tone::Caution },
        { int(AuditReport::Verdict::Blocked), Tone::Problem } };
    m_verdict->setStyleSheet(QStringLiteral("background: %1; border-radius: 4px;")
                                 .arg(toneBackground(verdictTones.value(int(m_report.verdict())), palette()).name()));
    for (int feature = 0; feature < m_findings->topLevelItemCount(); ++feature) {
        QTreeWidgetItem* group = m_findings->topLevelItem(feature);
        for (int child = 0; child < group->childCount(); ++child) {
            QTreeWidgetItem* item = group->child(child);
            const AuditFinding& finding = m_report.findings.at(item->data(0, Qt::UserRole).toInt());
            item->setForeground(1, toneText(statusTone(finding.status, finding.severity), palette()));
        }
    }
}

void PermissionsPage::showReport()
{
    m_verdict->setText(tr("<b>%1</b><br>User %2 in %3.")
                           .arg(m_report.verdictText().toHtmlEscaped(), m_report.username.toHtmlEscaped(),
                               m_report.orgName.toHtmlEscaped()));
    m_findings->clear();
    QHash<QString, QTreeWidgetItem*> features;
    for (int index = 0; index < m_report.findings.size(); ++index) {
        const AuditFinding& finding = m_report.findings.at(index);
        QTreeWidgetItem*& feature = features[finding.feature];
        if (!feature) {
            feature = new QTreeWidgetItem(m_findings, { AuditReport::featureName(finding.feature) });
            QFont bold = feature->font(0);
            bold.setBold(true);
            feature->setFont(0, bold);
        }
        auto* item = new QTreeWidgetItem(feature,
            { finding.title, AuditReport::statusName(finding.status), AuditReport::severityName(finding.severity) });
        item->setData(0, Qt::UserRole, index);
        item->setToolTip(0, finding.detail);
    }
    // Problems first: open the features with something to fix.
    for (QTreeWidgetItem* feature : features) {
        int problems = 0;
        for (int i = 0; i < feature->childCount(); ++i) {
            problems += feature->child(i)->text(1) != AuditReport::statusName(AuditFinding::Status::Passed);
        }
        feature->setText(1, problems ? tr("%n to look at", nullptr, problems) : tr("OK"));
        feature->setExpanded(problems > 0);
    }
    applyTones();
    m_findings->resizeColumnToContents(1);
    m_findings->resizeColumnToContents(2);

    m_grid->setRowCount(int(m_report.grid.size()));
    QStringList objects;
    for (int row = 0; row < m_report.grid.size(); ++row) {
        const ObjectAccessRow& access = m_report.grid.at(row);
        objects.append(access.object);
        const ObjectAccessRow::Access values[] = { access.read, access.create, access.edit, access.remove,
            access.viewAll, access.modifyAll };
        for (int column = 0; column < 6; ++column) {
            auto* cell = new QTableWidgetItem(accessText(values[column]));
            cell->setTextAlignment(Qt::AlignCenter);
            m_grid->setItem(row, column, cell);
        }
    }
    m_grid->setVerticalHeaderLabels(objects);
    m_details->setText(tr("Select a finding to see what it breaks and what to change in Salesforce."));
}

void PermissionsPage::showSelectedFinding()
{
    const QTreeWidgetItem* item = m_findings->currentItem();
    if (!item || !item->data(0, Qt::UserRole).isValid()) {
        return;
    }
    const AuditFinding& finding = m_report.findings.at(item->data(0, Qt::UserRole).toInt());
    QString text = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(finding.title.toHtmlEscaped(), AuditReport::statusName(finding.status).toHtmlEscaped(),
                           finding.detail.toHtmlEscaped());
    if (finding.status != AuditFinding::Status::Passed) {
        text += tr("<br><br><b>What it breaks:</b> %1").arg(finding.breaks.toHtmlEscaped());
        if (!finding.fix.isEmpty()) {
            text += tr("<br><b>What to change:</b> %1").arg(finding.fix.toHtmlEscaped());
        }
    }
    m_details->setText(text);
}

void PermissionsPage::openFix()
{
    auto* dialog = new PermissionFixDialog(m_connection, m_document->config().exportSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto changed = std::make_shared<bool>(false);
    connect(dialog, &PermissionFixDialog::applied, this, [changed] { *changed = true; });
    connect(dialog, &QDialog::finished, this, [this, changed] {
        if (*changed) {
            recheck(); // what the connected user may do can have changed too
        }
    });
    dialog->open();
}

void PermissionsPage::confirmSaved(const QString& path)
{
    QMessageBox box(QMessageBox::Information, tr("Report saved"),
        tr("The permission report was saved to %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("reportSavedBox"));
    QPushButton* open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

bool PermissionsPage::exportReport(const QString& path)
{
    PermissionFixPlan plan;
    if (m_hasReport) {
        // The checklist needs the audit's inputs; the report's findings say what is missing.
        plan = PermissionFixPlan::compute(m_inputs, m_report, m_document->config().exportSettings, {});
    }
    const Status written = AtomicFile::write(path, m_report.toHtml(plan.checklistHtml()).toUtf8());
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Could not export the report"), written.errorMessage());
    }
    return written.ok();
}

} // namespace callbridge::ui
