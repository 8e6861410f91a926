#pragma once

#include "core/orgsim/OrgSimOptions.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>

namespace callbridge::orgsim {

class OrgSimServer;

// Runs an OrgSimServer on a thread of its own, so building and querying a large org never
// stalls the caller's event loop. The GUI uses start() and waits for ready(); tests and the
// command line may use startBlocking() from a thread that is not the GUI thread.
class OrgSimHost : public QObject
{
    Q_OBJECT

public:
    explicit OrgSimHost(const OrgSimOptions& options, QObject* parent = nullptr);
    ~OrgSimHost() override;

    void start();
    QString startBlocking(); // returns an error message or an empty string

    QString baseUrl() const { return m_baseUrl; } // the login URL
    QString instanceUrl() const { return m_instanceUrl; } // the org's My Domain
    const OrgSimOptions& options() const { return m_options; }
    // What a client needs to connect: {"baseUrl" (the login URL), "instanceUrl", "clientId",
    // "clientSecret", "callbackUrl"}.
    QJsonObject connectionInfo() const;

    // Runs `work` on the server's thread and waits for it (tests inspect and change the org).
    void run(const std::function<void(OrgSimServer&)>& work);

Q_SIGNALS:
    void ready(const QString& baseUrl);
    void failed(const QString& error);

private:
    QString startOnServerThread();

    OrgSimOptions m_options;
    QThread m_thread;
    OrgSimServer* m_server = nullptr;
    QString m_baseUrl;
    QString m_instanceUrl;
};

} // namespace callbridge::orgsim
