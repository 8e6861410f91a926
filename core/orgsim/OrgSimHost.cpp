#include "core/orgsim/OrgSimHost.h"

#include "core/orgsim/OrgSimServer.h"

namespace callbridge::orgsim {

OrgSimHost::OrgSimHost(const OrgSimOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_server(new OrgSimServer(options))
{
    m_thread.setObjectName(QStringLiteral("orgsim"));
    m_server->moveToThread(&m_thread);
    m_thread.start();
}

OrgSimHost::~OrgSimHost()
{
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString OrgSimHost::startOnServerThread()
{
    QString error = m_server->build();
    if (error.isEmpty()) {
        error = m_server->listen();
    }
    if (error.isEmpty()) {
        m_baseUrl = m_server->baseUrl();
        m_instanceUrl = m_server->instanceUrl();
    }
    return error;
}

void OrgSimHost::start()
{
    QMetaObject::invokeMethod(m_server, [this] {
        const QString error = startOnServerThread();
        QMetaObject::invokeMethod(this, [this, error] {
            if (error.isEmpty()) {
                Q_EMIT ready(m_baseUrl);
            } else {
                Q_EMIT failed(error);
            }
        });
    });
}

QString OrgSimHost::startBlocking()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QString error;
    QMetaObject::invokeMethod(
        m_server, [this, &error] { error = startOnServerThread(); }, Qt::BlockingQueuedConnection);
    return error;
}

QJsonObject OrgSimHost::connectionInfo() const
{
    return QJsonObject { { QStringLiteral("baseUrl"), m_baseUrl }, { QStringLiteral("instanceUrl"), m_instanceUrl },
        { QStringLiteral("clientId"), m_options.clientId }, { QStringLiteral("clientSecret"), m_options.clientSecret },
        { QStringLiteral("callbackUrl"), m_options.callbackUrls.value(0) } };
}

void OrgSimHost::run(const std::function<void(OrgSimServer&)>& work)
{
    QMetaObject::invokeMethod(
        m_server, [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
}

} // namespace callbridge::orgsim
