#include "core/calls/CallsReader.h"
#include "core/exporting/ActivityPlanner.h"
#include "core/util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace callbridge;

// The platform's calls file (docs/calls-file.md): what is read, and every problem named with the
// call and field it is in.
class TestCallsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void readsAValidFile();
    void readsTextAsWritten();
    void readsCapturedEmails();
    void manyCallsAreReadInTheFilesOrder();
    void splitsAnArrayAtItsOwnCommas_data();
    void splitsAnArrayAtItsOwnCommas();
    void aLargeFileIsReadAsAWholeOne();
    void repeatedIdsAreFoundAmongManyCalls();
};

void TestCallsReader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray valid = R"({"id":"c1","title":"T","started":"2026-03-02T15:04:05Z","duration":60,)"
                             R"("direction":"inbound","primaryUser":"rep@ourco.com","participants":[]})";
    auto with = [&valid](const char* from, const char* to) {
        return QByteArray(valid).replace(from, to);
    };
    QTest::newRow("not JSON") << QByteArray("[{")
                              << "The calls file is not valid JSON: unterminated object at line 1, column 3";
    QTest::newRow("not an array") << QByteArray("{}")
                                  << "The calls file must be a JSON array of calls, or an object with \"calls\" and "
                                     "\"emails\" arrays, found an object";
    QTest::newRow("email unknown key")
        << QByteArray(R"({"calls":[],"emails":[{"id":"e1","sent":"2026-03-02T15:04:05Z","from":"rep@ourco.com",)"
                      R"("to":["ann@acme.com"],"body":"x"}]})")
        << "email 1 (id \"e1\"), body: unknown field; expected one of id, subject, sent, from, to, cc, bodyExcerpt, "
           "threadId, user";
    QTest::newRow("email address") << QByteArray(
        R"({"calls":[],"emails":[{"id":"e1","sent":"2026-03-02T15:04:05Z","from":"rep@ourco.com",)"
        R"("to":["ann"]}]})") << "email 1 (id \"e1\"), to: expected email addresses, found \"ann\"";
    QTest::newRow("not an object") << QByteArray("[3]") << "call 1: expected an object, found a number";
    QTest::newRow("missing id") << "[" + with(R"("id":"c1",)", "") + "]"
                                << "call 1, id: missing; expected a string";
    QTest::newRow("bad started") << "[" + with("2026-03-02T15:04:05Z", "yesterday") + "]"
                                 << "call 1 (id \"c1\"), started: \"yesterday\" is not an ISO 8601 date-time with a "
                                    "time zone; expected e.g. 2026-03-02T15:04:05Z";
    QTest::newRow("local time") << "[" + with("15:04:05Z", "15:04:05") + "]"
                                << "call 1 (id \"c1\"), started: \"2026-03-02T15:04:05\" is not an ISO 8601 date-time "
                                   "with a time zone; expected e.g. 2026-03-02T15:04:05Z";
    QTest::newRow("negative duration")
        << "[" + with(R"("duration":60)", R"("duration":-5)") + "]"
        << "call 1 (id \"c1\"), duration: expected a whole number of seconds, 0 or more, found -5";
    QTest::newRow("endless duration") // 1e30 does not fit a qint64: refused before it is converted
        << "[" + with(R"("duration":60)", R"("duration":1e30)") + "]"
        << "call 1 (id \"c1\"), duration: 1e+30 seconds is longer than any call; the longest is 9999 hours";
    QTest::newRow("text duration")
        << "[" + with(R"("duration":60)", R"("duration":"60")") + "]"
        << "call 1 (id \"c1\"), duration: expected a whole number of seconds, 0 or more, found a string";
    QTest::newRow("direction")
        << "[" + with("inbound", "sideways") + "]"
        << "call 1 (id \"c1\"), direction: \"sideways\" is not one of inbound, outbound, conference";
    QTest::newRow("affiliation")
        << "[" + with(R"("participants":[])", R"("participants":[{"email":"a@b.com","affiliation":"guest"}])") + "]"
        << "call 1 (id \"c1\"), participants[0].affiliation: \"guest\" is not one of internal, external, unknown";
    QTest::newRow("participant email")
        << "[" + with(R"("participants":[])", R"("participants":[{"email":"nobody","affiliation":"external"}])") + "]"
        << "call 1 (id \"c1\"), participants[0].email: \"nobody\" is not an email address";
    QTest::newRow("tracker") << "[" + with(R"("participants":[])", R"("participants":[],"trackers":["a",1])") + "]"
                             << "call 1 (id \"c1\"), trackers[1]: expected a tracker name, found a number";
    QTest::newRow("deleted") << "[" + with(R"("participants":[])", R"("participants":[],"deleted":"yes")") + "]"
                             << "call 1 (id \"c1\"), deleted: expected true or false, found a string";
    QTest::newRow("unknown key")
        << "[" + with(R"("participants":[])", R"("participants":[],"titel":"x")") + "]"
        << "call 1 (id \"c1\"), titel: unknown field; expected one of id, title, started, duration, "
           "direction, workspace, primaryUser, participants, trackers, deleted, updated";
    QTest::newRow("duplicate id")
        << "[" + valid + "," + valid + "]"
        << "call 2 (id \"c1\"), id: \"c1\" appears more than once; every call needs its own id";
    // Parsed by simdjson: what it refuses and Qt's parser takes is still named.
    QTest::newRow("lone surrogate") << "[" + with(R"("title":"T")", R"("title":"T\ud800")") + "]"
                                    << "The calls file is not valid JSON: a string holds half of a surrogate pair "
                                       "(\\uD800 to \\uDFFF) or another escape that is no character";
    QTest::newRow("whole number beyond 64 bits")
        << "[" + with(R"("duration":60)", R"("duration":18446744073709551616)") + "]"
        << "The calls file is not valid JSON: a number is too large";
    QTest::newRow("a number, not an array")
        << QByteArray("3")
        << "The calls file must be a JSON array of calls, or an object with \"calls\" and \"emails\" arrays, found "
           "a number";
    QTest::newRow("nested deeper than any stack") // parsed without recursion
        << QByteArray(200000, '[')
        << "The calls file is not valid JSON: too deeply nested document at line 1, column 1026";
    QTest::newRow("second call named")
        << "[" + valid + "," + with(R"("id":"c1")", R"("id":"c2")").replace("inbound", "x") + "]"
        << "call 2 (id \"c2\"), direction: \"x\" is not one of inbound, outbound, conference";
}

void TestCallsReader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const CallsReader::Result result = CallsReader::read(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first(), error);
    QVERIFY(result.calls.isEmpty()); // nothing half-loaded
}

void TestCallsReader::readsAValidFile()
{
    const QByteArray json = R"([{"id":"c1","title":"Demo","started":"2026-03-02T16:04:05+01:00","duration":60,
        "direction":"conference","workspace":"Sales","primaryUser":"Rep@OurCo.com",
        "participants":[{"email":"Ann@Acme.com","name":"Ann","affiliation":"external"}],
        "trackers":["[Smart] Timeline"],"deleted":true,"updated":"2026-03-03T00:00:00Z"}])";
    const CallsReader::Result result = CallsReader::read(json);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.calls.size(), 1);
    const Call& call = result.calls.first();
    QCOMPARE(call.started, QDateTime(QDate(2026, 3, 2), QTime(15, 4, 5), Qt::UTC));
    QVERIFY(call.startedOffsetSeconds == 3600); // where the call took place
    QCOMPARE(call.primaryUser, QStringLiteral("rep@ourco.com"));
    QCOMPARE(call.participants.first().email, QStringLiteral("ann@acme.com"));
    QVERIFY(call.deleted);
    QCOMPARE(call.updated.date(), QDate(2026, 3, 3));
}

// Escapes, characters beyond ASCII and repeated names read as Qt's parser reads them.
void TestCallsReader::readsTextAsWritten()
{
    const QByteArray json =
        u8R"([{"id":"c1","title":"ignored","started":"2026-03-02T15:04:05Z","duration":6e1,)"
        u8R"("direction":"inbound","primaryUser":"rep@ourco.com","title":)"
        u8R"("Zo\u00eb \"Q3\"\\plan\n\ud83d\ude00 Zoë \u0000end",)"
        u8R"("participants":[{"email":"  \u00c9mile@Acme.COM ","name":"Émile","affiliation":"external",)"
        u8R"("talkTime":12.5}]}])";
    const CallsReader::Result result = CallsReader::read(json);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    const Call& call = result.calls.first();
    QCOMPARE(call.title, QString::fromUtf8(u8"Zoë \"Q3\"\\plan\n😀 Zoë ") + QChar(0) + QStringLiteral("end"));
    QCOMPARE(call.duration, qint64(60));
    QCOMPARE(call.participants.first().email, QString::fromUtf8(u8"émile@acme.com"));
    QCOMPARE(call.participants.first().name, QString::fromUtf8(u8"Émile"));
    QCOMPARE(call.participants.first().talkTimeSeconds, qint64(12));
}

void TestCallsReader::readsCapturedEmails()
{
    const QByteArray json = R"({"calls":[],"emails":[{"id":"e1","subject":"Proposal","sent":"2026-03-02T15:04:05Z",
        "from":"Ann@Acme.com","to":"rep@ourco.com","cc":["boss@ourco.com","cfo@acme.com"],
        "bodyExcerpt":"Here it is","threadId":"t-9","user":"rep@ourco.com"}]})";
    const CallsReader::Result result = CallsReader::read(json);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.calls.size(), 1);
    const Call& email = result.calls.first();
    QVERIFY(email.email);
    QCOMPARE(email.title, QStringLiteral("Proposal"));
    QCOMPARE(email.primaryUser, QStringLiteral("rep@ourco.com"));
    QCOMPARE(email.direction, QStringLiteral("inbound")); // the recorded user received it
    QCOMPARE(email.email->from, QStringLiteral("ann@acme.com"));
    QCOMPARE(email.email->cc.size(), 2);
    QCOMPARE(email.email->threadId, QStringLiteral("t-9"));
    // Matched like a call: the recorded user's domain is internal, the rest external.
    QCOMPARE(email.participants.size(), 4);
    QCOMPARE(email.externalParticipantCount(), 2);
    ExportSettings settings;
    settings.emailsAsTasks = true;
    settings.activityType = ActivityType::Event; // an email is a task all the same
    const PlannedActivity task = ActivityPlanner::plan(email, CallMatch(), settings);
    QCOMPARE(task.sobject, QStringLiteral("Task"));
    QCOMPARE(task.fields.value(QStringLiteral("TaskSubtype")).toString(), QStringLiteral("Email"));
    QCOMPARE(task.fields.value(QStringLiteral("Subject")).toString(), QStringLiteral("Email: Proposal"));
    QVERIFY(task.fields.value(QStringLiteral("Description")).toString().contains(QLatin1String("Here it is")));
    QVERIFY(!task.fields.contains(QStringLiteral("CallDurationInSeconds")));

    // Ids are the calls' and the emails' together: each is named where it comes again.
    const QByteArray call = R"({"id":"c1","title":"T","started":"2026-03-02T15:04:05Z","duration":60,)"
                            R"("direction":"inbound","primaryUser":"rep@ourco.com","participants":[]})";
    const QByteArray mail = R"({"id":"c1","sent":"2026-03-02T15:04:05Z","from":"ann@acme.com","to":"rep@ourco.com"})";
    const CallsReader::Result repeated =
        CallsReader::read(R"({"calls":[)" + call + "," + QByteArray(call).replace("c1", "c2") + R"(],"emails":[)"
            + QByteArray(mail).replace("c1", "e1") + "," + mail + "," + QByteArray(mail).replace("c1", "e1") + "]}");
    QCOMPARE(repeated.errors,
        QStringList({ QStringLiteral("email 2 (id \"c1\"), id: \"c1\" appears more than once; every call and "
                                     "email needs its own id"),
            QStringLiteral(
                "email 3 (id \"e1\"), id: \"e1\" appears more than once; every call and email needs its own id") }));
}

// Calls are checked on every core, in chunks; the calls, their problems and the duplicate ids
// still come in the file's order, and reading stops after maxErrors problems.
void TestCallsReader::manyCallsAreReadInTheFilesOrder()
{
    constexpr int count = 3000; // several chunks of calls
    auto callAt = [](int i) {
        return QJsonObject { { QStringLiteral("id"), QStringLiteral("c%1").arg(i) },
            { QStringLiteral("title"), QStringLiteral("Call %1").arg(i) },
            { QStringLiteral("started"), QStringLiteral("2026-03-02T15:04:05Z") }, { QStringLiteral("duration"), i },
            { QStringLiteral("direction"), QStringLiteral("outbound") },
            { QStringLiteral("primaryUser"), QStringLiteral("rep@ourco.com") },
            { QStringLiteral("participants"), QJsonArray() },
            { QStringLiteral("trackers"), QJsonArray { QStringLiteral("Pricing") } } };
    };
    QJsonArray calls;
    for (int i = 0; i < count; ++i) {
        calls.append(callAt(i));
    }
    const CallsReader::Result good = CallsReader::read(QJsonDocument(calls).toJson());
    QVERIFY2(good.ok(), qPrintable(good.errors.join(QLatin1Char('\n'))));
    QCOMPARE(good.calls.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(good.calls.at(i).duration, qint64(i));
    }
    // What every call repeats is kept once (per chunk of calls read together), not once per call.
    const Call& first = good.calls.at(0);
    const Call& second = good.calls.at(1);
    QCOMPARE(second.primaryUser, QStringLiteral("rep@ourco.com"));
    QCOMPARE(second.direction, QStringLiteral("outbound"));
    QCOMPARE(second.trackers, QStringList { QStringLiteral("Pricing") });
    QCOMPARE(second.primaryUser.constData(), first.primaryUser.constData());
    QCOMPARE(second.direction.constData(), first.direction.constData());
    QCOMPARE(second.trackers.constData(), first.trackers.constData());

    QJsonArray mixed = calls;
    mixed[2900] = QJsonObject(callAt(2900)).value(QStringLiteral("id")).toString(); // not an object
    QJsonObject late = callAt(2000);
    late.insert(QStringLiteral("direction"), QStringLiteral("sideways"));
    mixed[2000] = late;
    QJsonObject twice = callAt(1500);
    twice.insert(QStringLiteral("id"), QStringLiteral("c10"));
    mixed[1500] = twice;
    QJsonObject early = callAt(5);
    early.remove(QStringLiteral("title"));
    mixed[5] = early;
    const CallsReader::Result problems = CallsReader::read(QJsonDocument(mixed).toJson());
    QCOMPARE(problems.errors,
        QStringList({ QStringLiteral("call 6 (id \"c5\"), title: missing; expected a string"),
            QStringLiteral("call 1501 (id \"c10\"), id: \"c10\" appears more than once; every call needs its own id"),
            QStringLiteral(
                "call 2001 (id \"c2000\"), direction: \"sideways\" is not one of inbound, outbound, conference"),
            QStringLiteral("call 2901: expected an object, found a string") }));
    QVERIFY(problems.calls.isEmpty());

    QJsonArray allWrong;
    for (int i = 0; i < count; ++i) {
        QJsonObject call = callAt(i);
        call.remove(QStringLiteral("title"));
        allWrong.append(call);
    }
    const CallsReader::Result stopped = CallsReader::read(QJsonDocument(allWrong).toJson());
    QCOMPARE(stopped.errors.size(), CallsReader::maxErrors + 1);
    QCOMPARE(stopped.errors.at(0), QStringLiteral("call 1 (id \"c0\"), title: missing; expected a string"));
    QCOMPARE(stopped.errors.at(CallsReader::maxErrors - 1),
        QStringLiteral("call %1 (id \"c%2\"), title: missing; expected a string")
            .arg(CallsReader::maxErrors)
            .arg(CallsReader::maxErrors - 1));
    QCOMPARE(stopped.errors.last(), QStringLiteral("Stopped after %1 problems.").arg(CallsReader::maxErrors));
}

// The runs a large calls array is parsed in, on several threads: cut at the array's own commas,
// never at one inside a string or a nested value.
void TestCallsReader::splitsAnArrayAtItsOwnCommas_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("perRun");
    QTest::addColumn<bool>("array"); // an array that ends
    QTest::addColumn<QStringList>("runs"); // "first+count:text"

    QTest::newRow("two to a run") << QByteArray("[1,2,3]") << 2 << true
                                  << QStringList { QStringLiteral("0+2:1,2"), QStringLiteral("2+1:3") };
    QTest::newRow("commas and brackets in strings and nested values")
        << QByteArray(R"( [ "a,]\"[" , {"k":[1,2],"s":"}"} ,"\\\\",4] )") << 1 << true
        << QStringList { QStringLiteral(R"(0+1: "a,]\"[" )"), QStringLiteral(R"(1+1: {"k":[1,2],"s":"}"} )"),
               QStringLiteral(R"(2+1:"\\\\")"), QStringLiteral("3+1:4") };
    QTest::newRow("empty") << QByteArray(" \n[ ]\n") << 2 << true << QStringList();
    QTest::newRow("one run") << QByteArray("[{},{}]") << 5 << true << QStringList { QStringLiteral("0+2:{},{}") };
    QTest::newRow("an object") << QByteArray(R"({"calls":[]})") << 2 << false << QStringList();
    QTest::newRow("text after the array") << QByteArray("[1] x") << 2 << false << QStringList();
    QTest::newRow("no end") << QByteArray("[1,2") << 2 << false << QStringList();
    QTest::newRow("a string with no end") << QByteArray(R"(["a\"])") << 2 << false << QStringList();
    QTest::newRow("a comma last") << QByteArray("[1,]") << 2 << false << QStringList();
    QTest::newRow("nothing") << QByteArray() << 2 << false << QStringList();
}

void TestCallsReader::splitsAnArrayAtItsOwnCommas()
{
    QFETCH(QByteArray, json);
    QFETCH(int, perRun);
    QFETCH(bool, array);
    QFETCH(QStringList, runs);
    const std::optional<QList<JsonArrayRun>> split = splitJsonArray(json, perRun);
    QCOMPARE(split.has_value(), array);
    QStringList found;
    for (const JsonArrayRun& run : split.value_or(QList<JsonArrayRun>())) {
        found.append(QStringLiteral("%1+%2:%3")
                         .arg(run.firstIndex)
                         .arg(run.count)
                         .arg(QString::fromUtf8(json.mid(run.begin, run.end - run.begin))));
    }
    QCOMPARE(found, runs);
}

// A file of many calls is parsed in runs: what it reads, and the error in a bad one, are those
// of the file parsed whole.
void TestCallsReader::aLargeFileIsReadAsAWholeOne()
{
    constexpr int count = 3000; // several runs
    QJsonArray calls;
    for (int i = 0; i < count; ++i) {
        calls.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("c%1").arg(i) },
            // What cutting the text in the wrong place would break.
            { QStringLiteral("title"), QStringLiteral("Call %1 \"[quoted]\", {braced}, back\\slash").arg(i) },
            { QStringLiteral("started"), QStringLiteral("2026-03-02T15:04:05Z") }, { QStringLiteral("duration"), i },
            { QStringLiteral("direction"), QStringLiteral("outbound") },
            { QStringLiteral("primaryUser"), QStringLiteral("rep@ourco.com") },
            { QStringLiteral("participants"),
                QJsonArray { QJsonObject { { QStringLiteral("email"), QStringLiteral("p%1@acme.com").arg(i) },
                    { QStringLiteral("name"), QStringLiteral("P, %1]").arg(i) },
                    { QStringLiteral("affiliation"), QStringLiteral("external") } } } } });
    }
    QByteArray json = QJsonDocument(calls).toJson(QJsonDocument::Compact);
    const CallsReader::Result read = CallsReader::read(json);
    QVERIFY2(read.ok(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.calls.size(), count);
    for (int i = 0; i < count; i += 97) {
        QCOMPARE(read.calls.at(i).id, QStringLiteral("c%1").arg(i));
        QCOMPARE(read.calls.at(i).title, QStringLiteral("Call %1 \"[quoted]\", {braced}, back\\slash").arg(i));
        QCOMPARE(read.calls.at(i).participants.at(0).name, QStringLiteral("P, %1]").arg(i));
        QCOMPARE(read.calls.at(i).duration, qint64(i));
    }

    // A mistake in a late call: the whole file's line and column, not its run's.
    const qsizetype mistake = json.indexOf("\"duration\":2500,");
    QVERIFY(mistake > 0);
    json.replace(mistake, 16, "\"duration\":25 00,");
    const CallsReader::Result bad = CallsReader::read(json);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY(bad.calls.isEmpty());
    QVERIFY2(bad.errors.first().startsWith(QStringLiteral("The calls file is not valid JSON: ")),
        qPrintable(bad.errors.first()));
    const int column = bad.errors.first().section(QStringLiteral("line 1, column "), 1).toInt();
    QVERIFY2(column > mistake + 10 && column < mistake + 18, qPrintable(bad.errors.first()));
}

// Enough calls for the ids to be sorted on two threads, in halves: an id repeated within the
// first half, across the two, and within the second is each found, at the later call.
void TestCallsReader::repeatedIdsAreFoundAmongManyCalls()
{
    constexpr int count = 20000;
    const QHash<int, QString> repeats { { 9999, QStringLiteral("c9998") }, { 12000, QStringLiteral("c3") },
        { 19999, QStringLiteral("c15000") } };
    QByteArray json = "[";
    for (int i = 0; i < count; ++i) {
        json += QStringLiteral(R"(%1{"id":"%2","title":"t","started":"2026-03-02T15:04:05Z","duration":1,)"
                               R"("direction":"outbound","primaryUser":"rep@ourco.com","participants":[]})")
                    .arg(i == 0 ? QString() : QStringLiteral(","), repeats.value(i, QStringLiteral("c%1").arg(i)))
                    .toUtf8();
    }
    json += "]";
    const CallsReader::Result read = CallsReader::read(json);
    QCOMPARE(read.errors,
        QStringList({ QStringLiteral("call 10000 (id \"c9998\"), id: \"c9998\" appears more than once; every call "
                                     "needs its own id"),
            QStringLiteral("call 12001 (id \"c3\"), id: \"c3\" appears more than once; every call needs its own id"),
            QStringLiteral("call 20000 (id \"c15000\"), id: \"c15000\" appears more than once; every call needs "
                           "its own id") }));
}

QTEST_GUILESS_MAIN(TestCallsReader)
#include "TestCallsReader.moc"
