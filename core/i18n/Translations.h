#pragma once

#include <QStringList>

class QCoreApplication;

namespace callbridge {

// Loads Callbridge's own translation (compiled in, :/i18n) and Qt's qtbase translation (from
// the Qt installation) for a language. English is the source language and needs neither.
class Translations
{
public:
    // Language codes with a translation, "en" first: {"en", "de", "fr"}.
    static QStringList availableLanguages();
    // The language to use: the preferred one if available, else the first of the system's UI
    // languages that is available, else English.
    static QString chooseLanguage(const QString& preferred, const QStringList& systemLanguages);
    // The same, with this system's UI languages.
    static QString chooseLanguage(const QString& preferred);
    // Installs the translators for the language into the application; returns what was loaded,
    // e.g. {":/i18n/callbridge_de.qm", "/usr/share/qt6/translations/qtbase_de.qm"}.
    static QStringList install(QCoreApplication* application, const QString& language);
    // The language's own name ("Deutsch", "Français", "English").
    static QString nativeName(const QString& language);
};

} // namespace callbridge
