#include "ui/fields/FieldTreeModel.h"

#include "core/fields/FieldSelection.h"

#include "ui/ThemeColors.h"

#include <QGuiApplication>

#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPalette>

namespace callbridge::ui {

// Field rows carry their object's row + 1 as internal id; object rows carry 0.
namespace {

class SelectionChange : public QUndoCommand
{
public:
    SelectionChange(
        FieldTreeModel* model, FieldTreeModel::Selection before, FieldTreeModel::Selection after, const QString& text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_model->applySelection(m_before); }
    void redo() override { m_model->applySelection(m_after); }

private:
    FieldTreeModel* m_model;
    FieldTreeModel::Selection m_before;
    FieldTreeModel::Selection m_after;
};

// A padlock, drawn in the palette's muted text colour: the row cannot be changed.
QIcon lockIcon()
{
    static const QIcon icon = [] {
        QIcon drawn;
        const QColor color = QGuiApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        for (const int size : { 16, 32 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            painter.setPen(QPen(color, 1.6));
            painter.drawArc(QRectF(4.8, 1.8, 6.4, 8.0), 0, 180 * 16); // the shackle
            painter.drawLine(QPointF(4.8, 5.8), QPointF(4.8, 7.5));
            painter.drawLine(QPointF(11.2, 5.8), QPointF(11.2, 7.5));
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(QRectF(3.0, 7.0, 10.0, 7.5), 1.5, 1.5); // the body
            painter.end();
            drawn.addPixmap(pixmap);
        }
        return drawn;
    }();
    return icon;
}

} // namespace

FieldTreeModel::FieldTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_undo(new QUndoStack(this))
{ }

void FieldTreeModel::editSelection(const Selection& after, const QString& description)
{
    if (after != m_selection) {
        m_undo->push(new SelectionChange(this, m_selection, after, description));
    }
}

void FieldTreeModel::setFields(
    const QList<QPair<QString, QList<FieldEntry>>>& objects, const QMap<QString, QStringList>& saved)
{
    beginResetModel();
    m_objects.clear();
    m_selection.clear();
    m_missing = FieldSelection::missingSavedFields(objects, saved);
    for (const auto& [object, fields] : objects) {
        m_objects.append({ object, fields });
        const QStringList savedFields = saved.value(object);
        QSet<QString> selected;
        for (const FieldEntry& entry : effectiveSelection(fields, saved.contains(object) ? &savedFields : nullptr)) {
            selected.insert(entry.field);
        }
        m_selection.insert(object, selected);
    }
    m_undo->clear();
    endResetModel();
    Q_EMIT selectionChanged();
}

FieldTreeModel::Selection FieldTreeModel::recommendedSelection() const
{
    Selection selection;
    for (const ObjectNode& node : m_objects) {
        QSet<QString>& fields = selection[node.object];
        for (const FieldEntry& entry : node.fields) {
            if (entry.selected) {
                fields.insert(entry.field);
            }
        }
    }
    return selection;
}

void FieldTreeModel::applySelection(const Selection& selection)
{
    m_selection = selection;
    if (!m_objects.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_objects.size()) - 1, ColumnCount - 1));
        for (int row = 0; row < m_objects.size(); ++row) {
            const QModelIndex parentIndex = index(row, 0);
            if (!m_objects.at(row).fields.isEmpty()) {
                Q_EMIT dataChanged(index(0, 0, parentIndex),
                    index(int(m_objects.at(row).fields.size()) - 1, ColumnCount - 1, parentIndex));
            }
        }
    }
    Q_EMIT selectionChanged();
}

QMap<QString, QStringList> FieldTreeModel::selectionForConfig() const
{
    QMap<QString, QStringList> config;
    for (const ObjectNode& node : m_objects) {
        QStringList fields;
        for (const FieldEntry& entry : node.fields) {
            if (m_selection.value(node.object).contains(entry.field)) {
                fields.append(entry.field); // in describe order
            }
        }
        config.insert(node.object, fields);
    }
    return config;
}

int FieldTreeModel::selectedCount(int objectRow) const
{
    return int(m_selection.value(m_objects.at(objectRow).object).size());
}

int FieldTreeModel::selectableCount(int objectRow) const
{
    int count = 0;
    for (const FieldEntry& entry : m_objects.at(objectRow).fields) {
        count += entry.isSelectable();
    }
    return count;
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_objects.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.row() >= m_objects.size()
        || row >= m_objects.at(parent.row()).fields.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FieldTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FieldTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_objects.size());
    }
    if (parent.internalId() == 0 && parent.column() == 0) {
        return int(m_objects.at(parent.row()).fields.size());
    }
    return 0;
}

int FieldTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

// The status, and for a locked field why, in a few words.
QString FieldTreeModel::statusText(const FieldEntry& entry)
{
    QString status;
    switch (entry.status) {
    case FieldEntry::Status::Required:
        status = tr("required");
        break;
    case FieldEntry::Status::Recommended:
        status = tr("recommended");
        break;
    case FieldEntry::Status::Optional:
        status = tr("optional");
        break;
    case FieldEntry::Status::Unsupported:
        status = tr("unsupported");
        break;
    case FieldEntry::Status::Inaccessible:
        status = tr("cannot read");
        break;
    }
    const QString why =
        entry.status == FieldEntry::Status::Required && entry.locked ? tr("always imported") : entry.shortReason;
    return why.isEmpty() ? status : tr("%1 — %2", "status — why").arg(status, why);
}

// Why a field is locked, in full.
QString FieldTreeModel::reasonText(const FieldEntry& entry)
{
    if (!entry.reason.isEmpty()) {
        return entry.reason; // why it cannot be imported
    }
    if (entry.locked && entry.status == FieldEntry::Status::Required) {
        return tr("Always imported: the integration reads this field itself.");
    }
    return {};
}

QVariant FieldTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == 0) {
        const ObjectNode& node = m_objects.at(index.row());
        const int selected = selectedCount(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == LabelColumn) {
                return node.object;
            }
            if (index.column() == StatusColumn) {
                return tr("%1 of %2 selected").arg(selected).arg(selectableCount(index.row()));
            }
            return {};
        case Qt::CheckStateRole:
            if (index.column() != LabelColumn) {
                return {};
            }
            return selected == 0 ? Qt::Unchecked
                                 : (selected == selectableCount(index.row()) ? Qt::Checked : Qt::PartiallyChecked);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case SearchTextRole:
            return node.object;
        default:
            return {};
        }
    }
    const ObjectNode& node = m_objects.at(int(index.internalId() - 1));
    const FieldEntry& entry = node.fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return entry.label;
        case ApiNameColumn:
            return entry.field;
        case TypeColumn:
            return entry.formula ? tr("%1 (formula)").arg(entry.type) : entry.type;
        case StatusColumn:
            return statusText(entry);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == LabelColumn && entry.locked) {
            return lockIcon();
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == LabelColumn && entry.locked) {
            return tr("locked: %1").arg(reasonText(entry));
        }
        return {};
    case LockedRole:
        return entry.locked;
    case Qt::CheckStateRole:
        if (index.column() != LabelColumn) {
            return {};
        }
        return m_selection.value(node.object).contains(entry.field) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!reasonText(entry).isEmpty()) {
            lines.append(reasonText(entry));
        }
        lines += entry.notes;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && entry.status == FieldEntry::Status::Recommended) {
            return QBrush(toneText(Tone::Information, QGuiApplication::palette()));
        }
        return {};
    case StatusRole:
        return int(entry.status);
    case SearchTextRole:
        return QString(entry.label + QLatin1Char(' ') + entry.field);
    default:
        return {};
    }
}

Qt::ItemFlags FieldTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (index.internalId() == 0) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate;
    }
    const FieldEntry& entry = m_objects.at(int(index.internalId() - 1)).fields.at(index.row());
    if (!entry.isSelectable()) {
        return Qt::ItemIsSelectable; // shown greyed, with the reason as tooltip
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!entry.locked) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool FieldTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != LabelColumn) {
        return false;
    }
    const bool check = value.toInt() != Qt::Unchecked;
    Selection after = m_selection;
    if (index.internalId() == 0) {
        const ObjectNode& node = m_objects.at(index.row());
        for (const FieldEntry& entry : node.fields) {
            if (entry.isSelectable() && !entry.locked) {
                if (check) {
                    after[node.object].insert(entry.field);
                } else {
                    after[node.object].remove(entry.field);
                }
            }
        }
    } else {
        const ObjectNode& node = m_objects.at(int(index.internalId() - 1));
        const FieldEntry& entry = node.fields.at(index.row());
        if (!entry.isSelectable() || entry.locked) {
            return false; // required fields stay selected, refused ones stay out
        }
        if (check) {
            after[node.object].insert(entry.field);
        } else {
            after[node.object].remove(entry.field);
        }
    }
    if (after == m_selection) {
        return false;
    }
    editSelection(
        after, check ? tr("Select %1").arg(data(index).toString()) : tr("Deselect %1").arg(data(index).toString()));
    return true;
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LabelColumn:
        return tr("Field");
    case ApiNameColumn:
        return tr("API name");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace callbridge::ui
