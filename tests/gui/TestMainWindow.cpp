#include "tests/support/TestData.h"

#include "ui/MainWindow.h"
#include "ui/NotBuiltPage.h"
#include "ui/PreferencesDialog.h"

#include "core/config/ConfigDocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace callbridge;
using namespace callbridge::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEveryStep();
    void unbuiltStepsSaySo();
    void sidebarSwitchesPages();
    void titleShowsUnsavedChanges();
    void statusBarShowsConnectionAndUsage();
    void newLanguageOffersARestart_data();
    void newLanguageOffersARestart();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // Preferences are written: never into the preferences of whoever runs the test.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config-home"))));
}

void TestMainWindow::showsEveryStep()
{
    ConfigDocument document(m_dir.filePath(QStringLiteral("a.json")));
    MainWindow window(&document);
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("stepSidebar"));
    QVERIFY(sidebar);
    QStringList titles;
    for (int i = 0; i < sidebar->count(); ++i) {
        titles.append(sidebar->item(i)->text());
    }
    QCOMPARE(titles,
        (QStringList { QStringLiteral("Connection"), QStringLiteral("Permissions"), QStringLiteral("Fields"),
            QStringLiteral("Users"), QStringLiteral("Export filter"), QStringLiteral("Preview") }));
}

void TestMainWindow::unbuiltStepsSaySo()
{
    ConfigDocument document(m_dir.filePath(QStringLiteral("b.json")));
    MainWindow window(&document);
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("stepPages"));
    for (int i = 0; i < pages->count(); ++i) {
        if (auto* page = qobject_cast<NotBuiltPage*>(pages->widget(i))) {
            auto* notice = page->findChild<QLabel*>(QStringLiteral("notBuiltNotice"));
            QVERIFY(notice);
            QVERIFY(notice->text().contains(QLatin1String("not available")));
        }
    }
}

void TestMainWindow::sidebarSwitchesPages()
{
    ConfigDocument document(m_dir.filePath(QStringLiteral("c.json")));
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("stepSidebar"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("stepPages"));
    QCOMPARE(window.currentStep(), SetupStep::Connection);

    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(window.currentStep(), SetupStep::Fields);
    QCOMPARE(pages->currentIndex(), 2);
    QCOMPARE(pages->currentWidget()->accessibleName(), QStringLiteral("Fields"));

    window.showStep(SetupStep::Preview);
    QCOMPARE(pages->currentIndex(), 5);
}

void TestMainWindow::titleShowsUnsavedChanges()
{
    ConfigDocument document(m_dir.filePath(QStringLiteral("d.json")));
    document.load();
    MainWindow window(&document);
    QVERIFY(!window.isWindowModified());
    IntegrationConfig changed = document.config();
    changed.callFilter = QStringLiteral("duration > 1m");
    document.setConfig(changed);
    QVERIFY(window.isWindowModified());
    QVERIFY(document.save().ok());
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::statusBarShowsConnectionAndUsage()
{
    ConfigDocument document(m_dir.filePath(QStringLiteral("e.json")));
    MainWindow window(&document);
    window.show();
    auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
    auto* usage = window.findChild<QLabel*>(QStringLiteral("apiUsage"));
    QCOMPARE(state->text(), QStringLiteral("Not connected"));
    QVERIFY(!usage->isVisible());
    window.setApiUsage(1234, 15000);
    QVERIFY(usage->isVisible());
    QCOMPARE(usage->text(), QStringLiteral("API requests today: 1,234 of 15,000"));
}

void TestMainWindow::newLanguageOffersARestart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<bool>("restarted");
    QTest::newRow("same language") << QString() << QString() << false << false;
    QTest::newRow("German, restart now") << QStringLiteral("de") << QStringLiteral("Restart now") << true << true;
    QTest::newRow("French, later") << QStringLiteral("fr") << QStringLiteral("Later") << true << false;
}

// Preferences are this user's (the tests' XDG_CONFIG_HOME is their own): the language is saved, and
// Callbridge offers to start again in it.
void TestMainWindow::newLanguageOffersARestart()
{
    QFETCH(QString, language);
    QFETCH(QString, answer);
    QFETCH(bool, offered);
    QFETCH(bool, restarted);
    Preferences reset;
    reset.saveForThisUser();

    ConfigDocument document(m_dir.filePath(QStringLiteral("restart.json")));
    MainWindow window(&document);
    int restarts = 0;
    window.setRestartHandler([&restarts] { ++restarts; });
    window.show();
    bool askedToRestart = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("language"));
        combo->setCurrentIndex(combo->findData(language));
        // The restart question, if any, comes after the dialog closes.
        QTimer::singleShot(0, &window, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                return;
            }
            askedToRestart = true;
            const QList<QAbstractButton*> buttons = box->buttons();
            for (QAbstractButton* button : buttons) {
                if (button->text().remove(QLatin1Char('&')) == answer) {
                    button->click();
                }
            }
        });
        dialog->accept();
    });
    window.showPreferences();
    QCOMPARE(askedToRestart, offered);
    QCOMPARE(restarts, restarted ? 1 : 0);
    QCOMPARE(Preferences::loadForThisUser().language, language);
    QCOMPARE(window.isVisible(), !restarted);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
