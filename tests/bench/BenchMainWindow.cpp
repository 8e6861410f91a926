// How long Callbridge takes to show its main window from a cold start of the process, and how
// much memory it holds then. The benchmark starts itself again as `callbridge`'s main() would
// run (a QApplication and the ui::Console, on a fresh data folder), and that child prints the
// moment its window is exposed. Figures only; no thresholds.
#include "ui/Console.h"
#include "ui/MainWindow.h"

#include "core/config/ConfigDocument.h"

#include "tests/support/ProcessFigures.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace callbridge;
using namespace callbridge::test;

namespace {

constexpr const char* childArgument = "--show-main-window";

// The child: main()'s start-up, then "shown <ms since main> <ms since start> <resident KB>" once
// the window is exposed.
int showMainWindow(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QTemporaryDir data;
    ConfigDocument document(data.filePath(QStringLiteral("config.json")));
    document.load();
    ui::Console::Options options;
    options.dataDirectory = data.path();
    options.keychainService = QStringLiteral("Callbridge main window benchmark");
    ui::Console console(&document, options);
    console.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const QWindow* window = console.window()->windowHandle();
        if (window && window->isExposed()) {
            printf("shown %lld %lld %lld\n", sinceMain.elapsed(), qint64(msSinceProcessStart()), statusKb("VmRSS:"));
            fflush(stdout);
            QCoreApplication::quit();
        }
    });
    poll.start(1);
    return QApplication::exec();
}

} // namespace

class BenchMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coldStart();
};

void BenchMainWindow::coldStart()
{
    for (int run = 0; run < 3; ++run) {
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(childArgument) });
        QVERIFY(child.waitForFinished(60000));
        const qint64 wallMs = timer.elapsed();
        const QList<QByteArray> shown = child.readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(shown.value(0), QByteArray("shown"));
        qInfo("run %d: main window exposed %lld ms after the process started (%lld ms after main() began; the "
              "whole child process, exit included, %lld ms); %lld MB resident",
            run + 1, shown.value(2).toLongLong(), shown.value(1).toLongLong(), wallMs,
            shown.value(3).toLongLong() / 1024);
    }
}

int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], childArgument) == 0) {
        return showMainWindow(argc, argv);
    }
    QCoreApplication app(argc, argv);
    BenchMainWindow bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "BenchMainWindow.moc"
