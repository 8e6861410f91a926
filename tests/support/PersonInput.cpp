#include "tests/support/PersonInput.h"

#include "tests/support/KeyboardWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace callbridge::test {

namespace {

constexpr int kWaitMs = 30000; // CI has two cores shared by everything: be patient, never sleep

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

// What stops a person from clicking the widget; empty when nothing does.
QString whyNotClickable(QWidget* widget)
{
    if (!widget) {
        return QStringLiteral("there is nothing to click");
    }
    if (!widget->isVisible()) {
        return describe(widget) + QStringLiteral(" is not visible");
    }
    if (!widget->isEnabled()) {
        return describe(widget) + QStringLiteral(" is disabled");
    }
    QWidget* modal = QApplication::activeModalWidget();
    if (modal && modal != widget->window() && !modal->isAncestorOf(widget)) {
        return describe(widget) + QStringLiteral(" is behind the dialog ") + describe(modal);
    }
    return {};
}

bool clickable(QWidget* widget)
{
    if (!QTest::qWaitFor([widget] { return whyNotClickable(widget).isEmpty(); }, kWaitMs)) {
        qWarning().noquote() << "cannot click:" << whyNotClickable(widget);
        return false;
    }
    // A click activates the window it lands in: the window manager's part, which offscreen and a
    // bare X server do not play (after a combo box's list closed, the list stays the active window).
    QWidget* window = widget->window();
    if (QApplication::activeWindow() != window) {
        window->activateWindow();
    }
    if (!QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, kWaitMs)) {
        qWarning().noquote() << "cannot activate" << describe(window);
        return false;
    }
    return true;
}

} // namespace

QAbstractButton* visibleButton(QWidget* root, const QString& text)
{
    const QList<QAbstractButton*> buttons = root->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (button->isVisible() && withoutMnemonic(button->text()) == text) {
            return button;
        }
    }
    return nullptr;
}

bool click(QWidget* widget)
{
    if (!clickable(widget)) {
        return false;
    }
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
    return true;
}

bool clickButton(QWidget* root, const QString& text)
{
    QAbstractButton* button = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                button = visibleButton(root, text);
                return button && button->isEnabled();
            },
            kWaitMs)) {
        qWarning().noquote() << "no enabled button" << text << "in" << describe(root)
                             << (button ? QStringLiteral("(disabled)") : QStringLiteral("(none visible)"));
        return false;
    }
    return click(button);
}

static bool clickItemWith(QAbstractItemView* view, const QModelIndex& index, bool twice)
{
    if (!index.isValid() || !clickable(view)) {
        qWarning() << "cannot click item" << index;
        return false;
    }
    view->scrollTo(index); // what a person does with the scroll bar before clicking
    // A person clicks what they see: wait until the view has laid the item out with some room
    // (columns that fit themselves to what is shown do it once the rows are in).
    QRect shown;
    const bool laidOut = QTest::qWaitFor(
        [&] {
            const QRect item = view->visualRect(index); // a column squeezed to nothing is not valid
            shown = item.isValid() ? item.intersected(view->viewport()->rect()) : QRect();
            return !shown.isEmpty();
        },
        kWaitMs);
    if (!laidOut) {
        qWarning() << "item" << index << "is not on screen in" << describe(view);
        return false;
    }
    if (twice) {
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, shown.center());
    } else {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, shown.center());
    }
    return true;
}

bool clickItem(QAbstractItemView* view, const QModelIndex& index)
{
    return clickItemWith(view, index, false);
}

bool doubleClickItem(QAbstractItemView* view, const QModelIndex& index)
{
    return clickItemWith(view, index, true);
}

bool clickListItem(QListWidget* list, const QString& text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == text) {
            return clickItem(list, list->model()->index(row, 0));
        }
    }
    qWarning().noquote() << "no item" << text << "in" << describe(list);
    return false;
}

bool clickTab(QTabWidget* tabs, const QString& text)
{
    QTabBar* bar = tabs->tabBar();
    for (int tab = 0; tab < bar->count(); ++tab) {
        if (withoutMnemonic(bar->tabText(tab)) == text) {
            if (!clickable(bar)) {
                return false;
            }
            QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(tab).center());
            return tabs->currentIndex() == tab;
        }
    }
    qWarning().noquote() << "no tab" << text << "in" << describe(tabs);
    return false;
}

bool chooseMenuItem(QMenuBar* bar, const QString& menu, const QString& item)
{
    QAction* menuAction = nullptr;
    for (QAction* action : bar->actions()) {
        if (withoutMnemonic(action->text()) == menu) {
            menuAction = action;
        }
    }
    if (!menuAction || !menuAction->menu() || !clickable(bar)) {
        qWarning().noquote() << "no menu" << menu << "to click in" << describe(bar);
        return false;
    }
    QMenu* opened = menuAction->menu();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->actionGeometry(menuAction).center());
    if (!QTest::qWaitFor([opened] { return opened->isVisible(); }, kWaitMs)) {
        qWarning().noquote() << "the menu" << menu << "did not open";
        return false;
    }
    for (QAction* action : opened->actions()) {
        if (withoutMnemonic(action->text()) == item && action->isEnabled()) {
            QTest::mouseClick(opened, Qt::LeftButton, Qt::NoModifier, opened->actionGeometry(action).center());
            return true;
        }
    }
    qWarning().noquote() << "no enabled item" << item << "in the menu" << menu;
    opened->close();
    return false;
}

bool choose(QComboBox* combo, const QString& text)
{
    if (!click(combo)) {
        return false;
    }
    QAbstractItemView* popup = combo->view();
    if (!QTest::qWaitFor([popup] { return popup->isVisible(); }, kWaitMs)) {
        qWarning().noquote() << "the list of" << describe(combo) << "did not open";
        return false;
    }
    // Type-ahead, as in any list: the keys go to the open popup.
    QTest::keyClicks(popup, text);
    QTest::keyClick(popup, Qt::Key_Return);
    if (!QTest::qWaitFor([popup] { return !popup->isVisible(); }, kWaitMs)) {
        qWarning().noquote() << "the list of" << describe(combo) << "did not close";
        return false;
    }
    if (!combo->currentText().startsWith(text, Qt::CaseInsensitive)) {
        qWarning().noquote() << describe(combo) << "shows" << combo->currentText() << "after choosing" << text;
        return false;
    }
    return true;
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget();
    if (!target) {
        target = QApplication::activeWindow();
    }
    if (target) {
        QTest::keyClick(target, Qt::Key(key), modifiers);
    } else {
        qWarning() << "no window is active for key" << key;
    }
}

void answerNextMessageBox(const QString& buttonText, QString* shown)
{
    auto* timer = new QTimer(qApp);
    auto* started = new QElapsedTimer;
    started->start();
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, started, buttonText, shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible()) {
            if (started->elapsed() > kWaitMs) {
                qWarning().noquote() << "no message box came up to answer" << buttonText;
                timer->deleteLater();
                delete started;
            }
            return;
        }
        if (shown) {
            *shown = box->text();
        }
        timer->stop();
        timer->deleteLater();
        delete started;
        if (QAbstractButton* button = visibleButton(box, buttonText)) {
            QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
        } else {
            qWarning().noquote() << "the message box" << box->text() << "has no button" << buttonText;
            box->reject();
        }
    });
    timer->start();
}

} // namespace callbridge::test
