#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace callbridge {

// The admin's preferences for this computer (not part of the integration setup): language,
// proxy, log detail and where the data is kept. Stored in QSettings; never holds a secret.
struct Preferences
{
    enum class Proxy { System, None, Manual };
    enum class LogLevel { Warnings, Normal, Detailed };

    QString language; // a language code such as "de"; empty follows the system
    Proxy proxy = Proxy::System;
    QString proxyHost;
    int proxyPort = 8080;
    LogLevel logLevel = LogLevel::Normal;
    QString dataDirectory; // empty: the user's application data folder

    static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    // This user's preferences file (~/.config/callbridge/callbridge.ini on Linux), which the
    // app and the command line share.
    static Preferences loadForThisUser();
    void saveForThisUser() const;

    // How the admin left a window (its geometry, a splitter's position), by a name such as
    // "mainWindow", in the same preferences file; empty when never saved.
    static QByteArray windowLayout(const QString& name);
    static void saveWindowLayout(const QString& name, const QByteArray& layout);

    // The folder used when none is chosen.
    static QString defaultDataDirectory();
    QString effectiveDataDirectory() const;

    // Applies the proxy choice to every QNetworkAccessManager of the process.
    void applyProxy() const;
    // Applies the log level to Callbridge's logging categories (Qt's own stay at warnings).
    void applyLogLevel() const;
};

} // namespace callbridge
