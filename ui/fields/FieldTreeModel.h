#pragma once

#include "core/fields/FieldPolicy.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QSet>
#include <QUndoStack>

namespace callbridge::ui {

// Objects -> fields, with the admin's selection. Object rows are tri-state and count what is
// selected; required fields are locked checked, unsupported and inaccessible ones disabled. A
// locked row carries a lock and LockedRole (LockedRowDelegate paints it disabled), and its
// Status says why in a few words (the tooltip in full). Every selection change is an undoable
// step (editSelection).
class FieldTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ApiNameColumn, TypeColumn, StatusColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, SearchTextRole, LockedRole };
    using Selection = QMap<QString, QSet<QString>>; // object -> selected field names

    explicit FieldTreeModel(QObject* parent = nullptr);

    // Replaces the content: one entry list per object, and the saved selection (empty
    // objects take the policy's defaults).
    void setFields(const QList<QPair<QString, QList<FieldEntry>>>& objects, const QMap<QString, QStringList>& saved);

    Selection selection() const { return m_selection; }
    void applySelection(const Selection& selection);
    QMap<QString, QStringList> selectionForConfig() const;
    // Saved selections naming fields the org no longer has (or the user cannot see).
    QStringList missingSavedFields() const { return m_missing; }
    Selection recommendedSelection() const;
    int selectedCount(int objectRow) const;
    int selectableCount(int objectRow) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every edit (checking, "Restore recommended") is a step here; undo() takes it back.
    QUndoStack* undoStack() const { return m_undo; }
    void editSelection(const Selection& after, const QString& description);

Q_SIGNALS:
    void selectionChanged();

private:
    struct ObjectNode
    {
        QString object;
        QList<FieldEntry> fields;
    };
    static QString statusText(const FieldEntry& entry);
    static QString reasonText(const FieldEntry& entry);

    QList<ObjectNode> m_objects;
    Selection m_selection;
    QStringList m_missing;
    QUndoStack* m_undo;
};

} // namespace callbridge::ui
