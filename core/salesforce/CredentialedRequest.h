#pragma once

#include "core/salesforce/SalesforceError.h"

#include <QNetworkRequest>

class QNetworkReply;

namespace callbridge {

// Every request Callbridge sends with a credential (the bearer token, the client secret, an
// authorization code, a refresh token) is made here. It never follows a redirect: Salesforce
// does not redirect API or OAuth calls, and a followed redirect would carry the Authorization
// header, or post the form again, to wherever the answer points.
QNetworkRequest credentialedRequest(const QUrl& url, int transferTimeoutMs);

// A redirect answer (3xx other than 304 Not Modified) to a credentialed request, as the error
// to report (Kind::Redirect, naming where it pointed); Kind::None for any other answer.
SalesforceError redirectError(const QNetworkReply* reply);

// Where a URL points, without its path, query or user info: "https://host:port".
QString originOf(const QUrl& url);

} // namespace callbridge
