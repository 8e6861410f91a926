#include "tests/support/TestData.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>

namespace callbridge::test {

IntegrationConfig fullConfig()
{
    IntegrationConfig config;
    config.connection.environment = Environment::MyDomain;
    config.connection.loginUrl = QUrl(QStringLiteral("https://acme--uat.sandbox.my.salesforce.com"));
    config.connection.instanceUrl = QUrl(QStringLiteral("https://acme--uat.sandbox.my.salesforce.com"));
    config.connection.orgId = QStringLiteral("00D5g000004ABCDEAS");
    config.connection.userId = QStringLiteral("0055g00000AbCdEAAV");
    config.connection.username = QStringLiteral("integration@acme.example.uat");
    config.connection.clientId = QStringLiteral("3MVG9example.consumer.key");
    config.connection.callbackPort = 8123;
    config.selectedFields.insert(
        QStringLiteral("Account"), { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Region__c") });
    config.selectedFields.insert(QStringLiteral("Contact"), { QStringLiteral("Id"), QStringLiteral("Email") });
    config.exportSettings.activityType = ActivityType::Event;
    config.exportSettings.smartTrackers = false;
    config.exportSettings.emailsAsTasks = true;
    config.callFilter = QStringLiteral("duration >= 5m and scope = \"external\"");
    config.recordedUsers.allActive = false;
    config.recordedUsers.userIds = { QStringLiteral("0055g00000AbCdEAAV"), QStringLiteral("0055g00000XyZ12") };
    return config;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

void makeFifo(const QString& path)
{
    if (mkfifo(QFile::encodeName(path).constData(), 0600) != 0) {
        qFatal("cannot make the FIFO %s", qPrintable(path));
    }
}

void makeSparseFile(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.resize(size)) {
        qFatal("cannot make %s", qPrintable(path));
    }
}

} // namespace callbridge::test
