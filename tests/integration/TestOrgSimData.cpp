#include "tests/support/OrgSimFixture.h"
#include "tests/support/TestData.h"

#include "core/orgsim/DataFileLoader.h"
#include "core/orgsim/OrgData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

class TestOrgSimData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsExactRecords();
    void keepsBuiltInUsers();
    void reportsWhereAFileIsWrong_data();
    void reportsWhereAFileIsWrong();
    void lockRowFaultFailsWrites();

private:
    QTemporaryDir m_dir;
};

void TestOrgSimData::loadsExactRecords()
{
    const QString path = m_dir.filePath(QStringLiteral("org.json"));
    writeFile(path, R"({
        "Account": [{"Id": "001000000000001AAA", "Name": "Acme", "Website": "https://acme.example"}],
        "Contact": [{"FirstName": "Ada", "LastName": "Lovelace", "Email": "ada@acme.example", "AccountId": "001000000000001AAA"},
                    {"LastName": "Nobody"}],
        "Opportunity": [{"Name": "Acme renewal", "AccountId": "001000000000001", "StageName": "Prospecting",
                         "CloseDate": "2026-12-31", "Amount": 12000, "IsClosed": false}]
    })");
    orgsim::OrgSimOptions options;
    options.dataFile = path;
    OrgSimFixture org(options);
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    const QJsonArray contacts =
        http.query(QStringLiteral("SELECT Name, Email, Account.Name FROM Contact ORDER BY LastName"))
            .json()
            .object()
            .value(QStringLiteral("records"))
            .toArray();
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts.at(0).toObject().value(QStringLiteral("Name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(
        contacts.at(0).toObject().value(QStringLiteral("Account")).toObject().value(QStringLiteral("Name")).toString(),
        QStringLiteral("Acme"));
    QCOMPARE(contacts.at(1).toObject().value(QStringLiteral("Account")), QJsonValue(QJsonValue::Null));
    const QJsonObject opportunity = http.query(QStringLiteral("SELECT AccountId, Amount, CloseDate FROM Opportunity"))
                                        .json()
                                        .object()
                                        .value(QStringLiteral("records"))
                                        .toArray()
                                        .first()
                                        .toObject();
    QCOMPARE(opportunity.value(QStringLiteral("AccountId")).toString(), QStringLiteral("001000000000001AAA"));
    QCOMPARE(opportunity.value(QStringLiteral("Amount")).toDouble(), 12000.0);
    QCOMPARE(opportunity.value(QStringLiteral("CloseDate")).toString(), QStringLiteral("2026-12-31"));
}

void TestOrgSimData::keepsBuiltInUsers()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.json"));
    writeFile(path, "{}");
    orgsim::OrgSimOptions options;
    options.dataFile = path;
    OrgSimFixture org(options);
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::limitedUser()));
    QCOMPARE(http.query(QStringLiteral("SELECT COUNT() FROM Account"))
                 .json()
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
        0);
    QVERIFY(http.query(QStringLiteral("SELECT COUNT() FROM User"))
                .json()
                .object()
                .value(QStringLiteral("totalSize"))
                .toInt()
        >= 5);
}

void TestOrgSimData::reportsWhereAFileIsWrong_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"Account\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown object") << QByteArray(R"({"Widget__c": []})")
                                    << QStringLiteral("\"Widget__c\" is not an sObject orgsim knows");
    QTest::newRow("not an array") << QByteArray(R"({"Account": {}})")
                                  << QStringLiteral("Account must be an array of records");
    QTest::newRow("unknown field") << QByteArray(R"({"Account": [{"Name": "A"}, {"Nmae": "B"}]})")
                                   << QStringLiteral("Account[1].Nmae: no such field on Account");
    QTest::newRow("wrong type") << QByteArray(R"({"Opportunity": [{"Amount": "lots"}]})")
                                << QStringLiteral("Opportunity[0].Amount: Cannot deserialize instance of double");
    QTest::newRow("bad date") << QByteArray(R"({"Opportunity": [{"CloseDate": "31/12/2026"}]})")
                              << QStringLiteral("Opportunity[0].CloseDate: Cannot deserialize value of type `date`");
    QTest::newRow("wrong id prefix") << QByteArray(R"({"Account": [{"Id": "003000000000001AAA"}]})")
                                     << QStringLiteral("does not start with 001, the key prefix of Account");
}

void TestOrgSimData::reportsWhereAFileIsWrong()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    writeFile(path, contents);
    orgsim::OrgData org;
    const QString error = orgsim::DataFileLoader::load(org, path);
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestOrgSimData::lockRowFaultFailsWrites()
{
    orgsim::OrgSimOptions options;
    options.faults.lockRowRate = 1.0;
    OrgSimFixture org(options);
    TestHttp http(org.instanceUrl());
    http.setBearer(org.accessTokenFor(OrgSimFixture::integrationUser()));
    QCOMPARE(http.query(QStringLiteral("SELECT COUNT() FROM Task")).status, 200); // reads are not affected
    const HttpResult write = http.post(QStringLiteral("/services/data/v60.0/sobjects/Task"), R"({"Subject": "x"})");
    QCOMPARE(write.status, 400);
    QCOMPARE(write.json().array().first().toObject().value(QStringLiteral("errorCode")).toString(),
        QStringLiteral("UNABLE_TO_LOCK_ROW"));
}

QTEST_GUILESS_MAIN(TestOrgSimData)
#include "TestOrgSimData.moc"
