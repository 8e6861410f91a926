#pragma once

#include <QStyledItemDelegate>

namespace callbridge::ui {

// Paints a row whose model marks it locked (FieldTreeModel::LockedRole) as disabled: a greyed
// check box and muted text, so it looks as fixed as it is. The row itself stays enabled, so the
// keyboard reaches it and a screen reader reads why it is locked.
class LockedRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace callbridge::ui
