#pragma once

#include "core/exporting/ExportPreview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

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

    bool openCallsFile(const QString& path); // shows the reader's errors on failure
    void openCallsDialog();

    QLabel* totalsLabel() const { return m_totals; }
    QLabel* changesLabel() const { return m_changes; }
    QTableView* table() const { return m_table; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* statusLabel() const { return m_status; }

private:
    void refresh();
    void showPreview();
    void sizeColumns();
    void showDetails();
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
    QLabel* m_callsLabel;
    QLabel* m_totals;
    QLabel* m_budgetLabel;
    QLabel* m_changes;
    QLineEdit* m_search;
    QComboBox* m_show;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_send;
    QPushButton* m_delete;
    QLabel* m_status;
    QString m_selectedCallId; // kept across recomputed previews
};

} // namespace callbridge::ui
