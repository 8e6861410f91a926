#include "ui/ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace callbridge::ui {

ColumnFit::ColumnFit(QTreeView* view, int stretch, const QList<int>& shrinkable, int stretchMinimum)
    : QObject(view)
    , m_view(view)
    , m_stretch(stretch)
    , m_shrinkable(shrinkable)
    , m_stretchMinimum(stretchMinimum)
{
    QHeaderView* header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    view->viewport()->installEventFilter(this);
    connect(view, &QTreeView::expanded, this, &ColumnFit::scheduleFit);
    connect(view, &QTreeView::collapsed, this, &ColumnFit::scheduleFit);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::scheduleFit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFit::scheduleFit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::scheduleFit);
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        scheduleFit();
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFit::scheduleFit()
{
    // Once the view has laid out what changed, and once for many changes.
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            fit();
        });
    }
}

void ColumnFit::setStretchMinimum(int pixels)
{
    m_stretchMinimum = pixels;
    scheduleFit();
}

void ColumnFit::fit()
{
    if (!m_view->isVisible()) {
        return;
    }
    QHeaderView* header = m_view->header();
    const QAbstractItemView* view = m_view; // sizeHintForColumn is public there, and virtual
    QHash<int, int> width;
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretch || header->isSectionHidden(column)) {
            continue;
        }
        width[column] = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        total += width[column];
    }
    int excess = total + qMax(m_stretchMinimum, header->sectionSizeHint(m_stretch)) - m_view->viewport()->width();
    while (excess > 0) {
        // Narrow the widest shrinkable column down to the next widest, or as far as needed.
        int widest = -1;
        int next = 0;
        for (int column : m_shrinkable) {
            if (!width.contains(column) || width[column] <= header->sectionSizeHint(column)) {
                continue;
            }
            if (widest < 0 || width[column] > width[widest]) {
                if (widest >= 0) {
                    next = qMax(next, width[widest]);
                }
                widest = column;
            } else {
                next = qMax(next, width[column]);
            }
        }
        if (widest < 0) {
            break; // every shrinkable column is down to its title: the view scrolls sideways
        }
        const int floor = qMax(header->sectionSizeHint(widest), next);
        const int step = qMax(1, qMin(excess, width[widest] - floor));
        width[widest] -= step;
        excess -= step;
    }
    for (auto it = width.cbegin(); it != width.cend(); ++it) {
        if (header->sectionSize(it.key()) != it.value()) {
            header->resizeSection(it.key(), it.value());
        }
    }
}

} // namespace callbridge::ui
