#include "ui/FieldsPage.h"

#include "core/cache/CacheStore.h"

#include "ui/CachedDataNote.h"
#include "ui/ColumnFit.h"
#include "ui/SetupStep.h"
#include "ui/StepHeader.h"
#include "ui/fields/FieldFilterProxy.h"
#include "ui/fields/FieldTreeModel.h"
#include "ui/fields/LockedRowDelegate.h"

#include "core/config/ConfigDocument.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/fields/FieldSelection.h"
#include "core/salesforce/ConnectionManager.h"
#include "core/salesforce/SalesforceIds.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace callbridge::ui {

FieldsPage::FieldsPage(ConfigDocument* document, ConnectionManager* connection, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_connection(connection)
    , m_model(new FieldTreeModel(this))
    , m_proxy(new FieldFilterProxy(this))
    , m_state(new QLabel(this))
    , m_messages(new QLabel(this))
    , m_cacheNote(new CachedDataNote(this))
    , m_search(new QLineEdit(this))
    , m_restore(new QPushButton(tr("Restore &recommended"), this))
    , m_reload(new QPushButton(tr("Re&load from Salesforce"), this))
    , m_tree(new QTreeView(this))
{
    auto* header = new StepHeader(SetupStep::Fields, this);

    m_state->setObjectName(QStringLiteral("fieldsState"));
    m_state->setWordWrap(true);
    m_messages->setObjectName(QStringLiteral("fieldsMessages"));
    m_messages->setWordWrap(true);
    m_messages->hide();
    m_cacheNote->setObjectName(QStringLiteral("fieldsCacheNote"));
    m_reload->setObjectName(QStringLiteral("reloadFields"));
    m_search->setObjectName(QStringLiteral("fieldSearch"));
    m_search->setPlaceholderText(tr("Search fields by label or API name"));
    m_search->setAccessibleName(tr("Search fields"));
    m_search->setClearButtonEnabled(true);
    m_restore->setObjectName(QStringLiteral("restoreRecommended"));

    QAction* undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    // Short buttons; the tooltip says what would be undone.
    auto* undoButton = new QPushButton(tr("&Undo"), this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setEnabled(false);
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(undo, &QAction::changed, undoButton, [undoButton, undo] {
        undoButton->setEnabled(undo->isEnabled());
        undoButton->setToolTip(undo->text());
    });
    auto* redoButton = new QPushButton(tr("Re&do"), this);
    redoButton->setEnabled(false);
    connect(redoButton, &QPushButton::clicked, redo, &QAction::trigger);
    connect(redo, &QAction::changed, redoButton, [redoButton, redo] {
        redoButton->setEnabled(redo->isEnabled());
        redoButton->setToolTip(redo->text());
    });
    m_proxy->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("fieldTree"));
    m_tree->setAccessibleName(tr("Fields by object"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // thousands of rows stay fast
    m_tree->setItemDelegate(new LockedRowDelegate(m_tree));
    // API names and types whole; long labels give way before them; the status, with why a field
    // is locked, takes the rest.
    new ColumnFit(
        m_tree, FieldTreeModel::StatusColumn, { FieldTreeModel::LabelColumn }, fontMetrics().averageCharWidth() * 30);

    // The search has a row of its own, wide enough for its placeholder in every language; the
    // edits to the selection sit in the row below it.
    auto* search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_reload);
    auto* tools = new QHBoxLayout;
    tools->addWidget(undoButton);
    tools->addWidget(redoButton);
    tools->addWidget(m_restore);
    tools->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_cacheNote);
    layout->addWidget(m_state);
    layout->addWidget(m_messages);
    layout->addLayout(search);
    layout->addLayout(tools);
    layout->addWidget(m_tree, 1);
    // Tab follows the rows as they are seen.
    setTabOrder(m_search, m_reload);
    setTabOrder(m_reload, undoButton);
    setTabOrder(undoButton, redoButton);
    setTabOrder(redoButton, m_restore);
    setTabOrder(m_restore, m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &FieldsPage::setSearchText);
    connect(m_restore, &QPushButton::clicked, this,
        [this] { m_model->editSelection(m_model->recommendedSelection(), tr("Restore recommended")); });
    connect(m_reload, &QPushButton::clicked, this, &FieldsPage::reload);
    connect(m_model, &FieldTreeModel::selectionChanged, this, &FieldsPage::storeSelection);
    connect(m_connection, &ConnectionManager::stateChanged, this, [this] {
        updateReload();
        if (isVisible() && m_connection->isConnected() && m_loadedFor != m_connection->summary().userId) {
            reload(); // connected while the step is open: the cached lists give way to the org's
        }
    });
    m_state->setText(tr("Connect to Salesforce first: the fields come from the connected org."));
    updateReload();
}

void FieldsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const bool connected = m_connection->isConnected();
    if (connected && !m_loader && m_loadedFor != m_connection->summary().userId) {
        reload();
    } else if (!connected && m_model->rowCount() == 0) {
        showCached();
    }
}

void FieldsPage::updateReload()
{
    const bool connected = m_connection->isConnected();
    m_reload->setEnabled(connected && !m_loader);
    m_reload->setToolTip(connected ? QString() : tr("Connect to Salesforce to reload the fields"));
}

void FieldsPage::showCached()
{
    const ConnectionSettings& saved = m_document->config().connection;
    if (!isOrgId(saved.orgId)) {
        return; // never connected: nothing was kept
    }
    QDateTime keptAt;
    const FieldCatalogLoader::Catalog catalog = FieldCatalogLoader::cachedCatalog(
        CacheStore::describeDirectoryFor(m_document->store().directory(), saved.orgId), &keptAt);
    if (catalog.isEmpty()) {
        return;
    }
    m_model->setFields(catalog, m_document->config().selectedFields);
    m_tree->expandToDepth(-1);
    updateMessages(catalog, {}, {});
    m_cacheNote->showCached(saved, keptAt);
}

void FieldsPage::reload()
{
    if (m_loader || !m_connection->isConnected()) {
        return;
    }
    m_state->setText(tr("Reading the objects' fields from Salesforce…"));
    m_loader = new FieldCatalogLoader(m_connection->client(), this);
    // Describes are kept per org beside the setup, so reopening costs one cheap call.
    m_loader->setCacheDirectory(
        CacheStore::describeDirectoryFor(m_document->store().directory(), m_connection->summary().orgId));
    FieldCatalogLoader* loader = m_loader;
    connect(loader, &FieldCatalogLoader::finished, this, [this, loader] {
        loader->deleteLater();
        m_loader = nullptr;
        updateReload();
        if (!loader->ok()) {
            m_state->setText(tr("The fields could not be read: %1").arg(loader->error().toString()));
            return;
        }
        m_loadedFor = m_connection->summary().userId;
        m_loadedSelection.reset(); // set by storeSelection() from what setFields() shows
        m_model->setFields(loader->catalog(), m_document->config().selectedFields);
        m_tree->expandToDepth(-1);
        updateMessages(loader->catalog(), loader->unreadableObjects(), loader->failedObjects());
        m_cacheNote->hide();
        Q_EMIT loaded();
    });
    updateReload();
    loader->start();
}

void FieldsPage::setSearchText(const QString& text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_proxy->setSearchText(text);
    if (!text.isEmpty()) {
        m_tree->expandAll();
    }
}

void FieldsPage::storeSelection()
{
    int selected = 0;
    int selectable = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        selected += m_model->selectedCount(row);
        selectable += m_model->selectableCount(row);
    }
    m_state->setText(
        tr("%1 of %2 fields selected across %3 objects.").arg(selected).arg(selectable).arg(m_model->rowCount()));
    IntegrationConfig config = m_document->config();
    const QMap<QString, QStringList> chosen =
        FieldSelection::forConfig(m_model->selectionForConfig(), m_model->missingSavedFields());
    if (!m_loadedSelection) {
        // Just loaded: the tree shows what the setup says (an object it does not name shows the
        // recommended fields). Showing it is no change.
        m_loadedSelection = chosen;
        m_savedSelection = config.selectedFields;
        return;
    }
    config.selectedFields = chosen == *m_loadedSelection ? m_savedSelection : chosen;
    m_document->setConfig(config);
}

void FieldsPage::updateMessages(
    const FieldCatalogLoader::Catalog& catalog, const QStringList& unreadable, const QMap<QString, QString>& failed)
{
    QStringList messages;
    const QStringList blocked = FieldSelection::blockingFields(catalog);
    if (!blocked.isEmpty()) {
        messages.append(
            tr("⚠ Blocking: the integration user cannot read these required fields: %1. Fix it in Salesforce "
               "(see the Permissions step).")
                .arg(blocked.join(QStringLiteral(", "))));
    }
    if (!m_model->missingSavedFields().isEmpty()) {
        messages.append(
            tr("⚠ The setup selects fields the org does not show (deleted, renamed or hidden): %1. They stay "
               "in the setup until you deselect them.")
                .arg(m_model->missingSavedFields().join(QStringLiteral(", "))));
    }
    for (auto object = failed.cbegin(); object != failed.cend(); ++object) {
        messages.append(
            tr("⚠ Salesforce did not describe %1 (%2). Reload to try again.").arg(object.key(), object.value()));
    }
    if (!unreadable.isEmpty()) {
        messages.append(
            tr("The user cannot read these objects at all: %1.").arg(unreadable.join(QStringLiteral(", "))));
    }
    m_messages->setText(messages.join(QStringLiteral("\n")));
    m_messages->setVisible(!messages.isEmpty());
}

} // namespace callbridge::ui
