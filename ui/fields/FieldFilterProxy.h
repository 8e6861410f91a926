#pragma once

#include <QSortFilterProxyModel>

namespace callbridge::ui {

// Filters the field tree by label or API name across all objects: an object stays when one of
// its fields matches, and shows all its fields when its own name matches.
class FieldFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FieldFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace callbridge::ui
