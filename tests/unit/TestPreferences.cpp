#include "core/settings/Preferences.h"
#include "core/settings/ProxyFactory.h"

#include <QNetworkProxyQuery>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace callbridge;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheSystem();
    void roundTrip();
    void damagedValuesFallBack();
    void proxyNeverCoversThisComputer_data();
    void proxyNeverCoversThisComputer();

private:
    QTemporaryDir m_dir;
};

void TestPreferences::defaultsFollowTheSystem()
{
    QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const Preferences preferences = Preferences::load(empty);
    QVERIFY(preferences.language.isEmpty());
    QCOMPARE(preferences.proxy, Preferences::Proxy::System);
    QCOMPARE(preferences.logLevel, Preferences::LogLevel::Normal);
    QCOMPARE(preferences.effectiveDataDirectory(), Preferences::defaultDataDirectory());
}

void TestPreferences::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("round.ini"));
    Preferences chosen;
    chosen.language = QStringLiteral("fr");
    chosen.proxy = Preferences::Proxy::Manual;
    chosen.proxyHost = QStringLiteral("proxy.acme.example");
    chosen.proxyPort = 3128;
    chosen.logLevel = Preferences::LogLevel::Detailed;
    chosen.dataDirectory = m_dir.filePath(QStringLiteral("data"));
    {
        QSettings settings(path, QSettings::IniFormat);
        chosen.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    const Preferences loaded = Preferences::load(settings);
    QCOMPARE(loaded.language, chosen.language);
    QCOMPARE(loaded.proxy, chosen.proxy);
    QCOMPARE(loaded.proxyHost, chosen.proxyHost);
    QCOMPARE(loaded.proxyPort, chosen.proxyPort);
    QCOMPARE(loaded.logLevel, chosen.logLevel);
    QCOMPARE(loaded.effectiveDataDirectory(), chosen.dataDirectory);
}

void TestPreferences::damagedValuesFallBack()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("network/proxy"), QStringLiteral("socks9"));
        settings.setValue(QStringLiteral("network/proxyPort"), 70000);
        settings.setValue(QStringLiteral("logging/level"), QStringLiteral("chatty"));
    }
    QSettings settings(path, QSettings::IniFormat);
    const Preferences loaded = Preferences::load(settings);
    QCOMPARE(loaded.proxy, Preferences::Proxy::System);
    QCOMPARE(loaded.proxyPort, 8080);
    QCOMPARE(loaded.logLevel, Preferences::LogLevel::Normal);
}

void TestPreferences::proxyNeverCoversThisComputer_data()
{
    QTest::addColumn<Preferences::Proxy>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("expectedType");
    QTest::addColumn<QString>("expectedHost");
    const QString salesforce = QStringLiteral("https://acme.my.salesforce.com/services/data/");
    QTest::newRow("manual, Salesforce") << Preferences::Proxy::Manual << salesforce << int(QNetworkProxy::HttpProxy)
                                        << QStringLiteral("proxy.acme.example");
    QTest::newRow("manual, demo org") << Preferences::Proxy::Manual << QStringLiteral("http://127.0.0.1:8443/")
                                      << int(QNetworkProxy::NoProxy) << QString();
    QTest::newRow("manual, localhost") << Preferences::Proxy::Manual
                                       << QStringLiteral("http://localhost:1717/OauthRedirect")
                                       << int(QNetworkProxy::NoProxy) << QString();
    QTest::newRow("manual, IPv6 loopback") << Preferences::Proxy::Manual << QStringLiteral("http://[::1]:8443/")
                                           << int(QNetworkProxy::NoProxy) << QString();
    QTest::newRow("none, Salesforce") << Preferences::Proxy::None << salesforce << int(QNetworkProxy::NoProxy)
                                      << QString();
}

void TestPreferences::proxyNeverCoversThisComputer()
{
    QFETCH(Preferences::Proxy, mode);
    QFETCH(QString, url);
    QFETCH(int, expectedType);
    QFETCH(QString, expectedHost);
    ProxyFactory factory(mode, QStringLiteral("proxy.acme.example"), 3128);
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(int(proxies.first().type()), expectedType);
    QCOMPARE(proxies.first().hostName(), expectedHost);
    if (expectedType == QNetworkProxy::HttpProxy) {
        QCOMPARE(proxies.first().port(), quint16(3128));
    }
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "TestPreferences.moc"
