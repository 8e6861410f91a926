#include "core/salesforce/LoginUrls.h"

namespace callbridge {

QUrl LoginUrls::forSettings(const ConnectionSettings& settings)
{
    switch (settings.environment) {
    case Environment::Production:
        return production();
    case Environment::Sandbox:
        return sandbox();
    case Environment::MyDomain:
    case Environment::Demo:
        return settings.loginUrl;
    }
    Q_UNREACHABLE();
}

LoginUrls::Check LoginUrls::checkMyDomain(const QString& text, bool allowCustomHost)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return { {}, tr("Enter your org's My Domain URL, such as https://acme.my.salesforce.com.") };
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        trimmed.prepend(QStringLiteral("https://"));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return { {}, tr("\"%1\" is not a URL.").arg(text) };
    }
    if (url.scheme() != QLatin1String("https")) {
        return { {}, tr("The My Domain URL must start with https://.") };
    }
    const QString host = url.host().toLower();
    const bool salesforceHost = host.endsWith(QLatin1String(".my.salesforce.com"))
        || host.endsWith(QLatin1String(".salesforce.com")) || host.endsWith(QLatin1String(".force.com"));
    if (!salesforceHost && !allowCustomHost) {
        return { {},
            tr("%1 is not a Salesforce domain (…my.salesforce.com). If your org really is reached through "
               "its own domain, tick \"custom host\".")
                .arg(host) };
    }
    QUrl normalised;
    normalised.setScheme(QStringLiteral("https"));
    normalised.setHost(host);
    if (url.port() > 0) {
        normalised.setPort(url.port());
    }
    return { normalised, {} };
}

} // namespace callbridge
