#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace callbridge {

namespace {

const QString sourceLanguage = QStringLiteral("en");

// Translators this class installed: replaced, not stacked, when the language changes.
QList<QTranslator*>& installedTranslators()
{
    static QList<QTranslator*> translators;
    return translators;
}

} // namespace

QStringList Translations::availableLanguages()
{
    QStringList languages { sourceLanguage };
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("callbridge_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString language = file.mid(11, file.size() - 11 - 3); // callbridge_<language>.qm
        if (language != sourceLanguage) {
            languages.append(language);
        }
    }
    return languages;
}

QString Translations::chooseLanguage(const QString& preferred, const QStringList& systemLanguages)
{
    const QStringList available = availableLanguages();
    if (!preferred.isEmpty() && available.contains(preferred)) {
        return preferred;
    }
    for (const QString& uiLanguage : systemLanguages) {
        // "de-CH", "fr_BE", "en-US": the language part decides.
        const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language)) {
            return language;
        }
    }
    return sourceLanguage;
}

QString Translations::chooseLanguage(const QString& preferred)
{
    return chooseLanguage(preferred, QLocale::system().uiLanguages());
}

QStringList Translations::install(QCoreApplication* application, const QString& language)
{
    for (QTranslator* translator : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();

    QStringList loaded;
    auto load = [application, &loaded](const QString& name, const QString& directory) {
        auto* translator = new QTranslator(application);
        if (translator->load(name, directory) && QCoreApplication::installTranslator(translator)) {
            installedTranslators().append(translator);
            loaded.append(translator->filePath());
        } else {
            delete translator;
        }
    };
    if (language != sourceLanguage) {
        load(QStringLiteral("callbridge_") + language, QStringLiteral(":/i18n"));
        load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    } else {
        // English needs only the plural forms of the source texts ("1 warning", "2 warnings").
        load(QStringLiteral("callbridge_en"), QStringLiteral(":/i18n"));
    }
    return loaded;
}

QString Translations::nativeName(const QString& language)
{
    if (language == sourceLanguage) {
        return QStringLiteral("English"); // Qt says "American English": every English reads this one
    }
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty()) {
        return language;
    }
    name[0] = name.at(0).toUpper(); // "français" → "Français" in a list of languages
    return name;
}

} // namespace callbridge
