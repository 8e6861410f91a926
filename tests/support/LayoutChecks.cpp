#include "tests/support/LayoutChecks.h"

#include "tests/support/KeyboardWalk.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>

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

} // namespace callbridge::test
