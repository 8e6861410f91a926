#pragma once

#include "core/salesforce/RestClient.h"

#include <QObject>
#include <QPointer>

namespace callbridge {

// The org's daily API request allowance, read once by whoever spends it (the import, the
// export preview): `limits` when the user may read it (View Setup and Configuration), else
// the newest Sforce-Limit-Info header that every answer carries. finished() is emitted exactly
// once; allowance() is unknown (-1) when neither source told it.
//
// What the console shows (the status bar's "API requests today", the preview's "remaining
// today") is newest(): the client's newest usage, from every answer's header (or a `limits`
// read where no header told it). One number, so the two never disagree.
class DailyApiAllowance : public QObject
{
    Q_OBJECT

public:
    // The share of the remaining daily requests one run (an import, an export) may spend by
    // default: the integration's own sync and other tools need the rest.
    static constexpr double defaultShareForOneRun = 0.5;

    struct Usage
    {
        qint64 used = -1;
        qint64 max = -1;
        bool known() const { return max > 0; }
        // Usage can run past the allowance (api-usage=110018/100000): none left is none left.
        qint64 remaining() const { return known() ? qMax<qint64>(0, max - qMax<qint64>(0, used)) : -1; }
    };
    // The newest usage the client heard of; RestClient::apiUsageChanged() says when it changes.
    static Usage newest(const RestClient* client);

    explicit DailyApiAllowance(RestClient* client, QObject* parent = nullptr);

    void start();
    void cancel();

    qint64 max() const { return m_max; }
    qint64 remaining() const { return m_remaining; } // never below 0 once known
    bool known() const { return m_max > 0; }
    // The `limits` request's error, also when the header filled in for it.
    const SalesforceError& error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    RestClient* m_client;
    QPointer<RestReply> m_reply;
    qint64 m_max = -1;
    qint64 m_remaining = -1;
    SalesforceError m_error;
};

} // namespace callbridge
