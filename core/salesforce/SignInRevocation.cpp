#include "core/salesforce/SignInRevocation.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/CredentialedRequest.h"
#include "core/salesforce/LoginUrls.h"
#include "core/salesforce/NetworkTimeouts.h"
#include "core/salesforce/SalesforceSession.h"
#include "core/salesforce/TokenStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace callbridge {

SignInRevocation::SignInRevocation(QNetworkAccessManager* network, TokenStore* tokenStore,
    const ConnectionSettings& settings, const QString& refreshToken, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenStore(tokenStore)
    , m_settings(settings)
    , m_refreshToken(refreshToken)
{ }

void SignInRevocation::start()
{
    if (!m_refreshToken.isEmpty()) {
        revoke(m_refreshToken);
        return;
    }
    KeychainJob* read = m_tokenStore->read(m_settings.orgId, m_settings.userId);
    connect(read, &KeychainJob::finished, this, [this, read] { revoke(read->secret()); });
}

void SignInRevocation::revoke(const QString& refreshToken)
{
    QUrl url = LoginUrls::forSettings(m_settings);
    url.setPath(QStringLiteral("/services/oauth2/revoke"));
    if (refreshToken.isEmpty() || !isAllowedSalesforceUrl(url)) {
        removeFromKeychain();
        return;
    }
    QNetworkRequest request = credentialedRequest(url, 30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_network->post(request, "token=" + QUrl::toPercentEncoding(refreshToken));
    setReplyDeadline(reply, 60000); // the key is deleted from the keychain however Salesforce answers
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (const SalesforceError redirect = redirectError(reply); redirect.isError()) {
            qCWarning(lcOAuth) << "revoking the refresh token failed:" << redirect.toString();
        } else if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            qCWarning(lcOAuth) << "revoking the refresh token failed:" << reply->errorString();
        }
        removeFromKeychain(); // the local copy goes either way
    });
}

void SignInRevocation::removeFromKeychain()
{
    connect(m_tokenStore->remove(m_settings.orgId, m_settings.userId), &KeychainJob::finished, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
}

} // namespace callbridge
