#include "core/users/UserDirectoryLoader.h"

#include "core/salesforce/QueryStream.h"

#include <QJsonArray>
#include <QJsonObject>

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
