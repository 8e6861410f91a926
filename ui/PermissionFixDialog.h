#pragma once

#include "core/audit/PermissionFixPlan.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace callbridge {
class ConnectionManager;
class PermissionAudit;
class PermissionFixApply;
class QueryStream;
} // namespace callbridge

namespace callbridge::ui {

// "Fix it for me": review → confirm → progress → result. The admin picks the user to fix from
// the org's users (the connected user by default), sees the plan line by line (what changes,
// from what to what, which finding it fixes), exports it as metadata, or applies it after a
// confirmation that names the org and whether it is production; then the user is audited again.
class PermissionFixDialog : public QDialog
{
    Q_OBJECT

public:
    PermissionFixDialog(ConnectionManager* connection, const ExportSettings& exportSettings, QWidget* parent = nullptr);
    ~PermissionFixDialog() override;

    const PermissionFixPlan& plan() const { return m_plan; }

Q_SIGNALS:
    void applied(); // the fix changed the org
    void planReady(); // the audit of the chosen user finished and its plan is shown

private:
    void loadUsers();
    void checkUser();
    void auditFinished(bool afterApply);
    void showPlan();
    void confirm();
    void apply();
    void exportMetadata();
    QString orgText() const;

    ConnectionManager* m_connection;
    ExportSettings m_exportSettings;
    QHash<QString, QString> m_userIds; // by username
    QPointer<QueryStream> m_users;
    QPointer<PermissionAudit> m_audit;
    QPointer<PermissionFixApply> m_apply;
    AuditInputs m_inputs;
    AuditReport m_report;
    PermissionFixPlan m_plan;
    QStringList m_changes;
    bool m_canApply = false;

    QStackedWidget* m_pages;
    QComboBox* m_user;
    QPushButton* m_check;
    QLabel* m_status;
    QTreeWidget* m_lines;
    QCheckBox* m_engage;
    QPushButton* m_export;
    QPushButton* m_review;
    QLabel* m_confirmText;
    QPushButton* m_back;
    QPushButton* m_applyButton;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_result;
    QPushButton* m_close;
};

} // namespace callbridge::ui
