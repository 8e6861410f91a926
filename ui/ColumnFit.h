#pragma once

#include <QList>
#include <QObject>

class QTreeView;

namespace callbridge::ui {

// Keeps a tree's columns readable inside its viewport. Every column but `stretch` is as wide as
// what it shows (and its title); when that would leave `stretch` narrower than `stretchMinimum`
// pixels, the `shrinkable` columns give up width, the widest first, never below their title.
// `stretch` takes the rest. Refits when the viewport is resized, rows are shown or expanded, and
// the model is reset. Made after the view has its model; owned by the view.
class ColumnFit : public QObject
{
    Q_OBJECT

public:
    ColumnFit(QTreeView* view, int stretch, const QList<int>& shrinkable, int stretchMinimum);

    void fit();
    // Changes how much room `stretch` keeps (e.g. less while it has nothing to show); refits.
    void setStretchMinimum(int pixels);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleFit();

    QTreeView* m_view;
    int m_stretch;
    QList<int> m_shrinkable;
    int m_stretchMinimum;
    bool m_scheduled = false;
};

} // namespace callbridge::ui
