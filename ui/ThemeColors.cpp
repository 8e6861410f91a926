#include "ui/ThemeColors.h"

#include <QtMath>

namespace callbridge::ui {

namespace {

double relativeLuminance(const QColor& color)
{
    auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : qPow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < relativeLuminance(palette.color(QPalette::WindowText));
}

QColor toneText(Tone tone, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x7d, 0xd8, 0x95) : QColor(0x1e, 0x6b, 0x37);
    case Tone::Caution:
        return dark ? QColor(0xf0, 0xc6, 0x4a) : QColor(0x7a, 0x5c, 0x00);
    case Tone::Information:
        return dark ? QColor(0x8a, 0xc2, 0xff) : QColor(0x0b, 0x5c, 0xab);
    case Tone::Problem:
        return dark ? QColor(0xff, 0x9a, 0x90) : QColor(0xb3, 0x26, 0x1e);
    }
    Q_UNREACHABLE();
}

QColor toneBackground(Tone tone, const QPalette& palette)
{
    // The tone mixed into the window colour: a tint that the palette's text stays readable on.
    const QColor window = palette.color(QPalette::Window);
    const QColor accent = toneText(tone, palette);
    const double share = 0.18;
    return QColor::fromRgbF(window.redF() * (1 - share) + accent.redF() * share,
        window.greenF() * (1 - share) + accent.greenF() * share, window.blueF() * (1 - share) + accent.blueF() * share);
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace callbridge::ui
