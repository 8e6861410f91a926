#include "core/fields/FieldPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace callbridge;

Q_DECLARE_METATYPE(FieldEntry::Status)

namespace {

QJsonObject field(const QString& name, const QString& type, const QJsonObject& extra = {})
{
    QJsonObject json { { QStringLiteral("name"), name }, { QStringLiteral("label"), name },
        { QStringLiteral("type"), type }, { QStringLiteral("custom"), name.endsWith(QLatin1String("__c")) },
        { QStringLiteral("calculated"), false }, { QStringLiteral("calculatedFormula"), QJsonValue::Null },
        { QStringLiteral("length"), 0 }, { QStringLiteral("referenceTo"), QJsonArray() } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

QJsonObject fixture(const char* name)
{
    QFile file(QStringLiteral(CALLBRIDGE_FIXTURES_DIR "/salesforce/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

const FieldEntry* find(const QList<FieldEntry>& entries, const QString& name)
{
    for (const FieldEntry& entry : entries) {
        if (entry.field == name) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

class TestFieldPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void compoundReasonNamesItsParts();
    void notes();
    void inaccessiblePolicyFields();
    void userHasNoIsDeleted();
    void realPayloads_data();
    void realPayloads();
};

void TestFieldPolicy::classifies_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QJsonObject>("describe");
    QTest::addColumn<FieldEntry::Status>("status");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("locked");
    using S = FieldEntry::Status;
    const QJsonObject none;
    auto ref = [](const QStringList& targets) {
        return QJsonObject { { QStringLiteral("referenceTo"), QJsonArray::fromStringList(targets) } };
    };

    QTest::newRow("Id on every object") << QStringLiteral("Lead") << field(QStringLiteral("Id"), QStringLiteral("id"))
                                        << S::Required << true << true;
    QTest::newRow("SystemModstamp") << QStringLiteral("Contact")
                                    << field(QStringLiteral("SystemModstamp"), QStringLiteral("datetime"))
                                    << S::Required << true << true;
    QTest::newRow("IsDeleted") << QStringLiteral("Opportunity")
                               << field(QStringLiteral("IsDeleted"), QStringLiteral("boolean")) << S::Required << true
                               << true;
    QTest::newRow("object's own required")
        << QStringLiteral("Opportunity") << field(QStringLiteral("StageName"), QStringLiteral("picklist"))
        << S::Required << true << true;
    QTest::newRow("Lead.Email (not in the guide's table)")
        << QStringLiteral("Lead") << field(QStringLiteral("Email"), QStringLiteral("email")) << S::Required << true
        << true;
    QTest::newRow("User.ManagerId") << QStringLiteral(
        "User") << field(QStringLiteral("ManagerId"), QStringLiteral("reference"), ref({ QStringLiteral("User") }))
                                    << S::Required << true << true;
    QTest::newRow("recommended") << QStringLiteral("Account")
                                 << field(QStringLiteral("Industry"), QStringLiteral("picklist")) << S::Recommended
                                 << true << false;
    QTest::newRow("recommended User field")
        << QStringLiteral("User") << field(QStringLiteral("Title"), QStringLiteral("string")) << S::Recommended << true
        << false;
    QTest::newRow("optional string") << QStringLiteral("Account")
                                     << field(QStringLiteral("Region__c"), QStringLiteral("picklist")) << S::Optional
                                     << false << false;
    for (const char* type : { "boolean", "combobox", "currency", "date", "datetime", "double", "email", "int",
             "percent", "phone", "string", "textarea", "time", "url" }) {
        QTest::newRow(qPrintable(QStringLiteral("optional %1").arg(QString::fromLatin1(type))))
            << "Account" << field(QStringLiteral("X__c"), QString::fromLatin1(type)) << S::Optional << false << false;
    }
    for (const char* type :
        { "address", "location", "encryptedstring", "multipicklist", "base64", "anyType", "complexvalue" }) {
        QTest::newRow(qPrintable(QStringLiteral("unsupported %1").arg(QString::fromLatin1(type))))
            << "Account" << field(QStringLiteral("X__c"), QString::fromLatin1(type)) << S::Unsupported << false << true;
    }
    QTest::newRow("unsupported even when required")
        << QStringLiteral("Contact") << field(QStringLiteral("Email"), QStringLiteral("encryptedstring"))
        << S::Unsupported << false << true;
    QTest::newRow("simple standard reference: selected")
        << QStringLiteral("Contact")
        << field(QStringLiteral("ReportsToId"), QStringLiteral("reference"), ref({ QStringLiteral("Contact") }))
        << S::Optional << true << false;
    QTest::newRow("standard owner to Group or User") << QStringLiteral("Lead")
                                                     << field(QStringLiteral("OwnerId"), QStringLiteral("reference"),
                                                            ref({ QStringLiteral("Group"), QStringLiteral("User") }))
                                                     << S::Required << true << true;
    QTest::newRow("polymorphic WhatId") << QStringLiteral("Task")
                                        << field(QStringLiteral("WhatId"), QStringLiteral("reference"),
                                               ref({ QStringLiteral("Account"), QStringLiteral("Opportunity"),
                                                   QStringLiteral("Campaign"), QStringLiteral("Case") }))
                                        << S::Required << true << true;
    QTest::newRow("standard reference to Campaign only")
        << QStringLiteral("Opportunity")
        << field(QStringLiteral("CampaignId"), QStringLiteral("reference"), ref({ QStringLiteral("Campaign") }))
        << S::Unsupported << false << true;
    QTest::newRow("custom lookup to User")
        << QStringLiteral("Account")
        << field(QStringLiteral("Account_Manager__c"), QStringLiteral("reference"), ref({ QStringLiteral("User") }))
        << S::Optional << false << false;
    QTest::newRow("custom lookup to Campaign") << QStringLiteral("Account")
                                               << field(QStringLiteral("Primary_Campaign__c"),
                                                      QStringLiteral("reference"), ref({ QStringLiteral("Campaign") }))
                                               << S::Unsupported << false << true;
    QTest::newRow("custom lookup to custom object") << QStringLiteral("Account")
                                                    << field(QStringLiteral("Latest__c"), QStringLiteral("reference"),
                                                           ref({ QStringLiteral("cb__Conversation__c") }))
                                                    << S::Unsupported << false << true;
    QTest::newRow("formula takes its result type")
        << QStringLiteral("Account")
        << field(QStringLiteral("Days__c"), QStringLiteral("double"),
               { { QStringLiteral("calculated"), true },
                   { QStringLiteral("calculatedFormula"), QStringLiteral("TODAY() - X") } })
        << S::Optional << false << false;
    QTest::newRow("formula of an unsupported type")
        << QStringLiteral("Account")
        << field(QStringLiteral("Multi__c"), QStringLiteral("multipicklist"),
               { { QStringLiteral("calculated"), true }, { QStringLiteral("calculatedFormula"), QStringLiteral("X") } })
        << S::Unsupported << false << true;
    Q_UNUSED(none);
}

void TestFieldPolicy::classifies()
{
    QFETCH(QString, object);
    QFETCH(QJsonObject, describe);
    QFETCH(FieldEntry::Status, status);
    QFETCH(bool, selected);
    QFETCH(bool, locked);
    const QList<FieldEntry> entries = FieldPolicy::instance().classify(object, QJsonArray { describe });
    const FieldEntry* entry = find(entries, describe.value(QStringLiteral("name")).toString());
    QVERIFY(entry);
    QCOMPARE(entry->status, status);
    QCOMPARE(entry->selected, selected);
    QCOMPARE(entry->locked, locked);
    if (status == FieldEntry::Status::Unsupported) {
        QVERIFY(!entry->reason.isEmpty());
    }
}

void TestFieldPolicy::compoundReasonNamesItsParts()
{
    const QJsonArray fields { field(QStringLiteral("BillingAddress"), QStringLiteral("address")),
        field(QStringLiteral("BillingCity"), QStringLiteral("string"),
            { { QStringLiteral("compoundFieldName"), QStringLiteral("BillingAddress") } }),
        field(QStringLiteral("BillingCountry"), QStringLiteral("string"),
            { { QStringLiteral("compoundFieldName"), QStringLiteral("BillingAddress") } }) };
    const QList<FieldEntry> entries = FieldPolicy::instance().classify(QStringLiteral("Account"), fields);
    QVERIFY(
        find(entries, QStringLiteral("BillingAddress"))->reason.contains(QLatin1String("BillingCity, BillingCountry")));
    QCOMPARE(find(entries, QStringLiteral("BillingCity"))->status, FieldEntry::Status::Optional);
}

void TestFieldPolicy::notes()
{
    const QJsonArray fields {
        field(QStringLiteral("Days__c"), QStringLiteral("double"),
            { { QStringLiteral("calculated"), true }, { QStringLiteral("calculatedFormula"), QStringLiteral("X") } }),
        field(QStringLiteral("Notes__c"), QStringLiteral("textarea"),
            { { QStringLiteral("length"), 131072 },
                { QStringLiteral("extraTypeInfo"), QStringLiteral("plaintextarea") } }),
        field(QStringLiteral("Overview__c"), QStringLiteral("textarea"),
            { { QStringLiteral("length"), 32768 },
                { QStringLiteral("extraTypeInfo"), QStringLiteral("richtextarea") } }),
        field(QStringLiteral("Short__c"), QStringLiteral("textarea"), { { QStringLiteral("length"), 255 } }),
        field(QStringLiteral("ParentId"), QStringLiteral("reference"),
            { { QStringLiteral("referenceTo"), QJsonArray { QStringLiteral("Account") } } })
    };
    const QList<FieldEntry> entries = FieldPolicy::instance().classify(QStringLiteral("Account"), fields);
    QVERIFY(find(entries, QStringLiteral("Days__c"))->formula);
    QVERIFY(find(entries, QStringLiteral("Days__c"))
                ->notes.join(QLatin1Char(' '))
                .contains(QLatin1String("SystemModstamp")));
    QVERIFY(find(entries, QStringLiteral("Notes__c"))
                ->notes.join(QLatin1Char(' '))
                .contains(QLatin1String("10,000 characters")));
    QVERIFY(find(entries, QStringLiteral("Overview__c"))
                ->notes.join(QLatin1Char(' '))
                .contains(QLatin1String("plain text")));
    QVERIFY(find(entries, QStringLiteral("Short__c"))->notes.isEmpty());
    QVERIFY(find(entries, QStringLiteral("ParentId"))
                ->notes.join(QLatin1Char(' '))
                .contains(QLatin1String("not searchable")));
    QCOMPARE(find(entries, QStringLiteral("ParentId"))->status, FieldEntry::Status::Recommended);
}

void TestFieldPolicy::inaccessiblePolicyFields()
{
    const QJsonArray fields { field(QStringLiteral("Id"), QStringLiteral("id")),
        field(QStringLiteral("LastName"), QStringLiteral("string")) };
    const QList<FieldEntry> entries = FieldPolicy::instance().classify(QStringLiteral("Contact"), fields);
    const FieldEntry* email = find(entries, QStringLiteral("Email"));
    QVERIFY(email);
    QCOMPARE(email->status, FieldEntry::Status::Inaccessible);
    QVERIFY(email->reason.contains(QLatin1String("It is required")));
    QVERIFY(!email->selected);
    const FieldEntry* title = find(entries, QStringLiteral("Title"));
    QCOMPARE(title->status, FieldEntry::Status::Inaccessible);
    QVERIFY(!title->reason.contains(QLatin1String("required")));
    QVERIFY(!find(entries, QStringLiteral("IsDeleted"))); // never guessed: describe shows it when it exists
}

void TestFieldPolicy::userHasNoIsDeleted()
{
    const QJsonArray fields { field(QStringLiteral("Id"), QStringLiteral("id")),
        field(QStringLiteral("SystemModstamp"), QStringLiteral("datetime")),
        field(QStringLiteral("Email"), QStringLiteral("email")),
        field(QStringLiteral("FirstName"), QStringLiteral("string")),
        field(QStringLiteral("LastName"), QStringLiteral("string")),
        field(QStringLiteral("IsActive"), QStringLiteral("boolean")),
        field(QStringLiteral("ManagerId"), QStringLiteral("reference"),
            { { QStringLiteral("referenceTo"), QJsonArray { QStringLiteral("User") } } }) };
    const QList<FieldEntry> entries = FieldPolicy::instance().classify(QStringLiteral("User"), fields);
    for (const FieldEntry& entry : entries) {
        QVERIFY2(entry.status != FieldEntry::Status::Inaccessible
                || !FieldPolicy::instance().isRequired(QStringLiteral("User"), entry.field),
            qPrintable(entry.field));
    }
}

void TestFieldPolicy::realPayloads_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("file");
    QTest::newRow("Account v58") << QStringLiteral("Account")
                                 << QStringLiteral("nango_sobject_describe_Account_v58.json");
    QTest::newRow("Account person accounts v59")
        << QStringLiteral("Account") << QStringLiteral("cumulusci_sobject_describe_Account_PersonAccount_v59.json");
    QTest::newRow("Contact") << QStringLiteral("Contact") << QStringLiteral("cumulusci_sobject_describe_Contact.json");
    QTest::newRow("Lead v59") << QStringLiteral("Lead") << QStringLiteral("cumulusci_sobject_describe_Lead_v59.json");
    QTest::newRow("Opportunity") << QStringLiteral("Opportunity")
                                 << QStringLiteral("cumulusci_sobject_describe_Opportunity.json");
    QTest::newRow("Event") << QStringLiteral("Event") << QStringLiteral("cumulusci_sobject_describe_Event.json");
    QTest::newRow("Task v60") << QStringLiteral("Task") << QStringLiteral("nango_sobject_describe_Task_v60.json");
}

void TestFieldPolicy::realPayloads()
{
    QFETCH(QString, object);
    QFETCH(QString, file);
    const QJsonArray fields = fixture(qPrintable(file)).value(QStringLiteral("fields")).toArray();
    const QList<FieldEntry> entries = FieldPolicy::instance().classify(object, fields);
    QSet<QString> seen;
    for (const FieldEntry& entry : entries) {
        QVERIFY2(!seen.contains(entry.field), qPrintable(entry.field)); // exactly one status per field
        seen.insert(entry.field);
        if (entry.type == QLatin1String("address") || entry.type == QLatin1String("multipicklist")) {
            QCOMPARE(entry.status, FieldEntry::Status::Unsupported);
        }
    }
    QCOMPARE(find(entries, QStringLiteral("Id"))->status, FieldEntry::Status::Required);
    for (const QString& required : FieldPolicy::instance().requiredFields(object)) {
        const FieldEntry* entry = find(entries, required);
        if (entry && required != QLatin1String("IsDeleted")) {
            QVERIFY2(entry->status == FieldEntry::Status::Required, qPrintable(required));
        }
    }
}

QTEST_GUILESS_MAIN(TestFieldPolicy)
#include "TestFieldPolicy.moc"
