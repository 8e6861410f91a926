#pragma once

#include "core/salesforce/SalesforceError.h"

class QNetworkReply;

namespace callbridge {

// QNetworkRequest::setTransferTimeout ends a request only when nothing arrives for a while: an
// answer trickled a byte at a time never trips it. A deadline limits the whole reply. When it
// passes first, the reply is aborted and replyDeadlinePassed() is true in its finished() handler.
void setReplyDeadline(QNetworkReply* reply, int deadlineMs);
bool replyDeadlinePassed(const QNetworkReply* reply);
// The connection failed below HTTP (refused, dropped, timed out, TLS), also half-way through a
// body that came with a 200 status: report that, not the unreadable body it left.
bool replyTransportFailed(const QNetworkReply* reply);

// What went wrong with a reply that brought no HTTP answer: a Timeout naming `request` ("POST
// /services/oauth2/token") when its deadline or its transfer timeout ended it, else a network
// or TLS error.
SalesforceError replyFailure(const QNetworkReply* reply, const QString& request, int inactivityMs, int deadlineMs);

} // namespace callbridge
