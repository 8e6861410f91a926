#pragma once

#include "core/salesforce/RestClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace callbridge {

// The shape of every job that talks to Salesforce (a query stream, a Bulk API job, the audit,
// the describes): start(), cancel(), and finished() emitted exactly once, on every path, with
// error() saying why when it did not succeed. A job keeps its request in flight in m_current,
// so cancel() can stop it.
class SalesforceJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    // Stops the request in flight and finishes as cancelled (once; later answers are ignored).
    virtual void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const SalesforceError& error() const { return m_error; }

Q_SIGNALS:
    void finished();

protected:
    // Emits finished() unless it was emitted already.
    void finish(const SalesforceError& error);
    // Makes `reply` the request in flight. `handle` gets it when it succeeded; a failure finishes
    // the job with its error; an answer after the job finished (cancelled) is ignored.
    void await(RestReply* reply, std::function<void(RestReply*)> handle);

    QPointer<RestReply> m_current;

private:
    SalesforceError m_error;
    bool m_finished = false;
};

} // namespace callbridge
