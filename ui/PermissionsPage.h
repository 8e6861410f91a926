#pragma once

#include "core/audit/PermissionEvaluator.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
class PermissionAudit;
} // namespace callbridge

namespace callbridge::ui {

// The Permissions step: audits the connected user against what the integration needs and
// shows the verdict, the findings by feature with the exact Salesforce setting to change,
// and the object x permission grid. The report can be exported as HTML for the Salesforce owner,
// with the fix as a checklist; "Fix it for me" opens PermissionFixDialog.
class PermissionsPage : public QWidget
{
    Q_OBJECT

public:
    PermissionsPage(ConfigDocument* document, ConnectionManager* connection, QWidget* parent = nullptr);

    void recheck();
    void cancel();
    bool exportReport(const QString& path);
    const AuditReport& report() const { return m_report; }

Q_SIGNALS:
    void auditFinished();

protected:
    void changeEvent(QEvent* event) override; // a new palette (light/dark): the verdict's colours follow
    void showEvent(QShowEvent* event) override;

private:
    void showReport();
    void applyTones(); // the verdict's and the findings' colours, for the palette in use
    void showSelectedFinding();
    void updateState();
    void openFix();
    // After the report was saved from the Export button: says where, offers to open it.
    void confirmSaved(const QString& path);

    ConfigDocument* m_document;
    ConnectionManager* m_connection;
    QPointer<PermissionAudit> m_audit;
    AuditReport m_report;
    AuditInputs m_inputs;
    bool m_hasReport = false;
    QString m_reportFor; // the user the report is about
    QLabel* m_verdict;
    QProgressBar* m_progress;
    QPushButton* m_recheck;
    QPushButton* m_cancel;
    QPushButton* m_export;
    QPushButton* m_fix;
    QTreeWidget* m_findings;
    QLabel* m_details;
    QTableWidget* m_grid;
};

} // namespace callbridge::ui
