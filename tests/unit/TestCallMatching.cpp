#include "core/cache/CacheStore.h"
#include "core/calls/CallsReader.h"
#include "core/exporting/ActivityPlanner.h"
#include "core/exporting/ExportPreview.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/filter/FilterParser.h"
#include "core/matching/CallMatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;

namespace {

using Column = CacheStore::Column;

CallParticipant person(const QString& email, CallParticipant::Affiliation affiliation)
{
    return { email, {}, affiliation };
}

Call callWith(const QList<CallParticipant>& others)
{
    Call call;
    call.id = QStringLiteral("c");
    call.title = QStringLiteral("Call");
    call.started = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    call.duration = 95;
    call.direction = QStringLiteral("outbound");
    call.primaryUser = QStringLiteral("rep@ourco.com");
    call.participants = { person(QStringLiteral("rep@ourco.com"), CallParticipant::Affiliation::Internal) };
    call.participants.append(others);
    return call;
}

} // namespace

class TestCallMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();
    void anAccountNotInTheCacheKeepsItsOpportunity();
    void plansTasksAndEvents();
    void activityDateIsTheCallsLocalDate();
    void aFilterEditKeepsThePlannedRecords();
    void aFilterEditDoesNotReadTheCacheAgain();
    void aPreviewAskedForBeforeTheCallsEnds();

private:
    QTemporaryDir m_dir;
    CacheStore m_cache;
};

void TestCallMatching::initTestCase()
{
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite")), QStringLiteral("00D000000000001AAA")).ok());
    auto table = [this](const QString& object, const QList<Column>& columns, const QList<QVariantMap>& rows) {
        Status status = Status::success();
        m_cache.ensureTable(object, columns, &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QVERIFY(m_cache.upsert(object, rows).ok());
    };
    const Column id { QStringLiteral("Id"), QStringLiteral("id"), 18 };
    const Column email { QStringLiteral("Email"), QStringLiteral("email"), 80 };
    const Column owner { QStringLiteral("OwnerId"), QStringLiteral("reference"), 18 };
    const Column accountId { QStringLiteral("AccountId"), QStringLiteral("reference"), 18 };
    const Column name { QStringLiteral("Name"), QStringLiteral("string"), 255 };
    const Column modified { QStringLiteral("LastModifiedDate"), QStringLiteral("datetime"), 0 };
    table(QStringLiteral("User"), { id, email, name },
        { { { QStringLiteral("Id"), QStringLiteral("005U1") },
              { QStringLiteral("Email"), QStringLiteral("rep@ourco.com") } },
            { { QStringLiteral("Id"), QStringLiteral("005U2") },
                { QStringLiteral("Email"), QStringLiteral("other@ourco.com") } } });
    table(QStringLiteral("Account"),
        { id, name, owner, { QStringLiteral("Website"), QStringLiteral("url"), 255 },
            { QStringLiteral("Industry"), QStringLiteral("picklist"), 40 } },
        { { { QStringLiteral("Id"), QStringLiteral("001A1") }, { QStringLiteral("Name"), QStringLiteral("Acme") },
              { QStringLiteral("OwnerId"), QStringLiteral("005U2") },
              { QStringLiteral("Website"), QStringLiteral("https://www.acme.com/about") } },
            { { QStringLiteral("Id"), QStringLiteral("001A2") },
                { QStringLiteral("Name"), QStringLiteral("Acme Europe") },
                { QStringLiteral("OwnerId"), QStringLiteral("005U1") } },
            { { QStringLiteral("Id"), QStringLiteral("001A3") }, { QStringLiteral("Name"), QStringLiteral("Globex") },
                { QStringLiteral("OwnerId"), QStringLiteral("005U2") },
                { QStringLiteral("Website"), QStringLiteral("globex.com") } } });
    auto contact = [](const char* contactId, const char* mail, const char* account) {
        return QVariantMap { { QStringLiteral("Id"), QString::fromLatin1(contactId) },
            { QStringLiteral("Email"), QString::fromLatin1(mail) },
            { QStringLiteral("AccountId"), QString::fromLatin1(account) } };
    };
    table(QStringLiteral("Contact"), { id, email, accountId, owner },
        { contact("003C1", "Ann@Acme.com", "001A1"), contact("003C2", "ben@acme.com", "001A1"),
            contact("003C3", "cat@acme.eu", "001A2"), contact("003C4", "dan@shared.com", "001A1"),
            contact("003C5", "eve@shared.com", "001A2"), contact("003C6", "o'brien@acme.eu", "001A2"),
            contact("003C7", "kim@orphan.com", "001A9") });
    table(QStringLiteral("Lead"), { id, email, { QStringLiteral("IsConverted"), QStringLiteral("boolean"), 0 } },
        { { { QStringLiteral("Id"), QStringLiteral("00QL1") },
              { QStringLiteral("Email"), QStringLiteral("Lee@Lead.COM") }, { QStringLiteral("IsConverted"), false } },
            { { QStringLiteral("Id"), QStringLiteral("00QL2") },
                { QStringLiteral("Email"), QStringLiteral("conv@lead.com") },
                { QStringLiteral("IsConverted"), true } } });
    auto opportunity = [](const char* opportunityId, const char* account, bool closed, const char* when,
                           const char* ownerId) {
        return QVariantMap { { QStringLiteral("Id"), QString::fromLatin1(opportunityId) },
            { QStringLiteral("Name"), QString::fromLatin1(opportunityId) },
            { QStringLiteral("AccountId"), QString::fromLatin1(account) }, { QStringLiteral("IsClosed"), closed },
            { QStringLiteral("LastModifiedDate"), QString::fromLatin1(when) },
            { QStringLiteral("OwnerId"), QString::fromLatin1(ownerId) } };
    };
    table(QStringLiteral("Opportunity"),
        { id, name, accountId, { QStringLiteral("IsClosed"), QStringLiteral("boolean"), 0 }, modified, owner },
        { opportunity("006O1", "001A1", false, "2026-01-01T00:00:00.000Z", "005U2"),
            opportunity("006O2", "001A1", false, "2026-02-01T00:00:00.000Z", "005U9"),
            opportunity("006O3", "001A1", true, "2026-03-01T00:00:00.000Z", "005U1"),
            opportunity("006O4", "001A2", false, "2026-01-05T00:00:00.000Z", "005U1"),
            opportunity("006O5", "001A9", false, "2026-01-07T00:00:00.000Z", "005U2") });
}

void TestCallMatching::matches_data()
{
    using A = CallParticipant::Affiliation;
    QTest::addColumn<QList<CallParticipant>>("others");
    QTest::addColumn<QStringList>("contacts");
    QTest::addColumn<QStringList>("leads");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("opportunity");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("contacts of one account, newest opportunity")
        << QList<CallParticipant> { person(QStringLiteral("ann@acme.com"), A::External),
               person(QStringLiteral("ben@acme.com"), A::External) }
        << QStringList { QStringLiteral("003C1"), QStringLiteral("003C2") } << QStringList() << "001A1"
        << "006O2"
        << QStringList { QStringLiteral("Contact by email ann@acme.com"),
               QStringLiteral("Contact by email ben@acme.com"), QStringLiteral("Account of the matched contacts"),
               QStringLiteral("2 open opportunities, none owned by a participant; chose the most recently modified") };
    QTest::newRow("opportunity owned by a participant")
        << QList<CallParticipant> { person(QStringLiteral("ann@acme.com"), A::External),
               person(QStringLiteral("other@ourco.com"), A::Internal) }
        << QStringList { QStringLiteral("003C1") } << QStringList() << "001A1"
        << "006O1"
        << QStringList { QStringLiteral("Contact by email ann@acme.com"),
               QStringLiteral("Account of the matched contacts"),
               QStringLiteral("2 open opportunities; chose the one owned by a participant") };
    QTest::newRow("contacts disagree, tie goes to the account owned by a participant")
        << QList<CallParticipant> { person(QStringLiteral("ann@acme.com"), A::External),
               person(QStringLiteral("cat@acme.eu"), A::External) }
        << QStringList { QStringLiteral("003C1"), QStringLiteral("003C3") } << QStringList() << "001A2"
        << "006O4"
        << QStringList { QStringLiteral("Contact by email ann@acme.com"),
               QStringLiteral("Contact by email cat@acme.eu"),
               QStringLiteral("Matched contacts belong to 2 accounts; chose the one owned by a participant"),
               QStringLiteral("The account's one open opportunity") };
    QTest::newRow("contacts disagree, most matched contacts win")
        << QList<CallParticipant> { person(QStringLiteral("cat@acme.eu"), A::External),
               person(QStringLiteral("ann@acme.com"), A::External),
               person(QStringLiteral("ben@acme.com"), A::External) }
        << QStringList { QStringLiteral("003C3"), QStringLiteral("003C1"), QStringLiteral("003C2") } << QStringList()
        << "001A1"
        << "006O2"
        << QStringList { QStringLiteral("Contact by email cat@acme.eu"),
               QStringLiteral("Contact by email ann@acme.com"), QStringLiteral("Contact by email ben@acme.com"),
               QStringLiteral("Matched contacts belong to 2 accounts; chose the one with the most matched contacts"),
               QStringLiteral("2 open opportunities, none owned by a participant; chose the most recently modified") };
    QTest::newRow("an apostrophe in an email")
        << QList<CallParticipant> { person(QStringLiteral("o'brien@acme.eu"), A::External) }
        << QStringList { QStringLiteral("003C6") } << QStringList() << "001A2"
        << "006O4"
        << QStringList { QStringLiteral("Contact by email o'brien@acme.eu"),
               QStringLiteral("Account of the matched contacts"),
               QStringLiteral("The account's one open opportunity") };
    QTest::newRow("lead when no contact; no account for its domain")
        << QList<CallParticipant> { person(QStringLiteral("lee@lead.com"), A::External) } << QStringList()
        << QStringList { QStringLiteral("00QL1") } << ""
        << ""
        << QStringList { QStringLiteral("Lead by email lee@lead.com (no contact has it)"),
               QStringLiteral(
                   "No account: no matched contact, and no contact or account website with the domain lead.com") };
    QTest::newRow("converted lead is not matched")
        << QList<CallParticipant> { person(QStringLiteral("conv@lead.com"), A::External) } << QStringList()
        << QStringList() << ""
        << ""
        << QStringList { QStringLiteral(
               "No account: no matched contact, and no contact or account website with the domain lead.com") };
    QTest::newRow("account by contacts' domain")
        << QList<CallParticipant> { person(QStringLiteral("zed@acme.com"), A::External) } << QStringList()
        << QStringList() << "001A1"
        << "006O2"
        << QStringList { QStringLiteral("Account by domain acme.com (2 contacts of that domain)"),
               QStringLiteral("2 open opportunities, none owned by a participant; chose the most recently modified") };
    QTest::newRow("domain tie goes to the account owned by a participant")
        << QList<CallParticipant> { person(QStringLiteral("new@shared.com"), A::External) } << QStringList()
        << QStringList() << "001A2"
        << "006O4"
        << QStringList { QStringLiteral("Account by domain shared.com (one contact of that domain)"),
               QStringLiteral("The account's one open opportunity") };
    QTest::newRow("account by website domain")
        << QList<CallParticipant> { person(QStringLiteral("x@globex.com"), A::Unknown) } << QStringList()
        << QStringList() << "001A3"
        << ""
        << QStringList { QStringLiteral("Account by website domain globex.com"),
               QStringLiteral("No open opportunity on the account") };
    QTest::newRow("free mail never matches by domain")
        << QList<CallParticipant> { person(QStringLiteral("joe@gmail.com"), A::External) } << QStringList()
        << QStringList() << ""
        << ""
        << QStringList { QStringLiteral(
               "No account: only free-mail addresses (gmail.com), which never match by domain") };
    QTest::newRow("internal only; an unknown participant who is a user is internal")
        << QList<CallParticipant> { person(QStringLiteral("other@ourco.com"), A::Unknown) } << QStringList()
        << QStringList() << ""
        << "" << QStringList { QStringLiteral("No account: the call has no external participants") };
}

void TestCallMatching::matches()
{
    QFETCH(QList<CallParticipant>, others);
    QFETCH(QStringList, contacts);
    QFETCH(QStringList, leads);
    QFETCH(QString, account);
    QFETCH(QString, opportunity);
    QFETCH(QStringList, reasons);
    const Call call = callWith(others);
    CallMatcher matcher;
    QVERIFY(matcher.prepare(m_cache, { call }).ok());
    const CallMatch match = matcher.match(call);
    QStringList contactIds;
    for (const CallMatch::Person& contact : match.contacts) {
        contactIds.append(contact.id);
    }
    QStringList leadIds;
    for (const CallMatch::Person& lead : match.leads) {
        leadIds.append(lead.id);
    }
    QCOMPARE(contactIds, contacts);
    QCOMPARE(leadIds, leads);
    QCOMPARE(match.accountId, account);
    QCOMPARE(match.opportunityId, opportunity);
    QCOMPARE(match.reasons(), reasons);
    QCOMPARE(match.ownerId, QStringLiteral("005U1"));
    QCOMPARE(match.account.value(QStringLiteral("Id")).toString(), account);
    QCOMPARE(match.opportunity.value(QStringLiteral("Id")).toString(), opportunity);

    // Prepared for many calls at once, as the preview does (it reads a domain or a website only
    // for the calls that need it), the call matches as it does alone.
    using A = CallParticipant::Affiliation;
    QList<Call> many;
    for (const QString& email : { QStringLiteral("ann@acme.com"), QStringLiteral("cat@acme.eu"),
             QStringLiteral("zed@acme.com"), QStringLiteral("new@shared.com"), QStringLiteral("x@globex.com"),
             QStringLiteral("lee@lead.com"), QStringLiteral("joe@gmail.com"), QStringLiteral("ben@acme.com") }) {
        many.append(callWith({ person(email, A::External) }));
    }
    many.insert(many.size() / 2, call);
    CallMatcher manyMatcher;
    QVERIFY(manyMatcher.prepare(m_cache, many).ok());
    const CallMatch together = manyMatcher.match(call);
    QCOMPARE(together.accountId, match.accountId);
    QCOMPARE(together.opportunityId, match.opportunityId);
    QCOMPARE(together.reasons(), match.reasons());
    QCOMPARE(together.unmatchedEmails, match.unmatchedEmails);
    QCOMPARE(together.contacts.size(), match.contacts.size());
    QCOMPARE(together.leads.size(), match.leads.size());

    // Once every call is matched, what only matching read is freed (the workspace does so). The
    // matches given get copies of their own of the texts they held, equal to them, and keep their
    // records; the records and reasons a match kept from before stay valid too.
    QList<CallMatch> held { together };
    manyMatcher.releaseLookups(&held);
    const CallMatch& own = held.first();
    QCOMPARE(own.accountId, account);
    QCOMPARE(own.opportunityId, opportunity);
    QCOMPARE(own.ownerId, together.ownerId);
    QCOMPARE(own.account.value(QStringLiteral("Id")).toString(), account);
    QCOMPARE(own.opportunity.value(QStringLiteral("Id")).toString(), opportunity);
    QCOMPARE(own.account.identity(), together.account.identity());
    QVERIFY(own.accountId.isEmpty() || own.accountId.constData() != together.accountId.constData());
    QCOMPARE(own.reasons(), reasons);
    QCOMPARE(own.contacts.size(), together.contacts.size());
    for (qsizetype i = 0; i < own.contacts.size(); ++i) {
        QCOMPARE(own.contacts.at(i).id, together.contacts.at(i).id);
    }
    QCOMPARE(together.account.value(QStringLiteral("Id")).toString(), account);
    QCOMPARE(together.opportunity.value(QStringLiteral("Id")).toString(), opportunity);
    QCOMPARE(together.reasons(), reasons);
}

// A contact's account that the cache does not hold (not imported, or deleted since) is still the
// call's account, and its open opportunity is still found: the account's record is null.
void TestCallMatching::anAccountNotInTheCacheKeepsItsOpportunity()
{
    const Call call = callWith({ person(QStringLiteral("kim@orphan.com"), CallParticipant::Affiliation::External) });
    CallMatcher matcher;
    QVERIFY(matcher.prepare(m_cache, { call }).ok());
    const CallMatch match = matcher.match(call);
    QCOMPARE(match.contacts.size(), 1);
    QCOMPARE(match.contacts.first().id, QStringLiteral("003C7"));
    QCOMPARE(match.accountId, QStringLiteral("001A9"));
    QVERIFY(match.account.isNull());
    QCOMPARE(match.opportunityId, QStringLiteral("006O5"));
    QCOMPARE(match.opportunity.value(QStringLiteral("Id")).toString(), QStringLiteral("006O5"));
    QCOMPARE(match.reasons(),
        QStringList({ QStringLiteral("Contact by email kim@orphan.com"),
            QStringLiteral("Account of the matched contacts"), QStringLiteral("The account's one open opportunity") }));
}

void TestCallMatching::plansTasksAndEvents()
{
    using A = CallParticipant::Affiliation;
    Call call = callWith({ person(QStringLiteral("ann@acme.com"), A::External) });
    call.trackers = { QStringLiteral("Pricing"), QStringLiteral("[Smart] Timeline") };
    CallMatcher matcher;
    QVERIFY(matcher.prepare(m_cache, { call }).ok());
    const CallMatch match = matcher.match(call);

    ExportSettings settings;
    settings.smartTrackers = false;
    const PlannedActivity task = ActivityPlanner::plan(call, match, settings);
    QCOMPARE(task.sobject, QStringLiteral("Task"));
    QCOMPARE(task.fields.value(QStringLiteral("WhoId")).toString(), QStringLiteral("003C1"));
    QCOMPARE(task.fields.value(QStringLiteral("WhatId")).toString(), QStringLiteral("006O2"));
    QCOMPARE(task.fields.value(QStringLiteral("OwnerId")).toString(), QStringLiteral("005U1"));
    QCOMPARE(task.fields.value(QStringLiteral("ActivityDate")).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(task.fields.value(QStringLiteral("TaskSubtype")).toString(), QStringLiteral("Call"));
    QCOMPARE(task.fields.value(QStringLiteral("Status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(task.fields.value(QStringLiteral("CallType")).toString(), QStringLiteral("Outbound"));
    QCOMPARE(task.fields.value(QStringLiteral("CallDurationInSeconds")).toInt(), 95);
    const QString description = task.fields.value(QStringLiteral("Description")).toString();
    QVERIFY(description.contains(QStringLiteral("Trackers: Pricing\n")));
    QVERIFY(!description.contains(QStringLiteral("[Smart]")));

    settings.activityType = ActivityType::Event;
    settings.smartTrackers = true;
    const PlannedActivity event = ActivityPlanner::plan(call, match, settings);
    QCOMPARE(event.sobject, QStringLiteral("Event"));
    QCOMPARE(
        event.fields.value(QStringLiteral("StartDateTime")).toString(), QStringLiteral("2026-03-02T15:00:00.000Z"));
    QCOMPARE(event.fields.value(QStringLiteral("EndDateTime")).toString(), QStringLiteral("2026-03-02T15:02:00.000Z"));
    QCOMPARE(event.fields.value(QStringLiteral("DurationInMinutes")).toInt(), 2);
    QVERIFY(!event.fields.contains(QStringLiteral("TaskSubtype")));
    QVERIFY(event.fields.value(QStringLiteral("Description")).toString().contains(QStringLiteral("[Smart] Timeline")));

    // A lead's activity cannot carry a WhatId.
    const Call leadCall = callWith(
        { person(QStringLiteral("lee@lead.com"), A::External), person(QStringLiteral("zed@globex.com"), A::External) });
    CallMatcher leadMatcher;
    QVERIFY(leadMatcher.prepare(m_cache, { leadCall }).ok());
    const CallMatch leadMatch = leadMatcher.match(leadCall);
    QCOMPARE(leadMatch.accountId, QStringLiteral("001A3"));
    const PlannedActivity leadTask = ActivityPlanner::plan(leadCall, leadMatch, ExportSettings());
    QCOMPARE(leadTask.fields.value(QStringLiteral("WhoId")).toString(), QStringLiteral("00QL1"));
    QVERIFY(!leadTask.fields.contains(QStringLiteral("WhatId")));
    QCOMPARE(leadTask.notes.size(), 2); // WhatId left empty, and the zone of the ActivityDate
}

// A task's ActivityDate used to be the call's UTC date: a call at 17:30 in California was dated
// the next day. It is the call's local date: its own offset, else the recorded user's time zone.
void TestCallMatching::activityDateIsTheCallsLocalDate()
{
    QTemporaryDir dir;
    CacheStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("zones.sqlite")), QStringLiteral("00D000000000001AAA")).ok());
    Status status = Status::success();
    cache.ensureTable(QStringLiteral("User"),
        { { QStringLiteral("Id"), QStringLiteral("id"), 18 }, { QStringLiteral("Email"), QStringLiteral("email"), 80 },
            { QStringLiteral("TimeZoneSidKey"), QStringLiteral("picklist"), 40 } },
        &status);
    QVERIFY(status.ok());
    QVERIFY(cache
                .upsert(QStringLiteral("User"),
                    QList<QVariantMap> { { { QStringLiteral("Id"), QStringLiteral("005U1") },
                        { QStringLiteral("Email"), QStringLiteral("rep@ourco.com") },
                        { QStringLiteral("TimeZoneSidKey"), QStringLiteral("America/Los_Angeles") } } })
                .ok());
    Call call = callWith({});
    call.started = QDateTime(QDate(2026, 3, 3), QTime(1, 30), Qt::UTC); // 17:30 on 2 March in California
    CallMatcher matcher;
    QVERIFY(matcher.prepare(cache, { call }).ok());
    const CallMatch match = matcher.match(call);
    QCOMPARE(match.ownerTimeZone, QStringLiteral("America/Los_Angeles"));
    const PlannedActivity task = ActivityPlanner::plan(call, match, ExportSettings());
    QCOMPARE(task.fields.value(QStringLiteral("ActivityDate")).toString(), QStringLiteral("2026-03-02"));
    QVERIFY2(
        task.notes.join(QLatin1Char(' ')).contains(QLatin1String("recorded user's time zone (America/Los_Angeles)")),
        qPrintable(task.notes.join(QLatin1Char(' '))));

    // The call's own offset says where it took place: 10:30 on 3 March in Tokyo.
    call.startedOffsetSeconds = 9 * 3600;
    const PlannedActivity tokyo = ActivityPlanner::plan(call, match, ExportSettings());
    QCOMPARE(tokyo.fields.value(QStringLiteral("ActivityDate")).toString(), QStringLiteral("2026-03-03"));
    QVERIFY2(tokyo.notes.join(QLatin1Char(' ')).contains(QLatin1String("own UTC offset (UTC+09:00)")),
        qPrintable(tokyo.notes.join(QLatin1Char(' '))));

    // Neither known: UTC, and the preview says so.
    call.startedOffsetSeconds.reset();
    CallMatch unknown = match;
    unknown.ownerTimeZone.clear();
    const PlannedActivity utc = ActivityPlanner::plan(call, unknown, ExportSettings());
    QCOMPARE(utc.fields.value(QStringLiteral("ActivityDate")).toString(), QStringLiteral("2026-03-03"));
    QVERIFY(utc.notes.join(QLatin1Char(' ')).contains(QLatin1String("in UTC")));
}

// Matching is done once for the calls, and with full call data a call's records are planned
// once, when it first exports: an edit of the filter plans only the calls it newly exports. The
// activity is planned when asked, as a preview from scratch plans it.
void TestCallMatching::aFilterEditKeepsThePlannedRecords()
{
    using A = CallParticipant::Affiliation;
    QList<Call> calls { callWith({ person(QStringLiteral("ann@acme.com"), A::External) }),
        callWith({ person(QStringLiteral("cat@acme.eu"), A::External) }),
        callWith({ person(QStringLiteral("zed@acme.com"), A::External) }) };
    calls[0].id = QStringLiteral("short");
    calls[0].duration = 30;
    calls[1].id = QStringLiteral("long");
    calls[1].duration = 300;
    calls[2].id = QStringLiteral("middle");
    calls[2].duration = 90;
    CallMatcher matcher;
    QVERIFY(matcher.prepare(m_cache, calls).ok());
    const QList<CallMatch> matches = ExportPreview::matchAll(calls, matcher);
    QCOMPARE(matches.size(), calls.size());
    for (int i = 0; i < calls.size(); ++i) {
        const CallMatch alone = matcher.match(calls.at(i));
        QCOMPARE(matches.at(i).accountId, alone.accountId);
        QCOMPARE(matches.at(i).opportunityId, alone.opportunityId);
        QCOMPARE(matches.at(i).reasons(), alone.reasons());
    }

    const FilterSchema schema = ExportPreview::schemaFor(m_cache);
    const FilterParser::Result longCalls = FilterParser::parse(QStringLiteral("duration >= 2m"), schema);
    const FilterParser::Result most = FilterParser::parse(QStringLiteral("duration >= 1m"), schema);
    QVERIFY(longCalls.ok() && most.ok());
    ExportPreview::Input input;
    input.calls = &calls;
    input.matcher = &matcher;
    input.matches = &matches;
    input.schema = &schema;
    input.filter = longCalls.root;
    input.savedFilter = longCalls.root;
    input.settings.target = ExportTarget::Both;
    QList<std::shared_ptr<const ConversationPlan>> planned(calls.size());
    input.plannedRecords = &planned;
    QList<qint8> savedPasses(calls.size(), qint8(-1));
    input.savedPasses = &savedPasses;
    const QList<ExportPreview::CallPlan> earlier = ExportPreview::plan(input);
    QCOMPARE(earlier.at(0).action, ExportPreview::Action::Skip);
    QCOMPARE(earlier.at(1).action, ExportPreview::Action::Create);
    QCOMPARE(earlier.at(2).action, ExportPreview::Action::Skip);
    // The preview under the saved filter keeps each call's result for the edits to come.
    QCOMPARE(savedPasses, (QList<qint8> { 0, 1, 0 }));
    QVERIFY(!planned.at(0) && planned.at(1) && !planned.at(2)); // planned when a call exports
    QVERIFY(earlier.at(1).records == planned.at(1));
    const std::shared_ptr<const ConversationPlan> plannedBefore = planned.at(1);

    input.filter = most.root;
    const QList<ExportPreview::CallPlan> edited = ExportPreview::plan(input);
    QCOMPARE(edited.at(0).action, ExportPreview::Action::Skip);
    QVERIFY(!edited.at(0).records);
    QCOMPARE(edited.at(1).action, ExportPreview::Action::Create);
    QVERIFY(edited.at(1).records == plannedBefore); // the same plan, not planned again
    QCOMPARE(edited.at(1).change, ExportPreview::Change::Same);
    // Newly exported: planned now, as a preview from scratch plans it.
    QCOMPARE(edited.at(2).action, ExportPreview::Action::Create);
    QCOMPARE(edited.at(2).change, ExportPreview::Change::Starts);
    QVERIFY(planned.at(2));
    const ConversationPlan freshRecords = ConversationPlanner::plan(calls.at(2), matches.at(2), input.settings, {});
    QCOMPARE(edited.at(2).records->fingerprint, freshRecords.fingerprint);
    const PlannedActivity fresh = ActivityPlanner::plan(calls.at(2), matches.at(2), input.settings);
    QCOMPARE(edited.at(2).activity().fields, fresh.fields);
    QCOMPARE(edited.at(2).activity().notes, fresh.notes);
    QCOMPARE(edited.at(0).activity().fields, QJsonObject()); // only an exporting call has one
    QCOMPARE(edited.at(0).reason(), QStringLiteral("Filtered out: duration >= 1m (the call lasted 30s)"));
    QCOMPARE(savedPasses, (QList<qint8> { 0, 1, 0 }));

    // An edit compares with the kept results and does not evaluate the saved filter again: had
    // the saved filter passed the short call, the edit would stop it.
    savedPasses[0] = 1;
    QCOMPARE(ExportPreview::plan(input).at(0).change, ExportPreview::Change::Stops);
}

// The preview reads the cache when calls are loaded; an edit of the filter is evaluated on what
// it read. Here the cache's tables are gone by the time of the edit, and the edit still sees the
// matched account's fields.
void TestCallMatching::aFilterEditDoesNotReadTheCacheAgain()
{
    QTemporaryDir dir;
    const QString orgId = QStringLiteral("00D000000000001AAA");
    CacheStore cache;
    QVERIFY(cache.open(CacheStore::pathFor(dir.path(), orgId), orgId).ok());
    Status status = Status::success();
    const Column id { QStringLiteral("Id"), QStringLiteral("id"), 18 };
    cache.ensureTable(
        QStringLiteral("Account"), { id, { QStringLiteral("Industry"), QStringLiteral("picklist"), 40 } }, &status);
    QVERIFY(status.ok());
    QVERIFY(cache
                .upsert(QStringLiteral("Account"),
                    QList<QVariantMap> { { { QStringLiteral("Id"), QStringLiteral("001A1") },
                                             { QStringLiteral("Industry"), QStringLiteral("Software") } },
                        { { QStringLiteral("Id"), QStringLiteral("001A2") },
                            { QStringLiteral("Industry"), QStringLiteral("Manufacturing") } } })
                .ok());
    cache.ensureTable(QStringLiteral("Contact"),
        { id, { QStringLiteral("Email"), QStringLiteral("email"), 80 },
            { QStringLiteral("AccountId"), QStringLiteral("reference"), 18 } },
        &status);
    QVERIFY(status.ok());
    QVERIFY(cache
                .upsert(QStringLiteral("Contact"),
                    QList<QVariantMap> { { { QStringLiteral("Id"), QStringLiteral("003C1") },
                                             { QStringLiteral("Email"), QStringLiteral("ann@soft.com") },
                                             { QStringLiteral("AccountId"), QStringLiteral("001A1") } },
                        { { QStringLiteral("Id"), QStringLiteral("003C2") },
                            { QStringLiteral("Email"), QStringLiteral("bob@works.com") },
                            { QStringLiteral("AccountId"), QStringLiteral("001A2") } } })
                .ok());

    ExportWorkspace workspace;
    QVERIFY(workspace.openOrg(dir.path(), orgId).ok());
    auto call = [](const char* callId, const char* email) {
        return QJsonObject { { QStringLiteral("id"), QLatin1String(callId) },
            { QStringLiteral("title"), QStringLiteral("Call") },
            { QStringLiteral("started"), QStringLiteral("2026-03-02T15:00:00Z") }, { QStringLiteral("duration"), 300 },
            { QStringLiteral("direction"), QStringLiteral("outbound") },
            { QStringLiteral("primaryUser"), QStringLiteral("rep@ourco.com") },
            { QStringLiteral("participants"),
                QJsonArray { QJsonObject { { QStringLiteral("email"), QLatin1String(email) },
                    { QStringLiteral("affiliation"), QStringLiteral("external") } } } } };
    };
    QVERIFY(workspace
                .loadCalls(
                    QJsonDocument(QJsonArray { call("soft", "ann@soft.com"), call("works", "bob@works.com") }).toJson(),
                    QStringLiteral("test"))
                .ok());
    auto preview = [&workspace](const QString& text, const QString& savedText = {}) {
        const FilterParser::Result filter = FilterParser::parse(text, workspace.schema());
        const FilterParser::Result saved =
            FilterParser::parse(savedText.isEmpty() ? text : savedText, workspace.schema());
        QVERIFY2(filter.ok() && saved.ok(), qPrintable(filter.error + saved.error));
        QSignalSpy ready(&workspace, &ExportWorkspace::previewReady);
        workspace.requestPreview(filter.root, saved.root, ExportSettings());
        QVERIFY(ready.wait());
        QVERIFY(!workspace.isComputing());
    };
    auto exporting = [&workspace] {
        QStringList ids;
        for (const ExportPreview::CallPlan& plan : workspace.plans()) {
            if (plan.action == ExportPreview::Action::Create) {
                ids.append(workspace.calls().at(plan.index).id);
            }
        }
        return ids;
    };
    preview(QStringLiteral("account.Industry = \"Software\""));
    QCOMPARE(exporting(), QStringList { QStringLiteral("soft") });

    for (const QString& object : { QStringLiteral("Account"), QStringLiteral("Contact") }) {
        QSqlQuery drop(cache.database());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE ") + CacheStore::tableName(object)));
    }
    preview(QStringLiteral("account.Industry = \"Manufacturing\""));
    QCOMPARE(exporting(), QStringList { QStringLiteral("works") });
    QCOMPARE(workspace.plans().at(1).match().accountId, QStringLiteral("001A2"));
    QCOMPARE(workspace.plans().at(0).reason(),
        QStringLiteral("Filtered out: account.Industry = \"Manufacturing\" (account.Industry: Software)"));

    // Against a saved filter: its results are kept between edits, and only while it is the same.
    auto changes = [&workspace] {
        QList<ExportPreview::Change> perCall;
        for (const ExportPreview::CallPlan& plan : workspace.plans()) {
            perCall.append(plan.change);
        }
        return perCall;
    };
    const QString manufacturing = QStringLiteral("account.Industry = \"Manufacturing\"");
    preview(manufacturing, QStringLiteral("account.Industry = \"Software\""));
    QCOMPARE(changes(), (QList<ExportPreview::Change> { ExportPreview::Change::Stops, ExportPreview::Change::Starts }));
    preview(QStringLiteral("duration >= 1m"), QStringLiteral("account.Industry = \"Software\""));
    QCOMPARE(changes(), (QList<ExportPreview::Change> { ExportPreview::Change::Same, ExportPreview::Change::Starts }));
    preview(manufacturing, QStringLiteral("account.Industry exists"));
    QCOMPARE(changes(), (QList<ExportPreview::Change> { ExportPreview::Change::Stops, ExportPreview::Change::Same }));
}

// Defect: without an org (the demo's first screen), a preview asked for before any calls were
// loaded stayed "wanted" for ever: isComputing() never became false again and the Preview
// page's busy bar never went away.
void TestCallMatching::aPreviewAskedForBeforeTheCallsEnds()
{
    ExportWorkspace workspace;
    workspace.requestPreview(FilterNode(), FilterNode(), ExportSettings()); // as the page does when it is built
    QVERIFY(workspace.openOrg(QString(), QString()).ok()); // no org: the call fields only
    const QByteArray json = R"([{"id":"c1","title":"T","started":"2026-03-02T15:04:05Z","duration":60,)"
                            R"("direction":"inbound","primaryUser":"rep@ourco.com","participants":[]}])";
    QVERIFY(workspace.loadCalls(json, QStringLiteral("test")).ok());
    workspace.requestPreview(FilterNode(), FilterNode(), ExportSettings());
    QTRY_COMPARE(workspace.plans().size(), 1);
    QTRY_VERIFY(!workspace.isComputing());
}

QTEST_GUILESS_MAIN(TestCallMatching)
#include "TestCallMatching.moc"
