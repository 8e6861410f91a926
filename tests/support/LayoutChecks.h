#pragma once

#include <QStringList>

class QWidget;

namespace callbridge::test {

// Text that does not fit its widget, one line each: a button, a one-line label or a list item
// narrower than its text, a word-wrapped label shorter than its lines, a column title cut, an
// empty line edit's placeholder cut. Empty when all fits.
QStringList clippedTexts(QWidget* root);

// Columns of tables and trees under root that start past the view's right edge: found only by
// scrolling sideways. Empty when every column starts on screen.
QStringList offscreenColumns(QWidget* root);

// Tables and trees under root with room for fewer than rows rows, one line each: the rows they
// have room for and the height they have. Empty when each shows at least that many.
QStringList crampedItemViews(QWidget* root, int rows = 8);

} // namespace callbridge::test
