// The client's SOQL literals against orgsim, which refuses every escape Salesforce does not
// document: text with quotes, backslashes, wildcards and control characters finds exactly the
// record that holds it.
#include "tests/support/OrgSimFixture.h"

#include "core/salesforce/Soql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

class TestSoqlLiterals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textRoundTrips_data();
    void textRoundTrips();
    void likeMatchesTextLiterally();

private:
    QStringList namesWhere(const QString& condition);

    std::unique_ptr<OrgSimFixture> m_org;
    std::unique_ptr<TestHttp> m_http;
};

void TestSoqlLiterals::initTestCase()
{
    m_org = std::make_unique<OrgSimFixture>();
    m_http = std::make_unique<TestHttp>(m_org->instanceUrl());
    m_http->setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
}

QStringList TestSoqlLiterals::namesWhere(const QString& condition)
{
    const HttpResult result = m_http->query(QStringLiteral("SELECT Name FROM Account WHERE ") + condition);
    if (result.status != 200) {
        qWarning() << result.body;
        return { QStringLiteral("HTTP %1").arg(result.status) };
    }
    QStringList names;
    for (const QJsonValue& record : result.json().object().value(QStringLiteral("records")).toArray()) {
        names.append(record[QStringLiteral("Name")].toString());
    }
    names.sort();
    return names;
}

void TestSoqlLiterals::textRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("Bob's BBQ");
    QTest::newRow("double quote") << QStringLiteral("The \"Best\" BBQ");
    QTest::newRow("backslash") << QStringLiteral("C:\\calls\\new");
    QTest::newRow("backslash before quote") << QStringLiteral("ends with \\'");
    QTest::newRow("percent") << QStringLiteral("100% BBQ");
    QTest::newRow("underscore") << QStringLiteral("bbq_north");
    QTest::newRow("newline and tab") << QStringLiteral("two\nlines\tand a tab\r");
    QTest::newRow("control character") << QStringLiteral("bell\u0007 and escape\u001b");
    QTest::newRow("accents") << QStringLiteral("Caf\u00e9 M\u00fcller \u4e2d");
}

void TestSoqlLiterals::textRoundTrips()
{
    QFETCH(QString, text);
    const QString name = QStringLiteral("Literal ") + text;
    QCOMPARE(m_http
                 ->post(QStringLiteral("/services/data/v60.0/sobjects/Account"),
                     QJsonDocument(QJsonObject { { QStringLiteral("Name"), name } }).toJson())
                 .status,
        201);
    QCOMPARE(namesWhere(QStringLiteral("Name = ") + soqlStringLiteral(name)), QStringList { name });
    QCOMPARE(
        namesWhere(QStringLiteral("Name IN (") + soqlStringLiteral(name) + QLatin1Char(')')), QStringList { name });
}

void TestSoqlLiterals::likeMatchesTextLiterally()
{
    for (const QString& name : { QStringLiteral("Like 50%_off"), QStringLiteral("Like 50xyoff"),
             QStringLiteral("Like 50%_off and more"), QStringLiteral("Like O'Brien\\") }) {
        QCOMPARE(m_http
                     ->post(QStringLiteral("/services/data/v60.0/sobjects/Account"),
                         QJsonDocument(QJsonObject { { QStringLiteral("Name"), name } }).toJson())
                     .status,
            201);
    }
    QCOMPARE(
        namesWhere(QStringLiteral("Name LIKE ") + soqlLikeLiteral(QStringLiteral("Like 50%_off"), LikeMatch::Exactly)),
        QStringList { QStringLiteral("Like 50%_off") });
    QCOMPARE(namesWhere(
                 QStringLiteral("Name LIKE ") + soqlLikeLiteral(QStringLiteral("Like 50%_off"), LikeMatch::StartsWith)),
        (QStringList { QStringLiteral("Like 50%_off"), QStringLiteral("Like 50%_off and more") }));
    QCOMPARE(namesWhere(QStringLiteral("Name LIKE ") + soqlLikeLiteral(QStringLiteral("0%_of"), LikeMatch::Contains)),
        (QStringList { QStringLiteral("Like 50%_off"), QStringLiteral("Like 50%_off and more") }));
    QCOMPARE(
        namesWhere(QStringLiteral("Name LIKE ") + soqlLikeLiteral(QStringLiteral("'Brien\\"), LikeMatch::EndsWith)),
        QStringList { QStringLiteral("Like O'Brien\\") });
}

QTEST_GUILESS_MAIN(TestSoqlLiterals)
#include "TestSoqlLiterals.moc"
