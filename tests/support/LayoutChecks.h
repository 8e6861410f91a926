#pragma once

#include <QStringList>

class QWidget;

namespace callbridge::test {

// Text that does not fit its widget, one line each: a button, a one-line label or a list item
// narrower than its text, a word-wrapped label shorter than its lines. Empty when all fits.
QStringList clippedTexts(QWidget* root);

} // namespace callbridge::test
