#pragma once

#include <QModelIndex>
#include <QString>

class QAbstractButton;
class QAbstractItemView;
class QComboBox;
class QListWidget;
class QMenuBar;
class QMessageBox;
class QTabWidget;
class QWidget;

namespace callbridge::test {

// Real input as a person gives it: mouse clicks at the middle of what they see, keys typed into
// whichever widget has the keyboard focus. Nothing here calls a slot or sets a value. Each returns
// false (and says why with qWarning) when a person could not do it: the target is hidden, disabled
// or covered by a modal dialog.

// The button under root whose text (without its & mnemonic) is text; nullptr if none is visible.
QAbstractButton* visibleButton(QWidget* root, const QString& text);

// Clicks the middle of a visible, enabled widget.
bool click(QWidget* widget);
// Clicks the button labelled text under root (waits until it is visible and enabled).
bool clickButton(QWidget* root, const QString& text);
// Clicks an item of a view at the middle of what is shown of it (the view scrolls to it first,
// as a person scrolls to what they look for).
bool clickItem(QAbstractItemView* view, const QModelIndex& index);
bool doubleClickItem(QAbstractItemView* view, const QModelIndex& index);
// Clicks the sidebar's step whose title is title.
bool clickListItem(QListWidget* list, const QString& text);
// Clicks the tab titled text (without its & mnemonic).
bool clickTab(QTabWidget* tabs, const QString& text);
// Clicks the menu titled menu in the menu bar, then its item titled item (both without their & mnemonic).
bool chooseMenuItem(QMenuBar* bar, const QString& menu, const QString& item);
// Opens the combo box with a click, types the start of the item's text, and presses Enter.
bool choose(QComboBox* combo, const QString& text);

// Typing key by key into the focus: typeIntoFocus in tests/support/KeyboardWalk.h.
// Presses a key (with modifiers) in the focused widget, or in the active window when none has the focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

// Waits for a message box to come up (a modal one runs its own event loop: call this before the
// click that opens it) and clicks its button labelled buttonText; *shown receives the box's text.
void answerNextMessageBox(const QString& buttonText, QString* shown);

} // namespace callbridge::test
