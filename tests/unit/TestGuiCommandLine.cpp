#include <callbridge/Version.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct GuiRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The callbridge GUI executable started as in a terminal without a display: no X11, no Wayland,
// no platform chosen.
GuiRun runWithoutDisplay(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" }) {
        environment.remove(QString::fromLatin1(name));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLBRIDGE_GUI_PATH), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace

// `callbridge --help` and `--version` answer in a terminal without a display.
class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
};

void TestGuiCommandLine::version()
{
    const GuiRun run = runWithoutDisplay({ QStringLiteral("--version") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("callbridge " CALLBRIDGE_VERSION));
}

void TestGuiCommandLine::help()
{
    const GuiRun run = runWithoutDisplay({ QStringLiteral("--help") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("--data-dir <dir>"));
    QVERIFY(run.out.contains("--demo"));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "TestGuiCommandLine.moc"
