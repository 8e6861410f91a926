#include "ui/FieldsPage.h"

#include "core/cache/CacheStore.h"

#include "ui/SetupStep.h"
#include "ui/StepHeader.h"
#include "ui/fields/FieldFilterProxy.h"
#include "ui/fields/FieldTreeModel.h"

#include "core/config/ConfigDocument.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/fields/FieldSelection.h"
#include "core/salesforce/ConnectionManager.h"

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
    m_tree->header()->setSectionResizeMode(FieldTreeModel::LabelColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FieldTreeModel::StatusColumn, QHeaderView::ResizeToContents);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(undoButton);
    tools->addWidget(redoButton);
    tools->addWidget(m_restore);
    tools->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_state);
    layout->addWidget(m_messages);
    layout->addLayout(tools);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &FieldsPage::setSearchText);
    connect(m_restore, &QPushButton::clicked, this,
        [this] { m_model->editSelection(m_model->recommendedSelection(), tr("Restore recommended")); });
    connect(m_reload, &QPushButton::clicked, this, &FieldsPage::reload);
    connect(m_model, &FieldTreeModel::selectionChanged, this, &FieldsPage::storeSelection);
    m_state->setText(tr("Connect to Salesforce first: the fields come from the connected org."));
}

void FieldsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const bool connected = m_connection->isConnected();
    if (connected && !m_loader && m_loadedFor != m_connection->summary().userId) {
        reload();
    }
}

void FieldsPage::reload()
{
    if (m_loader) {
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
        if (!loader->ok()) {
            m_state->setText(tr("The fields could not be read: %1").arg(loader->error().toString()));
            return;
        }
        m_loadedFor = m_connection->summary().userId;
        m_loadedSelection.reset(); // set by storeSelection() from what setFields() shows
        m_model->setFields(loader->catalog(), m_document->config().selectedFields);
        m_tree->expandToDepth(-1);
        updateMessages(*loader);
        Q_EMIT loaded();
    });
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

void FieldsPage::updateMessages(const FieldCatalogLoader& loader)
{
    QStringList messages;
    const QStringList blocked = FieldSelection::blockingFields(loader.catalog());
    const QStringList& unreadable = loader.unreadableObjects();
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
    for (auto failed = loader.failedObjects().cbegin(); failed != loader.failedObjects().cend(); ++failed) {
        messages.append(
            tr("⚠ Salesforce did not describe %1 (%2). Reload to try again.").arg(failed.key(), failed.value()));
    }
    if (!unreadable.isEmpty()) {
        messages.append(
            tr("The user cannot read these objects at all: %1.").arg(unreadable.join(QStringLiteral(", "))));
    }
    m_messages->setText(messages.join(QStringLiteral("\n")));
    m_messages->setVisible(!messages.isEmpty());
}

} // namespace callbridge::ui
