#include "tests/support/LayoutChecks.h"

#include "tests/support/KeyboardWalk.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QTreeView>

namespace callbridge::test {

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
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            // A search box whose hint is cut says half of what it is for.
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
                QStyleOptionFrame option;
                option.initFrom(edit);
                option.rect = edit->rect();
                option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
                const QRect contents = edit->style()
                                           ->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                                           .marginsRemoved(edit->textMargins());
                const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 4;
                if (contents.width() < needed) {
                    clipped.append(QStringLiteral("%1 placeholder \"%2\": %3 px for %4")
                                       .arg(describe(edit), edit->placeholderText())
                                       .arg(contents.width())
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

QStringList offscreenColumns(QWidget* root)
{
    QStringList offscreen;
    const QList<QHeaderView*> headers = root->findChildren<QHeaderView*>();
    for (QHeaderView* header : headers) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model()) {
            continue;
        }
        for (int section = 0; section < header->count(); ++section) {
            if (!header->isSectionHidden(section) && header->sectionViewportPosition(section) >= header->width()) {
                offscreen.append(
                    QStringLiteral("%1 column \"%2\": off-screen (at %3 px of %4)")
                        .arg(describe(header), header->model()->headerData(section, Qt::Horizontal).toString())
                        .arg(header->sectionViewportPosition(section))
                        .arg(header->width()));
            }
        }
    }
    return offscreen;
}

QStringList crampedItemViews(QWidget* root, int rows)
{
    QStringList cramped;
    const QList<QAbstractItemView*> views = root->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (!view->isVisible() || !(qobject_cast<QTableView*>(view) || qobject_cast<QTreeView*>(view))) {
            continue;
        }
        // The height of a row as the view draws it: its first row's, else one line of its font.
        int rowHeight = view->fontMetrics().height() + 2;
        if (view->model() && view->model()->rowCount() > 0) {
            rowHeight = qMax(1, view->visualRect(view->model()->index(0, 0)).height());
        }
        const int room = view->viewport()->height() / rowHeight;
        if (room < rows) {
            cramped.append(QStringLiteral("%1 \"%2\": room for %3 rows (%4 px) where %5 are wanted")
                               .arg(describe(view), accessibleName(view))
                               .arg(room)
                               .arg(view->viewport()->height())
                               .arg(rows));
        }
    }
    return cramped;
}

} // namespace callbridge::test
