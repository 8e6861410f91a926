#include "ui/fields/LockedRowDelegate.h"

#include "ui/fields/FieldTreeModel.h"

namespace callbridge::ui {

void LockedRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.siblingAtColumn(FieldTreeModel::LabelColumn).data(FieldTreeModel::LockedRole).toBool()) {
        option->state &= ~QStyle::State_Enabled;
        option->palette.setCurrentColorGroup(QPalette::Disabled); // the check mark too
    }
}

} // namespace callbridge::ui
