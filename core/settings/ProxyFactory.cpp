#include "core/settings/ProxyFactory.h"

#include <QHostAddress>

namespace callbridge {

ProxyFactory::ProxyFactory(Preferences::Proxy mode, const QString& host, int port)
    : m_mode(mode)
    , m_host(host)
    , m_port(port)
{ }

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const QString peer = query.peerHostName();
    const QHostAddress address(peer);
    if (peer.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback()) {
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    }
    switch (m_mode) {
    case Preferences::Proxy::System:
        return systemProxyForQuery(query);
    case Preferences::Proxy::Manual:
        if (!m_host.isEmpty()) {
            return { QNetworkProxy(QNetworkProxy::HttpProxy, m_host, quint16(m_port)) };
        }
        break;
    case Preferences::Proxy::None:
        break;
    }
    return { QNetworkProxy(QNetworkProxy::NoProxy) };
}

} // namespace callbridge
