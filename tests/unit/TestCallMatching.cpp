#include "core/cache/CacheStore.h"
#include "core/exporting/ActivityPlanner.h"
#include "core/matching/CallMatcher.h"
#include "tests/unit/MatchingCache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace callbridge;
using namespace callbridge::test;

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

private:
    QTemporaryDir m_dir;
    CacheStore m_cache;
};

void TestCallMatching::initTestCase()
{
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite")), QStringLiteral("00D000000000001AAA")).ok());
    QVERIFY(fillMatchingCache(&m_cache).ok());
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
    // texts, records and reasons a match holds stay valid: they are its own.
    const QList<CallMatch> held { together };
    manyMatcher.releaseLookups();
    const CallMatch& own = held.first();
    QCOMPARE(own.accountId, account);
    QCOMPARE(own.opportunityId, opportunity);
    QCOMPARE(own.ownerId, together.ownerId);
    QCOMPARE(own.account.value(QStringLiteral("Id")).toString(), account);
    QCOMPARE(own.opportunity.value(QStringLiteral("Id")).toString(), opportunity);
    QCOMPARE(own.account.identity(), together.account.identity());
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

QTEST_GUILESS_MAIN(TestCallMatching)
#include "TestCallMatching.moc"
