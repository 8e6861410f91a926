#pragma once

#include "core/salesforce/SalesforceError.h"
#include "core/users/UserHierarchy.h"

#include <QObject>
#include <QPointer>

namespace callbridge {

class CacheStore;
class QueryStream;
class RestClient;

// Reads the org's people (standard users: not integration, automated or portal users) with
// the fields provisioning needs, page by page, and builds their hierarchy.
class UserDirectoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit UserDirectoryLoader(RestClient* client, QObject* parent = nullptr);

    static QString soql();
    static UserHierarchy::User userFromRecord(const QJsonObject& record);
    // The people as the last import stored them in the org's cache (its User table, with the
    // fields the setup selects: Name or else FirstName and LastName), standard users only when
    // UserType was imported. Empty when the cache holds no users. For showing the hierarchy
    // while not connected.
    static UserHierarchy cachedHierarchy(const CacheStore& cache);

    void start();
    void cancel();

    bool ok() const { return m_done && !m_error.isError(); }
    const SalesforceError& error() const { return m_error; }
    const UserHierarchy& hierarchy() const { return m_hierarchy; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    RestClient* m_client;
    QPointer<QueryStream> m_stream;
    QList<UserHierarchy::User> m_users;
    UserHierarchy m_hierarchy;
    SalesforceError m_error;
    bool m_done = false;
};

} // namespace callbridge
