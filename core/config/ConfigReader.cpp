#include "core/config/ConfigReader.h"

#include "core/util/JsonText.h"

#include "core/filter/FilterParser.h"
#include "core/integration/ImportedObjects.h"
#include "core/salesforce/SalesforceIds.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace callbridge {

namespace {

QString childPath(const QString& path, const QString& key)
{
    return path + QLatin1Char('.') + key;
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

const QRegularExpression& apiNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    return pattern;
}

} // namespace

ConfigReadResult ConfigReader::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ConfigReadResult result;
        result.errors.append({ QStringLiteral("$"),
            tr("the file is not valid JSON (%1 at %2)")
                .arg(parseError.errorString(), jsonLineAndColumn(json, parseError.offset)),
            tr("a JSON object") });
        return result;
    }
    if (!document.isObject()) {
        ConfigReadResult result;
        result.errors.append({ QStringLiteral("$"),
            tr("the document is %1").arg(document.isArray() ? jsonTypeName(QJsonArray()) : tr("empty")),
            tr("a JSON object") });
        return result;
    }
    return read(document.object());
}

ConfigReadResult ConfigReader::read(const QJsonObject& document)
{
    ConfigReader reader;
    reader.readDocument(document);
    ConfigReadResult result;
    result.errors = reader.m_errors;
    result.sourceSchemaVersion = reader.m_schemaVersion;
    if (reader.m_errors.isEmpty()) {
        result.config = reader.m_config;
    }
    return result;
}

void ConfigReader::readDocument(const QJsonObject& root)
{
    const QString path = QStringLiteral("$");
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    if (version.isUndefined()) {
        addError(childPath(path, QStringLiteral("schemaVersion")), tr("is missing"),
            tr("the integer %1").arg(IntegrationConfig::currentSchemaVersion));
        return;
    }
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt())) {
        addError(
            childPath(path, QStringLiteral("schemaVersion")), tr("is %1").arg(jsonTypeName(version)), tr("an integer"));
        return;
    }
    m_schemaVersion = version.toInt();
    if (m_schemaVersion > IntegrationConfig::currentSchemaVersion) {
        addError(childPath(path, QStringLiteral("schemaVersion")),
            tr("version %1 was written by a newer Callbridge; this one reads up to version %2")
                .arg(m_schemaVersion)
                .arg(IntegrationConfig::currentSchemaVersion),
            tr("a document from this version of Callbridge or older (update Callbridge to open it)"));
        return;
    }
    if (m_schemaVersion < 1) {
        addError(childPath(path, QStringLiteral("schemaVersion")),
            tr("%1 is not a schema version").arg(m_schemaVersion),
            tr("an integer from 1 to %1").arg(IntegrationConfig::currentSchemaVersion));
        return;
    }
    // Migrations from older schema versions go here, one step per version, before validation.
    // Version 1 is the first released schema, so there is nothing to migrate yet.

    checkKeys(root, path,
        { QStringLiteral("schemaVersion"), QStringLiteral("connection"), QStringLiteral("fields"),
            QStringLiteral("export"), QStringLiteral("callFilter"), QStringLiteral("recordedUsers") });
    if (const auto connection = object(root, QStringLiteral("connection"), path)) {
        readConnection(*connection, childPath(path, QStringLiteral("connection")));
    }
    if (const auto fields = object(root, QStringLiteral("fields"), path)) {
        readFields(*fields, childPath(path, QStringLiteral("fields")));
    }
    if (const auto exportSettings = object(root, QStringLiteral("export"), path)) {
        readExport(*exportSettings, childPath(path, QStringLiteral("export")));
    }
    if (const auto filter = string(root, QStringLiteral("callFilter"), path)) {
        m_config.callFilter = *filter;
        // The account. and opportunity. fields are known from the org's cache only, which the
        // app checks them against; here the syntax, the nesting and the call's own fields.
        const FilterParser::Result parsed =
            FilterParser::parse(*filter, FilterSchema(), FilterParser::RecordFields::Unchecked);
        if (!parsed.ok()) {
            addError(childPath(path, QStringLiteral("callFilter")), parsed.error,
                tr("a filter in the export filter language"));
        }
    }
    if (const auto recorded = object(root, QStringLiteral("recordedUsers"), path)) {
        readRecordedUsers(*recorded, childPath(path, QStringLiteral("recordedUsers")));
    }
}

void ConfigReader::readConnection(const QJsonObject& object, const QString& path)
{
    checkKeys(object, path,
        { QStringLiteral("environment"), QStringLiteral("loginUrl"), QStringLiteral("instanceUrl"),
            QStringLiteral("orgId"), QStringLiteral("userId"), QStringLiteral("username"), QStringLiteral("clientId"),
            QStringLiteral("callbackPort") });
    ConnectionSettings& connection = m_config.connection;

    if (const auto environment = string(object, QStringLiteral("environment"), path)) {
        static const QList<Environment> all { Environment::Production, Environment::Sandbox, Environment::MyDomain,
            Environment::Demo };
        bool known = false;
        for (Environment candidate : all) {
            if (environmentKey(candidate) == *environment) {
                connection.environment = candidate;
                known = true;
            }
        }
        if (!known) {
            addError(childPath(path, QStringLiteral("environment")),
                tr("\"%1\" is not an environment").arg(*environment),
                tr("one of \"production\", \"sandbox\", \"mydomain\", \"demo\""));
        }
    }

    const bool demo = connection.environment == Environment::Demo;
    if (const auto loginUrl = url(object, QStringLiteral("loginUrl"), path, demo)) {
        connection.loginUrl = *loginUrl;
        const QString loginPath = childPath(path, QStringLiteral("loginUrl"));
        const QString host = loginUrl->host().toLower();
        if (connection.environment == Environment::Production && !loginUrl->isEmpty()
            && host != QLatin1String("login.salesforce.com")) {
            addError(loginPath, tr("\"%1\" is not the production login host").arg(host),
                tr("https://login.salesforce.com (use \"mydomain\" for an org's own domain)"));
        } else if (connection.environment == Environment::Sandbox && !loginUrl->isEmpty()
            && host != QLatin1String("test.salesforce.com")) {
            addError(loginPath, tr("\"%1\" is not the sandbox login host").arg(host),
                tr("https://test.salesforce.com (use \"mydomain\" for a sandbox's own domain)"));
        } else if (connection.environment == Environment::MyDomain && loginUrl->isEmpty()) {
            addError(loginPath, tr("is empty, but a My Domain connection needs the org's domain"),
                tr("an https URL such as https://acme.my.salesforce.com"));
        }
    }
    if (const auto instanceUrl = url(object, QStringLiteral("instanceUrl"), path, demo)) {
        connection.instanceUrl = *instanceUrl;
    }
    salesforceId(object, QStringLiteral("orgId"), path, QStringLiteral("00D"), &connection.orgId);
    salesforceId(object, QStringLiteral("userId"), path, QStringLiteral("005"), &connection.userId);
    if (const auto username = string(object, QStringLiteral("username"), path)) {
        connection.username = *username;
    }
    if (const auto clientId = string(object, QStringLiteral("clientId"), path)) {
        connection.clientId = *clientId;
    }

    const QString portPath = childPath(path, QStringLiteral("callbackPort"));
    const QJsonValue port = object.value(QStringLiteral("callbackPort"));
    if (port.isUndefined()) {
        addError(portPath, tr("is missing"), tr("an integer from 1024 to 65535"));
    } else if (!port.isDouble() || port.toDouble() != static_cast<double>(port.toInt())) {
        addError(portPath, tr("is %1").arg(jsonTypeName(port)), tr("an integer from 1024 to 65535"));
    } else if (port.toInt() < 1024 || port.toInt() > 65535) {
        addError(portPath, tr("%1 is out of range").arg(port.toInt()),
            tr("an integer from 1024 to 65535 (lower ports need administrator rights)"));
    } else {
        connection.callbackPort = static_cast<quint16>(port.toInt());
    }
}

void ConfigReader::readFields(const QJsonObject& object, const QString& path)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString objectPath = childPath(path, it.key());
        if (!isImportedObject(it.key())) {
            addError(objectPath, tr("\"%1\" is not an object the integration imports").arg(it.key()),
                tr("one of %1").arg(importedObjects().join(QStringLiteral(", "))));
            continue;
        }
        const auto fields = stringList(object, it.key(), path);
        if (!fields) {
            continue;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QString& field = fields->at(i);
            if (!apiNamePattern().match(field).hasMatch()) {
                addError(indexPath(objectPath, i), tr("\"%1\" is not a field API name").arg(field),
                    tr("letters, digits and underscores, starting with a letter"));
            } else if (seen.contains(field.toLower())) {
                addError(indexPath(objectPath, i), tr("\"%1\" is listed twice").arg(field), tr("each field once"));
            }
            seen.insert(field.toLower());
        }
        m_config.selectedFields.insert(it.key(), *fields);
    }
}

void ConfigReader::readExport(const QJsonObject& object, const QString& path)
{
    checkKeys(object, path,
        { QStringLiteral("activityType"), QStringLiteral("smartTrackers"), QStringLiteral("emailsAsTasks"),
            QStringLiteral("target") });
    if (const auto type = string(object, QStringLiteral("activityType"), path)) {
        if (*type == activityTypeKey(ActivityType::Task)) {
            m_config.exportSettings.activityType = ActivityType::Task;
        } else if (*type == activityTypeKey(ActivityType::Event)) {
            m_config.exportSettings.activityType = ActivityType::Event;
        } else {
            addError(childPath(path, QStringLiteral("activityType")), tr("\"%1\" is not an activity type").arg(*type),
                tr("\"task\" or \"event\""));
        }
    }
    if (const auto smart = boolean(object, QStringLiteral("smartTrackers"), path)) {
        m_config.exportSettings.smartTrackers = *smart;
    }
    if (const auto emails = boolean(object, QStringLiteral("emailsAsTasks"), path)) {
        m_config.exportSettings.emailsAsTasks = *emails;
    }
    // Optional: documents written before full call data existed export activities only.
    if (const auto target = object.contains(QStringLiteral("target")) ? string(object, QStringLiteral("target"), path)
                                                                      : std::optional<QString>()) {
        bool known = false;
        for (const ExportTarget candidate : { ExportTarget::Activity, ExportTarget::FullData, ExportTarget::Both }) {
            if (*target == exportTargetKey(candidate)) {
                m_config.exportSettings.target = candidate;
                known = true;
            }
        }
        if (!known) {
            addError(childPath(path, QStringLiteral("target")), tr("\"%1\" is not an export target").arg(*target),
                tr("\"activity\", \"fullData\" or \"both\""));
        }
    }
}

void ConfigReader::readRecordedUsers(const QJsonObject& object, const QString& path)
{
    checkKeys(object, path, { QStringLiteral("mode"), QStringLiteral("userIds") });
    if (const auto mode = string(object, QStringLiteral("mode"), path)) {
        if (*mode == QLatin1String("allActive")) {
            m_config.recordedUsers.allActive = true;
        } else if (*mode == QLatin1String("selected")) {
            m_config.recordedUsers.allActive = false;
        } else {
            addError(childPath(path, QStringLiteral("mode")), tr("\"%1\" is not a mode").arg(*mode),
                tr("\"allActive\" or \"selected\""));
        }
    }
    if (const auto ids = stringList(object, QStringLiteral("userIds"), path)) {
        const QString idsPath = childPath(path, QStringLiteral("userIds"));
        for (qsizetype i = 0; i < ids->size(); ++i) {
            if (!isUserId(ids->at(i))) {
                addError(indexPath(idsPath, i), tr("\"%1\" is not a Salesforce user id").arg(ids->at(i)),
                    tr("a 15- or 18-character id starting with 005"));
            }
        }
        m_config.recordedUsers.userIds = *ids;
    }
}

void ConfigReader::checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    for (const QString& key : object.keys()) {
        if (!allowed.contains(key)) {
            addError(childPath(path, key), tr("is not a known setting"),
                tr("one of %1").arg(allowed.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QJsonObject> ConfigReader::object(const QJsonObject& parent, const QString& key, const QString& path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        addError(childPath(path, key), tr("is missing"), tr("an object"));
        return std::nullopt;
    }
    if (!value.isObject()) {
        addError(childPath(path, key), tr("is %1").arg(jsonTypeName(value)), tr("an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QString> ConfigReader::string(const QJsonObject& parent, const QString& key, const QString& path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        addError(childPath(path, key), tr("is missing"), tr("a string"));
        return std::nullopt;
    }
    if (!value.isString()) {
        addError(childPath(path, key), tr("is %1").arg(jsonTypeName(value)), tr("a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> ConfigReader::boolean(const QJsonObject& parent, const QString& key, const QString& path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        addError(childPath(path, key), tr("is missing"), tr("true or false"));
        return std::nullopt;
    }
    if (!value.isBool()) {
        addError(childPath(path, key), tr("is %1").arg(jsonTypeName(value)), tr("true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> ConfigReader::stringList(const QJsonObject& parent, const QString& key, const QString& path)
{
    const QString listPath = childPath(path, key);
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        addError(listPath, tr("is missing"), tr("an array of strings"));
        return std::nullopt;
    }
    if (!value.isArray()) {
        addError(listPath, tr("is %1").arg(jsonTypeName(value)), tr("an array of strings"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            addError(indexPath(listPath, i), tr("is %1").arg(jsonTypeName(array.at(i))), tr("a string"));
            ok = false;
        } else {
            list.append(array.at(i).toString());
        }
    }
    return ok ? std::optional<QStringList>(list) : std::nullopt;
}

std::optional<QUrl> ConfigReader::url(
    const QJsonObject& parent, const QString& key, const QString& path, bool loopbackOnly)
{
    const auto text = string(parent, key, path);
    if (!text) {
        return std::nullopt;
    }
    if (text->isEmpty()) {
        return QUrl();
    }
    const QString urlPath = childPath(path, key);
    const QUrl url(*text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        addError(urlPath, tr("\"%1\" is not an absolute URL").arg(*text), tr("a URL such as https://host"));
        return std::nullopt;
    }
    if (loopbackOnly && !isLoopback(url)) {
        addError(urlPath, tr("\"%1\" is not on this computer, but the demo org runs locally").arg(*text),
            tr("a loopback URL (localhost or 127.0.0.1) or an empty string"));
        return std::nullopt;
    }
    // Salesforce hosts are only ever reached over TLS; plain http is allowed for loopback only.
    if (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && isLoopback(url))) {
        addError(urlPath, tr("\"%1\" does not use https").arg(*text),
            tr("an https URL (plain http only for a host on this computer)"));
        return std::nullopt;
    }
    return url;
}

void ConfigReader::salesforceId(
    const QJsonObject& parent, const QString& key, const QString& path, const QString& keyPrefix, QString* target)
{
    const auto id = string(parent, key, path);
    if (!id) {
        return;
    }
    if (!id->isEmpty() && !isSalesforceId(*id, keyPrefix)) {
        addError(childPath(path, key), tr("\"%1\" is not a Salesforce id of this kind").arg(*id),
            tr("a 15- or 18-character id starting with %1, or an empty string").arg(keyPrefix));
        return;
    }
    *target = *id;
}

void ConfigReader::addError(const QString& path, const QString& problem, const QString& expected)
{
    m_errors.append({ path, problem, expected });
}

} // namespace callbridge
