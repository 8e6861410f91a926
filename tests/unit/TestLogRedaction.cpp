#include "tests/support/TestData.h"

#include "core/logging/LogCategories.h"
#include "core/logging/LogHandler.h"
#include "core/logging/RotatingLogFile.h"
#include "core/logging/SecretRedactor.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

class TestLogRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data();
    void redacts();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void logFileHoldsNoSecret();
    void rotates();
};

void TestLogRedaction::redacts_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");

    const QString session = QStringLiteral("00D5g000004ABCD!AQ0AQH0dMHZfz972Szmpkb58urFRkgeBGsxL_QJWwYMfAbUeeG7c1E6");
    QTest::newRow("authorization header")
        << QStringLiteral("Authorization: Bearer abc.DEF-123_xyz") << QStringLiteral("abc.DEF-123_xyz");
    QTest::newRow("oauth header") << QStringLiteral("Authorization: OAuth tok3n") << QStringLiteral("tok3n");
    QTest::newRow("session id anywhere") << QStringLiteral("replaying with ") + session << session;
    QTest::newRow("json access token") << QStringLiteral("{\"access_token\":\"sekrit42\",\"instance_url\":\"x\"}")
                                       << QStringLiteral("sekrit42");
    QTest::newRow("json refresh token spaced")
        << QStringLiteral("{ \"refresh_token\" : \"5Aep861refresh\" }") << QStringLiteral("5Aep861refresh");
    QTest::newRow("form code") << QStringLiteral("grant_type=authorization_code&code=aPrx8Code%3D%3D&redirect_uri=x")
                               << QStringLiteral("aPrx8Code%3D%3D");
    QTest::newRow("form verifier") << QStringLiteral("code_verifier=Vv9_verifier-long&client_id=abc")
                                   << QStringLiteral("Vv9_verifier-long");
    QTest::newRow("client secret") << QStringLiteral("client_secret=shhh123&grant_type=client_credentials")
                                   << QStringLiteral("shhh123");
    QTest::newRow("redirect url code") << QStringLiteral("GET /OauthRedirect?code=c0de%21x&state=s1")
                                       << QStringLiteral("c0de%21x");
    QTest::newRow("debug output") << QStringLiteral("QMap((\"refresh_token\", QVariant(QString, \"rt-998\")))")
                                  << QStringLiteral("rt-998");
    QTest::newRow("key value colon") << QStringLiteral("password: hunter2") << QStringLiteral("hunter2");
}

void TestLogRedaction::redacts()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString redacted = SecretRedactor::redact(line);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(SecretRedactor::placeholder()), qPrintable(redacted));
}

void TestLogRedaction::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("error code") << QStringLiteral(
        "[{\"errorCode\":\"INVALID_SESSION_ID\",\"message\":\"Session expired\"}]");
    QTest::newRow("url") << QStringLiteral(
        "GET https://na1.salesforce.com/services/data/v60.0/sobjects/Account/describe");
    QTest::newRow("status") << QStringLiteral("HTTP 200, 2000 records, api-usage=25/15000");
    QTest::newRow("user id") << QStringLiteral("connected as 0055g00000AbCdEAAV in org 00D5g000004ABCDEAS");
}

void TestLogRedaction::leavesOrdinaryTextAlone()
{
    QFETCH(QString, line);
    QCOMPARE(SecretRedactor::redact(line), line);
}

void TestLogRedaction::logFileHoldsNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/callbridge.log"));
    {
        RotatingLogFile file(path);
        LogHandler::install(&file, false);
        qCInfo(lcOAuth) << "token response"
                        << QStringLiteral("{\"access_token\":\"00D5g000004ABCD!ARsecretpart\","
                                          "\"refresh_token\":\"5Aep861TSESvWeug_xvFHRBTTbf\"}");
        qCWarning(lcRest) << "request failed with header Authorization: Bearer 00D5g000004ABCD!ARsecretpart";
        qCInfo(lcOAuth).noquote() << "redirect received: /OauthRedirect?code=aPrxSecretCode&state=xyz";
        qCDebug(lcOAuth).noquote() << "exchanging code_verifier=verifierSecret42";
        qCInfo(lcOAuth).noquote() << "client_secret=clientSecret77";
        qCInfo(lcRest) << "an ordinary line";
        LogHandler::uninstall();
    }
    const QByteArray contents = test::readFile(path);
    QVERIFY(contents.contains("an ordinary line"));
    QVERIFY(contents.contains("callbridge.oauth"));
    for (const char* secret :
        { "ARsecretpart", "5Aep861TSESvWeug_xvFHRBTTbf", "aPrxSecretCode", "verifierSecret42", "clientSecret77" }) {
        QVERIFY2(!contents.contains(secret), secret);
    }
}

void TestLogRedaction::rotates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rot.log"));
    RotatingLogFile file(path, 1000, 2);
    for (int i = 0; i < 100; ++i) {
        file.append(QStringLiteral("line %1 ").arg(i) + QString(40, QLatin1Char('x')));
    }
    QVERIFY(QFile::exists(path + QStringLiteral(".1")));
    QVERIFY(QFile::exists(path + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
    QVERIFY(QFileInfo(path).size() < 1000);

    // Oldest to newest, the kept files hold consecutive lines ending with the last one written;
    // the oldest lines were dropped.
    QList<int> numbers;
    for (const QString& name : QStringList { path + QStringLiteral(".2"), path + QStringLiteral(".1"), path }) {
        for (const QByteArray& line : test::readFile(name).split('\n')) {
            if (!line.isEmpty()) {
                numbers.append(line.split(' ').at(1).toInt());
            }
        }
    }
    QVERIFY(numbers.first() > 0);
    QCOMPARE(numbers.last(), 99);
    for (int i = 1; i < numbers.size(); ++i) {
        QCOMPARE(numbers.at(i), numbers.at(i - 1) + 1);
    }
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "TestLogRedaction.moc"
