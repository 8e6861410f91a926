#include "core/calls/CallsReader.h"

#include "core/util/FreedMemory.h"
#include "core/util/InChunks.h"
#include "core/util/InputFile.h"
#include "core/util/JsonText.h"
#include "core/util/PackedKey.h"
#include "core/util/SharedStrings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <optional>
#include <vector>

namespace callbridge {

namespace {

// Collects the problems of one call, each prefixed with where it is: "call 3 (id c-17), started: …".
class CallChecker
{
    Q_DECLARE_TR_FUNCTIONS(CallsReader)

public:
    CallChecker(int index, const QJsonObject& object, QStringList* errors, bool email = false)
        : m_index(index)
        , m_object(object)
        , m_errors(errors)
        , m_email(email)
    {
        m_id = object.value(QStringLiteral("id")).toString();
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

    QString text(const QString& field, bool required = true)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(field, tr("missing; expected a string"));
            }
            return {};
        }
        if (!value.isString()) {
            fail(field, tr("expected a string, found %1").arg(jsonTypeName(value)));
            return {};
        }
        return value.toString();
    }

    // In UTC; `offsetSeconds`, when given, gets the text's own UTC offset when it had one other than Z.
    QDateTime dateTime(const QString& field, bool required, std::optional<int>* offsetSeconds = nullptr)
    {
        const QJsonValue value = m_object.value(field);
        if (!required && (value.isUndefined() || value.isNull())) {
            return {};
        }
        const QString raw = text(field, required);
        if (raw.isEmpty()) {
            if (value.isString()) {
                fail(field, tr("empty; expected an ISO 8601 date-time such as 2026-03-02T15:04:05Z"));
            }
            return {};
        }
        QDateTime parsed = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
            // A date-time without Z or an offset would depend on this computer's time zone.
            fail(field,
                tr("\"%1\" is not an ISO 8601 date-time with a time zone; expected e.g. 2026-03-02T15:04:05Z")
                    .arg(raw));
            return {};
        }
        if (offsetSeconds && parsed.timeSpec() == Qt::OffsetFromUTC) {
            *offsetSeconds = parsed.offsetFromUtc();
        }
        return parsed.toUTC();
    }

    const QJsonObject& object() const { return m_object; }

private:
    int m_index;
    QJsonObject m_object;
    QStringList* m_errors;
    bool m_email;
    QString m_id;
};

const QStringList& knownKeys()
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("started"),
        QStringLiteral("duration"), QStringLiteral("direction"), QStringLiteral("workspace"),
        QStringLiteral("primaryUser"), QStringLiteral("participants"), QStringLiteral("trackers"),
        QStringLiteral("deleted"), QStringLiteral("updated") };
    return keys;
}

// `strings` keeps one copy of what calls repeat (users, directions, trackers).
Call readCall(CallChecker& check, SharedStrings& strings)
{
    Call call;
    call.id = check.text(QStringLiteral("id"));
    call.title = check.text(QStringLiteral("title"));
    call.started = check.dateTime(QStringLiteral("started"), true, &call.startedOffsetSeconds);
    call.updated = check.dateTime(QStringLiteral("updated"), false);
    call.workspace = check.text(QStringLiteral("workspace"), false);
    call.primaryUser = check.text(QStringLiteral("primaryUser")).trimmed().toLower();
    if (!call.primaryUser.isEmpty() && !call.primaryUser.contains(QLatin1Char('@'))) {
        check.fail(
            QStringLiteral("primaryUser"), CallsReader::tr("\"%1\" is not an email address").arg(call.primaryUser));
    }

    const QJsonValue duration = check.object().value(QStringLiteral("duration"));
    if (duration.isDouble() && duration.toDouble() > double(kLongestCallSeconds)) {
        check.fail(QStringLiteral("duration"),
            CallsReader::tr("%1 seconds is longer than any call; the longest is %2 hours")
                .arg(QString::number(duration.toDouble(), 'g', 15))
                .arg(kLongestCallHours));
    } else if (!duration.isDouble() || duration.toDouble() < 0
        || duration.toDouble() != std::floor(duration.toDouble())) {
        check.fail(QStringLiteral("duration"),
            duration.isUndefined()
                ? CallsReader::tr("missing; expected a whole number of seconds")
                : CallsReader::tr("expected a whole number of seconds, 0 or more, found %1")
                      .arg(duration.isDouble() ? QString::number(duration.toDouble()) : jsonTypeName(duration)));
    } else {
        call.duration = qint64(duration.toDouble());
    }

    call.direction = check.text(QStringLiteral("direction"));
    static const QStringList directions { QStringLiteral("inbound"), QStringLiteral("outbound"),
        QStringLiteral("conference") };
    const qsizetype direction = directions.indexOf(call.direction);
    if (direction >= 0) {
        call.direction = directions.at(direction); // one copy for every call
    } else if (!call.direction.isEmpty()) {
        check.fail(QStringLiteral("direction"),
            CallsReader::tr("\"%1\" is not one of inbound, outbound, conference").arg(call.direction));
    }

    const QJsonValue participants = check.object().value(QStringLiteral("participants"));
    if (!participants.isArray()) {
        check.fail(QStringLiteral("participants"),
            participants.isUndefined()
                ? CallsReader::tr("missing; expected an array of participants")
                : CallsReader::tr("expected an array of participants, found %1").arg(jsonTypeName(participants)));
    }
    const QJsonArray participantArray = participants.toArray();
    call.participants.reserve(participantArray.size());
    for (qsizetype i = 0; i < participantArray.size(); ++i) {
        // Made when a problem is found: most participants have none.
        const auto where = [i] {
            return QStringLiteral("participants[%1]").arg(i);
        };
        const QJsonObject object = participantArray.at(i).toObject();
        if (!participantArray.at(i).isObject()) {
            check.fail(where(),
                CallsReader::tr("expected an object with email, name and affiliation, found %1")
                    .arg(jsonTypeName(participantArray.at(i))));
            continue;
        }
        CallParticipant participant;
        const QJsonValue email = object.value(QStringLiteral("email"));
        if (!email.isUndefined() && !email.isNull() && !email.isString()) {
            check.fail(where() + QStringLiteral(".email"),
                CallsReader::tr("expected a string, found %1").arg(jsonTypeName(email)));
        }
        participant.email = email.toString().trimmed().toLower();
        if (!participant.email.isEmpty() && !participant.email.contains(QLatin1Char('@'))) {
            check.fail(where() + QStringLiteral(".email"),
                CallsReader::tr("\"%1\" is not an email address").arg(participant.email));
        }
        participant.name = object.value(QStringLiteral("name")).toString();
        const QJsonValue talkTime = object.value(QStringLiteral("talkTime"));
        if (!talkTime.isUndefined() && (!talkTime.isDouble() || talkTime.toDouble() < 0)) {
            check.fail(where() + QStringLiteral(".talkTime"),
                CallsReader::tr("expected a number of seconds, 0 or more, found %1")
                    .arg(talkTime.isDouble() ? QString::number(talkTime.toDouble()) : jsonTypeName(talkTime)));
        }
        participant.talkTimeSeconds = talkTime.isDouble() ? qint64(talkTime.toDouble()) : -1;
        const QString affiliation = object.value(QStringLiteral("affiliation")).toString();
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
        call.participants.append(participant);
    }

    const QJsonValue trackers = check.object().value(QStringLiteral("trackers"));
    if (!trackers.isUndefined() && !trackers.isNull() && !trackers.isArray()) {
        check.fail(QStringLiteral("trackers"),
            CallsReader::tr("expected an array of tracker names, found %1").arg(jsonTypeName(trackers)));
    }
    const QJsonArray trackerArray = trackers.toArray();
    for (qsizetype i = 0; i < trackerArray.size(); ++i) {
        if (!trackerArray.at(i).isString() || trackerArray.at(i).toString().isEmpty()) {
            check.fail(QStringLiteral("trackers[%1]").arg(i),
                CallsReader::tr("expected a tracker name, found %1").arg(jsonTypeName(trackerArray.at(i))));
            continue;
        }
        call.trackers.append(trackerArray.at(i).toString());
    }
    strings.share(call.trackers);
    strings.share(call.workspace);
    strings.share(call.primaryUser);

    const QJsonValue deleted = check.object().value(QStringLiteral("deleted"));
    if (!deleted.isUndefined() && !deleted.isNull() && !deleted.isBool()) {
        check.fail(
            QStringLiteral("deleted"), CallsReader::tr("expected true or false, found %1").arg(jsonTypeName(deleted)));
    }
    call.deleted = deleted.toBool(false);

    for (auto it = check.object().constBegin(); it != check.object().constEnd(); ++it) {
        if (!knownKeys().contains(it.key())) {
            check.fail(it.key(),
                CallsReader::tr("unknown field; expected one of %1").arg(knownKeys().join(QStringLiteral(", "))));
        }
    }
    return call;
}

// An address list: one address or an array of them, each with an @.
QStringList addresses(CallChecker& check, const QString& field, bool required)
{
    const QJsonValue value = check.object().value(field);
    QStringList result;
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            check.fail(field, CallsReader::tr("missing; expected an array of email addresses"));
        }
        return result;
    }
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray { value };
    for (const QJsonValue& item : array) {
        const QString address = item.toString().trimmed().toLower();
        if (!item.isString() || !address.contains(QLatin1Char('@'))) {
            check.fail(field,
                CallsReader::tr("expected email addresses, found %1")
                    .arg(item.isString() ? QStringLiteral("\"%1\"").arg(item.toString()) : jsonTypeName(item)));
            continue;
        }
        result.append(address);
    }
    return result;
}

Call readEmail(CallChecker& check)
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("sent"),
        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("cc"), QStringLiteral("bodyExcerpt"),
        QStringLiteral("threadId"), QStringLiteral("user") };
    Call call;
    CapturedEmail email;
    call.id = check.text(QStringLiteral("id"));
    call.title = check.text(QStringLiteral("subject"), false);
    call.started = check.dateTime(QStringLiteral("sent"), true, &call.startedOffsetSeconds);
    email.from = addresses(check, QStringLiteral("from"), true).value(0);
    email.to = addresses(check, QStringLiteral("to"), true);
    email.cc = addresses(check, QStringLiteral("cc"), false);
    email.bodyExcerpt = check.text(QStringLiteral("bodyExcerpt"), false);
    email.threadId = check.text(QStringLiteral("threadId"), false);
    // The recorded user whose mailbox captured it: "user", else the sender.
    call.primaryUser = addresses(check, QStringLiteral("user"), false).value(0, email.from);
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
    for (auto it = check.object().constBegin(); it != check.object().constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            check.fail(
                it.key(), CallsReader::tr("unknown field; expected one of %1").arg(keys.join(QStringLiteral(", "))));
        }
    }
    call.email = std::make_shared<const CapturedEmail>(std::move(email));
    return call;
}

} // namespace

namespace {

// One element of the calls array, read and checked on its own.
struct CheckedCall
{
    Call call;
    QStringList errors;
    bool isObject = false;
};

// Reads the elements [start, end) of `array`, which are the calls from `firstIndex` on, into `out`.
void checkCalls(const QJsonArray& array, qsizetype start, qsizetype end, int firstIndex, CheckedCall* out)
{
    SharedStrings strings; // the calls read together share its copies
    for (qsizetype i = start; i < end; ++i) {
        const int index = firstIndex + int(i - start);
        CheckedCall& checked = out[index];
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            checked.errors.append(
                CallsReader::tr("call %1: expected an object, found %2").arg(index + 1).arg(jsonTypeName(value)));
            continue;
        }
        checked.isObject = true;
        CallChecker check(index, value.toObject(), &checked.errors);
        checked.call = readCall(check, strings);
    }
}

// Which of the calls read have an id that one before them has too. (Sorting the ids costs a
// tenth of hashing them into a set: the hashing waited on the scattered strings.)
QList<bool> repeatedIds(const QList<CheckedCall>& checked)
{
    std::vector<std::pair<PackedKey, qsizetype>> ids;
    ids.reserve(checked.size());
    for (qsizetype i = 0; i < checked.size(); ++i) {
        if (checked.at(i).isObject && !checked.at(i).call.id.isEmpty()) {
            ids.emplace_back(PackedKey(checked.at(i).call.id), i);
        }
    }
    std::sort(ids.begin(), ids.end()); // by id, then by place
    QList<bool> repeated(checked.size(), false);
    for (size_t i = 1; i < ids.size(); ++i) {
        if (ids[i].first == ids[i - 1].first) {
            repeated[ids[i].second] = true;
        }
    }
    return repeated;
}

constexpr int callsPerRun = 512;

// A large array of calls parsed in runs of calls on every core (parsing was most of the reading,
// on one core), each run's document dropped as soon as its calls are read. False when a run
// did not parse as the run it should be: the caller parses the text whole, which says why.
bool readInRuns(const QByteArray& json, const QList<JsonArrayRun>& runs, QList<CheckedCall>* checked)
{
    const int count = runs.constLast().firstIndex + runs.constLast().count;
    *checked = QList<CheckedCall>(count);
    CheckedCall* out = checked->data(); // detached here, written by every thread
    std::atomic<bool> parsed { true }; // false once a run did not parse as the run it should be
    inChunks(
        int(runs.size()),
        [&](int start, int end) {
            for (int r = start; r < end && parsed; ++r) {
                const JsonArrayRun& run = runs.at(r);
                QByteArray text;
                text.reserve(run.end - run.begin + 2);
                text.append('[').append(json.constData() + run.begin, run.end - run.begin).append(']');
                QJsonParseError error;
                const QJsonArray calls = QJsonDocument::fromJson(text, &error).array();
                if (error.error != QJsonParseError::NoError || calls.size() != run.count) {
                    parsed = false;
                    return;
                }
                checkCalls(calls, 0, run.count, run.firstIndex, out);
            }
        },
        1);
    return parsed;
}

} // namespace

CallsReader::Result CallsReader::read(const QByteArray& json)
{
    Result result;
    // Each call is checked on its own, on every core (most of the reading); the ids and the
    // problems are then taken in the file's order, as one reader going through it would.
    QList<CheckedCall> checked;
    const std::optional<QList<JsonArrayRun>> runs = splitJsonArray(json, callsPerRun);
    QJsonDocument document; // when the text is parsed whole
    const bool inRuns = runs && runs->size() > 1 && readInRuns(json, *runs, &checked);
    if (!inRuns) {
        checked.clear();
        QJsonParseError parseError;
        document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.errors.append(tr("The calls file is not valid JSON: %1 at %2")
                                     .arg(parseError.errorString(), jsonLineAndColumn(json, parseError.offset)));
            return result;
        }
    }
    // A JSON array of calls, or an object with "calls" and the captured "emails".
    const QJsonObject object = document.object();
    const bool wrapped = document.isObject() && object.value(QStringLiteral("calls")).isArray()
        && (object.value(QStringLiteral("emails")).isArray() || !object.contains(QStringLiteral("emails")))
        && object.size() == (object.contains(QStringLiteral("emails")) ? 2 : 1);
    if (!inRuns) {
        if (!document.isArray() && !wrapped) {
            result.errors.append(tr("The calls file must be a JSON array of calls, or an object with \"calls\" and "
                                    "\"emails\" arrays, found %1")
                                     .arg(document.isObject() ? jsonTypeName(QJsonObject())
                                                              : jsonTypeName(QJsonValue(QJsonValue::Undefined))));
            return result;
        }
        const QJsonArray array = wrapped ? object.value(QStringLiteral("calls")).toArray() : document.array();
        checked = QList<CheckedCall>(array.size());
        CheckedCall* out = checked.data(); // detached here, written by every thread
        inChunks(
            int(array.size()), [&array, out](int start, int end) { checkCalls(array, start, end, start, out); },
            callsPerRun);
    }
    // The captured emails follow the calls, read one by one (they are few beside the calls).
    const qsizetype callCount = checked.size();
    const QJsonArray emails = object.value(QStringLiteral("emails")).toArray();
    for (qsizetype i = 0; wrapped && i < emails.size(); ++i) {
        CheckedCall& email = checked.emplaceBack();
        if (!emails.at(i).isObject()) {
            email.errors.append(
                tr("email %1: expected an object, found %2").arg(i + 1).arg(jsonTypeName(emails.at(i))));
            continue;
        }
        email.isObject = true;
        CallChecker check(int(i), emails.at(i).toObject(), &email.errors, true);
        email.call = readEmail(check);
    }
    const QList<bool> repeated = repeatedIds(checked);
    result.calls.reserve(checked.size());
    for (qsizetype i = 0; i < checked.size() && result.errors.size() < maxErrors; ++i) {
        result.errors.append(checked.at(i).errors);
        if (!checked.at(i).isObject) {
            continue;
        }
        Call call = std::move(checked[i].call);
        if (repeated.at(i)) {
            const bool email = i >= callCount;
            CallChecker(int(email ? i - callCount : i), call.id, &result.errors, email)
                .fail(QStringLiteral("id"),
                    email ? tr("\"%1\" appears more than once; every call and email needs its own id").arg(call.id)
                          : tr("\"%1\" appears more than once; every call needs its own id").arg(call.id));
        }
        result.calls.append(std::move(call));
    }
    checked = {};
    if (result.errors.size() >= maxErrors) {
        result.errors.append(tr("Stopped after %1 problems.").arg(maxErrors));
    }
    if (!result.errors.isEmpty()) {
        result.calls.clear();
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
