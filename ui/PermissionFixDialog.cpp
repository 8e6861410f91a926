#include "ui/PermissionFixDialog.h"

#include "core/audit/PermissionAudit.h"
#include "core/audit/PermissionFixApply.h"
#include "core/audit/PermissionSetMetadata.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/QueryStream.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

enum Page { Review, Confirm, Progress, Result };

QWidget* pageWith(QWidget* parent, const QList<QWidget*>& widgets, const QList<QPushButton*>& buttons)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    for (QWidget* widget : widgets) {
        layout->addWidget(widget, widget->inherits("QTreeWidget") ? 1 : 0);
    }
    layout->addStretch();
    auto* row = new QHBoxLayout;
    row->addStretch();
    for (QPushButton* button : buttons) {
        row->addWidget(button);
    }
    layout->addLayout(row);
    return page;
}

} // namespace

PermissionFixDialog::PermissionFixDialog(
    ConnectionManager* connection, const ExportSettings& exportSettings, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_exportSettings(exportSettings)
    , m_pages(new QStackedWidget(this))
    , m_user(new QComboBox(this))
    , m_check(new QPushButton(tr("C&heck this user"), this))
    , m_status(new QLabel(this))
    , m_lines(new QTreeWidget(this))
    , m_engage(new QCheckBox(tr("Include the &Engage extras (Modify All on the CRM objects)"), this))
    , m_export(new QPushButton(tr("E&xport as metadata…"), this))
    , m_review(new QPushButton(tr("&Apply in Salesforce…"), this))
    , m_confirmText(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_applyButton(new QPushButton(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_result(new QLabel(this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setWindowTitle(tr("Fix the integration user's permissions"));
    m_user->setObjectName(QStringLiteral("fixUser"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setAccessibleName(tr("User to fix"));
    m_user->setMinimumContentsLength(40);
    m_user->setEditText(connection->summary().username);
    m_check->setObjectName(QStringLiteral("fixCheckButton"));
    m_status->setObjectName(QStringLiteral("fixStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A stacked page does not ask a wrapped label for its height: room for four lines.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 4 + 4);
    m_lines->setObjectName(QStringLiteral("fixPlanLines"));
    m_lines->setAccessibleName(tr("What the fix changes"));
    m_lines->setColumnCount(4);
    m_lines->setHeaderLabels({ tr("Permission"), tr("Now"), tr("After"), tr("Why") });
    m_lines->setRootIsDecorated(false);
    m_lines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->header()->setStretchLastSection(false);
    m_engage->setObjectName(QStringLiteral("fixEngage"));
    m_export->setObjectName(QStringLiteral("fixExportButton"));
    m_review->setObjectName(QStringLiteral("fixReviewButton"));
    m_confirmText->setObjectName(QStringLiteral("fixConfirmText"));
    m_confirmText->setWordWrap(true);
    m_applyButton->setObjectName(QStringLiteral("fixApplyButton"));
    m_progressText->setObjectName(QStringLiteral("fixProgressText"));
    m_progress->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("fixCancelButton"));
    m_result->setObjectName(QStringLiteral("fixResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("fixCloseButton"));

    auto* userRow = new QWidget(this);
    auto* userLayout = new QHBoxLayout(userRow);
    userLayout->setContentsMargins(0, 0, 0, 0);
    auto* userLabel = new QLabel(tr("&User:"), userRow);
    userLabel->setBuddy(m_user);
    userLayout->addWidget(userLabel);
    userLayout->addWidget(m_user, 1);
    userLayout->addWidget(m_check);
    m_pages->addWidget(pageWith(this, { userRow, m_status, m_lines, m_engage }, { m_export, m_review }));
    m_pages->addWidget(pageWith(this, { m_confirmText }, { m_back, m_applyButton }));
    m_pages->addWidget(pageWith(this, { m_progressText, m_progress }, { m_cancel }));
    m_pages->addWidget(pageWith(this, { m_result }, { m_close }));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(760, 520);

    connect(m_check, &QPushButton::clicked, this, &PermissionFixDialog::checkUser);
    connect(m_user->lineEdit(), &QLineEdit::returnPressed, this, &PermissionFixDialog::checkUser);
    connect(m_engage, &QCheckBox::toggled, this, [this] {
        if (!m_audit) {
            showPlan();
        }
    });
    connect(m_export, &QPushButton::clicked, this, &PermissionFixDialog::exportMetadata);
    connect(m_review, &QPushButton::clicked, this, &PermissionFixDialog::confirm);
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(Review); });
    connect(m_applyButton, &QPushButton::clicked, this, &PermissionFixDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_apply) {
            m_apply->cancel();
        }
        if (m_audit) {
            m_audit->cancel();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_export->setEnabled(false);
    m_review->setEnabled(false);
    loadUsers();
    checkUser();
}

PermissionFixDialog::~PermissionFixDialog() = default;

QString PermissionFixDialog::orgText() const
{
    return PermissionFixApply::describeOrg(m_connection->summary());
}

void PermissionFixDialog::loadUsers()
{
    auto* users = new QueryStream(m_connection->client(),
        QStringLiteral("SELECT Id, Username FROM User WHERE IsActive = true ORDER BY Username"), false,
        QueryStream::maxBatchSize, this);
    m_users = users;
    connect(users, &QueryStream::page, this, [this](const QJsonArray& records) {
        const QString typed = m_user->currentText();
        for (const QJsonValue& value : records) {
            const QString username = value.toObject().value(QStringLiteral("Username")).toString();
            m_userIds.insert(username, value.toObject().value(QStringLiteral("Id")).toString());
            m_user->addItem(username);
        }
        m_user->setEditText(typed);
    });
    connect(users, &QueryStream::finished, users, &QObject::deleteLater);
    users->start();
}

void PermissionFixDialog::checkUser()
{
    if (m_audit) {
        return;
    }
    const QString username = m_user->currentText().trimmed();
    const ConnectionSummary summary = m_connection->summary();
    const QString userId = username == summary.username ? summary.userId : m_userIds.value(username);
    if (userId.isEmpty()) {
        m_status->setText(tr("There is no active user %1 in this org.").arg(username));
        return;
    }
    m_audit = new PermissionAudit(m_connection->client(), summary, m_exportSettings, this);
    m_audit->auditUser(userId, username);
    connect(m_audit, &PermissionAudit::progress, m_status, &QLabel::setText);
    connect(m_audit, &PermissionAudit::finished, this, [this] { auditFinished(false); });
    m_check->setEnabled(false);
    m_review->setEnabled(false);
    m_export->setEnabled(false);
    m_audit->start();
}

void PermissionFixDialog::auditFinished(bool afterApply)
{
    PermissionAudit* audit = m_audit;
    audit->deleteLater();
    m_audit.clear();
    m_check->setEnabled(true);
    if (!audit->ok()) {
        m_status->setText(tr("The audit could not finish: %1").arg(audit->error().toString()));
        m_result->setText(m_status->text());
        if (afterApply) {
            m_pages->setCurrentIndex(Result);
        }
        return;
    }
    m_inputs = audit->inputs();
    m_report = audit->report();
    m_canApply = audit->canApplyFixes();
    if (afterApply) {
        QStringList lines { tr("<b>Changed in %1:</b>").arg(orgText().toHtmlEscaped()) };
        for (const QString& change : m_changes) {
            lines.append(QStringLiteral("• ") + change.toHtmlEscaped());
        }
        if (m_changes.isEmpty()) {
            lines = QStringList { tr("Nothing needed changing in %1.").arg(orgText().toHtmlEscaped()) };
        }
        lines.append(tr("<b>Audited again:</b> %1").arg(m_report.verdictText().toHtmlEscaped()));
        m_result->setText(lines.join(QStringLiteral("<br>")));
        m_pages->setCurrentIndex(Result);
        return;
    }
    showPlan();
    Q_EMIT planReady();
}

void PermissionFixDialog::showPlan()
{
    PermissionFixPlan::Options options;
    options.engage = m_engage->isChecked();
    m_plan = PermissionFixPlan::compute(m_inputs, m_report, m_exportSettings, options);
    m_lines->clear();
    for (const PermissionFixLine& line : m_plan.lines) {
        auto* item = new QTreeWidgetItem(m_lines,
            { line.what(), PermissionFixLine::yesNo(line.before), PermissionFixLine::yesNo(line.after), line.why() });
        item->setToolTip(0, line.setupPath(PermissionFixPlan::setLabel(), m_plan.username));
        item->setToolTip(3, line.why()); // a line can fix several findings: the whole list
    }
    for (int column = 1; column < 4; ++column) {
        m_lines->resizeColumnToContents(column);
    }
    QString status = m_plan.isEmpty()
        ? tr("%1: %2 Nothing to fix.").arg(m_plan.username, m_report.verdictText())
        : tr("%1: %2 The permission set “%3” fixes it with the %n change(s) below.", nullptr, int(m_plan.lines.size()))
              .arg(m_plan.username, m_report.verdictText(), PermissionFixPlan::setLabel());
    if (!m_plan.notFixed.isEmpty()) {
        status += QLatin1Char(' ') + m_plan.notFixed.join(QLatin1Char(' '));
    }
    if (!m_plan.isEmpty() && !m_canApply) {
        status += QLatin1Char(' ')
            + tr("You cannot apply it as %1 (it needs Manage Profiles and Permission Sets and Assign Permission "
                 "Sets): export it and ask an admin.")
                  .arg(m_connection->summary().username);
    }
    m_status->setText(status);
    m_export->setEnabled(!m_plan.grantsNothing());
    m_review->setEnabled(!m_plan.isEmpty() && m_canApply);
}

void PermissionFixDialog::confirm()
{
    m_confirmText->setText(tr("<p>This changes permissions in <b>%1</b>.</p><p>It creates or updates the "
                              "permission set “%2” (%3) with %n change(s) and assigns it to <b>%4</b>. "
                              "Nothing else is changed.</p>",
        nullptr, int(m_plan.lines.size()))
                               .arg(orgText().toHtmlEscaped(), PermissionFixPlan::setLabel(),
                                   PermissionFixPlan::setName(), m_plan.username.toHtmlEscaped()));
    m_applyButton->setText(tr("Change %1").arg(orgText()));
    m_pages->setCurrentIndex(Confirm);
    m_applyButton->setFocus();
}

void PermissionFixDialog::apply()
{
    if (m_apply) {
        return;
    }
    m_apply = new PermissionFixApply(m_connection->client(), m_plan, this);
    connect(m_apply, &PermissionFixApply::progress, this, [this](const QString& step, int done, int total) {
        m_progressText->setText(step);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    PermissionFixApply* job = m_apply;
    connect(job, &PermissionFixApply::finished, this, [this, job] {
        job->deleteLater();
        m_apply.clear();
        if (!job->ok()) {
            m_result->setText(job->error().kind == SalesforceError::Kind::Cancelled
                    ? tr("Cancelled.")
                    : tr("The fix was not applied in %1: %2").arg(orgText(), job->error().toString()));
            m_pages->setCurrentIndex(Result);
            return;
        }
        m_changes = job->changes();
        if (!m_changes.isEmpty()) {
            Q_EMIT applied();
        }
        m_progressText->setText(tr("Auditing %1 again…").arg(m_plan.username));
        m_progress->setRange(0, 0);
        m_audit = new PermissionAudit(m_connection->client(), m_connection->summary(), m_exportSettings, this);
        m_audit->auditUser(m_plan.userId, m_plan.username);
        connect(m_audit, &PermissionAudit::finished, this, [this] { auditFinished(true); });
        m_audit->start();
    });
    m_pages->setCurrentIndex(Progress);
    m_cancel->setFocus();
    m_apply->start();
}

void PermissionFixDialog::exportMetadata()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Export the permission set as metadata"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (directory.isEmpty()) {
        return;
    }
    const Status written =
        PermissionSetMetadata::write(m_plan.content(), directory, m_connection->client()->apiVersion());
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Could not export the permission set"), written.errorMessage());
        return;
    }
    m_status->setText(tr("Wrote %1 and package.xml: deploy them with “sf project deploy start --manifest "
                         "package.xml” or a change set.")
                          .arg(PermissionSetMetadata::permissionSetPath(directory, PermissionFixPlan::setName())));
}

} // namespace callbridge::ui
