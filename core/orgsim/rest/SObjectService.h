#pragma once

#include "core/orgsim/http/HttpExchange.h"
#include "core/orgsim/rest/RestContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace callbridge::orgsim {

// Record writes and reads through sobjects/{Object}[/{id}] and composite/sobjects, with the
// checks Salesforce makes: object and field permissions, record access, required fields,
// field types and lengths, and references to records that exist.
class SObjectService
{
public:
    SObjectService(OrgData& org, AccessControl& access);

    HttpResponse get(const RestContext& context, const ObjectSchema& object, const QString& id, const QString& fields);
    HttpResponse create(const RestContext& context, const ObjectSchema& object, const QByteArray& body);
    HttpResponse update(
        const RestContext& context, const ObjectSchema& object, const QString& id, const QByteArray& body);
    HttpResponse remove(const RestContext& context, const ObjectSchema& object, const QString& id);
    // PATCH sobjects/{Object}/{externalIdField}/{value}: creates or updates by external ID.
    HttpResponse upsert(const RestContext& context, const ObjectSchema& object, const QString& fieldName,
        const QString& value, const QByteArray& body);
    // GET or DELETE sobjects/{Object}/{externalIdField}/{value}: the record with that external ID.
    HttpResponse byExternalId(const RestContext& context, const ObjectSchema& object, const QString& fieldName,
        const QString& value, bool remove);
    HttpResponse createCollection(const RestContext& context, const QByteArray& body);
    HttpResponse deleteCollection(const RestContext& context, const QStringList& ids, bool allOrNone);

private:
    struct WriteError
    {
        QString statusCode;
        QString message;
        QStringList fields;
    };
    struct Prepared
    {
        const ObjectSchema* object = nullptr;
        qint64 row = -1; // for updates
        Record record;
        QList<WriteError> errors;
    };

    Prepared prepareCreate(const RestContext& context, const ObjectSchema& object, const QJsonObject& values);
    Prepared prepareUpdate(
        const RestContext& context, const ObjectSchema& object, qint64 row, const QJsonObject& values);
    // Salesforce's rules for permission sets, their permissions and assignments.
    void checkPermissionRules(Prepared& prepared);
    void applyValues(const RestContext& context, Prepared& prepared, const QJsonObject& values, bool creating);
    QString commit(const RestContext& context, Prepared& prepared);
    bool canEditRecord(const RestContext& context, const ObjectTable& table, const Record& record);
    void deleteRow(ObjectTable& table, qint64 row);
    static HttpResponse errorResponse(int status, const QList<WriteError>& errors);
    static QJsonArray errorsJson(const QList<WriteError>& errors);

    OrgData& m_org;
    AccessControl& m_access;
};

} // namespace callbridge::orgsim
