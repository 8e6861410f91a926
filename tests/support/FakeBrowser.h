#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace callbridge::test {

class OrgSimFixture;

// Plays the system browser: while it exists, QDesktopServices hands it every http URL; it logs in
// as a user on orgsim's login and consent pages and follows the redirect back to Callbridge.
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    FakeBrowser();
    ~FakeBrowser() override;

    OrgSimFixture* org = nullptr;
    QString username;
    int opened = 0;
    QByteArray answerPage; // what Callbridge's listener showed after the redirect
    std::function<void()> beforeLogin; // e.g. a screenshot of the wizard while it waits

public Q_SLOTS:
    void open(const QUrl& url);
};

} // namespace callbridge::test

// Keychain tests need a Secret Service: run through packaging/dev/run-tests.sh, which starts a
// private D-Bus session with gnome-keyring. CI must have one, so there it fails instead of skipping.
#define CALLBRIDGE_REQUIRE_SECRET_SERVICE()                                                                            \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                                                 \
            if (qEnvironmentVariableIsSet("CI")) {                                                                     \
                QFAIL("CI must run this test inside dbus-run-session with gnome-keyring "                              \
                      "(packaging/dev/run-tests.sh)");                                                                 \
            }                                                                                                          \
            QSKIP("needs a Secret Service: run it through packaging/dev/run-tests.sh");                                \
        }                                                                                                              \
    } while (false)
