#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace callbridge {
class ConfigDocument;
class ConnectionManager;
class UserDirectoryLoader;
} // namespace callbridge

namespace callbridge::ui {

class CachedDataNote;
class ColumnFit;
class UserTreeModel;

// The Users step: the org's people as their manager hierarchy, searchable, with data problems
// marked; the admin picks who is recorded (one user or a whole team at once) and can export
// the provisioning plan as CSV. The recorded list goes into the setup document. While not
// connected it shows the users from the org's local cache (the last import), marked as cached.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(ConfigDocument* document, ConnectionManager* connection, QWidget* parent = nullptr);

    UserTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    void reload();
    void setSearchText(const QString& text);
    void recordSelectedTeam(bool recorded);
    bool exportPlan(const QString& path);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void storeRecorded();
    void updateState();
    // The users the last import kept in the org's cache, when there is no connection.
    void showCached();
    void updateReload();
    int selectedUser() const;
    void chooseExportPath();

    ConfigDocument* m_document;
    ConnectionManager* m_connection;
    UserTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<UserDirectoryLoader> m_loader;
    QLabel* m_state;
    CachedDataNote* m_cacheNote;
    QLineEdit* m_search;
    QPushButton* m_recordTeam;
    QPushButton* m_skipTeam;
    QPushButton* m_recordAll;
    QPushButton* m_export;
    QPushButton* m_reload;
    QTreeView* m_tree;
    ColumnFit* m_columns = nullptr;
    QString m_loadedFor;
};

} // namespace callbridge::ui
