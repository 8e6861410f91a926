#include "core/calls/CallsReader.h"

#include "core/calls/CallsJson.h"
#include "core/util/FreedMemory.h"
#include "core/util/InChunks.h"
#include "core/util/InputFile.h"
#include "core/util/JsonText.h"
#include "core/util/PackedKey.h"
#include "core/util/SharedStrings.h"
#include "core/util/SortedOnTwoThreads.h"

#include <QJsonDocument>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <optional>
#include <vector>

namespace callbridge {

namespace {

using namespace callsjson;

// Collects the problems of one call, each prefixed with where it is: "call 3 (id c-17), started: …".
class CallChecker
{
    Q_DECLARE_TR_FUNCTIONS(CallsReader)

public:
    // `object` is a JSON object.
    CallChecker(int index, const JsonValue& object, QStringList* errors, bool email = false)
        : m_index(index)
        , m_members(membersOf(object)) // walked once: every field is looked up in them
        , m_errors(errors)
        , m_email(email)
    {
        m_id = textOrEmpty(member(m_members, "id"));
    }

    // For a problem found after the call was read: its id is all it needs.
    CallChecker(int index, const QString& id, QStringList* errors, bool email)
        : m_index(index)
        , m_errors(errors)
        , m_email(email)
        , m_id(id)
    { }

    void fail(const QString& field, const QString& problem)
    {
        const QString where = m_email
            ? (m_id.isEmpty() ? tr("email %1").arg(m_index + 1) : tr("email %1 (id \"%2\")").arg(m_index + 1).arg(m_id))
            : (m_id.isEmpty() ? tr("call %1").arg(m_index + 1) : tr("call %1 (id \"%2\")").arg(m_index + 1).arg(m_id));
        m_errors->append(QStringLiteral("%1, %2: %3").arg(where, field, problem));
    }

    // The member `field` of the call, or nothing.
    Member value(const char* field) const { return member(m_members, field); }

    QString text(const char* field, bool required = true)
    {
        const Member value = this->value(field);
        if (isMissing(value)) {
            if (required) {
                fail(QLatin1String(field), tr("missing; expected a string"));
            }
            return {};
        }
        if (!value->isString()) {
            fail(QLatin1String(field), tr("expected a string, found %1").arg(typeName(value)));
            return {};
        }
        return value->text();
    }

    // In UTC; `offsetSeconds`, when given, gets the text's own UTC offset when it had one other than Z.
    QDateTime dateTime(const char* field, bool required, std::optional<int>* offsetSeconds = nullptr)
    {
        const Member value = this->value(field);
        if (!required && isMissing(value)) {
            return {};
        }
        const QString raw = text(field, required);
        if (raw.isEmpty()) {
            if (value && value->isString()) {
                fail(QLatin1String(field), tr("empty; expected an ISO 8601 date-time such as 2026-03-02T15:04:05Z"));
            }
            return {};
        }
        QDateTime parsed = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
            // A date-time without Z or an offset would depend on this computer's time zone.
            fail(QLatin1String(field),
                tr("\"%1\" is not an ISO 8601 date-time with a time zone; expected e.g. 2026-03-02T15:04:05Z")
                    .arg(raw));
            return {};
        }
        if (offsetSeconds && parsed.timeSpec() == Qt::OffsetFromUTC) {
            *offsetSeconds = parsed.offsetFromUtc();
        }
        return parsed.toUTC();
    }

    const Members& members() const { return m_members; }

private:
    int m_index;
    Members m_members; // the call's; none for a problem found after it was read
    QStringList* m_errors;
    bool m_email;
    QString m_id;
};

const std::vector<const char*>& knownKeys()
{
    static const std::vector<const char*> keys { "id", "title", "started", "duration", "direction", "workspace",
        "primaryUser", "participants", "trackers", "deleted", "updated" };
    return keys;
}

// Any JSON number (whole or not: the callers say which they take).
bool isNumber(const Member& value)
{
    return value && value->isNumber();
}

// `strings` keeps one copy of what calls repeat (users, directions, trackers).
Call readCall(CallChecker& check, SharedStrings& strings)
{
    Call call;
    call.id = check.text("id");
    call.title = check.text("title");
    call.started = check.dateTime("started", true, &call.startedOffsetSeconds);
    call.updated = check.dateTime("updated", false);
    call.workspace = check.text("workspace", false);
    call.primaryUser = check.text("primaryUser").trimmed().toLower();
    if (!call.primaryUser.isEmpty() && !call.primaryUser.contains(QLatin1Char('@'))) {
        check.fail(
            QStringLiteral("primaryUser"), CallsReader::tr("\"%1\" is not an email address").arg(call.primaryUser));
    }

    const Member duration = check.value("duration");
    const double seconds = isNumber(duration) ? duration->number() : 0;
    if (isNumber(duration) && seconds > double(kLongestCallSeconds)) {
        check.fail(QStringLiteral("duration"),
            CallsReader::tr("%1 seconds is longer than any call; the longest is %2 hours")
                .arg(QString::number(seconds, 'g', 15))
                .arg(kLongestCallHours));
    } else if (!isNumber(duration) || seconds < 0 || seconds != std::floor(seconds)) {
        check.fail(QStringLiteral("duration"),
            !duration ? CallsReader::tr("missing; expected a whole number of seconds")
                      : CallsReader::tr("expected a whole number of seconds, 0 or more, found %1")
                            .arg(isNumber(duration) ? QString::number(seconds) : typeName(duration)));
    } else {
        call.duration = qint64(seconds);
    }

    call.direction = check.text("direction");
    static const QStringList directions { QStringLiteral("inbound"), QStringLiteral("outbound"),
        QStringLiteral("conference") };
    const qsizetype direction = directions.indexOf(call.direction);
    if (direction >= 0) {
        call.direction = directions.at(direction); // one copy for every call
    } else if (!call.direction.isEmpty()) {
        check.fail(QStringLiteral("direction"),
            CallsReader::tr("\"%1\" is not one of inbound, outbound, conference").arg(call.direction));
    }

    const Member participants = check.value("participants");
    if (!participants || !participants->isArray()) {
        check.fail(QStringLiteral("participants"),
            !participants ? CallsReader::tr("missing; expected an array of participants")
                          : CallsReader::tr("expected an array of participants, found %1").arg(typeName(participants)));
    }
    int i = -1;
    const QList<JsonValue> participantValues = elementsOf(participants);
    call.participants.reserve(participantValues.size()); // growing it one by one copied them again and again
    for (const JsonValue& object : participantValues) {
        ++i;
        // Made when a problem is found: most participants have none.
        const auto where = [i] {
            return QStringLiteral("participants[%1]").arg(i);
        };
        if (!object.isObject()) {
            check.fail(where(),
                CallsReader::tr("expected an object with email, name and affiliation, found %1").arg(typeName(object)));
            continue;
        }
        CallParticipant participant;
        const Member email = member(object, "email");
        if (!isMissing(email) && !email->isString()) {
            check.fail(where() + QStringLiteral(".email"),
                CallsReader::tr("expected a string, found %1").arg(typeName(email)));
        }
        participant.email = textOrEmpty(email).trimmed().toLower();
        if (!participant.email.isEmpty() && !participant.email.contains(QLatin1Char('@'))) {
            check.fail(where() + QStringLiteral(".email"),
                CallsReader::tr("\"%1\" is not an email address").arg(participant.email));
        }
        participant.name = textOrEmpty(member(object, "name"));
        const Member talkTime = member(object, "talkTime");
        if (talkTime && (!talkTime->isNumber() || talkTime->number() < 0)) {
            check.fail(where() + QStringLiteral(".talkTime"),
                CallsReader::tr("expected a number of seconds, 0 or more, found %1")
                    .arg(talkTime->isNumber() ? QString::number(talkTime->number()) : typeName(talkTime)));
        }
        participant.talkTimeSeconds = isNumber(talkTime) ? qint64(talkTime->number()) : -1;
        const QString affiliation = textOrEmpty(member(object, "affiliation"));
        if (affiliation == QLatin1String("internal")) {
            participant.affiliation = CallParticipant::Affiliation::Internal;
        } else if (affiliation == QLatin1String("external")) {
            participant.affiliation = CallParticipant::Affiliation::External;
        } else if (affiliation == QLatin1String("unknown")) {
            participant.affiliation = CallParticipant::Affiliation::Unknown;
        } else {
            check.fail(where() + QStringLiteral(".affiliation"),
                affiliation.isEmpty()
                    ? CallsReader::tr("missing; expected internal, external or unknown")
                    : CallsReader::tr("\"%1\" is not one of internal, external, unknown").arg(affiliation));
        }
        if (participant.affiliation != CallParticipant::Affiliation::External) { // the recorded users
            strings.share(participant.email);
            strings.share(participant.name);
        }
        call.participants.append(std::move(participant));
    }

    const Member trackers = check.value("trackers");
    if (!isMissing(trackers) && !trackers->isArray()) {
        check.fail(QStringLiteral("trackers"),
            CallsReader::tr("expected an array of tracker names, found %1").arg(typeName(trackers)));
    }
    i = -1;
    for (const JsonValue tracker : elementsOf(trackers)) {
        ++i;
        if (tracker.text().isEmpty()) { // not a string, or an empty one
            check.fail(QStringLiteral("trackers[%1]").arg(i),
                CallsReader::tr("expected a tracker name, found %1").arg(typeName(tracker)));
            continue;
        }
        call.trackers.append(tracker.text());
    }
    strings.share(call.trackers);
    strings.share(call.workspace);
    strings.share(call.primaryUser);

    const Member deleted = check.value("deleted");
    if (!isMissing(deleted) && !deleted->isBool()) {
        check.fail(
            QStringLiteral("deleted"), CallsReader::tr("expected true or false, found %1").arg(typeName(deleted)));
    }
    call.deleted = deleted && deleted->isBool() && deleted->boolean();

    for (const auto& [name, value] : check.members()) {
        if (!isOneOf(name, knownKeys())) {
            check.fail(QString::fromUtf8(name.data(), qsizetype(name.size())),
                CallsReader::tr("unknown field; expected one of %1").arg(joined(knownKeys())));
        }
    }
    return call;
}

// An address list: one address or an array of them, each with an @.
QStringList addresses(CallChecker& check, const char* field, bool required)
{
    const Member value = check.value(field);
    QStringList result;
    if (isMissing(value)) {
        if (required) {
            check.fail(QLatin1String(field), CallsReader::tr("missing; expected an array of email addresses"));
        }
        return result;
    }
    const QList<JsonValue> items = value->isArray() ? elementsOf(value) : QList<JsonValue> { *value };
    for (const JsonValue& item : items) {
        const QString address = item.text().trimmed().toLower();
        if (!item.isString() || !address.contains(QLatin1Char('@'))) {
            check.fail(QLatin1String(field),
                CallsReader::tr("expected email addresses, found %1")
                    .arg(item.isString() ? QStringLiteral("\"%1\"").arg(item.text()) : typeName(item)));
            continue;
        }
        result.append(address);
    }
    return result;
}

Call readEmail(CallChecker& check)
{
    static const std::vector<const char*> keys { "id", "subject", "sent", "from", "to", "cc", "bodyExcerpt", "threadId",
        "user" };
    Call call;
    CapturedEmail email;
    call.id = check.text("id");
    call.title = check.text("subject", false);
    call.started = check.dateTime("sent", true, &call.startedOffsetSeconds);
    email.from = addresses(check, "from", true).value(0);
    email.to = addresses(check, "to", true);
    email.cc = addresses(check, "cc", false);
    email.bodyExcerpt = check.text("bodyExcerpt", false);
    email.threadId = check.text("threadId", false);
    // The recorded user whose mailbox captured it: "user", else the sender.
    call.primaryUser = addresses(check, "user", false).value(0, email.from);
    call.direction = call.primaryUser == email.from ? QStringLiteral("outbound") : QStringLiteral("inbound");
    // Addresses of the recorded user's domain are internal, the others external.
    const QString ownDomain = call.primaryUser.section(QLatin1Char('@'), 1);
    QSet<QString> seen;
    for (const QString& address : QStringList { email.from } + email.to + email.cc) {
        if (address.isEmpty() || seen.contains(address)) {
            continue;
        }
        seen.insert(address);
        call.participants.append({ address, {},
            address.section(QLatin1Char('@'), 1) == ownDomain ? CallParticipant::Affiliation::Internal
                                                              : CallParticipant::Affiliation::External,
            -1 });
    }
    for (const auto& [name, value] : check.members()) {
        if (!isOneOf(name, keys)) {
            check.fail(QString::fromUtf8(name.data(), qsizetype(name.size())),
                CallsReader::tr("unknown field; expected one of %1").arg(joined(keys)));
        }
    }
    call.email = std::make_shared<const CapturedEmail>(std::move(email));
    return call;
}

} // namespace

namespace {

// The elements of the calls array (then the captured emails), each read and checked on its own:
// element i is calls[i], its problems are errors[i], and isObject[i] is false when it is no
// object. The calls are in a list of their own, which is the result as it is when nothing is
// wrong (moving 100,000 calls into another list one by one took 14 ms).
struct CheckedCalls
{
    QList<Call> calls;
    QList<QStringList> errors;
    QList<bool> isObject;

    explicit CheckedCalls(qsizetype count = 0)
        : calls(count)
        , errors(count)
        , isObject(count, false)
    { }
    qsizetype size() const { return calls.size(); }
};

// Where the threads reading elements write them (each writes the elements it reads).
struct CheckedOut
{
    explicit CheckedOut(CheckedCalls* checked) // detaches the lists here
        : calls(checked->calls.data())
        , errors(checked->errors.data())
        , isObject(checked->isObject.data())
    { }
    Call* calls;
    QStringList* errors;
    bool* isObject;
};

// Reads the elements [start, end) of `calls`, which are the calls from `firstIndex` on, into `out`.
void checkCalls(const QList<JsonValue>& calls, qsizetype start, qsizetype end, int firstIndex, const CheckedOut& out)
{
    SharedStrings strings; // the calls read together share its copies
    for (qsizetype i = start; i < end; ++i) {
        const int index = firstIndex + int(i - start);
        const JsonValue& value = calls.at(i);
        if (!value.isObject()) {
            out.errors[index].append(
                CallsReader::tr("call %1: expected an object, found %2").arg(index + 1).arg(typeName(value)));
            continue;
        }
        out.isObject[index] = true;
        CallChecker check(index, value, &out.errors[index]);
        out.calls[index] = readCall(check, strings);
    }
}

// Which of the calls read have an id that one before them has too. (Sorting the ids costs a
// tenth of hashing them into a set: the hashing waited on the scattered strings.)
QList<bool> repeatedIds(const CheckedCalls& checked)
{
    std::vector<qsizetype> withId; // the calls that have one
    withId.reserve(size_t(checked.size()));
    for (qsizetype i = 0; i < checked.size(); ++i) {
        if (checked.isObject.at(i) && !checked.calls.at(i).id.isEmpty()) {
            withId.push_back(i);
        }
    }
    constexpr size_t ahead = 8; // ids prefetched ahead of the one packed
    const auto ids =
        sortedOnTwoThreads<std::pair<PackedKey, qsizetype>>(qsizetype(withId.size()), [&checked, &withId](qsizetype i) {
            if (size_t(i) + ahead < withId.size()) {
                PackedKey::prefetch(checked.calls.at(withId[size_t(i) + ahead]).id);
            }
            const qsizetype call = withId[size_t(i)];
            return std::pair<PackedKey, qsizetype>(PackedKey(checked.calls.at(call).id), call);
        }); // by id, then by place
    QList<bool> repeated(checked.size(), false);
    for (size_t i = 1; i < ids.size(); ++i) {
        if (ids[i].first == ids[i - 1].first) {
            repeated[ids[i].second] = true;
        }
    }
    return repeated;
}

constexpr int callsPerRun = 512;
constexpr int runsPerTask = 4; // each task parses its runs with one parser, which keeps its buffers

// A large array of calls parsed in runs of calls on every core (parsing was most of the reading,
// on one core), each run's document dropped as soon as its calls are read. False when a run
// did not parse as the run it should be: the caller parses the text whole, which says why.
bool readInRuns(const QByteArray& json, const QList<JsonArrayRun>& runs, CheckedCalls* checked)
{
    const int count = runs.constLast().firstIndex + runs.constLast().count;
    *checked = CheckedCalls(count);
    const CheckedOut out(checked);
    std::atomic<bool> parsed { true }; // false once a run did not parse as the run it should be
    inChunks(
        int(runs.size()),
        [&](int start, int end) {
            simdjson::dom::parser parser;
            QByteArray text;
            for (int r = start; r < end && parsed; ++r) {
                const JsonArrayRun& run = runs.at(r);
                text.clear();
                text.append('[').append(json.constData() + run.begin, run.end - run.begin).append(']');
                simdjson::dom::element root;
                if (parser.parse(text.constData(), size_t(text.size())).get(root) != simdjson::SUCCESS) {
                    parsed = false;
                    return;
                }
                const QList<JsonValue> calls = elementsOf(JsonValue(root));
                if (calls.size() != run.count) {
                    parsed = false;
                    return;
                }
                checkCalls(calls, 0, run.count, run.firstIndex, out);
            }
        },
        runsPerTask);
    return parsed;
}

// Why a calls file is not JSON, and where: Qt's parser's words (translated, and the same as for
// every other JSON file the application reads). simdjson tells only what, not where: its words
// serve where it refuses what Qt's parser takes (half a surrogate pair, a whole number beyond
// 64 bits).
QString notJson(const QByteArray& json, simdjson::error_code error)
{
    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        return CallsReader::tr("The calls file is not valid JSON: %1 at %2")
            .arg(qtError.errorString(), jsonLineAndColumn(json, qtError.offset));
    }
    switch (error) {
    case simdjson::STRING_ERROR:
        return CallsReader::tr("The calls file is not valid JSON: a string holds half of a surrogate pair (\\uD800 to "
                               "\\uDFFF) or another escape that is no character");
    case simdjson::NUMBER_ERROR:
        return CallsReader::tr("The calls file is not valid JSON: a number is too large");
    default:
        return CallsReader::tr("The calls file is not valid JSON: %1")
            .arg(QString::fromUtf8(simdjson::error_message(error)));
    }
}

} // namespace

CallsReader::Result CallsReader::read(const QByteArray& json)
{
    Result result;
    // Each call is checked on its own, on every core (most of the reading); the ids and the
    // problems are then taken in the file's order, as one reader going through it would.
    CheckedCalls checked;
    const std::optional<QList<JsonArrayRun>> runs = splitJsonArray(json, callsPerRun);
    simdjson::dom::parser parser; // when the text is parsed whole: holds the document
    Member document;
    const bool inRuns = runs && runs->size() > 1 && readInRuns(json, *runs, &checked);
    if (!inRuns) {
        checked = CheckedCalls();
        simdjson::dom::element root;
        const simdjson::error_code error = parser.parse(json.constData(), size_t(json.size())).get(root);
        if (error != simdjson::SUCCESS) {
            result.errors.append(notJson(json, error));
            return result;
        }
        document = JsonValue(root);
    }
    // A JSON array of calls, or an object with "calls" and the captured "emails".
    const bool isObject = document && document->isObject();
    const Member calls = isObject ? member(*document, "calls") : Member();
    const Member emails = isObject ? member(*document, "emails") : Member();
    const bool wrapped =
        calls && calls->isArray() && (!emails || emails->isArray()) && document->members().size() == (emails ? 2u : 1u);
    if (!inRuns) {
        if (!document->isArray() && !wrapped) {
            result.errors.append(tr("The calls file must be a JSON array of calls, or an object with \"calls\" and "
                                    "\"emails\" arrays, found %1")
                                     .arg(typeName(document)));
            return result;
        }
        const QList<JsonValue> array = elementsOf(wrapped ? calls : document);
        checked = CheckedCalls(array.size());
        const CheckedOut out(&checked);
        inChunks(
            int(array.size()), [&array, out](int start, int end) { checkCalls(array, start, end, start, out); },
            callsPerRun);
    }
    // The captured emails follow the calls, read one by one (they are few beside the calls).
    const qsizetype callCount = checked.size();
    int i = 0;
    for (const JsonValue& object : elementsOf(wrapped ? emails : Member())) {
        QStringList& errors = checked.errors.emplaceBack();
        bool& anObject = checked.isObject.emplaceBack(false);
        Call& email = checked.calls.emplaceBack();
        ++i;
        if (!object.isObject()) {
            errors.append(tr("email %1: expected an object, found %2").arg(i).arg(typeName(object)));
            continue;
        }
        anObject = true;
        CallChecker check(i - 1, object, &errors, true);
        email = readEmail(check);
    }
    const QList<bool> repeated = repeatedIds(checked);
    for (i = 0; i < checked.size() && result.errors.size() < maxErrors; ++i) {
        result.errors.append(checked.errors.at(i));
        if (checked.isObject.at(i) && repeated.at(i)) {
            const QString& id = checked.calls.at(i).id;
            const bool email = i >= callCount;
            CallChecker(int(email ? i - callCount : i), id, &result.errors, email)
                .fail(QStringLiteral("id"),
                    email ? tr("\"%1\" appears more than once; every call and email needs its own id").arg(id)
                          : tr("\"%1\" appears more than once; every call needs its own id").arg(id));
        }
    }
    if (result.errors.size() >= maxErrors) {
        result.errors.append(tr("Stopped after %1 problems.").arg(maxErrors));
    }
    if (result.errors.isEmpty()) { // then every element is a call
        result.calls = std::move(checked.calls);
    }
    return result;
}

CallsReader::Result CallsReader::readFile(const QString& path)
{
    Result result;
    {
        const InputFile file = readUserFile(path, maxFileBytes);
        if (!file.ok()) {
            result.errors.append(tr("Cannot read the calls file %1: %2").arg(path, file.status.errorMessage()));
            return result;
        }
        result = read(file.data);
    }
    // The file and its parsed document, several times the calls' size, are gone now.
    releaseFreedMemory();
    return result;
}

} // namespace callbridge
