#include "ui/fields/FieldFilterProxy.h"

#include "ui/fields/FieldTreeModel.h"

namespace callbridge::ui {

FieldFilterProxy::FieldFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void FieldFilterProxy::setSearchText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool FieldFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(FieldTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive)) {
        return true;
    }
    // A field of a matching object.
    return sourceParent.isValid()
        && sourceParent.data(FieldTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace callbridge::ui
