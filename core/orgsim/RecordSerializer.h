#pragma once

#include "core/orgsim/QueryExecutor.h"

#include <QJsonObject>

namespace callbridge::orgsim {

// Writes records the way the REST API returns them (JSON with "attributes", nested parent
// objects, Salesforce's date formats, compound address and location values) and the way
// Bulk API 2.0 returns them (CSV fields).
class RecordSerializer
{
public:
    RecordSerializer(QueryExecutor& executor, const QString& apiVersion);

    QJsonObject queryRecord(const PreparedQuery& query, const Record& record, const UserPermissions& user);

    // The whole record as GET /sobjects/{Object}/{id} returns it: every field the user can read.
    QJsonObject fullRecord(
        const ObjectSchema& object, const Record& record, const UserPermissions& user, AccessControl& access) const;

    QJsonObject attributes(const ObjectSchema& object, const QString& id) const;
    static QJsonValue jsonValue(const ObjectSchema& object, const FieldSchema& field, const Record& record);
    static QString csvValue(const QVariant& value); // a Bulk API 2.0 CSV field, before quoting
    static QString formatDateTime(const QDateTime& value); // 2024-01-31T12:00:00.000+0000

private:
    QueryExecutor& m_executor;
    QString m_apiVersion;
};

} // namespace callbridge::orgsim
