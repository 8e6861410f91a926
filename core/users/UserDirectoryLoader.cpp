#include "core/users/UserDirectoryLoader.h"

#include "core/cache/CacheStore.h"
#include "core/salesforce/QueryStream.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace callbridge {

UserDirectoryLoader::UserDirectoryLoader(RestClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

QString UserDirectoryLoader::soql()
{
    return QStringLiteral("SELECT Id, Name, Email, Title, IsActive, ManagerId FROM User WHERE UserType = 'Standard'");
}

UserHierarchy::User UserDirectoryLoader::userFromRecord(const QJsonObject& record)
{
    UserHierarchy::User user;
    user.id = record.value(QStringLiteral("Id")).toString();
    user.name = record.value(QStringLiteral("Name")).toString();
    user.email = record.value(QStringLiteral("Email")).toString();
    user.title = record.value(QStringLiteral("Title")).toString();
    user.active = record.value(QStringLiteral("IsActive")).toBool();
    user.managerId = record.value(QStringLiteral("ManagerId")).toString();
    return user;
}

UserHierarchy UserDirectoryLoader::cachedHierarchy(const CacheStore& cache)
{
    const QString object = QStringLiteral("User");
    const QStringList stored = cache.columns(object);
    if (!stored.contains(QStringLiteral("Id"))) {
        return UserHierarchy();
    }
    QStringList read;
    for (const char* field : { "Id", "Name", "FirstName", "LastName", "Email", "Title", "IsActive", "ManagerId" }) {
        if (stored.contains(QLatin1String(field))) {
            read.append(QLatin1String(field));
        }
    }
    // The table and its columns are named by the cache, which owns its layout.
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(read.join(QStringLiteral(", ")), CacheStore::tableName(object));
    if (stored.contains(QStringLiteral("UserType"))) {
        sql += QStringLiteral(" WHERE UserType = 'Standard'"); // as soql() reads them
    }
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    QList<UserHierarchy::User> users;
    if (!query.exec(sql)) {
        return UserHierarchy();
    }
    while (query.next()) {
        QJsonObject record;
        for (int column = 0; column < read.size(); ++column) {
            const QVariant value = query.value(column);
            if (read.at(column) == QLatin1String("IsActive")) {
                record.insert(read.at(column), value.toBool());
            } else if (!value.isNull()) {
                record.insert(read.at(column), value.toString());
            }
        }
        if (!record.contains(QStringLiteral("Name"))) {
            record.insert(QStringLiteral("Name"),
                QStringList { record.value(QStringLiteral("FirstName")).toString(),
                    record.value(QStringLiteral("LastName")).toString() }
                    .join(QLatin1Char(' '))
                    .trimmed());
        }
        if (!read.contains(QStringLiteral("IsActive"))) {
            record.insert(QStringLiteral("IsActive"), true);
        }
        UserHierarchy::User user = userFromRecord(record);
        if (!user.id.isEmpty()) {
            users.append(std::move(user));
        }
    }
    return UserHierarchy(users);
}

void UserDirectoryLoader::start()
{
    m_users.clear();
    m_done = false;
    m_stream = new QueryStream(m_client, soql(), false, QueryStream::maxBatchSize, this);
    QueryStream* stream = m_stream;
    connect(stream, &QueryStream::page, this, [this, stream](const QJsonArray& records) {
        for (const QJsonValue& record : records) {
            UserHierarchy::User user = userFromRecord(record.toObject());
            if (!user.id.isEmpty()) // a malformed row is skipped, never trusted
                m_users.append(std::move(user));
        }
        Q_EMIT progress(stream->received(), stream->totalSize());
    });
    connect(stream, &QueryStream::finished, this, [this, stream] {
        stream->deleteLater();
        m_error = stream->error();
        if (!m_error.isError())
            m_hierarchy = UserHierarchy(m_users);
        m_users.clear();
        m_done = true;
        Q_EMIT finished();
    });
    stream->start();
}

void UserDirectoryLoader::cancel()
{
    if (m_stream)
        m_stream->cancel();
}

} // namespace callbridge
