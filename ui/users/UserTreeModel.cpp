#include "ui/users/UserTreeModel.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace callbridge::ui {

namespace {
// internalId 0 is reserved for "no user", so user n is stored as n + 1.
constexpr quintptr idOf(int user)
{
    return quintptr(user) + 1;
}
int userOf(const QModelIndex& index)
{
    return int(index.internalId()) - 1;
}
} // namespace

UserTreeModel::UserTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void UserTreeModel::setHierarchy(const UserHierarchy& hierarchy, const RecordedUsers& recorded)
{
    beginResetModel();
    m_hierarchy = hierarchy;
    m_rowInParent = QList<int>(m_hierarchy.size(), 0);
    for (int row = 0; row < m_hierarchy.roots().size(); ++row)
        m_rowInParent[m_hierarchy.roots().at(row)] = row;
    for (int user = 0; user < m_hierarchy.size(); ++user) {
        const QList<int>& reports = m_hierarchy.reports(user);
        for (int row = 0; row < reports.size(); ++row)
            m_rowInParent[reports.at(row)] = row;
    }
    m_allActive = recorded.allActive;
    m_recorded = QSet<QString>(recorded.userIds.cbegin(), recorded.userIds.cend());
    endResetModel();
}

RecordedUsers UserTreeModel::recordedUsers() const
{
    RecordedUsers recorded;
    recorded.allActive = m_allActive;
    if (!m_allActive) {
        recorded.userIds = QStringList(m_recorded.cbegin(), m_recorded.cend());
        recorded.userIds.sort();
    }
    return recorded;
}

bool UserTreeModel::isRecorded(int user) const
{
    const UserHierarchy::User& u = m_hierarchy.user(user);
    return u.active && (m_allActive || m_recorded.contains(u.id));
}

int UserTreeModel::recordedCount() const
{
    int count = 0;
    for (int user = 0; user < m_hierarchy.size(); ++user)
        count += isRecorded(user) ? 1 : 0;
    return count;
}

void UserTreeModel::setRecorded(const QList<int>& users, bool recorded)
{
    if (m_allActive) {
        m_recorded.clear();
        for (int user = 0; user < m_hierarchy.size(); ++user) {
            if (m_hierarchy.user(user).active)
                m_recorded.insert(m_hierarchy.user(user).id);
        }
        m_allActive = false;
    }
    for (int user : users) {
        const UserHierarchy::User& u = m_hierarchy.user(user);
        if (!u.active)
            continue; // an inactive user cannot be recorded
        if (recorded)
            m_recorded.insert(u.id);
        else
            m_recorded.remove(u.id);
        const QModelIndex index = indexOfUser(user);
        Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    }
    Q_EMIT recordedChanged();
}

void UserTreeModel::recordAllActive()
{
    beginResetModel(); // every check box may change
    m_allActive = true;
    m_recorded.clear();
    endResetModel();
    Q_EMIT recordedChanged();
}

QModelIndex UserTreeModel::indexOfUser(int user, int column) const
{
    if (user < 0 || user >= m_hierarchy.size())
        return {};
    return createIndex(m_rowInParent.at(user), column, idOf(user));
}

const QList<int>& UserTreeModel::children(int user) const
{
    return user < 0 ? m_hierarchy.roots() : m_hierarchy.reports(user);
}

QModelIndex UserTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int>& list = children(parent.isValid() ? userOf(parent) : -1);
    if (row < 0 || row >= list.size())
        return {};
    return createIndex(row, column, idOf(list.at(row)));
}

QModelIndex UserTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfUser(m_hierarchy.parentOf(userOf(child)));
}

int UserTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(children(parent.isValid() ? userOf(parent) : -1).size());
}

int UserTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant UserTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int userIndex = userOf(index);
    const UserHierarchy::User& user = m_hierarchy.user(userIndex);
    const UserHierarchy::Problems problems = m_hierarchy.problems(userIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.name;
        case EmailColumn:
            return user.email;
        case TitleColumn:
            return user.title;
        case ActiveColumn:
            return user.active ? tr("Active") : tr("Inactive");
        case ProblemsColumn:
            return m_hierarchy.problemDescriptions(userIndex).join(QLatin1Char(' '));
        }
        break;
    case Qt::ToolTipRole:
        if (problems != UserHierarchy::NoProblem)
            return m_hierarchy.problemDescriptions(userIndex).join(QLatin1Char('\n'));
        break;
    case Qt::DecorationRole:
        if (index.column() == ProblemsColumn && problems != UserHierarchy::NoProblem)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (!user.active)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return isRecorded(userIndex) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NameColumn)
            return isRecorded(userIndex) ? tr("recorded") : tr("not recorded");
        break;
    case UserIndexRole:
        return userIndex;
    case ProblemsRole:
        return int(problems);
    }
    return {};
}

bool UserTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::CheckStateRole
        || !m_hierarchy.user(userOf(index)).active) {
        return false;
    }
    setRecorded({ userOf(index) }, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags UserTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn && m_hierarchy.user(userOf(index)).active)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant UserTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name (recorded)");
    case EmailColumn:
        return tr("Email");
    case TitleColumn:
        return tr("Title");
    case ActiveColumn:
        return tr("Status");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

} // namespace callbridge::ui
