#include "core/settings/Preferences.h"

#include "core/settings/ProxyFactory.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

namespace callbridge {

namespace {

const QString languageKey = QStringLiteral("language");
const QString proxyKey = QStringLiteral("network/proxy");
const QString proxyHostKey = QStringLiteral("network/proxyHost");
const QString proxyPortKey = QStringLiteral("network/proxyPort");
const QString logLevelKey = QStringLiteral("logging/level");
const QString dataDirectoryKey = QStringLiteral("dataDirectory");

QString proxyName(Preferences::Proxy proxy)
{
    switch (proxy) {
    case Preferences::Proxy::None:
        return QStringLiteral("none");
    case Preferences::Proxy::Manual:
        return QStringLiteral("manual");
    case Preferences::Proxy::System:
        break;
    }
    return QStringLiteral("system");
}

QString logLevelName(Preferences::LogLevel level)
{
    switch (level) {
    case Preferences::LogLevel::Warnings:
        return QStringLiteral("warnings");
    case Preferences::LogLevel::Detailed:
        return QStringLiteral("detailed");
    case Preferences::LogLevel::Normal:
        break;
    }
    return QStringLiteral("normal");
}

} // namespace

Preferences Preferences::load(const QSettings& settings)
{
    Preferences preferences;
    preferences.language = settings.value(languageKey).toString();
    const QString proxy = settings.value(proxyKey).toString();
    if (proxy == proxyName(Proxy::None)) {
        preferences.proxy = Proxy::None;
    } else if (proxy == proxyName(Proxy::Manual)) {
        preferences.proxy = Proxy::Manual;
    }
    preferences.proxyHost = settings.value(proxyHostKey).toString();
    const int port = settings.value(proxyPortKey, preferences.proxyPort).toInt();
    if (port > 0 && port <= 65535) {
        preferences.proxyPort = port;
    }
    const QString level = settings.value(logLevelKey).toString();
    if (level == logLevelName(LogLevel::Warnings)) {
        preferences.logLevel = LogLevel::Warnings;
    } else if (level == logLevelName(LogLevel::Detailed)) {
        preferences.logLevel = LogLevel::Detailed;
    }
    preferences.dataDirectory = settings.value(dataDirectoryKey).toString();
    return preferences;
}

void Preferences::save(QSettings& settings) const
{
    settings.setValue(languageKey, language);
    settings.setValue(proxyKey, proxyName(proxy));
    settings.setValue(proxyHostKey, proxyHost);
    settings.setValue(proxyPortKey, proxyPort);
    settings.setValue(logLevelKey, logLevelName(logLevel));
    settings.setValue(dataDirectoryKey, dataDirectory);
    settings.sync();
}

namespace {

QSettings userSettings()
{
    return QSettings(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("callbridge"), QStringLiteral("callbridge"));
}

} // namespace

Preferences Preferences::loadForThisUser()
{
    return load(userSettings());
}

void Preferences::saveForThisUser() const
{
    QSettings settings = userSettings(); // C++17: no copy, the prvalue initialises it
    save(settings);
}

QByteArray Preferences::windowLayout(const QString& name)
{
    return userSettings().value(QStringLiteral("layout/") + name).toByteArray();
}

void Preferences::saveWindowLayout(const QString& name, const QByteArray& layout)
{
    QSettings settings = userSettings();
    settings.setValue(QStringLiteral("layout/") + name, layout);
}

QString Preferences::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Preferences::effectiveDataDirectory() const
{
    return dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory;
}

void Preferences::applyProxy() const
{
    // Qt takes ownership of the factory and deletes the previous one.
    QNetworkProxyFactory::setApplicationProxyFactory(new ProxyFactory(proxy, proxyHost, proxyPort));
}

void Preferences::applyLogLevel() const
{
    switch (logLevel) {
    case LogLevel::Warnings:
        QLoggingCategory::setFilterRules(QStringLiteral("callbridge.*.info=false\ncallbridge.*.debug=false"));
        break;
    case LogLevel::Normal:
        QLoggingCategory::setFilterRules(QStringLiteral("callbridge.*.info=true\ncallbridge.*.debug=false"));
        break;
    case LogLevel::Detailed:
        QLoggingCategory::setFilterRules(QStringLiteral("callbridge.*.info=true\ncallbridge.*.debug=true"));
        break;
    }
}

} // namespace callbridge
