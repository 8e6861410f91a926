#include "ui/UsersPage.h"

#include "ui/CachedDataNote.h"
#include "ui/ColumnFit.h"
#include "ui/SetupStep.h"
#include "ui/StepHeader.h"
#include "ui/users/UserTreeModel.h"

#include "core/cache/CacheStore.h"
#include "core/config/ConfigDocument.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/SalesforceIds.h"
#include "core/users/ProvisioningPlan.h"
#include "core/users/UserDirectoryLoader.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace callbridge::ui {

UsersPage::UsersPage(ConfigDocument* document, ConnectionManager* connection, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_connection(connection)
    , m_model(new UserTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_state(new QLabel(this))
    , m_cacheNote(new CachedDataNote(this))
    , m_search(new QLineEdit(this))
    , m_recordTeam(new QPushButton(tr("Record &team"), this))
    , m_skipTeam(new QPushButton(tr("&Skip team"), this))
    , m_recordAll(new QPushButton(tr("Record &all active"), this))
    , m_export(new QPushButton(tr("&Export plan…"), this))
    , m_reload(new QPushButton(tr("Re&load from Salesforce"), this))
    , m_tree(new QTreeView(this))
{
    auto* header = new StepHeader(SetupStep::Users, this);

    m_state->setObjectName(QStringLiteral("usersState"));
    m_state->setWordWrap(true);
    m_cacheNote->setObjectName(QStringLiteral("usersCacheNote"));
    m_reload->setObjectName(QStringLiteral("reloadUsers"));
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search by name, email or title"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_recordTeam->setToolTip(tr("Record the selected user and everyone who reports to them"));
    m_skipTeam->setToolTip(tr("Stop recording the selected user and everyone who reports to them"));
    m_recordAll->setToolTip(tr("Record every active user, including users added to Salesforce later"));
    m_export->setObjectName(QStringLiteral("exportPlan"));
    m_export->setToolTip(tr("Save who provisioning would create, and under which manager, as a CSV file"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true); // a match keeps its managers visible
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setObjectName(QStringLiteral("userTree"));
    m_tree->setAccessibleName(tr("Users by manager"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // The Problems column stays in view: long names, emails and titles give way first.
    m_columns = new ColumnFit(m_tree, UserTreeModel::ProblemsColumn,
        { UserTreeModel::EmailColumn, UserTreeModel::NameColumn, UserTreeModel::TitleColumn }, 0);

    // The search has a row of its own, wide enough for its placeholder in every language; the
    // actions on the chosen people sit in the row below it.
    auto* search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_reload);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_recordTeam);
    actions->addWidget(m_skipTeam);
    actions->addWidget(m_recordAll);
    actions->addStretch(1);
    actions->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_cacheNote);
    layout->addWidget(m_state);
    layout->addLayout(search);
    layout->addLayout(actions);
    layout->addWidget(m_tree, 1);
    // Tab follows the rows as they are seen.
    setTabOrder(m_search, m_reload);
    setTabOrder(m_reload, m_recordTeam);
    setTabOrder(m_recordTeam, m_skipTeam);
    setTabOrder(m_skipTeam, m_recordAll);
    setTabOrder(m_recordAll, m_export);
    setTabOrder(m_export, m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &UsersPage::setSearchText);
    connect(m_recordTeam, &QPushButton::clicked, this, [this] { recordSelectedTeam(true); });
    connect(m_skipTeam, &QPushButton::clicked, this, [this] { recordSelectedTeam(false); });
    connect(m_recordAll, &QPushButton::clicked, m_model, &UserTreeModel::recordAllActive);
    connect(m_export, &QPushButton::clicked, this, &UsersPage::chooseExportPath);
    connect(m_reload, &QPushButton::clicked, this, &UsersPage::reload);
    connect(m_model, &UserTreeModel::recordedChanged, this, &UsersPage::storeRecorded);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateState);
    connect(m_connection, &ConnectionManager::stateChanged, this, [this] {
        updateReload();
        if (isVisible() && m_connection->isConnected() && m_loadedFor != m_connection->summary().userId) {
            reload(); // connected while the step is open: the cached users give way to the org's
        }
    });
    updateState();
    updateReload();
    m_state->setText(tr("Connect to Salesforce first: the users come from the connected org."));
}

void UsersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const bool connected = m_connection->isConnected();
    if (connected && !m_loader && m_loadedFor != m_connection->summary().userId) {
        reload();
    } else if (!connected && m_model->hierarchy().size() == 0) {
        showCached();
    }
}

void UsersPage::updateReload()
{
    const bool connected = m_connection->isConnected();
    m_reload->setEnabled(connected && !m_loader);
    m_reload->setToolTip(connected ? QString() : tr("Connect to Salesforce to reload the users"));
}

void UsersPage::showCached()
{
    const ConnectionSettings& saved = m_document->config().connection;
    if (!isOrgId(saved.orgId)) {
        return; // never connected: nothing was imported
    }
    const QString path = CacheStore::pathFor(m_document->store().directory(), saved.orgId);
    if (!QFileInfo::exists(path)) {
        return; // opening would make an empty cache
    }
    CacheStore cache;
    if (!cache.open(path, saved.orgId).ok()) {
        return;
    }
    const UserHierarchy hierarchy = UserDirectoryLoader::cachedHierarchy(cache);
    const QDateTime importedAt = cache.importedAt(QStringLiteral("User"));
    cache.close();
    if (hierarchy.size() == 0) {
        return;
    }
    m_model->setHierarchy(hierarchy, m_document->config().recordedUsers);
    m_tree->expandToDepth(1);
    m_cacheNote->showCached(saved, importedAt);
    updateState();
}

void UsersPage::reload()
{
    if (m_loader || !m_connection->isConnected()) {
        return;
    }
    m_state->setText(tr("Reading the users from Salesforce…"));
    m_loader = new UserDirectoryLoader(m_connection->client(), this);
    UserDirectoryLoader* loader = m_loader;
    connect(loader, &UserDirectoryLoader::progress, this, [this](qint64 received, qint64 total) {
        m_state->setText(tr("Reading the users from Salesforce… %L1 of %L2").arg(received).arg(total));
    });
    connect(loader, &UserDirectoryLoader::finished, this, [this, loader] {
        loader->deleteLater();
        m_loader = nullptr;
        updateReload();
        if (!loader->ok()) {
            m_state->setText(tr("The users could not be read: %1").arg(loader->error().toString()));
            return;
        }
        m_loadedFor = m_connection->summary().userId;
        m_model->setHierarchy(loader->hierarchy(), m_document->config().recordedUsers);
        m_tree->expandToDepth(1);
        m_cacheNote->hide();
        updateState();
        Q_EMIT loaded();
    });
    updateReload();
    loader->start();
}

void UsersPage::setSearchText(const QString& text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty()) {
        m_tree->expandAll();
    }
}

int UsersPage::selectedUser() const
{
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().data(UserTreeModel::UserIndexRole).toInt();
}

void UsersPage::recordSelectedTeam(bool recorded)
{
    const int user = selectedUser();
    if (user >= 0) {
        m_model->setRecorded(m_model->hierarchy().subtree(user), recorded);
    }
}

bool UsersPage::exportPlan(const QString& path)
{
    const Status status = ProvisioningPlan::write(path, m_model->hierarchy(), m_model->recordedUsers());
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Could not export the plan"), status.errorMessage());
        return false;
    }
    return true;
}

void UsersPage::chooseExportPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export provisioning plan"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/callbridge-provisioning.csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportPlan(path)) {
        m_state->setText(tr("Plan exported to %1.").arg(path));
    }
}

void UsersPage::storeRecorded()
{
    IntegrationConfig config = m_document->config();
    config.recordedUsers = m_model->recordedUsers();
    m_document->setConfig(config);
    updateState();
}

void UsersPage::updateState()
{
    const bool loaded = m_model->hierarchy().size() > 0;
    const bool hasSelection = loaded && selectedUser() >= 0;
    m_recordTeam->setEnabled(hasSelection);
    m_skipTeam->setEnabled(hasSelection);
    m_recordAll->setEnabled(loaded && !m_model->recordsAllActive());
    m_export->setEnabled(loaded);
    if (!loaded) {
        return;
    }
    const UserHierarchy& hierarchy = m_model->hierarchy();
    // Room for the problems when there are some; their title alone otherwise.
    m_columns->setStretchMinimum(hierarchy.problemCount() > 0 ? fontMetrics().averageCharWidth() * 24 : 0);
    QString text = m_model->recordsAllActive()
        ? tr("Users: %L1. Every active user is recorded until you choose.").arg(hierarchy.size())
        : tr("Users: %L1. Recorded: %L2.").arg(hierarchy.size()).arg(m_model->recordedCount());
    if (hierarchy.problemCount() > 0) {
        text += QLatin1Char(' ')
            + tr("⚠ Users with hierarchy problems (a missing or inactive manager, a cycle, a shared email): %L1. "
                 "Provisioning places them as shown.")
                  .arg(hierarchy.problemCount());
    }
    m_state->setText(text);
}

} // namespace callbridge::ui
