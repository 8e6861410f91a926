#include "tests/support/LayoutChecks.h"

#include "tests/support/KeyboardWalk.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>

namespace callbridge::test {

namespace {

// Where an empty line edit draws its placeholder: the style's text area less the text margins,
// QLineEdit's own 2 px each side, and the clear button when it has one.
int placeholderRoom(const QLineEdit* edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    QRect text = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    text = text.marginsRemoved(edit->textMargins());
    int right = text.right() - 2;
    const QList<QToolButton*> buttons = edit->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly);
    for (const QToolButton* button : buttons) {
        if (button->isVisibleTo(edit)) { // the clear button, an action's icon
            right = qMin(right, button->geometry().left() - 1);
        }
    }
    return right - (text.left() + 2) + 1;
}

} // namespace

QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->width() <= 0) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width()) {
                clipped.append(QStringLiteral("%1 \"%2\": %3 px for %4")
                                   .arg(describe(button), button->text())
                                   .arg(button->width())
                                   .arg(button->minimumSizeHint().width()));
            }
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                const QRect item = list->visualItemRect(list->item(row));
                const int needed = list->fontMetrics().horizontalAdvance(list->item(row)->text());
                if (item.left() < 0 || item.left() + needed > list->viewport()->width()) {
                    clipped.append(QStringLiteral("%1 item \"%2\": %3 px for %4")
                                       .arg(describe(list), list->item(row)->text())
                                       .arg(list->viewport()->width() - item.left())
                                       .arg(needed));
                }
            }
        } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model()) {
                continue;
            }
            // A column narrower than its title cuts the title; the user can widen it, but should not have to.
            for (int section = 0; section < header->count(); ++section) {
                if (!header->isSectionHidden(section)
                    && header->sectionSize(section) < header->sectionSizeHint(section)) {
                    clipped.append(
                        QStringLiteral("%1 column \"%2\": %3 px for %4")
                            .arg(describe(header), header->model()->headerData(section, Qt::Horizontal).toString())
                            .arg(header->sectionSize(section))
                            .arg(header->sectionSizeHint(section)));
                }
            }
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty() && placeholderRoom(edit) < needed) {
                clipped.append(QStringLiteral("%1 placeholder \"%2\": %3 px for %4")
                                   .arg(describe(edit), edit->placeholderText())
                                   .arg(placeholderRoom(edit))
                                   .arg(needed));
            }
        } else if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->wordWrap() && !label->text().isEmpty()
                && label->height() < label->heightForWidth(label->width())) {
                clipped.append(QStringLiteral("%1 \"%2\": %3 px high for %4")
                                   .arg(describe(label), label->text().left(60))
                                   .arg(label->height())
                                   .arg(label->heightForWidth(label->width())));
            } else if (!label->wordWrap() && !label->text().isEmpty() && label->textFormat() != Qt::RichText
                && label->width() < label->sizeHint().width()) {
                clipped.append(QStringLiteral("%1 \"%2\": %3 px for %4")
                                   .arg(describe(label), label->text())
                                   .arg(label->width())
                                   .arg(label->sizeHint().width()));
            }
        }
    }
    return clipped;
}

QStringList clippedCells(const QAbstractItemView* view, int column)
{
    QStringList clipped;
    const QAbstractItemModel* model = view->model();
    const QRect viewport = view->viewport()->rect();
    // Down the viewport's rows: indexAt finds a tree's nested rows as well as a table's.
    for (int y = viewport.top() + 1; y < viewport.bottom();) {
        const QModelIndex first = view->indexAt(QPoint(viewport.left() + 1, y));
        if (!first.isValid()) {
            break;
        }
        const QModelIndex cell = model->index(first.row(), column, first.parent());
        const QRect rect = view->visualRect(cell);
        y = view->visualRect(first).bottom() + 1;
        const QString text = cell.data().toString();
        if (text.isEmpty()) {
            continue;
        }
        const int needed = view->itemDelegateForIndex(cell)->sizeHint(QStyleOptionViewItem(), cell).width();
        if (rect.width() < needed || rect.right() > viewport.right()) {
            clipped.append(QStringLiteral("%1 column %2 \"%3\": %4 px shown for %5")
                               .arg(describe(view))
                               .arg(column)
                               .arg(text)
                               .arg(qMin(rect.right(), viewport.right()) - rect.left() + 1)
                               .arg(needed));
        }
    }
    return clipped;
}

int shownRows(const QAbstractItemView* view)
{
    const QModelIndex first = view->model() ? view->model()->index(0, 0) : QModelIndex();
    const int rowHeight = first.isValid() ? view->visualRect(first).height() : 0;
    return rowHeight > 0 ? view->viewport()->height() / rowHeight : 0;
}

} // namespace callbridge::test
