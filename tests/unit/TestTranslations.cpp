#include "core/audit/AuditReport.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace callbridge;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType; // empty when finished; "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or the plural forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && message.numerus) {
            messages.append(message); // a plural message ends after its forms
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message { context, {}, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = { xml.readElementText() };
                messages.append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    return messages;
}

// lupdate over the sources into a copy of the committed file: whatever it had to change is what
// the committed file lacks (new strings: unfinished) or keeps for nothing (vanished strings).
QString lupdateCopy(const QString& language, const QString& directory, QString* output)
{
    const QString committed = QStringLiteral(CALLBRIDGE_TS_DIR "/callbridge_%1.ts").arg(language);
    const QString copy = QDir(directory).filePath(QStringLiteral("callbridge_%1.ts").arg(language));
    QFile::remove(copy);
    if (!QFile::copy(committed, copy)) {
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments { QStringLiteral("@" CALLBRIDGE_TS_SOURCE_LIST), QStringLiteral("-locations"),
        QStringLiteral("none"), QStringLiteral("-ts"), copy };
    if (language == QLatin1String("en")) {
        arguments.prepend(QStringLiteral("-pluralonly"));
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(CALLBRIDGE_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *output = QString::fromLocal8Bit(lupdate.readAllStandardError());
        return {};
    }
    *output = QString::fromLocal8Bit(lupdate.readAllStandardOutput());
    return copy;
}

// %1 … %99, with or without L, and %n: every placeholder of the source must survive translation.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        found.append(matches.next().captured(1));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
    void placeholdersSurvive_data();
    void placeholdersSurvive();
    void languageFollowsTheSystemUnlessChosen_data();
    void languageFollowsTheSystemUnlessChosen();
    void installsOurAndQtsTranslations();
    void languagesAreNamedInTheirOwnLanguage();
    void englishHasItsPluralForms();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::everySourceStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("English plurals") << QStringLiteral("en");
}

void TestTranslations::everySourceStringIsTranslated()
{
    QFETCH(QString, language);
    QString output;
    const QString updated = lupdateCopy(language, m_dir.path(), &output);
    QVERIFY2(!updated.isEmpty(), qPrintable(QStringLiteral("lupdate failed: ") + output));
    const QList<Message> messages = readTs(updated);
    QVERIFY2(!messages.isEmpty(), qPrintable(updated));
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source.left(80) + QLatin1Char('"');
        if (message.translationType == QLatin1String("unfinished")) {
            problems.append(QStringLiteral("not translated (new or changed in the sources) ") + where);
        } else if (message.translationType == QLatin1String("vanished")
            || message.translationType == QLatin1String("obsolete")) {
            problems.append(QStringLiteral("obsolete, no longer in the sources ") + where);
        } else if (message.translations.isEmpty() || message.translations.contains(QString())) {
            problems.append(QStringLiteral("empty translation ") + where);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("callbridge_%1.ts needs 'cmake --build build/dev --target update_translations' "
                                  "and translating:\n")
                       .arg(language)
            + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersSurvive_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("English plurals") << QStringLiteral("en");
}

void TestTranslations::placeholdersSurvive()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(QStringLiteral(CALLBRIDGE_TS_DIR "/callbridge_%1.ts").arg(language));
    QStringList problems;
    for (const Message& message : messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            QStringList actual = placeholders(translation);
            if (message.numerus && !actual.contains(QStringLiteral("n")) && expected.contains(QStringLiteral("n"))) {
                actual.append(QStringLiteral("n")); // a singular form may spell the number out
                actual.sort();
            }
            if (actual != expected) {
                problems.append(message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\" → \"")
                    + translation + QStringLiteral("\""));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::languageFollowsTheSystemUnlessChosen_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << QString() << QStringList { QStringLiteral("de-DE") } << QStringLiteral("de");
    QTest::newRow("Swiss French") << QString() << QStringList { QStringLiteral("fr_CH") } << QStringLiteral("fr");
    QTest::newRow("first available") << QString() << QStringList { QStringLiteral("es-ES"), QStringLiteral("fr-FR") }
                                     << QStringLiteral("fr");
    QTest::newRow("none available") << QString() << QStringList { QStringLiteral("ja-JP") } << QStringLiteral("en");
    QTest::newRow("chosen wins") << QStringLiteral("fr") << QStringList { QStringLiteral("de-DE") }
                                 << QStringLiteral("fr");
    QTest::newRow("chosen English") << QStringLiteral("en") << QStringList { QStringLiteral("de-DE") }
                                    << QStringLiteral("en");
    QTest::newRow("chosen, gone") << QStringLiteral("xx") << QStringList { QStringLiteral("de-AT") }
                                  << QStringLiteral("de");
}

void TestTranslations::languageFollowsTheSystemUnlessChosen()
{
    QFETCH(QString, preferred);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::chooseLanguage(preferred, system), expected);
}

void TestTranslations::installsOurAndQtsTranslations()
{
    QCOMPARE(Translations::availableLanguages(),
        (QStringList { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") }));
    const QStringList loaded = Translations::install(QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0), QStringLiteral(":/i18n/callbridge_de.qm"));
    QCOMPARE(QFileInfo(loaded.at(1)).fileName(), QStringLiteral("qtbase_de.qm"));
    QCOMPARE(QCoreApplication::translate("SetupStep", "Connection"), QStringLiteral("Verbindung"));
    // Qt's own dialogs' buttons come from qtbase_de.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    Translations::install(QCoreApplication::instance(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("SetupStep", "Connection"), QStringLiteral("Connexion"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));

    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("SetupStep", "Connection"), QStringLiteral("Connection"));
}

void TestTranslations::languagesAreNamedInTheirOwnLanguage()
{
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
}

void TestTranslations::englishHasItsPluralForms()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    const char* ready = "Ready. %n optional permission(s) missing: see what each one adds.";
    QCOMPARE(QCoreApplication::translate("AuditReport", ready, nullptr, 1),
        QStringLiteral("Ready. 1 optional permission missing: see what it adds."));
    QCOMPARE(QCoreApplication::translate("AuditReport", ready, nullptr, 3),
        QStringLiteral("Ready. 3 optional permissions missing: see what each one adds."));
    // Both kinds missing: each count says its own plural.
    AuditReport report;
    report.setupReadable = true;
    for (AuditFinding::Severity severity :
        { AuditFinding::Severity::Degraded, AuditFinding::Severity::Advice, AuditFinding::Severity::Advice }) {
        AuditFinding finding;
        finding.severity = severity;
        finding.status = AuditFinding::Status::Missing;
        report.findings.append(finding);
    }
    QCOMPARE(report.verdictText(),
        QStringLiteral("Ready. Missing: 1 recommended permission and 2 optional permissions; see what each one adds."));
    // The preview says this with the demo org's one deleted call.
    QCOMPARE(QCoreApplication::translate(
                 "callbridge::ui::PreviewPage", "%Ln deleted calls will be deleted from Salesforce.", nullptr, 1),
        QStringLiteral("1 deleted call will be deleted from Salesforce."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
