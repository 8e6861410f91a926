#include "ui/MainWindow.h"

#include "ui/AboutDialog.h"
#include "ui/ConfigErrorsDialog.h"
#include "ui/NotBuiltPage.h"
#include "ui/PreferencesDialog.h"
#include "ui/StepHeader.h"
#include "ui/import/ImportDialog.h"

#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/DailyApiAllowance.h"
#include "core/salesforce/RestClient.h"
#include "core/settings/Preferences.h"

#include <callbridge/Version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace callbridge::ui {

MainWindow::MainWindow(ConfigDocument* document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    // Qt adds the application's name (" — Callbridge") where the platform shows it, unless the
    // title ends with it, which "Callbridge*" does not: the title names what is being edited.
    setWindowTitle(tr("Integration setup[*]"));
    m_sidebar->setObjectName(QStringLiteral("stepSidebar"));
    m_sidebar->setAccessibleName(tr("Setup steps"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(4);
    m_pages->setObjectName(QStringLiteral("stepPages"));

    for (SetupStep step : allSetupSteps()) {
        addStep(step, new NotBuiltPage(step, m_pages));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
    // Wide enough for the longest step title in the language in use: never scrolled, never cut.
    int widest = 0;
    for (int row = 0; row < m_sidebar->count(); ++row) {
        widest = qMax(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(row)->text()));
    }
    m_sidebar->setMinimumWidth(widest + 4 * m_sidebar->spacing() + 2 * m_sidebar->frameWidth() + 16);
    m_sidebar->setMaximumWidth(qMax(200, m_sidebar->minimumWidth()));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    setWindowModified(m_document->isModified());
    connect(m_document, &ConfigDocument::modifiedChanged, this, &QWidget::setWindowModified);
    // 960 × 640, or less on a small or strongly scaled screen.
    const QSize available = screen()->availableGeometry().size() * 0.9;
    resize(QSize(960, 640).boundedTo(available));
}

void MainWindow::addStep(SetupStep step, QWidget* page)
{
    m_sidebar->addItem(setupStepTitle(step));
    m_pages->addWidget(page);
}

void MainWindow::showStep(SetupStep step)
{
    m_sidebar->setCurrentRow(static_cast<int>(allSetupSteps().indexOf(step)));
}

void MainWindow::setStepPage(SetupStep step, QWidget* page)
{
    const int index = static_cast<int>(allSetupSteps().indexOf(step));
    QWidget* old = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_sidebar->currentRow());
}

void MainWindow::attachConnection(ConnectionManager* connection)
{
    auto update = [this, connection] {
        const ConnectionSummary& summary = connection->summary();
        switch (connection->state()) {
        case ConnectionManager::State::Connected:
            setConnectionState(tr("Connected to %1 as %2").arg(summary.orgName, summary.username));
            break;
        case ConnectionManager::State::SessionOnly:
            setConnectionState(tr("Connected to %1 for this session only").arg(summary.orgName));
            break;
        case ConnectionManager::State::Connecting:
            setConnectionState(tr("Connecting…"));
            break;
        case ConnectionManager::State::Disconnected:
            setConnectionState(tr("Not connected"));
            break;
        }
    };
    connect(connection, &ConnectionManager::stateChanged, this, update);
    connect(connection->client(), &RestClient::apiUsageChanged, this, [this, client = connection->client()] {
        const DailyApiAllowance::Usage usage = DailyApiAllowance::newest(client); // what the preview shows too
        setApiUsage(usage.used, usage.max);
    });
    update();
    m_connection = connection;
    auto updateImport = [this, connection] {
        m_importAction->setEnabled(connection->isConnected());
    };
    connect(connection, &ConnectionManager::stateChanged, this, updateImport);
    updateImport();
}

ImportDialog* MainWindow::openImport()
{
    if (m_importDialog && m_importDialog->isRunning()) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return m_importDialog;
    }
    if (m_importDialog) {
        m_importDialog->deleteLater();
    }
    m_importDialog = new ImportDialog(m_connection, m_document, this);
    connect(m_importDialog, &ImportDialog::importFinished, this, &MainWindow::importFinished);
    m_importDialog->show();
    m_importDialog->start();
    return m_importDialog;
}

void MainWindow::setOpenCallsHandler(std::function<void()> handler)
{
    m_openCalls = std::move(handler);
    m_openCallsAction->setEnabled(bool(m_openCalls));
}

void MainWindow::setExportRunHandler(std::function<void()> handler)
{
    m_exportRun = std::move(handler);
    m_exportRunAction->setEnabled(bool(m_exportRun));
}

SetupStep MainWindow::currentStep() const
{
    return allSetupSteps().value(m_sidebar->currentRow(), SetupStep::Connection);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* saveAction = file->addAction(tr("&Save setup"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("&Import setup…"), this, &MainWindow::importConfig);
    file->addAction(tr("&Export setup…"), this, &MainWindow::exportConfig);
    file->addSeparator();
    m_openCallsAction = file->addAction(tr("Open &calls…"), this, [this] {
        if (m_openCalls) {
            showStep(SetupStep::Preview);
            m_openCalls();
        }
    });
    m_openCallsAction->setShortcut(QKeySequence::Open);
    m_openCallsAction->setEnabled(false); // until the preview page is in place
    file->addSeparator();
    QAction* preferencesAction = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* dataMenu = menuBar()->addMenu(tr("&Data"));
    m_importAction = dataMenu->addAction(tr("&Import from Salesforce…"), this, &MainWindow::openImport);
    m_exportRunAction = dataMenu->addAction(tr("&Export calls…"), this, [this] {
        if (m_exportRun) {
            m_exportRun();
        }
    });
    m_exportRunAction->setEnabled(false);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importAction->setEnabled(false); // until connected

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* stepHelp = help->addAction(tr("&Help for this step"), this, &MainWindow::toggleStepHelp);
    stepHelp->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Callbridge"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_apiUsageLabel = new QLabel(this);
    m_apiUsageLabel->setObjectName(QStringLiteral("apiUsage"));
    m_apiUsageLabel->hide(); // shown once Salesforce has told us the usage
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_apiUsageLabel);
    setConnectionState(tr("Not connected"));
}

void MainWindow::setConnectionState(const QString& text)
{
    m_connectionLabel->setText(text);
    // Never cut: the window keeps room for the whole state (the status bar would squeeze it).
    m_connectionLabel->setMinimumWidth(m_connectionLabel->sizeHint().width());
}

void MainWindow::setApiUsage(qint64 used, qint64 max)
{
    m_apiUsageLabel->setText(tr("API requests today: %L1 of %L2").arg(used).arg(max));
    m_apiUsageLabel->show();
}

bool MainWindow::save()
{
    const Status status = m_document->save();
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Could not save the setup"), status.errorMessage());
        return false;
    }
    statusBar()->showMessage(tr("Setup saved"), 3000);
    return true;
}

void MainWindow::importConfig()
{
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import setup"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Callbridge setup (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const ConfigErrors errors = m_document->importFrom(path);
    if (!errors.isEmpty()) {
        ConfigErrorsDialog dialog(path, errors, ConfigErrorsDialog::Purpose::Import, this);
        dialog.exec();
        return;
    }
    statusBar()->showMessage(tr("Imported %1 — save to keep it").arg(path), 5000);
}

void MainWindow::exportConfig()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export setup"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/callbridge-setup.json"),
        tr("Callbridge setup (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const Status status = m_document->exportTo(path);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Could not export the setup"), status.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::toggleStepHelp()
{
    if (auto* header = m_pages->currentWidget()->findChild<StepHeader*>()) {
        header->setLearnMoreShown(!header->isLearnMoreShown());
    }
}

void MainWindow::showPreferences()
{
    const Preferences before = Preferences::loadForThisUser();
    PreferencesDialog dialog(before, m_dataDirectory, this);
    if (!m_clearCache) {
        dialog.setClearCacheEnabled(false);
    } else if (m_importDialog && m_importDialog->isVisible()) {
        // A closed import dialog is kept (hidden) until the next import; only an open one
        // (or a running import, which keeps it open) holds the cache.
        dialog.setClearCacheEnabled(false, tr("An import is open: close it first."));
    }
    connect(&dialog, &PreferencesDialog::clearCacheRequested, this, [this, &dialog] {
        dialog.showClearCacheResult(m_clearCache());
        Q_EMIT cachedDataCleared();
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Preferences chosen = dialog.preferences();
    chosen.saveForThisUser();
    chosen.applyProxy();
    chosen.applyLogLevel();
    if (chosen.language != before.language || chosen.effectiveDataDirectory() != before.effectiveDataDirectory()) {
        offerRestart();
    }
}

void MainWindow::offerRestart()
{
    QMessageBox box(QMessageBox::Question, tr("Restart Callbridge?"),
        tr("The language and the data folder change when Callbridge starts again. Restart it now?"),
        QMessageBox::NoButton, this);
    QPushButton* restart = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() != restart || !close()) { // close() asks about unsaved changes first
        return;
    }
    if (m_restart) {
        m_restart();
    } else {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    }
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified()) {
        return true;
    }
    const auto answer =
        QMessageBox::question(this, tr("Unsaved changes"), tr("The setup has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    return answer == QMessageBox::Discard || save();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = Preferences::windowLayout(QStringLiteral("mainWindow"));
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry); // Qt keeps it on a screen that is there now
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave()) {
        Preferences::saveWindowLayout(QStringLiteral("mainWindow"), saveGeometry());
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace callbridge::ui
