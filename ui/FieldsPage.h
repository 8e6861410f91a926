#pragma once

#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

#include "core/fields/FieldCatalogLoader.h"

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
} // namespace callbridge

namespace callbridge::ui {

class CachedDataNote;
class FieldFilterProxy;
class FieldTreeModel;

// The Fields step: the imported objects' fields in a tree that enforces the policy (required
// locked, unsupported and unreadable disabled with the reason), searchable across objects,
// with "Restore recommended" and undo. The selection goes into the setup document. While not
// connected it shows the field lists kept from the last connection, marked as cached.
class FieldsPage : public QWidget
{
    Q_OBJECT

public:
    FieldsPage(ConfigDocument* document, ConnectionManager* connection, QWidget* parent = nullptr);

    FieldTreeModel* model() const { return m_model; }
    void reload();
    void setSearchText(const QString& text);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void storeSelection();
    // The field lists kept from the last connection, when there is none.
    void showCached();
    void updateReload();
    void updateMessages(const FieldCatalogLoader::Catalog& catalog, const QStringList& unreadable,
        const QMap<QString, QString>& failed);

    ConfigDocument* m_document;
    ConnectionManager* m_connection;
    FieldTreeModel* m_model;
    FieldFilterProxy* m_proxy;
    QPointer<FieldCatalogLoader> m_loader;
    QLabel* m_state;
    QLabel* m_messages;
    CachedDataNote* m_cacheNote;
    QLineEdit* m_search;
    QPushButton* m_restore;
    QPushButton* m_reload;
    QTreeView* m_tree;
    QString m_loadedFor;
    // The selection as loaded (what the setup said, shown) and the setup's own words for it: a
    // selection back at that state stores them again, so opening the step changes nothing.
    std::optional<QMap<QString, QStringList>> m_loadedSelection;
    QMap<QString, QStringList> m_savedSelection;
};

} // namespace callbridge::ui
