#include "tests/support/OrgSimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace callbridge::test;

namespace {

const QString api = QStringLiteral("/services/data/v60.0/");

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// orgsim's permission sets, object and field permissions and assignments written through the
// REST API: who may, Salesforce's rules, and access following every change at once.
class TestOrgSimPermissionWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void permissionRecordsNeedManageProfilesAndAssignPermissionSets();
    void salesforceDependencyRulesAreEnforced();
    void accessFollowsAPermissionChangeAtOnce();

private:
    std::unique_ptr<OrgSimFixture> m_org;
};

void TestOrgSimPermissionWrites::init()
{
    m_org = std::make_unique<OrgSimFixture>(); // every test starts from the demo org as built
}

void TestOrgSimPermissionWrites::permissionRecordsNeedManageProfilesAndAssignPermissionSets()
{
    // The integration user reads the permission records (View Setup and Configuration) but may
    // not change them.
    TestHttp integration(m_org->instanceUrl());
    integration.setBearer(m_org->accessTokenFor(OrgSimFixture::integrationUser()));
    const HttpResult refused = integration.post(api + QStringLiteral("sobjects/PermissionSet"),
        json({ { QStringLiteral("Name"), QStringLiteral("Sneaky") },
            { QStringLiteral("Label"), QStringLiteral("Sneaky") } }));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    const QJsonObject global = integration.get(api + QStringLiteral("sobjects")).json().object();
    for (const QJsonValue& entry : global.value(QStringLiteral("sobjects")).toArray()) {
        if (entry.toObject().value(QStringLiteral("name")).toString() == QLatin1String("PermissionSetAssignment")) {
            QCOMPARE(entry.toObject().value(QStringLiteral("createable")).toBool(), false);
        }
    }

    // The admin may.
    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const HttpResult created = admin.post(api + QStringLiteral("sobjects/PermissionSet"),
        json(
            { { QStringLiteral("Name"), QStringLiteral("Extra") }, { QStringLiteral("Label"), QStringLiteral("Extra") },
                { QStringLiteral("PermissionsViewAllUsers"), true } }));
    QCOMPARE(created.status, 201);
    const QString setId = created.json().object().value(QStringLiteral("id")).toString();
    const QJsonObject set = admin.get(api + QStringLiteral("sobjects/PermissionSet/") + setId).json().object();
    QCOMPARE(set.value(QStringLiteral("IsCustom")).toBool(), true);
    QCOMPARE(set.value(QStringLiteral("IsOwnedByProfile")).toBool(), false);
    // A second set of the same API name is refused.
    const HttpResult again = admin.post(api + QStringLiteral("sobjects/PermissionSet"),
        json({ { QStringLiteral("Name"), QStringLiteral("Extra") },
            { QStringLiteral("Label"), QStringLiteral("Other") } }));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("DUPLICATE_VALUE"));
    QCOMPARE(admin
                 .patch(api + QStringLiteral("sobjects/PermissionSet/") + setId,
                     json({ { QStringLiteral("Description"), QStringLiteral("changed") } }))
                 .status,
        204);
    QCOMPARE(admin.remove(api + QStringLiteral("sobjects/PermissionSet/") + setId).status, 204);
}

void TestOrgSimPermissionWrites::salesforceDependencyRulesAreEnforced()
{
    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const QString setId = admin
                              .post(api + QStringLiteral("sobjects/PermissionSet"),
                                  json({ { QStringLiteral("Name"), QStringLiteral("Rules") },
                                      { QStringLiteral("Label"), QStringLiteral("Rules") } }))
                              .json()
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    auto objectPermission = [&](const QString& object, const QJsonObject& flags) {
        QJsonObject body = flags;
        body.insert(QStringLiteral("ParentId"), setId);
        body.insert(QStringLiteral("SobjectType"), object);
        return admin.post(api + QStringLiteral("sobjects/ObjectPermissions"), json(body));
    };
    // View All needs Read.
    HttpResult result =
        objectPermission(QStringLiteral("Opportunity"), { { QStringLiteral("PermissionsViewAllRecords"), true } });
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));
    QCOMPARE(result.errorMessage(),
        QStringLiteral("Permission Read All Opportunity depends on permission(s): Read Opportunity"));
    // Modify All needs Read, Edit, Delete and View All.
    result = objectPermission(QStringLiteral("Account"),
        { { QStringLiteral("PermissionsRead"), true }, { QStringLiteral("PermissionsModifyAllRecords"), true } });
    QCOMPARE(result.errorMessage(),
        QStringLiteral("Permission Modify All Account depends on permission(s): Edit Account, Delete Account, "
                       "Read All Account"));
    // Edit needs Read.
    result = objectPermission(QStringLiteral("Lead"), { { QStringLiteral("PermissionsEdit"), true } });
    QCOMPARE(result.errorMessage(), QStringLiteral("Permission Edit Lead depends on permission(s): Read Lead"));
    // An object that does not exist.
    result = objectPermission(QStringLiteral("Nope__c"), { { QStringLiteral("PermissionsRead"), true } });
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    // Right: created; the same object again is a duplicate; turning on Edit without Read refused.
    result = objectPermission(QStringLiteral("Opportunity"),
        { { QStringLiteral("PermissionsRead"), true }, { QStringLiteral("PermissionsViewAllRecords"), true } });
    QCOMPARE(result.status, 201);
    const QString opportunity = result.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(
        objectPermission(QStringLiteral("Opportunity"), { { QStringLiteral("PermissionsRead"), true } }).errorCode(),
        QStringLiteral("DUPLICATE_VALUE"));
    result = admin.patch(api + QStringLiteral("sobjects/ObjectPermissions/") + opportunity,
        json({ { QStringLiteral("PermissionsRead"), false } }));
    QCOMPARE(result.errorCode(), QStringLiteral("FIELD_INTEGRITY_EXCEPTION"));

    // Field permissions: not on a required field, Edit needs Read.
    auto fieldPermission = [&](const QString& field, bool read, bool edit) {
        return admin.post(api + QStringLiteral("sobjects/FieldPermissions"),
            json({ { QStringLiteral("ParentId"), setId },
                { QStringLiteral("SobjectType"), field.section(QLatin1Char('.'), 0, 0) },
                { QStringLiteral("Field"), field }, { QStringLiteral("PermissionsRead"), read },
                { QStringLiteral("PermissionsEdit"), edit } }));
    };
    result = fieldPermission(QStringLiteral("Contact.LastName"), true, false);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorMessage(), QStringLiteral("You cannot deploy to a required field: Contact.LastName"));
    result = fieldPermission(QStringLiteral("Contact.Email"), false, true);
    QCOMPARE(result.errorMessage(),
        QStringLiteral("Permission Edit Contact.Email depends on permission(s): Read Contact.Email"));
    QCOMPARE(fieldPermission(QStringLiteral("Contact.Nope__c"), true, false).status, 400);
    QCOMPARE(fieldPermission(QStringLiteral("Contact.Email"), true, false).status, 201);
    QCOMPARE(
        fieldPermission(QStringLiteral("Contact.Email"), true, true).errorCode(), QStringLiteral("DUPLICATE_VALUE"));
}

void TestOrgSimPermissionWrites::accessFollowsAPermissionChangeAtOnce()
{
    TestHttp limited(m_org->instanceUrl());
    limited.setBearer(m_org->accessTokenFor(OrgSimFixture::limitedUser()));
    auto describesEmail = [&] {
        for (const QJsonValue& field : limited.get(api + QStringLiteral("sobjects/Contact/describe"))
                                           .json()
                                           .object()
                                           .value(QStringLiteral("fields"))
                                           .toArray()) {
            if (field.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Email")) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!describesEmail());
    QCOMPARE(limited.query(QStringLiteral("SELECT Email FROM Contact LIMIT 1")).status, 400);

    TestHttp admin(m_org->instanceUrl());
    admin.setBearer(m_org->accessTokenFor(OrgSimFixture::adminUser()));
    const QString userId =
        admin.query(QStringLiteral("SELECT Id FROM User WHERE Username = '%1'").arg(OrgSimFixture::limitedUser()))
            .records()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toString();
    const QString setId = admin
                              .post(api + QStringLiteral("sobjects/PermissionSet"),
                                  json({ { QStringLiteral("Name"), QStringLiteral("Email_Access") },
                                      { QStringLiteral("Label"), QStringLiteral("Email Access") } }))
                              .json()
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    const QString fieldId = admin
                                .post(api + QStringLiteral("sobjects/FieldPermissions"),
                                    json({ { QStringLiteral("ParentId"), setId },
                                        { QStringLiteral("SobjectType"), QStringLiteral("Contact") },
                                        { QStringLiteral("Field"), QStringLiteral("Contact.Email") },
                                        { QStringLiteral("PermissionsRead"), true } }))
                                .json()
                                .object()
                                .value(QStringLiteral("id"))
                                .toString();
    QVERIFY(!describesEmail()); // not assigned yet
    const HttpResult assigned = admin.post(api + QStringLiteral("sobjects/PermissionSetAssignment"),
        json({ { QStringLiteral("AssigneeId"), userId }, { QStringLiteral("PermissionSetId"), setId } }));
    QCOMPARE(assigned.status, 201);
    QVERIFY(describesEmail());
    QCOMPARE(limited.query(QStringLiteral("SELECT Email FROM Contact LIMIT 1")).status, 200);
    // Assigned twice: a duplicate.
    QCOMPARE(admin
                 .post(api + QStringLiteral("sobjects/PermissionSetAssignment"),
                     json({ { QStringLiteral("AssigneeId"), userId }, { QStringLiteral("PermissionSetId"), setId } }))
                 .errorCode(),
        QStringLiteral("DUPLICATE_VALUE"));
    // The field permission removed: hidden again at once.
    QCOMPARE(admin.remove(api + QStringLiteral("sobjects/FieldPermissions/") + fieldId).status, 204);
    QVERIFY(!describesEmail());
}

QTEST_GUILESS_MAIN(TestOrgSimPermissionWrites)
#include "TestOrgSimPermissionWrites.moc"
