#include "core/salesforce/SalesforceError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace callbridge {

bool SalesforceError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ConcurrencyLimit:
        return true;
    case Kind::Http:
        return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504
            || errorCode == QLatin1String("UNABLE_TO_LOCK_ROW") || errorCode == QLatin1String("SERVER_UNAVAILABLE");
    default:
        return false;
    }
}

namespace {

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0);
}

} // namespace

SalesforceError SalesforceError::silence(const QString& request, int inactivityMs)
{
    SalesforceError error;
    error.kind = Kind::Timeout;
    error.message = tr("%1 received nothing for %2 s").arg(request, seconds(inactivityMs));
    return error;
}

SalesforceError SalesforceError::deadlinePassed(const QString& request, int deadlineMs)
{
    SalesforceError error;
    error.kind = Kind::Timeout;
    error.message = tr("%1 was not answered in full within %2 s").arg(request, seconds(deadlineMs));
    return error;
}

SalesforceError SalesforceError::fromReplyBody(int httpStatus, const QByteArray& body)
{
    SalesforceError error;
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray() && !document.array().isEmpty() && document.array().first().isObject()) {
        // REST: [{"message": ..., "errorCode": ..., "fields": [...]}]
        const QJsonObject first = document.array().first().toObject();
        error.errorCode = first.value(QStringLiteral("errorCode")).toString();
        error.message = first.value(QStringLiteral("message")).toString();
        for (const QJsonValue& field : first.value(QStringLiteral("fields")).toArray()) {
            error.fields.append(field.toString());
        }
    } else if (document.isObject() && document.object().contains(QStringLiteral("error"))) {
        // OAuth: {"error": ..., "error_description": ...}
        error.errorCode = document.object().value(QStringLiteral("error")).toString();
        error.message = document.object().value(QStringLiteral("error_description")).toString();
    } else if (httpStatus == 414 || httpStatus == 431) {
        error.message = tr("The request was too long for Salesforce (HTTP %1): its address and headers may take "
                           "16,384 bytes")
                            .arg(httpStatus);
    } else {
        error.message = tr("HTTP status %1").arg(httpStatus);
    }
    if (error.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED")) {
        // One code for two limits: the daily total ("TotalRequests Limit exceeded.") and the
        // concurrent long-running requests ("ConcurrentPerOrgLongTxn Limit exceeded.", or
        // "ConcurrentRequests (Concurrent API Requests) Limit exceeded." on older endpoints).
        error.kind = error.message.startsWith(QLatin1String("Concurrent"), Qt::CaseInsensitive) ? Kind::ConcurrencyLimit
                                                                                                : Kind::LimitExceeded;
    } else if (error.errorCode == QLatin1String("INVALID_SESSION_ID")) {
        error.kind = Kind::SessionExpired;
    }
    return error;
}

QString SalesforceError::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach Salesforce: %1").arg(message);
    case Kind::Timeout:
        return message.isEmpty() ? tr("Salesforce did not answer in time.")
                                 : tr("Salesforce did not answer in time: %1.").arg(message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::InsecureUrl:
        return tr("Refused to send a request over plain http to %1: Salesforce is only reached over https.")
            .arg(message);
    case Kind::Tls:
        return tr("The secure connection to Salesforce failed: %1").arg(message);
    case Kind::SessionExpired:
        return tr("The Salesforce session expired and could not be renewed.");
    case Kind::Disconnected:
        return tr("Salesforce no longer accepts this connection (%1). Reconnect to continue; your setup is kept.")
            .arg(message);
    case Kind::LimitExceeded:
        return tr("The org has used up its daily API requests. Salesforce counts them over a rolling 24 hours; "
                  "try again later.");
    case Kind::ConcurrencyLimit:
        return tr("Salesforce is running too many long requests for this org at once (%1). This clears within "
                  "seconds to minutes; try again shortly.")
            .arg(message);
    case Kind::Malformed:
        return tr("Salesforce sent an answer Callbridge could not read: %1").arg(message);
    case Kind::Redirect:
        return tr("Salesforce answered with a redirect to %1; Callbridge does not follow redirects with your "
                  "credentials.")
            .arg(message);
    case Kind::OffInstance:
        return tr("Salesforce pointed Callbridge to %1, which is not on the org's instance; Callbridge does not "
                  "send your credentials anywhere else.")
            .arg(message);
    case Kind::Http:
        break;
    }
    return errorCode.isEmpty() ? message : tr("%1 (%2)").arg(message, errorCode);
}

QString shownValue(const QString& value, qsizetype limit)
{
    return value.size() > limit ? value.left(limit) + QStringLiteral("…") : value;
}

} // namespace callbridge
