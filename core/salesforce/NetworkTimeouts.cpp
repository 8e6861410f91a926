#include "core/salesforce/NetworkTimeouts.h"

#include <QNetworkReply>
#include <QTimer>

namespace callbridge {

namespace {

constexpr char deadlineProperty[] = "callbridgeDeadlinePassed";

} // namespace

void setReplyDeadline(QNetworkReply* reply, int deadlineMs)
{
    if (deadlineMs <= 0) {
        return;
    }
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply] {
        if (!reply->isFinished()) {
            reply->setProperty(deadlineProperty, true);
            reply->abort();
        }
    });
    deadline->start(deadlineMs);
}

bool replyDeadlinePassed(const QNetworkReply* reply)
{
    return reply->property(deadlineProperty).toBool();
}

bool replyTransportFailed(const QNetworkReply* reply)
{
    return reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
}

SalesforceError replyFailure(const QNetworkReply* reply, const QString& request, int inactivityMs, int deadlineMs)
{
    if (replyDeadlinePassed(reply)) {
        return SalesforceError::deadlinePassed(request, deadlineMs);
    }
    SalesforceError error;
    error.message = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // how Qt ends a request whose transfer timeout ran out
    case QNetworkReply::TimeoutError:
        return SalesforceError::silence(request, inactivityMs);
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = SalesforceError::Kind::Tls;
        break;
    default:
        error.kind = SalesforceError::Kind::Network;
        break;
    }
    return error;
}

} // namespace callbridge
