#include "core/cache/CacheStore.h"
#include "core/users/ProvisioningPlan.h"
#include "core/users/UserDirectoryLoader.h"
#include "core/users/UserHierarchy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

namespace {

UserHierarchy::User user(const QString& id, const QString& name, const QString& managerId = {}, bool active = true,
    const QString& email = {})
{
    UserHierarchy::User u;
    u.id = id;
    u.name = name;
    u.email = email.isEmpty() ? name.toLower() + QStringLiteral("@example.com") : email;
    u.title = QStringLiteral("Account Executive");
    u.active = active;
    u.managerId = managerId;
    return u;
}

QStringList names(const UserHierarchy& h, const QList<int>& indexes)
{
    QStringList result;
    for (int index : indexes)
        result << h.user(index).name;
    return result;
}

} // namespace

class TestUserHierarchy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTreeSortedByName();
    void managerOutsideSetBecomesRoot();
    void inactiveManagerIsMarkedAndSkippedForProvisioning();
    void cycleIsCutAndEveryUserAppearsOnce();
    void selfManagedUserIsACycle();
    void duplicateEmailsAreMarkedCaseInsensitively();
    void longChainDoesNotRecurse();
    void subtreeIncludesAllReports();
    void provisioningPlanIsQuotedCsvInTreeOrder();
    void cachedUsersAreReadFromTheUserTable();
};

void TestUserHierarchy::buildsTreeSortedByName()
{
    const UserHierarchy h({ user(QStringLiteral("3"), QStringLiteral("Zoe"), QStringLiteral("1")),
        user(QStringLiteral("1"), QStringLiteral("Ceo")),
        user(QStringLiteral("2"), QStringLiteral("Adam"), QStringLiteral("1")) });
    QCOMPARE(names(h, h.roots()), QStringList { QStringLiteral("Ceo") });
    QCOMPARE(names(h, h.reports(h.indexOf(QStringLiteral("1")))),
        (QStringList { QStringLiteral("Adam"), QStringLiteral("Zoe") }));
    QCOMPARE(h.problemCount(), 0);
    QCOMPARE(h.parentOf(h.indexOf(QStringLiteral("2"))), h.indexOf(QStringLiteral("1")));
}

void TestUserHierarchy::managerOutsideSetBecomesRoot()
{
    const UserHierarchy h({ user(QStringLiteral("2"), QStringLiteral("Adam"), QStringLiteral("005MISSING")) });
    QCOMPARE(h.roots().size(), 1);
    QVERIFY(h.problems(0) & UserHierarchy::ManagerNotImported);
    QVERIFY(h.problemDescriptions(0).constFirst().contains(QStringLiteral("005MISSING")));
}

void TestUserHierarchy::inactiveManagerIsMarkedAndSkippedForProvisioning()
{
    const UserHierarchy h({ user(QStringLiteral("1"), QStringLiteral("Ceo")),
        user(QStringLiteral("2"), QStringLiteral("Gone"), QStringLiteral("1"), false),
        user(QStringLiteral("3"), QStringLiteral("Rep"), QStringLiteral("2")) });
    const int rep = h.indexOf(QStringLiteral("3"));
    QCOMPARE(h.problems(rep), UserHierarchy::Problems(UserHierarchy::InactiveManager));
    QCOMPARE(h.nearestActiveManager(rep), h.indexOf(QStringLiteral("1")));
    QCOMPARE(h.problems(h.indexOf(QStringLiteral("2"))), UserHierarchy::Problems(UserHierarchy::NoProblem));
}

void TestUserHierarchy::cycleIsCutAndEveryUserAppearsOnce()
{
    // A -> B -> C -> A, and D reports into the cycle.
    const UserHierarchy h({ user(QStringLiteral("005B"), QStringLiteral("B"), QStringLiteral("005C")),
        user(QStringLiteral("005A"), QStringLiteral("A"), QStringLiteral("005B")),
        user(QStringLiteral("005C"), QStringLiteral("C"), QStringLiteral("005A")),
        user(QStringLiteral("005D"), QStringLiteral("D"), QStringLiteral("005C")) });
    for (const QString& id : { QStringLiteral("005A"), QStringLiteral("005B"), QStringLiteral("005C") })
        QVERIFY2(h.problems(h.indexOf(id)) & UserHierarchy::InCycle, qPrintable(id));
    QCOMPARE(h.problems(h.indexOf(QStringLiteral("005D"))), UserHierarchy::Problems(UserHierarchy::NoProblem));
    // Cut at the smallest Id, which becomes the root.
    QCOMPARE(names(h, h.roots()), QStringList { QStringLiteral("A") });
    QList<int> all = h.subtree(h.roots().constFirst());
    std::sort(all.begin(), all.end());
    QCOMPARE(all, (QList<int> { 0, 1, 2, 3 }));
    QCOMPARE(h.nearestActiveManager(h.indexOf(QStringLiteral("005A"))), -1);
}

void TestUserHierarchy::selfManagedUserIsACycle()
{
    const UserHierarchy h({ user(QStringLiteral("1"), QStringLiteral("Self"), QStringLiteral("1")) });
    QCOMPARE(h.roots(), QList<int> { 0 });
    QVERIFY(h.problems(0) & UserHierarchy::InCycle);
    QCOMPARE(h.subtree(0), QList<int> { 0 });
}

void TestUserHierarchy::duplicateEmailsAreMarkedCaseInsensitively()
{
    const UserHierarchy h(
        { user(QStringLiteral("1"), QStringLiteral("One"), {}, true, QStringLiteral("Sam@Example.com")),
            user(QStringLiteral("2"), QStringLiteral("Two"), {}, true, QStringLiteral("sam@example.com ")),
            user(QStringLiteral("3"), QStringLiteral("Three")) });
    QVERIFY(h.problems(0) & UserHierarchy::DuplicateEmail);
    QVERIFY(h.problems(1) & UserHierarchy::DuplicateEmail);
    QCOMPARE(h.problems(2), UserHierarchy::Problems(UserHierarchy::NoProblem));
    QCOMPARE(h.problemCount(), 2);
}

void TestUserHierarchy::longChainDoesNotRecurse()
{
    // 200,000 levels would overflow the stack of a recursive walk.
    const int depth = 200000;
    QList<UserHierarchy::User> users;
    for (int i = 0; i < depth; ++i)
        users << user(QString::number(i), QStringLiteral("U%1").arg(i), i > 0 ? QString::number(i - 1) : QString());
    users[0].managerId = QString::number(depth - 1); // and close it into one big cycle
    const UserHierarchy h(users);
    QCOMPARE(h.roots().size(), 1);
    QCOMPARE(h.subtree(h.roots().constFirst()).size(), depth);
    QCOMPARE(h.problemCount(), depth);
}

void TestUserHierarchy::subtreeIncludesAllReports()
{
    const UserHierarchy h({ user(QStringLiteral("1"), QStringLiteral("Ceo")),
        user(QStringLiteral("2"), QStringLiteral("Vp"), QStringLiteral("1")),
        user(QStringLiteral("3"), QStringLiteral("Rep"), QStringLiteral("2")),
        user(QStringLiteral("4"), QStringLiteral("Other")) });
    QCOMPARE(names(h, h.subtree(h.indexOf(QStringLiteral("2")))),
        (QStringList { QStringLiteral("Vp"), QStringLiteral("Rep") }));
    QCOMPARE(names(h, h.subtree(h.indexOf(QStringLiteral("1")))),
        (QStringList { QStringLiteral("Ceo"), QStringLiteral("Vp"), QStringLiteral("Rep") }));
}

void TestUserHierarchy::provisioningPlanIsQuotedCsvInTreeOrder()
{
    UserHierarchy::User quoted = user(QStringLiteral("3"), QStringLiteral("Rep \"Ace\", Jr"), QStringLiteral("2"));
    const UserHierarchy h({ user(QStringLiteral("1"), QStringLiteral("Ceo")),
        user(QStringLiteral("2"), QStringLiteral("Gone"), QStringLiteral("1"), false), quoted });
    const QList<QByteArray> lines =
        ProvisioningPlan::toCsv(h, RecordedUsers { false, { QStringLiteral("1") } }).split('\n');
    QCOMPARE(lines.size(), 4); // header, Ceo, Rep, and the empty tail after the last CRLF
    QCOMPARE(lines.at(0),
        QByteArray("\"Name\",\"Email\",\"Title\",\"Manager\",\"Manager email\",\"Recorded\",\"Problems\"\r"));
    QCOMPARE(lines.at(1), QByteArray("\"Ceo\",\"ceo@example.com\",\"Account Executive\",\"\",\"\",\"yes\",\"\"\r"));
    QVERIFY2(lines.at(2).startsWith(
                 "\"Rep \"\"Ace\"\", Jr\",\"rep \"\"ace\"\", jr@example.com\",\"Account Executive\",\"Ceo\","
                 "\"ceo@example.com\",\"no\",\"Manager Gone is inactive.\"\r"),
        lines.at(2).constData());
}

// The users the last import stored, as the Users step shows them while not connected: a name from
// FirstName and LastName when Name was not imported, standard users only when UserType was.
void TestUserHierarchy::cachedUsersAreReadFromTheUserTable()
{
    QTemporaryDir dir;
    CacheStore cache;
    const QString org = QStringLiteral("00D000000000001AAA");
    QVERIFY(cache.open(CacheStore::pathFor(dir.path(), org), org).ok());
    QCOMPARE(UserDirectoryLoader::cachedHierarchy(cache).size(), 0); // nothing imported yet

    const auto column = [](const char* name, const char* type) {
        return CacheStore::Column { QLatin1String(name), QLatin1String(type) };
    };
    cache.ensureTable(QStringLiteral("User"),
        { column("Id", "id"), column("FirstName", "string"), column("LastName", "string"), column("Email", "email"),
            column("IsActive", "boolean"), column("ManagerId", "reference"), column("UserType", "picklist") });
    const auto row = [](const char* id, const char* first, const char* last, bool active, const char* manager,
                         const char* type) {
        return QVariantMap { { QStringLiteral("Id"), QLatin1String(id) },
            { QStringLiteral("FirstName"), QLatin1String(first) }, { QStringLiteral("LastName"), QLatin1String(last) },
            { QStringLiteral("Email"), QString(QLatin1String(first) + QStringLiteral("@example.com")) },
            { QStringLiteral("IsActive"), active }, { QStringLiteral("ManagerId"), QLatin1String(manager) },
            { QStringLiteral("UserType"), QLatin1String(type) } };
    };
    QVERIFY(cache
                .upsert(QStringLiteral("User"),
                    { row("005000000000001AAA", "Vera", "Boss", true, "", "Standard"),
                        row("005000000000002AAA", "Rita", "Rep", false, "005000000000001AAA", "Standard"),
                        row("005000000000003AAA", "Paul", "Portal", true, "", "PowerPartner") })
                .ok());

    const UserHierarchy users = UserDirectoryLoader::cachedHierarchy(cache);
    QCOMPARE(users.size(), 2); // the portal user is not one of the org's people
    const int boss = users.indexOf(QStringLiteral("005000000000001AAA"));
    const int rep = users.indexOf(QStringLiteral("005000000000002AAA"));
    QVERIFY(boss >= 0 && rep >= 0);
    QCOMPARE(users.user(boss).name, QStringLiteral("Vera Boss"));
    QCOMPARE(users.user(rep).email, QStringLiteral("Rita@example.com"));
    QVERIFY(users.user(boss).active);
    QVERIFY(!users.user(rep).active);
    QCOMPARE(users.parentOf(rep), boss);
}

QTEST_GUILESS_MAIN(TestUserHierarchy)
#include "TestUserHierarchy.moc"
