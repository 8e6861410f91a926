#pragma once

#include <QColor>
#include <QPalette>

namespace callbridge::ui {

// The few colours that carry meaning (good, caution, information, problem), chosen for the
// palette in use: darker tones on a light palette, lighter ones on a dark palette, so the text
// stays readable (WCAG contrast 4.5:1 against the window) whichever the system chose.
enum class Tone { Good, Caution, Information, Problem };

bool isDarkPalette(const QPalette& palette);
QColor toneText(Tone tone, const QPalette& palette);
// A tinted background for a banner, with the palette's own text colour on it.
QColor toneBackground(Tone tone, const QPalette& palette);
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace callbridge::ui
