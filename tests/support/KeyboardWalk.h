#pragma once

#include <QApplication>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace callbridge::test {

// "QLineEdit clientId": a widget as a failure message names it.
QString describe(const QWidget* widget);
// What a screen reader announces for the widget (its own name, or its label's).
QString accessibleName(QWidget* widget);
// What a window manager does for a new window: offscreen and a bare Xvfb have none.
bool activate(QWidget* window);
// Clicks a step in the main window's sidebar with the mouse, as a person chooses a step.
void clickStep(QWidget* mainWindow, int step);
// Presses Tab from the focused control until the focus comes back, as a keyboard user would, and
// returns every control it reached; adds each one without an accessible name to *problems, and
// a control Tab cannot leave (a keyboard trap).
QList<QWidget*> tabThrough(QWidget* window, QStringList* problems);

// Types `text` one key at a time into whichever widget has the focus at each key, as a person
// does: a widget that steals the focus midway gets the rest. False when nothing has the focus, or
// when `expected` is given and the focus is elsewhere at some key (a warning says where it went).
bool typeIntoFocus(const QString& text, QWidget* expected = nullptr);

// Presses Tab until the focus is on a widget that satisfies the test; false if it never gets there.
template<typename Predicate> bool tabTo(Predicate reached)
{
    for (int presses = 0; presses < 400; ++presses) {
        QWidget* focus = QApplication::focusWidget();
        if (focus && reached(focus)) {
            return true;
        }
        QTest::keyClick(focus ? focus : QApplication::activeWindow(), Qt::Key_Tab);
    }
    return false;
}

} // namespace callbridge::test
