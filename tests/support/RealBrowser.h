#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QProcess;

namespace callbridge::test {

// The system browser for a GUI test: Debian's Chromium, driven by tests/browser (puppeteer-core)
// through the org's real login and consent pages, which clicks the user and Allow and lands on the
// app's own loopback listener. While it exists, QDesktopServices hands it every http and https URL:
// offscreen Qt has no desktop services of its own, so it opens the URL as Qt's desktop services do
// on Linux, with xdg-open, where $BROWSER is the driver (tests/browser/browser.sh).
class RealBrowser : public QObject
{
    Q_OBJECT

public:
    RealBrowser();
    ~RealBrowser() override;

    // Why the real browser cannot run on this machine (no Chromium, no xdg-open, no Node, the driver
    // not installed with npm ci); empty when it can.
    static QString missing();

    QString username; // who logs in
    int opened = 0;
    // What the browser went through (its pages' titles, the app's last page), and its errors.
    QString log() const { return m_log; }

public Q_SLOTS:
    void open(const QUrl& url);

private:
    QString m_log;
};

} // namespace callbridge::test
