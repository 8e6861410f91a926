#pragma once

#include "core/calls/Call.h"
#include "core/config/IntegrationConfig.h"
#include "core/matching/CallMatcher.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace callbridge {

// The Salesforce activity one exported call becomes.
struct PlannedActivity
{
    QString sobject; // Task or Event
    QJsonObject fields; // exactly what the create request sends
    QStringList notes; // decisions worth telling the admin (a field left empty, and why)
};

// Builds the Task or Event for a call from the export settings and the match: Subject, the
// date (ActivityDate for a task, Start/End for an event), duration, WhoId, WhatId, OwnerId,
// Type, TaskSubtype, Status and CallDisposition for tasks, and a description with the
// participants and trackers (smart ones only when the setting is on).
class ActivityPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ActivityPlanner)

public:
    static constexpr int subjectLength = 255; // Task.Subject and Event.Subject
    static constexpr int descriptionLength = 32000;

    // `createable`: the activity object's createable fields in the org (empty: unknown, send all).
    static PlannedActivity plan(
        const Call& call, const CallMatch& match, const ExportSettings& settings, const QSet<QString>& createable = {});
    // The activity's object and Subject alone, as plan() sets them: what a list of many calls shows.
    static QString sobjectFor(const Call& call, const ExportSettings& settings);
    static QString subjectFor(const Call& call);
    // Removes every field `createable` (the org's createable fields of the activity's object) lacks,
    // with a note for each: Salesforce refuses a request that names a field it does not have.
    static void keepCreateable(PlannedActivity& activity, const QSet<QString>& createable);
};

} // namespace callbridge
