#include "ui/CachedDataNote.h"

#include "ui/ThemeColors.h"

#include "core/config/IntegrationConfig.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

namespace callbridge::ui {

CachedDataNote::CachedDataNote(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void CachedDataNote::showCached(const ConnectionSettings& saved, const QDateTime& when)
{
    const QString source = saved.username.isEmpty() ? saved.orgId : saved.username;
    setText(when.isValid()
            ? tr("Cached from %1 on %2 — not connected. Connect on the Connection step to reload from Salesforce.")
                  .arg(source, QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
            : tr("Cached from %1 — not connected. Connect on the Connection step to reload from Salesforce.")
                  .arg(source));
    applyTone();
    show();
}

void CachedDataNote::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTone();
    }
}

void CachedDataNote::applyTone()
{
    // Set only when it changes: setting a style sheet sends a palette change.
    const QString sheet =
        QStringLiteral("background: %1; border-radius: 4px; padding: 4px 6px;")
            .arg(toneBackground(Tone::Information, parentWidget() ? parentWidget()->palette() : palette()).name());
    if (styleSheet() != sheet) {
        setStyleSheet(sheet);
    }
}

} // namespace callbridge::ui
