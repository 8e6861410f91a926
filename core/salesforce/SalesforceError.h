#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace callbridge {

// What went wrong talking to Salesforce, typed so callers can react (retry, reconnect, stop
// for the day) and explain it to the admin in plain words.
struct SalesforceError
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceError)

public:
    enum class Kind {
        None,
        Network, // connection refused, dropped, DNS, proxy
        Timeout, // nothing arrived for too long, or the whole answer not within the deadline
        Cancelled, // the caller cancelled
        InsecureUrl, // plain http to a host that is not this computer
        Tls, // certificate or handshake problem; never ignored
        Http, // Salesforce answered with an error (see errorCode)
        SessionExpired, // 401 INVALID_SESSION_ID that a refresh could not fix
        Disconnected, // the refresh token no longer works (revoked, expired, user deactivated)
        LimitExceeded, // REQUEST_LIMIT_EXCEEDED: the org's daily API budget is spent
        // REQUEST_LIMIT_EXCEEDED for too many concurrent long-running requests
        // ("ConcurrentPerOrgLongTxn Limit exceeded."): it clears in seconds, so it is worth waiting for.
        ConcurrencyLimit,
        Malformed, // the answer was not what the API promises (truncated, not JSON, ...)
        Redirect, // a redirect answer to a request with credentials; never followed (message: where to)
        OffInstance, // the server named an address off the org's instance to send to (message: where)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode; // Salesforce's errorCode (or OAuth "error")
    QString message; // Salesforce's message (or OAuth "error_description")
    QStringList fields;

    bool isError() const { return kind != Kind::None; }
    // Worth trying again as it is: server busy, row lock, dropped connection.
    bool isTransient() const;
    QString toString() const;

    static SalesforceError cancelled()
    {
        SalesforceError error;
        error.kind = Kind::Cancelled;
        return error;
    }
    // The answer was not what the API promises; `message` says what was wrong with it.
    static SalesforceError malformed(const QString& message)
    {
        SalesforceError error;
        error.kind = Kind::Malformed;
        error.message = message;
        return error;
    }
    static SalesforceError fromReplyBody(int httpStatus, const QByteArray& body);
    // Timeouts; `request` names what was asked ("GET /services/data/v62.0/limits").
    static SalesforceError silence(const QString& request, int inactivityMs); // nothing arrived for that long
    static SalesforceError deadlinePassed(const QString& request, int deadlineMs); // not all of it in that time
};

// A value from the server (or a browser redirect), shown in a message: a hostile one may be very
// long, so it is cut at `limit` characters.
QString shownValue(const QString& value, qsizetype limit = 80);

} // namespace callbridge
