#pragma once

#include "core/exporting/ExportPreview.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace callbridge {
class ExportWorkspace;
}

namespace callbridge::ui {

// One row per call of the newest preview: export or not and why, the matched records, the
// activity, its API cost and how the edited filter changes it.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CallColumn,
        StartedColumn,
        ExportColumn,
        ReasonColumn,
        ContactsColumn,
        AccountColumn,
        OpportunityColumn,
        ActivityColumn,
        ApiCallsColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, PlanIndexRole };

    explicit PreviewModel(ExportWorkspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ExportPreview::CallPlan* planAt(int row) const;
    // Every column's text of a row, for the search: built when first searched, then kept.
    QString searchTextAt(int row) const;
    // Builds the rows' search texts in short slices while the window is idle (the admin is about
    // to search: a hundred thousand rows take a second), until the next preview.
    void prepareSearch();

private:
    // A filtered-out call's reason is worded when asked (ExportPreview::CallPlan::reason()), then
    // kept: sorting or searching by it asks for every row, many times.
    QString reasonAt(int row) const;

    ExportWorkspace* m_workspace;
    mutable QStringList m_reasons; // by row, null until asked
    mutable QStringList m_searchTexts; // by row, null until searched
    QTimer m_searchPreparation;
    int m_nextSearchRow = 0; // prepareSearch() has built the rows before it
};

// Sort by the column's natural order; show all calls or one kind; search every column.
class PreviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, Exporting, NotExporting, Starting, Stopping, Deleting };

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShow(Show show);
    // Rows with this text in any column, ignoring case (empty: every row).
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_search;
};

} // namespace callbridge::ui
