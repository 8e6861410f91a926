#pragma once

#include "core/exporting/ExportRunItems.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace callbridge {
class CallExportRun;
class ConfigDocument;
class ConnectionManager;
class ExportWorkspace;
} // namespace callbridge

namespace callbridge::ui {

// Data > Export calls…: what the run will write (the calls the saved filter passes that are new
// or changed since the last run, and the deleted ones) and its API cost against the org's
// remaining daily requests; then the run itself (core's CallExportRun) with progress, cancel,
// and the calls that failed. A run cancelled or cut off resumes the next time.
class ExportRunDialog : public QDialog
{
    Q_OBJECT

public:
    ExportRunDialog(
        ConnectionManager* connection, ConfigDocument* document, ExportWorkspace* workspace, QWidget* parent = nullptr);
    ~ExportRunDialog() override;

    bool isRunning() const;
    // Recomputes what to export from the loaded calls and the saved setup.
    void refresh();

private:
    void plansReady();
    void start();
    void stop();
    void runFinished();

    ConnectionManager* m_connection;
    ConfigDocument* m_document;
    ExportWorkspace* m_workspace;
    QLabel* m_summary;
    QLabel* m_budget;
    QProgressBar* m_progress;
    QPlainTextEdit* m_failures;
    QPushButton* m_start;
    QPushButton* m_close;
    QList<ExportItem> m_items;
    std::unique_ptr<ExportLedger> m_ledger;
    QPointer<CallExportRun> m_run;
    bool m_waitingForPlans = false;
};

} // namespace callbridge::ui
