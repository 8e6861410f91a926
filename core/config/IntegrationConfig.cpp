#include "core/config/IntegrationConfig.h"

#include <QJsonArray>

namespace callbridge {

QString environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::MyDomain:
        return QStringLiteral("mydomain");
    case Environment::Demo:
        return QStringLiteral("demo");
    }
    Q_UNREACHABLE();
}

QString activityTypeKey(ActivityType type)
{
    return type == ActivityType::Task ? QStringLiteral("task") : QStringLiteral("event");
}

QString exportTargetKey(ExportTarget target)
{
    switch (target) {
    case ExportTarget::Activity:
        return QStringLiteral("activity");
    case ExportTarget::FullData:
        return QStringLiteral("fullData");
    case ExportTarget::Both:
        return QStringLiteral("both");
    }
    Q_UNREACHABLE();
}

bool ConnectionSettings::operator==(const ConnectionSettings& other) const
{
    return environment == other.environment && loginUrl == other.loginUrl && instanceUrl == other.instanceUrl
        && orgId == other.orgId && userId == other.userId && username == other.username && clientId == other.clientId
        && callbackPort == other.callbackPort;
}

bool ExportSettings::operator==(const ExportSettings& other) const
{
    return activityType == other.activityType && smartTrackers == other.smartTrackers
        && emailsAsTasks == other.emailsAsTasks && target == other.target;
}

bool RecordedUsers::operator==(const RecordedUsers& other) const
{
    return allActive == other.allActive && userIds == other.userIds;
}

bool IntegrationConfig::operator==(const IntegrationConfig& other) const
{
    return connection == other.connection && selectedFields == other.selectedFields
        && exportSettings == other.exportSettings && callFilter == other.callFilter
        && recordedUsers == other.recordedUsers;
}

QJsonObject IntegrationConfig::toJson() const
{
    QJsonObject fields;
    for (auto it = selectedFields.cbegin(); it != selectedFields.cend(); ++it) {
        fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    return QJsonObject {
        { QStringLiteral("schemaVersion"), currentSchemaVersion },
        { QStringLiteral("connection"),
            QJsonObject {
                { QStringLiteral("environment"), environmentKey(connection.environment) },
                { QStringLiteral("loginUrl"), connection.loginUrl.toString() },
                { QStringLiteral("instanceUrl"), connection.instanceUrl.toString() },
                { QStringLiteral("orgId"), connection.orgId },
                { QStringLiteral("userId"), connection.userId },
                { QStringLiteral("username"), connection.username },
                { QStringLiteral("clientId"), connection.clientId },
                { QStringLiteral("callbackPort"), connection.callbackPort },
            } },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("export"),
            QJsonObject {
                { QStringLiteral("activityType"), activityTypeKey(exportSettings.activityType) },
                { QStringLiteral("smartTrackers"), exportSettings.smartTrackers },
                { QStringLiteral("emailsAsTasks"), exportSettings.emailsAsTasks },
                { QStringLiteral("target"), exportTargetKey(exportSettings.target) },
            } },
        { QStringLiteral("callFilter"), callFilter },
        { QStringLiteral("recordedUsers"),
            QJsonObject {
                { QStringLiteral("mode"),
                    recordedUsers.allActive ? QStringLiteral("allActive") : QStringLiteral("selected") },
                { QStringLiteral("userIds"), QJsonArray::fromStringList(recordedUsers.userIds) },
            } },
    };
}

} // namespace callbridge
