#include "TestData.h"

#include "MainWindow.h"
#include "NotBuiltPage.h"

#include "config/ConfigDocument.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryStep();
    void unbuiltStepsSaySo();
    void sidebarSwitchesPages();
    void titleShowsUnsavedChanges();
    void statusBarShowsConnectionAndUsage();

private:
    QTemporaryDir m_dir;
};

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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
