#include "tests/support/OrgSimFixture.h"

#include "core/salesforce/OAuthAuthorization.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace callbridge;
using namespace callbridge::test;

namespace {

// An org whose connected app accepts the callback on `port`.
std::unique_ptr<OrgSimFixture> orgFor(quint16 port)
{
    return std::make_unique<OrgSimFixture>(OrgSimFixture::acceptingCallbackOn(port));
}

} // namespace

class TestOAuthClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsWithPkce();
    void deniedInTheBrowser();
    void wrongStateKeepsTheLoginGoing_data();
    void wrongStateKeepsTheLoginGoing();
    void endlessRequestIsCut();
    void idleConnectionIsClosed();
    void busyPortIsReported();
    void timesOut();
    void cancelEndsOnce();
    void insecureLoginUrlIsRefused();

private:
    QNetworkAccessManager m_network;
};

void TestOAuthClient::connectsWithPkce()
{
    const quint16 port = freeLoopbackPort();
    auto org = orgFor(port);
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(org->baseUrl()));
    flow.setClientId(org->options().clientId);
    flow.setCallbackPort(port);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    QString pageShown;
    connect(&flow, &OAuthAuthorization::browserRequested, this, [&](const QUrl& url) {
        // The browser: log in, allow, follow the redirect to the app's listener.
        QVERIFY(QUrlQuery(url).hasQueryItem(QStringLiteral("code_challenge")));
        const QUrl redirect = org->authorizeInBrowser(url, OrgSimFixture::integrationUser());
        QCOMPARE(redirect.host(), QStringLiteral("localhost"));
        TestHttp browser(org->baseUrl());
        pageShown = QString::fromUtf8(browser.get(redirect.toString()).body);
    });
    flow.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Success);
    QVERIFY(pageShown.contains(QLatin1String("You can close this tab")));
    QVERIFY(!flow.tokens().accessToken.isEmpty());
    QVERIFY(!flow.tokens().refreshToken.isEmpty());
    QVERIFY(flow.tokens().orgId.startsWith(QStringLiteral("00D")));
    QVERIFY(flow.tokens().userId.startsWith(QStringLiteral("005")));
    QCOMPARE(flow.tokens().instanceUrl, QUrl(org->instanceUrl()));
}

void TestOAuthClient::deniedInTheBrowser()
{
    const quint16 port = freeLoopbackPort();
    auto org = orgFor(port);
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(org->baseUrl()));
    flow.setClientId(org->options().clientId);
    flow.setCallbackPort(port);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    connect(&flow, &OAuthAuthorization::browserRequested, this, [&](const QUrl& url) {
        const QUrl redirect = org->authorizeInBrowser(url, OrgSimFixture::adminUser(), false);
        TestHttp(org->baseUrl()).get(redirect.toString());
    });
    flow.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Denied);
    QVERIFY(flow.errorMessage().contains(QLatin1String("denied")));
    QVERIFY(flow.tokens().accessToken.isEmpty());
}

void TestOAuthClient::wrongStateKeepsTheLoginGoing_data()
{
    QTest::addColumn<QString>("state"); // empty: no state at all
    QTest::newRow("forged state") << QStringLiteral("forged");
    QTest::newRow("no state") << QString();
}

void TestOAuthClient::wrongStateKeepsTheLoginGoing()
{
    QFETCH(QString, state);
    const quint16 port = freeLoopbackPort();
    auto org = orgFor(port);
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(org->baseUrl()));
    flow.setClientId(org->options().clientId);
    flow.setCallbackPort(port);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    HttpResult wrong;
    HttpResult genuine;
    connect(&flow, &OAuthAuthorization::browserRequested, this, [&](const QUrl& url) {
        const QUrl redirect = org->authorizeInBrowser(url, OrgSimFixture::adminUser());
        // Another local program calls the listener first, with a state that is not this login's.
        QUrl forged = redirect;
        QUrlQuery query(forged);
        query.removeAllQueryItems(QStringLiteral("state"));
        if (!state.isEmpty()) {
            query.addQueryItem(QStringLiteral("state"), state);
        }
        forged.setQuery(query);
        wrong = TestHttp(org->baseUrl()).get(forged.toString());
        genuine = TestHttp(org->baseUrl()).get(redirect.toString());
    });
    flow.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(wrong.status, 400);
    QVERIFY2(wrong.body.contains("not from this login"), wrong.body.constData());
    QVERIFY(!wrong.body.contains("received the answer"));
    QCOMPARE(genuine.status, 200);
    QVERIFY(genuine.body.contains("received the answer"));
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Success);
    QVERIFY(!flow.tokens().accessToken.isEmpty());
    QCOMPARE(finished.size(), 1);
}

void TestOAuthClient::endlessRequestIsCut()
{
    const quint16 port = freeLoopbackPort();
    auto org = orgFor(port);
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(org->baseUrl()));
    flow.setClientId(org->options().clientId);
    flow.setCallbackPort(port);
    flow.setRequestTimeoutMs(10 * 60 * 1000); // so only the size limit can close the connection
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    bool cut = false;
    connect(&flow, &OAuthAuthorization::browserRequested, this, [&](const QUrl& url) {
        // A request line that never ends: the listener must close the connection, not buffer it.
        QTcpSocket flood;
        flood.connectToHost(QHostAddress::LocalHost, port);
        if (!flood.waitForConnected(10000)) {
            return;
        }
        QSignalSpy closed(&flood, &QTcpSocket::disconnected);
        flood.write("GET /OauthRedirect?code=" + QByteArray(64 * 1024, 'A'));
        cut = closed.wait(20000);
        TestHttp(org->baseUrl()).get(org->authorizeInBrowser(url, OrgSimFixture::adminUser()).toString());
    });
    flow.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(cut);
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Success);
}

void TestOAuthClient::idleConnectionIsClosed()
{
    const quint16 port = freeLoopbackPort();
    auto org = orgFor(port);
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(org->baseUrl()));
    flow.setClientId(org->options().clientId);
    flow.setCallbackPort(port);
    flow.setRequestTimeoutMs(1000);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    bool closedByListener = false;
    connect(&flow, &OAuthAuthorization::browserRequested, this, [&](const QUrl& url) {
        // Half a request line, then nothing.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port);
        if (!idle.waitForConnected(10000)) {
            return;
        }
        QSignalSpy closed(&idle, &QTcpSocket::disconnected);
        idle.write("GET /OauthRedirect?code=");
        closedByListener = closed.wait(20000);
        TestHttp(org->baseUrl()).get(org->authorizeInBrowser(url, OrgSimFixture::adminUser()).toString());
    });
    flow.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(closedByListener);
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Success);
}

void TestOAuthClient::busyPortIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    flow.setClientId(QStringLiteral("x"));
    flow.setCallbackPort(squatter.serverPort());
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    QSignalSpy browser(&flow, &OAuthAuthorization::browserRequested);
    flow.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(flow.result(), OAuthAuthorization::Result::PortBusy);
    QVERIFY(flow.errorMessage().contains(QStringLiteral("Port %1 is already in use").arg(squatter.serverPort())));
    QVERIFY(flow.errorMessage().contains(QLatin1String("callback URLs")));
    QCOMPARE(browser.size(), 0);
}

void TestOAuthClient::timesOut()
{
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    flow.setClientId(QStringLiteral("x"));
    flow.setCallbackPort(freeLoopbackPort());
    flow.setTimeoutMs(200);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    flow.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(flow.result(), OAuthAuthorization::Result::TimedOut);
    // The listener is closed: a late redirect finds nobody.
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestOAuthClient::cancelEndsOnce()
{
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    flow.setClientId(QStringLiteral("x"));
    const quint16 port = freeLoopbackPort();
    flow.setCallbackPort(port);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    flow.start();
    flow.cancel();
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Cancelled);
    QTcpServer again; // the port is free again
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
}

void TestOAuthClient::insecureLoginUrlIsRefused()
{
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(QStringLiteral("http://login.salesforce.com")));
    flow.setClientId(QStringLiteral("x"));
    flow.setCallbackPort(freeLoopbackPort());
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    flow.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(flow.result(), OAuthAuthorization::Result::Failed);
    QVERIFY(flow.errorMessage().contains(QLatin1String("does not use https")));
}

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "TestOAuthClient.moc"
