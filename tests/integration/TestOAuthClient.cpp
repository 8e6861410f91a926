#include "tests/support/OrgSimFixture.h"

#include "core/salesforce/OAuthAuthorization.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
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
    void wrongStateIsRejected();
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
    QCOMPARE(flow.tokens().instanceUrl, QUrl(org->baseUrl()));
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

void TestOAuthClient::wrongStateIsRejected()
{
    const quint16 port = freeLoopbackPort();
    auto org = orgFor(port);
    OAuthAuthorization flow(&m_network);
    flow.setLoginUrl(QUrl(org->baseUrl()));
    flow.setClientId(org->options().clientId);
    flow.setCallbackPort(port);
    QSignalSpy finished(&flow, &OAuthAuthorization::finished);
    connect(&flow, &OAuthAuthorization::browserRequested, this, [&](const QUrl& url) {
        QUrl redirect = org->authorizeInBrowser(url, OrgSimFixture::adminUser());
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        redirect.setQuery(query);
        TestHttp(org->baseUrl()).get(redirect.toString());
    });
    flow.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(flow.result(), OAuthAuthorization::Result::StateMismatch);
    QVERIFY(flow.errorMessage().contains(QLatin1String("wrong state")));
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
