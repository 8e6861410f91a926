#include "core/salesforce/CredentialedRequest.h"

#include <QNetworkReply>

namespace callbridge {

QNetworkRequest credentialedRequest(const QUrl& url, int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(transferTimeoutMs);
    return request;
}

SalesforceError redirectError(const QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 300 || status > 399 || status == 304) {
        return {};
    }
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    SalesforceError error;
    error.kind = SalesforceError::Kind::Redirect;
    error.httpStatus = status;
    error.message = originOf(reply->url().resolved(location));
    return error;
}

QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace callbridge
