#include "tests/support/KeyboardWalk.h"

#include <QAccessible>
#include <QListWidget>

namespace callbridge::test {

QString describe(const QWidget* widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
        + (widget->objectName().isEmpty() ? QStringLiteral("(no object name)") : widget->objectName());
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

bool activate(QWidget* window)
{
    if (!QTest::qWaitForWindowExposed(window)) {
        return false;
    }
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

void clickStep(QWidget* mainWindow, int step)
{
    auto* sidebar = mainWindow->findChild<QListWidget*>(QStringLiteral("stepSidebar"));
    QVERIFY(sidebar && step < sidebar->count());
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(sidebar->item(step)).center());
    QCOMPARE(sidebar->currentRow(), step);
}

bool typeIntoFocus(const QString& text, QWidget* expected)
{
    bool stayed = true;
    QString typed;
    for (const QChar character : text) {
        // Re-read the focus for every key: a person types on wherever the focus went.
        QWidget* focus = QApplication::focusWidget();
        if (!focus) {
            qWarning().noquote() << "nothing has the keyboard focus after typing" << typed;
            return false;
        }
        if (expected && focus != expected && stayed) {
            qWarning().noquote() << "the keyboard focus moved to" << describe(focus) << "after typing" << typed;
            stayed = false;
        }
        QTest::keyClicks(focus, QString(character));
        typed += character;
    }
    return stayed;
}

QList<QWidget*> tabThrough(QWidget* window, QStringList* problems)
{
    QList<QWidget*> reached;
    QWidget* first = QApplication::focusWidget();
    if (!first) {
        return reached;
    }
    QWidget* current = first;
    for (int presses = 0; presses < 400; ++presses) {
        if (!reached.contains(current)) {
            reached.append(current);
            if (accessibleName(current).isEmpty()) {
                problems->append(describe(current));
            }
        }
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        if (next == current) { // a keyboard trap: Tab moves inside it, never out
            problems->append(QStringLiteral("Tab does not leave ") + describe(current));
            break;
        }
        if (!next || next == first || !window->isAncestorOf(next)) {
            break;
        }
        current = next;
    }
    return reached;
}

} // namespace callbridge::test
