#pragma once

#include "core/config/IntegrationConfig.h"

#include <QCoreApplication>
#include <QUrl>

namespace callbridge {

// Where each environment logs in, and what a My Domain URL must look like.
class LoginUrls
{
    Q_DECLARE_TR_FUNCTIONS(LoginUrls)

public:
    static QUrl production() { return QUrl(QStringLiteral("https://login.salesforce.com")); }
    static QUrl sandbox() { return QUrl(QStringLiteral("https://test.salesforce.com")); }

    // The login URL for saved settings: the fixed hosts for production and sandbox, the saved
    // URL for My Domain and the demo org.
    static QUrl forSettings(const ConnectionSettings& settings);

    struct Check
    {
        QUrl url; // normalised: scheme and host only
        QString error; // empty when the URL can be used
    };
    // https, a host, and a Salesforce domain unless allowCustomHost (an org behind its own domain).
    static Check checkMyDomain(const QString& text, bool allowCustomHost);
};

} // namespace callbridge
