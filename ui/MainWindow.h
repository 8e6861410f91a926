#pragma once

#include "ui/SetupStep.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
} // namespace callbridge

namespace callbridge::ui {

class ImportDialog;

// The console's frame: the setup steps in a sidebar, the current step's page, the File menu
// for the config document, and a status bar with the connection state and API usage.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConfigDocument* document, QWidget* parent = nullptr);

    void showStep(SetupStep step);
    // Puts a built page in place of the "not available yet" one.
    void setStepPage(SetupStep step, QWidget* page);
    // Shows the connection's state and API usage in the status bar.
    void attachConnection(ConnectionManager* connection);
    SetupStep currentStep() const;
    // Data > Import from Salesforce: one import dialog at a time.
    ImportDialog* openImport();

    // File > Open calls…: the preview page opens the file.
    void setOpenCallsHandler(std::function<void()> handler);
    // Data > Export calls…: the export run's dialog.
    void setExportRunHandler(std::function<void()> handler);
    // File > Preferences: the data folder in use, and what "Clear cached data" runs (it returns
    // the outcome to show).
    void setDataDirectory(const QString& directory) { m_dataDirectory = directory; }
    void setClearCacheHandler(std::function<QString()> handler) { m_clearCache = std::move(handler); }
    void showPreferences();
    // After a language or data folder change: Callbridge starts again (instead of the default,
    // a new process with the same arguments, tests pass their own).
    void setRestartHandler(std::function<void()> handler) { m_restart = std::move(handler); }
    // F1: the current step's "Learn more" panel.
    void toggleStepHelp();

    // The size and place the window had when it was last closed (the app calls this at start;
    // closing saves them).
    void restoreLayout();

    void setConnectionState(const QString& text);
    void setApiUsage(qint64 used, qint64 max);

Q_SIGNALS:
    void importFinished();
    void cachedDataCleared(); // Preferences > Clear cached data

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void addStep(SetupStep step, QWidget* page);

    bool save();
    void importConfig();
    void exportConfig();
    void showAbout();
    void offerRestart();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();

    ConfigDocument* m_document;
    std::function<void()> m_exportRun;
    QAction* m_exportRunAction = nullptr;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_apiUsageLabel = nullptr;
    QAction* m_importAction = nullptr;
    ConnectionManager* m_connection = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QAction* m_openCallsAction = nullptr;
    std::function<void()> m_openCalls;
    QString m_dataDirectory;
    std::function<QString()> m_clearCache;
    std::function<void()> m_restart;
};

} // namespace callbridge::ui
