#pragma once

#include <QLabel>

class QDateTime;

namespace callbridge {
struct ConnectionSettings;
}

namespace callbridge::ui {

// The banner over a step that shows what was kept from the last connection while there is none:
// whose data it is, from when, and that it cannot be reloaded until connected. Hidden until
// showCached().
class CachedDataNote : public QLabel
{
    Q_OBJECT

public:
    explicit CachedDataNote(QWidget* parent = nullptr);

    // `saved` names the org's user; `when` is when the data was kept (invalid when unknown).
    void showCached(const ConnectionSettings& saved, const QDateTime& when);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();
};

} // namespace callbridge::ui
