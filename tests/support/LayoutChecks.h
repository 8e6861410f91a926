#pragma once

#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace callbridge::test {

// Text that does not fit its widget, one line each: a button, a one-line label or a list item
// narrower than its text, a word-wrapped label shorter than its lines, an empty line edit's
// placeholder wider than its text area. Empty when all fits.
QStringList clippedTexts(QWidget* root);

// The cells of `column` in the rows the view shows now that are narrower than their text (the
// delegate elides them), one line each. Empty when every shown cell is readable.
QStringList clippedCells(const QAbstractItemView* view, int column);

// How many whole rows the view's viewport has room for (rows of the first row's height).
int shownRows(const QAbstractItemView* view);

} // namespace callbridge::test
