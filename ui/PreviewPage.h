#pragma once

#include "core/exporting/ExportPreview.h"

#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QProgressBar;
class QTimer;

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
class ExportWorkspace;
class TestExport;
} // namespace callbridge

namespace callbridge::ui {

class PreviewFilterProxy;
class PreviewModel;

// Which calls export and to which records, before anything is sent; the totals, the API
// budget, what the edited filter changes for past calls; and a test export of one call.
class PreviewPage : public QWidget
{
    Q_OBJECT

public:
    PreviewPage(
        ConfigDocument* document, ExportWorkspace* workspace, ConnectionManager* connection, QWidget* parent = nullptr);
    ~PreviewPage() override;

    // Reads the file off the GUI thread, saying so; its problems are shown when it has some.
    void openCallsFile(const QString& path);
    void openCallsDialog();

    QLabel* totalsLabel() const { return m_totals; }
    QLabel* changesLabel() const { return m_changes; }
    QTableView* table() const { return m_table; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent* event) override; // a new palette (light/dark): the problem's colour follows
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void callsFileRead(const QString& path, const QStringList& errors);
    void refresh();
    void showPreview();
    // The API budget line, from the allowance the status bar shows too (DailyApiAllowance::newest).
    void showBudget();
    // "12 of 600 calls shown" while a search or a choice hides some.
    void showShownCount();
    // While the filter being edited is not valid: says so, and that the last valid one is shown.
    void showFilterProblem();
    void sizeColumns();
    void showDetails();
    QString detailsHtml(const ExportPreview::CallPlan& plan) const;
    void openDetailsWindow(const QModelIndex& index); // a double-click on a call
    void restoreSelection();
    void readLimits();
    void sendSelected();
    void deleteSelected();
    const ExportPreview::CallPlan* selectedPlan() const;
    bool sendAllowed(QString* why) const;

    ConfigDocument* m_document;
    ExportWorkspace* m_workspace;
    ConnectionManager* m_connection;
    TestExport* m_testExport = nullptr;
    PreviewModel* m_model;
    PreviewFilterProxy* m_proxy;
    ExportBudget m_budget;
    qint64 m_apiCalls = 0; // the newest preview's
    QLabel* m_callsLabel;
    QLabel* m_totals;
    QLabel* m_budgetLabel;
    QLabel* m_changes;
    QLabel* m_filterProblem;
    QPushButton* m_backToFilter;
    QLineEdit* m_search;
    QLabel* m_shownCount;
    QComboBox* m_show;
    QTableView* m_table;
    QTextBrowser* m_details;
    QSplitter* m_splitter;
    QTimer* m_saveSplit; // a drag moves the splitter many times: saved once it rests
    // Shown while a preview is computed, once that has taken longer than a blink.
    QProgressBar* m_busy;
    QTimer* m_busyDelay;
    QDialog* m_detailsWindow = nullptr;
    QPushButton* m_send;
    QPushButton* m_delete;
    QLabel* m_status;
    QString m_selectedCallId; // kept across recomputed previews
};

} // namespace callbridge::ui
