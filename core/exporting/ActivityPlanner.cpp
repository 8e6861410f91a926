#include "core/exporting/ActivityPlanner.h"

#include <QTimeZone>

#include <cmath>

namespace callbridge {

namespace {

QString affiliationName(CallParticipant::Affiliation affiliation)
{
    switch (affiliation) {
    case CallParticipant::Affiliation::Internal:
        return QStringLiteral("internal");
    case CallParticipant::Affiliation::External:
        return QStringLiteral("external");
    case CallParticipant::Affiliation::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The description is Salesforce data that every user of the org reads, whatever language
// this app runs in: it is written in English, like the rest of the integration's data.
QString description(const Call& call, const ExportSettings& settings)
{
    QStringList lines;
    lines.append(QStringLiteral("Recorded call: %1").arg(call.title));
    lines.append(QStringLiteral("Started: %1 UTC, %2 min")
                     .arg(call.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(std::ceil(double(call.duration) / 60.0)));
    lines.append(QStringLiteral("Direction: %1").arg(call.direction));
    lines.append(QStringLiteral("Participants:"));
    for (const CallParticipant& participant : call.participants) {
        const QString who = participant.name.isEmpty()
            ? participant.email
            : QStringLiteral("%1 <%2>").arg(participant.name, participant.email);
        lines.append(QStringLiteral("- %1 (%2)").arg(who, affiliationName(participant.affiliation)));
    }
    QStringList trackers;
    for (const QString& tracker : call.trackers) {
        if (settings.smartTrackers || !tracker.startsWith(Call::smartTrackerPrefix)) {
            trackers.append(tracker);
        }
    }
    if (!trackers.isEmpty()) {
        lines.append(QStringLiteral("Trackers: %1").arg(trackers.join(QStringLiteral(", "))));
    }
    lines.append(QStringLiteral("Call id: %1").arg(call.id));
    return lines.join(QLatin1Char('\n')).left(ActivityPlanner::descriptionLength);
}

// A captured email's task description: who wrote to whom, the excerpt, the thread. In English,
// like the call descriptions.
QString emailDescription(const Call& call)
{
    const CapturedEmail& email = *call.email;
    QStringList lines;
    lines.append(QStringLiteral("Captured email: %1").arg(call.title));
    lines.append(QStringLiteral("Sent: %1 UTC").arg(call.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    lines.append(QStringLiteral("From: %1").arg(email.from));
    lines.append(QStringLiteral("To: %1").arg(email.to.join(QStringLiteral(", "))));
    if (!email.cc.isEmpty()) {
        lines.append(QStringLiteral("Cc: %1").arg(email.cc.join(QStringLiteral(", "))));
    }
    if (!email.bodyExcerpt.isEmpty()) {
        lines.append(QString());
        lines.append(email.bodyExcerpt);
    }
    if (!email.threadId.isEmpty()) {
        lines.append(QStringLiteral("Thread id: %1").arg(email.threadId));
    }
    lines.append(QStringLiteral("Email id: %1").arg(call.id));
    return lines.join(QLatin1Char('\n')).left(ActivityPlanner::descriptionLength);
}

// A task's ActivityDate is a day without a time: the day the call took place where it took
// place. The call's own UTC offset says that best; else the recorded user's Salesforce time zone
// (the one Salesforce itself shows their tasks in); else UTC. `note` says which was used.
QDate localDate(const Call& call, const CallMatch& match, QString* note)
{
    if (call.startedOffsetSeconds) {
        const QDateTime local = call.started.toOffsetFromUtc(*call.startedOffsetSeconds);
        *note = ActivityPlanner::tr("ActivityDate is the call's date at its own UTC offset (%1)")
                    .arg(local.timeZoneAbbreviation());
        return local.date();
    }
    if (!match.ownerTimeZone.isEmpty()) {
        // A QTimeZone reads the system's zone files: built once per zone and thread, not per call.
        thread_local QHash<QString, QTimeZone> zones;
        auto zone = zones.find(match.ownerTimeZone);
        if (zone == zones.end()) {
            zone = zones.insert(match.ownerTimeZone, QTimeZone(match.ownerTimeZone.toLatin1()));
        }
        if (zone->isValid()) {
            *note = ActivityPlanner::tr("ActivityDate is the call's date in the recorded user's time zone (%1)")
                        .arg(match.ownerTimeZone);
            return call.started.toTimeZone(*zone).date();
        }
    }
    *note = ActivityPlanner::tr("ActivityDate is the call's date in UTC: the recorded user's time zone is not known "
                                "(import User.TimeZoneSidKey to use it)");
    return call.started.toUTC().date();
}

} // namespace

QString ActivityPlanner::sobjectFor(const Call& call, const ExportSettings& settings)
{
    // A captured email is always a task (TaskSubtype Email), whatever calls become.
    return settings.activityType == ActivityType::Event && !call.email ? QStringLiteral("Event")
                                                                       : QStringLiteral("Task");
}

QString ActivityPlanner::subjectFor(const Call& call)
{
    return (call.email ? QStringLiteral("Email: ") + call.title : call.title).left(subjectLength);
}

PlannedActivity ActivityPlanner::plan(
    const Call& call, const CallMatch& match, const ExportSettings& settings, const QSet<QString>& createable)
{
    PlannedActivity activity;
    activity.sobject = sobjectFor(call, settings);
    QJsonObject& fields = activity.fields;
    fields.insert(QStringLiteral("Subject"), subjectFor(call));

    QString whoId;
    bool whoIsLead = false;
    if (!match.contacts.isEmpty()) {
        whoId = match.contacts.first().id;
        if (match.contacts.size() > 1) {
            activity.notes.append(
                tr("WhoId is the first matched contact; the call matched %L1 contacts").arg(match.contacts.size()));
        }
    } else if (!match.leads.isEmpty()) {
        whoId = match.leads.first().id;
        whoIsLead = true;
    }
    if (!whoId.isEmpty()) {
        fields.insert(QStringLiteral("WhoId"), whoId);
    }
    const QString whatId = !match.opportunityId.isEmpty() ? match.opportunityId : match.accountId;
    if (!whatId.isEmpty()) {
        if (whoIsLead) {
            // Salesforce refuses a related record on a lead's activity (FIELD_INTEGRITY_EXCEPTION).
            activity.notes.append(tr("WhatId left empty: an activity on a lead cannot be related to an account or "
                                     "opportunity"));
        } else {
            fields.insert(QStringLiteral("WhatId"), whatId);
        }
    }
    if (!match.ownerId.isEmpty()) {
        fields.insert(QStringLiteral("OwnerId"), match.ownerId);
    }
    fields.insert(QStringLiteral("Description"), call.email ? emailDescription(call) : description(call, settings));

    if (activity.sobject == QLatin1String("Task")) {
        QString zoneNote;
        fields.insert(QStringLiteral("ActivityDate"), localDate(call, match, &zoneNote).toString(Qt::ISODate));
        activity.notes.append(zoneNote);
        fields.insert(QStringLiteral("Status"), QStringLiteral("Completed"));
        fields.insert(QStringLiteral("Priority"), QStringLiteral("Normal"));
        if (call.email) {
            fields.insert(QStringLiteral("Type"), QStringLiteral("Email"));
            fields.insert(QStringLiteral("TaskSubtype"), QStringLiteral("Email"));
        }
    }
    if (activity.sobject == QLatin1String("Task") && !call.email) {
        fields.insert(QStringLiteral("Type"), QStringLiteral("Call"));
        fields.insert(QStringLiteral("TaskSubtype"), QStringLiteral("Call"));
        fields.insert(QStringLiteral("CallDurationInSeconds"), call.duration);
        fields.insert(QStringLiteral("CallDisposition"), QStringLiteral("Recorded"));
        // Task.CallType: Inbound, Outbound or Internal; a conference call has none of them.
        if (!call.hasExternalParticipant()) {
            fields.insert(QStringLiteral("CallType"), QStringLiteral("Internal"));
        } else if (call.direction == QLatin1String("inbound")) {
            fields.insert(QStringLiteral("CallType"), QStringLiteral("Inbound"));
        } else if (call.direction == QLatin1String("outbound")) {
            fields.insert(QStringLiteral("CallType"), QStringLiteral("Outbound"));
        }
    } else if (activity.sobject == QLatin1String("Event")) {
        // Whole minutes, at least one; the end agrees with the duration, as Salesforce requires.
        const auto minutes = std::max<qint64>(1, qint64(std::ceil(double(call.duration) / 60.0)));
        fields.insert(QStringLiteral("StartDateTime"), call.started.toUTC().toString(Qt::ISODateWithMs));
        fields.insert(
            QStringLiteral("EndDateTime"), call.started.addSecs(minutes * 60).toUTC().toString(Qt::ISODateWithMs));
        fields.insert(QStringLiteral("DurationInMinutes"), minutes);
        fields.insert(QStringLiteral("Type"),
            call.direction == QLatin1String("conference") ? QStringLiteral("Meeting") : QStringLiteral("Call"));
    }
    if (!createable.isEmpty()) {
        keepCreateable(activity, createable);
    }
    return activity;
}

void ActivityPlanner::keepCreateable(PlannedActivity& activity, const QSet<QString>& createable)
{
    const QStringList names = activity.fields.keys();
    for (const QString& name : names) {
        if (!createable.contains(name)) {
            activity.fields.remove(name);
            activity.notes.append(
                tr("%1 left out: this org's %2 has no field by that name that can be set").arg(name, activity.sobject));
        }
    }
}

} // namespace callbridge
