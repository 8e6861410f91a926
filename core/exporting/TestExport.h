#pragma once

#include "core/exporting/ActivityPlanner.h"
#include "core/salesforce/SalesforceError.h"

#include <QObject>
#include <QPointer>

namespace callbridge {

class FieldCatalogLoader;
class RestClient;
class RestReply;

// "Send to Salesforce" for one call: its activity created through one composite request
// (one API call, as the real export costs), and the undo, a delete of that record.
// Only fields the org's describe lists as createable are sent: orgs differ (Task.Type may be
// absent), and Salesforce refuses the whole record for one unknown field. They come from the
// describes kept per org (the Fields step's, the import's); when none is kept yet, the object is
// described first (one more API call, once: the describe is kept for the preview and later sends).
// The test activity is assigned to the connected user (no OwnerId), so that user can delete it
// again; the export run assigns it to the call's rep.
class TestExport : public QObject
{
    Q_OBJECT

public:
    explicit TestExport(RestClient* client, QObject* parent = nullptr);

    // Where the org's describes are kept (CacheStore::describeDirectoryFor); empty: none are,
    // every send describes its object first.
    void setDescribeDirectory(const QString& directory) { m_describeDirectory = directory; }

    void send(const PlannedActivity& activity);
    void remove(const QString& sobject, const QString& recordId);
    void cancel();
    bool isRunning() const { return !m_reply.isNull() || !m_describe.isNull(); }
    // The fields the last send sent (the planned ones the org accepts).
    const QJsonObject& sentFields() const { return m_sentFields; }

Q_SIGNALS:
    void sent(const QString& recordId);
    void removed(const QString& recordId);
    void failed(const QString& message);

private:
    void create(PlannedActivity activity, const QSet<QString>& createable);

    RestClient* m_client;
    QString m_describeDirectory;
    QPointer<RestReply> m_reply;
    QPointer<FieldCatalogLoader> m_describe;
    QJsonObject m_sentFields;
};

} // namespace callbridge
