#include "tests/support/KeyboardWalk.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/Screenshots.h"
#include "ui/AboutDialog.h"
#include "ui/ExportFilterPage.h"
#include "ui/PreferencesDialog.h"
#include "ui/ThemeColors.h"

#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/i18n/Translations.h"

#include <callbridge/Version.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace callbridge;
using namespace callbridge::test;
using namespace callbridge::ui;

namespace {

QRadioButton* radio(QWidget* parent, const QString& text)
{
    const QList<QRadioButton*> buttons = parent->findChildren<QRadioButton*>();
    for (QRadioButton* button : buttons) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

class TestDesktopDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutNamesVersionsLicenseAndComponents();
    void dialogsWorkWithTheKeyboardAlone();
    void dialogsFitTheirTextInEveryLanguage_data();
    void dialogsFitTheirTextInEveryLanguage();
    void preferencesShowAndReturnTheChoices();
    void clearingTheCacheAsksFirst();
    void clearingWaitsForAnImport();
    void appIconIsSharpAtAnyScale();
    void errorColourFollowsAPaletteChange();
    void colorsStayReadableInLightAndDarkPalettes_data();
    void colorsStayReadableInLightAndDarkPalettes();
};

void TestDesktopDialogs::aboutNamesVersionsLicenseAndComponents()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString heading = dialog.findChild<QLabel*>(QStringLiteral("aboutHeading"))->text();
    QVERIFY2(heading.contains(QStringLiteral(CALLBRIDGE_VERSION)), qPrintable(heading));
    QVERIFY2(heading.contains(QString::fromLatin1(qVersion())), qPrintable(heading));
    QVERIFY(
        dialog.findChild<QTextBrowser*>(QStringLiteral("license"))->toPlainText().contains(QLatin1String("Copyright")));
    const QString notices = dialog.findChild<QTextBrowser*>(QStringLiteral("thirdPartyNotices"))->toPlainText();
    for (const char* component : { "Qt ", "QtKeychain", "libcsv", "simdjson", "SQLite", "LGPL version 3",
             "BSD 3-clause", "Apache License 2.0" }) {
        QVERIFY2(notices.contains(QLatin1String(component)), component);
    }
    saveScreenshot(&dialog, QStringLiteral("about"));
}

// Every control Tab reaches has a name a screen reader can announce; Escape closes.
void TestDesktopDialogs::dialogsWorkWithTheKeyboardAlone()
{
    PreferencesDialog preferences(Preferences(), QStringLiteral("/tmp/callbridge-in-use"));
    AboutDialog about;
    for (QDialog* dialog : { static_cast<QDialog*>(&preferences), static_cast<QDialog*>(&about) }) {
        dialog->show();
        QVERIFY(activate(dialog));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QStringList unnamed;
        const QList<QWidget*> reached = tabThrough(dialog, &unnamed);
        QVERIFY2(reached.size() >= 3, qPrintable(describe(dialog)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }
}

void TestDesktopDialogs::dialogsFitTheirTextInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestDesktopDialogs::dialogsFitTheirTextInEveryLanguage()
{
    QFETCH(QString, language);
    Translations::install(QCoreApplication::instance(), language);
    PreferencesDialog preferences(Preferences(), QStringLiteral("/tmp/callbridge-in-use"));
    AboutDialog about;
    QStringList clipped;
    for (QDialog* dialog : { static_cast<QDialog*>(&preferences), static_cast<QDialog*>(&about) }) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        clipped += clippedTexts(dialog);
    }
    saveScreenshot(&preferences, language + QStringLiteral("-preferences"));
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestDesktopDialogs::preferencesShowAndReturnTheChoices()
{
    Preferences initial;
    initial.language = QStringLiteral("de");
    initial.proxy = Preferences::Proxy::System;
    initial.proxyHost = QStringLiteral("old.proxy.example");
    initial.logLevel = Preferences::LogLevel::Warnings;
    PreferencesDialog dialog(initial, QStringLiteral("/tmp/callbridge-in-use"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("proxyHost"));
    auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("proxyPort"));
    QVERIFY(!host->isEnabled()); // only for a manual proxy
    auto* restartNote = dialog.findChild<QLabel*>(QStringLiteral("restartNote"));
    QVERIFY(restartNote->isHidden());

    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QVERIFY(restartNote->isVisible());
    QVERIFY(restartNote->text().contains(QLatin1String("language")));
    radio(&dialog, QStringLiteral("Manual:"))->click();
    QVERIFY(host->isEnabled());
    QVERIFY(port->isEnabled());
    host->setText(QStringLiteral("  proxy.acme.example "));
    port->setValue(3128);
    auto* logLevel = dialog.findChild<QComboBox*>(QStringLiteral("logLevel"));
    logLevel->setCurrentIndex(logLevel->findData(int(Preferences::LogLevel::Detailed)));
    saveScreenshot(&dialog, QStringLiteral("preferences"));

    const Preferences chosen = dialog.preferences();
    QCOMPARE(chosen.language, QStringLiteral("fr"));
    QCOMPARE(chosen.proxy, Preferences::Proxy::Manual);
    QCOMPARE(chosen.proxyHost, QStringLiteral("proxy.acme.example"));
    QCOMPARE(chosen.proxyPort, 3128);
    QCOMPARE(chosen.logLevel, Preferences::LogLevel::Detailed);
    QVERIFY(chosen.dataDirectory.isEmpty()); // the default folder is not written down
}

void TestDesktopDialogs::clearingTheCacheAsksFirst()
{
    PreferencesDialog dialog(Preferences(), QStringLiteral("/tmp/callbridge-in-use"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &PreferencesDialog::clearCacheRequested);
    auto* clear = dialog.findChild<QPushButton*>(QStringLiteral("clearCache"));

    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QLatin1String("test exports"))); // says what is kept
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    answer(QMessageBox::Yes);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    dialog.showClearCacheResult(QStringLiteral("Removed 12 cached records."));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("clearCacheResult"))->text(),
        QStringLiteral("Removed 12 cached records."));
}

void TestDesktopDialogs::clearingWaitsForAnImport()
{
    PreferencesDialog dialog(Preferences(), QStringLiteral("/tmp/callbridge-in-use"));
    dialog.setClearCacheEnabled(false, QStringLiteral("An import is open: close it first."));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("clearCache"))->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("clearCacheResult"))->text(),
        QStringLiteral("An import is open: close it first."));
}

void TestDesktopDialogs::appIconIsSharpAtAnyScale()
{
    // The icon is an SVG: at 200 % a 64 px icon is drawn from 128 device pixels, not scaled up.
    const QIcon icon(QStringLiteral(":/icons/callbridge.svg"));
    for (qreal scale : { 1.0, 1.5, 2.0, 3.0 }) {
        const QPixmap pixmap = icon.pixmap(QSize(64, 64), scale);
        QCOMPARE(pixmap.size(), QSize(qRound(64 * scale), qRound(64 * scale)));
        QCOMPARE(pixmap.devicePixelRatio(), scale);
        // Drawn, not empty: the corner is transparent, the middle is the icon's blue.
        const QImage image = pixmap.toImage();
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 8).blue() > 150);
    }
}

void TestDesktopDialogs::errorColourFollowsAPaletteChange()
{
    QTemporaryDir dir;
    ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
    document.load();
    ExportWorkspace workspace;
    ExportFilterPage page(&document, &workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.textEditor()->setPlainText(QStringLiteral("duration >= "));
    auto* validation = page.findChild<QLabel*>(QStringLiteral("filterValidation"));
    const QPalette light = QApplication::palette();
    QTRY_VERIFY(validation->styleSheet().contains(toneText(Tone::Problem, light).name()));

    // The desktop switches to a dark theme while Callbridge runs.
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    QApplication::setPalette(dark);
    QTRY_VERIFY(validation->styleSheet().contains(toneText(Tone::Problem, dark).name()));
    QVERIFY(toneText(Tone::Problem, dark) != toneText(Tone::Problem, light));
    QApplication::setPalette(light);
}

void TestDesktopDialogs::colorsStayReadableInLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("dark");
    QTest::newRow("Fusion light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black) << false;
    QTest::newRow("white") << QColor(Qt::white) << QColor(0x20, 0x20, 0x20) << false;
    QTest::newRow("Breeze dark") << QColor(0x20, 0x23, 0x26) << QColor(0xfc, 0xfc, 0xfc) << true;
    QTest::newRow("Adwaita dark") << QColor(0x35, 0x35, 0x35) << QColor(0xee, 0xee, 0xec) << true;
}

void TestDesktopDialogs::colorsStayReadableInLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QFETCH(bool, dark);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    QCOMPARE(isDarkPalette(palette), dark);
    for (Tone tone : { Tone::Good, Tone::Caution, Tone::Information, Tone::Problem }) {
        const double onWindow = contrastRatio(toneText(tone, palette), window);
        QVERIFY2(onWindow >= 4.5, qPrintable(QStringLiteral("tone %1 on the window: %2").arg(int(tone)).arg(onWindow)));
        const double onBanner = contrastRatio(text, toneBackground(tone, palette));
        QVERIFY2(onBanner >= 4.5, qPrintable(QStringLiteral("text on tone %1: %2").arg(int(tone)).arg(onBanner)));
    }
}

QTEST_MAIN(TestDesktopDialogs)
#include "TestDesktopDialogs.moc"
