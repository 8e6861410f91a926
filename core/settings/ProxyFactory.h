#pragma once

#include "core/settings/Preferences.h"

#include <QNetworkProxyFactory>

namespace callbridge {

// The proxy Preferences choose, for every request but those to this computer: the demo org and
// the OAuth redirect listener are on the loopback interface, which a proxy cannot reach.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    ProxyFactory(Preferences::Proxy mode, const QString& host, int port);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query = QNetworkProxyQuery()) override;

private:
    Preferences::Proxy m_mode;
    QString m_host;
    int m_port;
};

} // namespace callbridge
