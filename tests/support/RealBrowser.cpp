#include "tests/support/RealBrowser.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace callbridge::test {

namespace {

QString driverDirectory()
{
    return QStringLiteral(CALLBRIDGE_BROWSER_DIR);
}

QString chromium()
{
    const QString chosen = qEnvironmentVariable("CALLBRIDGE_CHROMIUM");
    return chosen.isEmpty() ? QStringLiteral("/usr/bin/chromium") : chosen;
}

} // namespace

RealBrowser::RealBrowser()
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open");
}

RealBrowser::~RealBrowser()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

QString RealBrowser::missing()
{
    QStringList missing;
    if (!QFileInfo(chromium()).isExecutable()) {
        missing.append(chromium() + QStringLiteral(" (Debian's chromium: packaging/dev/install-deps.sh)"));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty()) {
        missing.append(QStringLiteral("xdg-open (xdg-utils: packaging/dev/install-deps.sh)"));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        missing.append(QStringLiteral("node (nodejs: packaging/dev/install-deps.sh)"));
    }
    if (!QFileInfo::exists(driverDirectory() + QStringLiteral("/node_modules/puppeteer-core"))) {
        missing.append(
            QStringLiteral("the browser driver (npm ci --prefix tests/browser, as packaging/dev/run-tests.sh does)"));
    }
    return missing.join(QStringLiteral(", "));
}

void RealBrowser::open(const QUrl& url)
{
    ++opened;
    // A desktop with no display and no desktop environment: xdg-open runs $BROWSER.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP",
             "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID", "MATE_DESKTOP_SESSION_ID" }) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("BROWSER"), driverDirectory() + QStringLiteral("/browser.sh"));
    environment.insert(QStringLiteral("CALLBRIDGE_BROWSER_USERNAME"), username);
    environment.insert(QStringLiteral("CALLBRIDGE_CHROMIUM"), chromium());
    auto* process = new QProcess(this);
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyRead, this, [this, process] { m_log += QString::fromUtf8(process->readAll()); });
    connect(process, &QProcess::finished, this, [this, process](int exitCode) {
        m_log += QString::fromUtf8(process->readAll());
        if (exitCode != 0) {
            m_log += QStringLiteral("(xdg-open exited with %1)\n").arg(exitCode);
        }
        process->deleteLater();
    });
    process->start(QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) });
}

} // namespace callbridge::test
