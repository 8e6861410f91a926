#pragma once

#include "core/exporting/ActivityPlanner.h"
#include "core/salesforce/SalesforceError.h"

#include <QObject>
#include <QPointer>

namespace callbridge {

class RestClient;
class RestReply;

// "Send to Salesforce" for one call: its activity created through one composite request
// (one API call, as the real export costs), and the undo, a delete of that record.
class TestExport : public QObject
{
    Q_OBJECT

public:
    explicit TestExport(RestClient* client, QObject* parent = nullptr);

    void send(const PlannedActivity& activity);
    void remove(const QString& sobject, const QString& recordId);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void sent(const QString& recordId);
    void removed(const QString& recordId);
    void failed(const QString& message);

private:
    RestClient* m_client;
    QPointer<RestReply> m_reply;
};

} // namespace callbridge
