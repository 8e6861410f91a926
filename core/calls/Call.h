#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <optional>

namespace callbridge {

// One recorded call as the conversation platform delivers it (see CallsReader for the file).
struct CallParticipant
{
    enum class Affiliation { Internal, External, Unknown };

    QString email; // lower case: emails match case-insensitively
    QString name;
    Affiliation affiliation = Affiliation::Unknown;
    qint64 talkTimeSeconds = -1; // -1: the platform did not say
};

// No recorded call lasts longer; a longer duration in a calls file or a filter is a mistake, refused there.
constexpr int kLongestCallHours = 9999;
constexpr qint64 kLongestCallSeconds = qint64(kLongestCallHours) * 3600;

// An email the platform captured from a recorded user's mailbox (the calls file's "emails").
// It is read into a Call so it is filtered and matched like one, and exported as a Task with
// TaskSubtype Email when the setup says so.
struct CapturedEmail
{
    QString from;
    QStringList to;
    QStringList cc;
    QString bodyExcerpt;
    QString threadId;
};

struct Call
{
    QString id;
    QString title;
    QDateTime started; // UTC
    // The offset the platform wrote `started` with (the call's local time), when it gave one
    // other than Z: seconds east of UTC.
    std::optional<int> startedOffsetSeconds;
    qint64 duration = 0; // seconds
    QString direction; // inbound, outbound or conference
    QString workspace;
    QString primaryUser; // the recorded user's email, lower case
    QList<CallParticipant> participants;
    QStringList trackers; // smart trackers start with "[Smart] "
    bool deleted = false;
    QDateTime updated;
    // Set for a captured email: title is its subject, started its sent time. Shared, not inline:
    // a call list holds 100,000 calls, and most are calls.
    std::shared_ptr<const CapturedEmail> email;

    static inline const QString smartTrackerPrefix = QStringLiteral("[Smart] ");

    qsizetype externalParticipantCount() const
    {
        return std::count_if(participants.cbegin(), participants.cend(), [](const CallParticipant& participant) {
            return participant.affiliation == CallParticipant::Affiliation::External;
        });
    }
    bool hasExternalParticipant() const { return externalParticipantCount() > 0; }
};

} // namespace callbridge
