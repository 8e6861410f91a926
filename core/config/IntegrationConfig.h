#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace callbridge {

// The whole integration setup as one versioned document. It never holds a secret:
// tokens live in the OS keychain only (see the connection code), so the document can be
// exported, reviewed and mailed around safely.
enum class Environment { Production, Sandbox, MyDomain, Demo };
enum class ActivityType { Task, Event };
// What an exported call becomes: its Task or Event, its full data in the package's Conversation
// object and children, or both (the seeds: the task option can stay on with full call data).
enum class ExportTarget { Activity, FullData, Both };

QString environmentKey(Environment environment);
QString activityTypeKey(ActivityType type);
QString exportTargetKey(ExportTarget target);

struct ConnectionSettings
{
    Environment environment = Environment::Production;
    QUrl loginUrl;
    QUrl instanceUrl;
    QString orgId;
    QString userId;
    QString username;
    QString clientId;
    quint16 callbackPort = 1717; // the port the Salesforce CLI's web login uses

    bool operator==(const ConnectionSettings& other) const;
    bool operator!=(const ConnectionSettings& other) const { return !(*this == other); }
};

struct ExportSettings
{
    ActivityType activityType = ActivityType::Task;
    bool smartTrackers = true;
    bool emailsAsTasks = false;
    ExportTarget target = ExportTarget::Activity;

    bool writesActivity() const { return target != ExportTarget::FullData; }
    bool writesFullData() const { return target != ExportTarget::Activity; }
    bool operator==(const ExportSettings& other) const;
    bool operator!=(const ExportSettings& other) const { return !(*this == other); }
};

// Until the admin picks recorded users, every active Salesforce user counts as recorded.
struct RecordedUsers
{
    bool allActive = true;
    QStringList userIds;

    bool operator==(const RecordedUsers& other) const;
    bool operator!=(const RecordedUsers& other) const { return !(*this == other); }
};

struct IntegrationConfig
{
    static constexpr int currentSchemaVersion = 1;

    ConnectionSettings connection;
    QMap<QString, QStringList> selectedFields; // sObject API name -> field API names
    ExportSettings exportSettings;
    QString callFilter; // text form of the export filter; empty exports every call
    RecordedUsers recordedUsers;

    QJsonObject toJson() const;

    bool operator==(const IntegrationConfig& other) const;
    bool operator!=(const IntegrationConfig& other) const { return !(*this == other); }
};

} // namespace callbridge
