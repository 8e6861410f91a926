#pragma once

#include "core/config/IntegrationConfig.h"
#include "core/users/UserHierarchy.h"

#include <QAbstractItemModel>
#include <QSet>

namespace callbridge::ui {

// The user hierarchy as a tree, with a check box per active user for "recorded". Until the
// admin changes anything, every active user counts as recorded (the seeds' default); the first
// change turns that into an explicit list.
class UserTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, TitleColumn, ActiveColumn, ProblemsColumn, ColumnCount };
    enum Role { UserIndexRole = Qt::UserRole + 1, ProblemsRole };

    explicit UserTreeModel(QObject* parent = nullptr);

    void setHierarchy(const UserHierarchy& hierarchy, const RecordedUsers& recorded);
    const UserHierarchy& hierarchy() const { return m_hierarchy; }

    RecordedUsers recordedUsers() const;
    bool recordsAllActive() const { return m_allActive; }
    bool isRecorded(int user) const;
    int recordedCount() const;
    void setRecorded(const QList<int>& users, bool recorded);
    void recordAllActive();

    QModelIndex indexOfUser(int user, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void recordedChanged();

private:
    const QList<int>& children(int user) const;

    UserHierarchy m_hierarchy;
    QList<int> m_rowInParent;
    bool m_allActive = true;
    QSet<QString> m_recorded;
};

} // namespace callbridge::ui
