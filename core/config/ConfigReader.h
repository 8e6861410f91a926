#pragma once

#include "core/config/ConfigError.h"
#include "core/config/IntegrationConfig.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace callbridge {

struct ConfigReadResult
{
    std::optional<IntegrationConfig> config; // set only when there are no errors
    ConfigErrors errors;
    int sourceSchemaVersion = 0; // the version the document was written with
};

// Parses and validates an integration config document. It collects every error it finds
// (not just the first) so an admin can fix a hand-edited file in one pass. Documents from
// a newer Callbridge are refused; older schema versions are migrated step by step.
class ConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigReader)

public:
    // The most a setup document may hold; it is kilobytes.
    static constexpr qint64 maxFileBytes = 5 * 1024 * 1024;

    static ConfigReadResult read(const QByteArray& json);
    static ConfigReadResult read(const QJsonObject& document);

private:
    ConfigReader() = default;

    void readDocument(const QJsonObject& root);
    void readConnection(const QJsonObject& object, const QString& path);
    void readFields(const QJsonObject& object, const QString& path);
    void readExport(const QJsonObject& object, const QString& path);
    void readRecordedUsers(const QJsonObject& object, const QString& path);

    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);
    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key, const QString& path);
    std::optional<QString> string(const QJsonObject& parent, const QString& key, const QString& path);
    std::optional<bool> boolean(const QJsonObject& parent, const QString& key, const QString& path);
    std::optional<QStringList> stringList(const QJsonObject& parent, const QString& key, const QString& path);
    std::optional<QUrl> url(const QJsonObject& parent, const QString& key, const QString& path, bool loopbackOnly);
    void salesforceId(
        const QJsonObject& parent, const QString& key, const QString& path, const QString& keyPrefix, QString* target);

    void addError(const QString& path, const QString& problem, const QString& expected = {});

    IntegrationConfig m_config;
    ConfigErrors m_errors;
    int m_schemaVersion = 0;
};

} // namespace callbridge
