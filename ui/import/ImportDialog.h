#pragma once

#include "core/sync/ImportOperation.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableView;
class QTimer;

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
} // namespace callbridge

namespace callbridge::ui {

class ImportProgressModel;

// Imports the selected fields into the org's local cache and shows it happen: one row per
// object with records, rate and time left, an overall bar, and Cancel. Cancel keeps what was
// read; the next import continues from there.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(ConnectionManager* connection, ConfigDocument* document, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void start();
    ImportRun* importRun() const;
    bool isRunning() const;

    void reject() override;

Q_SIGNALS:
    void importFinished();

private:
    void updateOverall();
    void showOutcome();

    ConnectionManager* m_connection;
    ConfigDocument* m_document;
    QPointer<ImportOperation> m_operation;
    ImportProgressModel* m_model;
    QLabel* m_summary;
    QLabel* m_waiting; // what the import has been waiting for, when it waits long
    QTimer* m_waitingCheck;
    QTableView* m_table;
    QProgressBar* m_overall;
    QDialogButtonBox* m_buttons;
};

} // namespace callbridge::ui
