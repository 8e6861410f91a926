#pragma once

#include "core/salesforce/SalesforceError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace callbridge {

class SalesforceSession;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct RestRequest
{
    QByteArray method = "GET";
    // "sobjects/Account/describe" (under /services/data/vXX.X/), "/services/data" (from the
    // instance root; nextRecordsUrl answers are such paths) or a full URL on the instance. A
    // request for anywhere else (another host, "//host/...") is refused: the bearer token goes to
    // the instance only.
    QString path;
    QByteArray body;
    HeaderList headers;
    // Safe to send twice. GET, HEAD and DELETE are; a POST is only when the caller says so.
    std::optional<bool> idempotent;
    // An attempt ends when nothing arrives for this long (a Timeout, tried again once at most).
    int timeoutMs = 120000;
    // The whole request ends when it has not finished in this long, however steadily the answer
    // trickles in: attempts, the waits between them and a session renewal included. A Timeout,
    // not tried again. 0: none.
    int deadlineMs = defaultDeadlineMs;

    static constexpr int defaultDeadlineMs = 5 * 60 * 1000;
};

struct RetryPolicy
{
    int maxAttempts = 4;
    int baseDelayMs = 500; // doubles each attempt, with up to 50% random jitter
    int maxDelayMs = 8000;
    // Salesforce's concurrent long-running request limit clears once other requests end: it is
    // waited out longer and more often (concurrencyFactor times the delays, two more attempts;
    // by default about a minute in all, within the request's deadline).
    static constexpr int concurrencyFactor = 4;
    static constexpr int concurrencyExtraAttempts = 2;
    // An endpoint that let a request time out once is given one more try, not maxAttempts: a
    // silent server stays silent, and each try costs the whole inactivity timeout.
    static constexpr int maxTimedOutAttempts = 2;
};

class RestClient;

// One request and its outcome. finished() is emitted exactly once, on every path: success,
// error, cancel, timeout. The reply deletes itself after finished() unless the caller keeps it
// (setAutoDelete(false)).
class RestReply : public QObject
{
    Q_OBJECT

public:
    ~RestReply() override;
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const SalesforceError& error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    QByteArray header(const QByteArray& name) const;
    int attempts() const { return m_attempts; }

    void cancel();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished();

private:
    friend class RestClient;
    RestReply(RestClient* client, RestRequest request);

    void send();
    void handleReply(QNetworkReply* reply);
    void deadlinePassed();
    // Stops waiting: no retry, the network request aborted, finished with `error`.
    void abandon(const SalesforceError& error);
    QString describe() const; // "GET /services/data/v62.0/limits", for messages
    void retryLater();
    void refreshAndReplay();
    void finish(const SalesforceError& error);

    RestClient* m_client;
    RestRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_deadline = nullptr;
    SalesforceError m_error;
    int m_status = 0;
    QByteArray m_body;
    HeaderList m_headers;
    int m_attempts = 0;
    int m_timedOutAttempts = 0;
    bool m_replayed = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// Salesforce's REST API over one QNetworkAccessManager: builds URLs for the negotiated API
// version, authenticates, renews an expired session once and replays, retries transient
// failures with backoff, refuses plain http to remote hosts, never follows a redirect or sends
// the token off the instance, and reports API usage from Sforce-Limit-Info.
class RestClient : public QObject
{
    Q_OBJECT

public:
    static constexpr double newestSupportedVersion = 62.0; // pinned: the version Callbridge is tested with

    RestClient(QNetworkAccessManager* network, SalesforceSession* session, QObject* parent = nullptr);
    ~RestClient() override;

    RestReply* send(const RestRequest& request);
    RestReply* get(const QString& path, const HeaderList& headers = {});

    // GET /services/data and picks the newest version up to newestSupportedVersion.
    RestReply* negotiateVersion();
    QString apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString& version) { m_apiVersion = version; }

    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }

    // The org's daily API usage from the newest Sforce-Limit-Info header or `limits` read
    // (DailyApiAllowance); -1 until one arrived.
    qint64 apiUsed() const { return m_apiUsed; }
    qint64 apiMax() const { return m_apiMax; }
    void noteApiUsage(qint64 used, qint64 max);
    // Salesforce's clock: the newest answer's Date header plus the time since; the local clock
    // until an answer told it.
    QDateTime serverTime() const;

    // The request waiting longest for Salesforce, and for how many milliseconds, when it has
    // waited at least `atLeastMs`: so a long operation can say what it is waiting for.
    struct Waiting
    {
        QString request; // "GET /services/data/v62.0/jobs/query/750…"
        qint64 ms = 0;
    };
    std::optional<Waiting> waitingFor(qint64 atLeastMs = 0) const;

    // Every HTTP request sent, retries included: each one counts against the org's daily limit.
    qint64 requestsSent() const { return m_requestsSent; }

    SalesforceSession* session() const { return m_session; }
    QNetworkAccessManager* network() const { return m_network; }
    QUrl urlFor(const QString& path) const;
    // Same scheme, host and port as the session's instance: where the bearer token may go.
    bool isOnInstance(const QUrl& url) const;

Q_SIGNALS:
    void apiUsageChanged(qint64 used, qint64 max);
    // The refresh token no longer works: the connection must be made again.
    void disconnected(const SalesforceError& error);

private:
    friend class RestReply;
    void noteLimitInfo(const QByteArray& header);
    void noteDate(const QByteArray& header);

    QNetworkAccessManager* m_network;
    SalesforceSession* m_session;
    QString m_apiVersion = QStringLiteral("60.0");
    RetryPolicy m_retryPolicy;
    qint64 m_requestsSent = 0;
    // Replies not finished yet, and when each was made: what the client is waiting for.
    QHash<const RestReply*, qint64> m_inFlight;
    QElapsedTimer m_clock;
    qint64 m_apiUsed = -1;
    qint64 m_apiMax = -1;
    QDateTime m_serverDate; // the newest Date header
    qint64 m_serverDateAt = 0; // m_clock when it arrived
};

} // namespace callbridge
