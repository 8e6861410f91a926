#include "core/orgsim/rest/SObjectService.h"

#include "core/orgsim/FieldValues.h"
#include "core/orgsim/PermissionRules.h"
#include "core/orgsim/QueryExecutor.h"
#include "core/orgsim/RecordSerializer.h"

#include <QJsonDocument>

namespace callbridge::orgsim {

namespace {

HttpResponse notFound()
{
    return HttpResponse::error(
        404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}

QVariant defaultPicklistValue(const FieldSchema& field)
{
    for (const QJsonValue& value : field.describe.value(QStringLiteral("picklistValues")).toArray()) {
        if (value.toObject().value(QStringLiteral("defaultValue")).toBool()) {
            return value.toObject().value(QStringLiteral("value")).toString();
        }
    }
    return {};
}

// 300 Multiple Choices: the records an external ID matched, as their URLs.
HttpResponse multipleMatches(const RestContext& context, const ObjectTable& table, const QList<qint64>& rows)
{
    QJsonArray matches;
    for (const qint64 row : rows) {
        matches.append(QString(QStringLiteral("/services/data/v") + context.version + QStringLiteral("/sobjects/")
            + table.schema().name + QLatin1Char('/') + table.idOf(row)));
    }
    return HttpResponse::json(300, matches);
}

} // namespace

SObjectService::SObjectService(OrgData& org, AccessControl& access)
    : m_org(org)
    , m_access(access)
{ }

QJsonArray SObjectService::errorsJson(const QList<WriteError>& errors)
{
    QJsonArray array;
    for (const WriteError& error : errors) {
        array.append(QJsonObject { { QStringLiteral("statusCode"), error.statusCode },
            { QStringLiteral("message"), error.message },
            { QStringLiteral("fields"), QJsonArray::fromStringList(error.fields) } });
    }
    return array;
}

HttpResponse SObjectService::errorResponse(int status, const QList<WriteError>& errors)
{
    QJsonArray array;
    for (const WriteError& error : errors) {
        array.append(QJsonObject { { QStringLiteral("message"), error.message },
            { QStringLiteral("errorCode"), error.statusCode },
            { QStringLiteral("fields"), QJsonArray::fromStringList(error.fields) } });
    }
    return HttpResponse::json(status, array);
}

bool SObjectService::canEditRecord(const RestContext& context, const ObjectTable& table, const Record& record)
{
    const ObjectSchema& object = table.schema();
    const ObjectAccess access = m_access.objectAccess(*context.user, object);
    if (!access.edit || !m_access.canSeeRecord(*context.user, table, record)) {
        return false;
    }
    if (access.modifyAll || object.sharing == SharingModel::ReadWrite
        || object.sharing == SharingModel::ControlledByParent) {
        return true;
    }
    const int owner = object.indexOf(QStringLiteral("OwnerId"));
    return owner < 0 || context.user->visibleOwnerIds.contains(record.at(owner).toString());
}

void SObjectService::applyValues(
    const RestContext& context, Prepared& prepared, const QJsonObject& values, bool creating)
{
    const ObjectSchema& object = *prepared.object;
    QStringList readOnly;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key() == QLatin1String("attributes")) {
            continue;
        }
        const FieldSchema* field = object.field(it.key());
        if (!field || !m_access.canReadField(*context.user, object, *field)) {
            prepared.errors.append({ QStringLiteral("INVALID_FIELD"),
                QStringLiteral("No such column '%1' on sobject of type %2").arg(it.key(), object.name), {} });
            continue;
        }
        const bool allowed =
            m_access.canEditField(*context.user, object, *field) && (creating ? field->createable : field->updateable);
        if (!allowed) {
            readOnly.append(field->name);
            continue;
        }
        const FieldValueResult converted = fieldValueFromJson(*field, it.value());
        if (!converted.ok()) {
            prepared.errors.append({ converted.errorCode, converted.error, { field->name } });
            continue;
        }
        if (converted.value.isValid() && field->type == QLatin1String("reference")) {
            const OrgData::RecordRef target = m_org.find(converted.value.toString());
            if (!target.isValid() || !field->referenceTo.contains(target.table->schema().name)) {
                const QString label = field->describe.value(QStringLiteral("label")).toString();
                prepared.errors.append({ QStringLiteral("FIELD_INTEGRITY_EXCEPTION"),
                    QStringLiteral("%1: id value of incorrect type: %2").arg(label, converted.value.toString()),
                    { field->name } });
                continue;
            }
        }
        prepared.record[object.indexOf(field->name)] = converted.value;
    }
    if (!readOnly.isEmpty()) {
        prepared.errors.append({ QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
            QStringLiteral("Unable to create/update fields: %1. Please check the security settings "
                           "of this field and verify that it is read/write for your profile or "
                           "permission set.")
                .arg(readOnly.join(QStringLiteral(", "))),
            readOnly });
    }
}

SObjectService::Prepared SObjectService::prepareCreate(
    const RestContext& context, const ObjectSchema& object, const QJsonObject& values)
{
    Prepared prepared;
    prepared.object = &object;
    prepared.record = Record(object.fields.size());
    if (!m_access.objectAccess(*context.user, object).create
        || !object.objectDescribe.value(QStringLiteral("createable")).toBool()) {
        prepared.errors.append({ QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"),
            QStringLiteral("insufficient access rights on object id"), {} });
        return prepared;
    }
    applyValues(context, prepared, values, true);

    // Salesforce's defaults on insert.
    for (int i = 0; i < object.fields.size(); ++i) {
        const FieldSchema& field = object.fields.at(i);
        if (prepared.record.at(i).isValid()) {
            continue;
        }
        if (field.name == QLatin1String("OwnerId")) {
            prepared.record[i] = context.user->userId;
        } else if (field.type == QLatin1String("boolean")) {
            prepared.record[i] = field.describe.value(QStringLiteral("defaultValue")).toBool();
        } else if (field.type == QLatin1String("picklist")
            && field.describe.value(QStringLiteral("defaultedOnCreate")).toBool()) {
            prepared.record[i] = defaultPicklistValue(field);
        }
    }
    if (object.name == QLatin1String("Event")) {
        // An event needs a start and either an end or a duration; Salesforce derives the rest.
        const int start = object.indexOf(QStringLiteral("StartDateTime"));
        const int activity = object.indexOf(QStringLiteral("ActivityDateTime"));
        const int end = object.indexOf(QStringLiteral("EndDateTime"));
        const int duration = object.indexOf(QStringLiteral("DurationInMinutes"));
        const int date = object.indexOf(QStringLiteral("ActivityDate"));
        if (!prepared.record.at(start).isValid()) {
            prepared.record[start] = prepared.record.at(activity);
        }
        if (!prepared.record.at(end).isValid() && !prepared.record.at(duration).isValid()) {
            prepared.errors.append({ QStringLiteral("REQUIRED_FIELD_MISSING"),
                QStringLiteral("Required fields are missing: [DurationInMinutes]"),
                { QStringLiteral("DurationInMinutes") } });
        } else if (prepared.record.at(start).isValid()) {
            const QDateTime startTime = prepared.record.at(start).toDateTime();
            if (!prepared.record.at(end).isValid()) {
                prepared.record[end] = startTime.addSecs(prepared.record.at(duration).toInt() * 60);
            } else if (!prepared.record.at(duration).isValid()) {
                prepared.record[duration] = int(startTime.secsTo(prepared.record.at(end).toDateTime()) / 60);
            }
            prepared.record[activity] = startTime;
            prepared.record[date] = startTime.date();
        }
    }
    QStringList missing;
    for (int i = 0; i < object.fields.size(); ++i) {
        const FieldSchema& field = object.fields.at(i);
        if (!field.nillable && field.createable && !prepared.record.at(i).isValid()
            && !field.describe.value(QStringLiteral("defaultedOnCreate")).toBool() && !field.calculated) {
            missing.append(field.name);
        }
    }
    if (!missing.isEmpty()) {
        prepared.errors.append({ QStringLiteral("REQUIRED_FIELD_MISSING"),
            QStringLiteral("Required fields are missing: [%1]").arg(missing.join(QStringLiteral(", "))), missing });
    }
    deriveComputedFields(object, prepared.record);
    if (prepared.errors.isEmpty() && PermissionRules::governs(object)) {
        PermissionRules::applyDefaults(object, prepared.record);
        checkPermissionRules(prepared);
    }
    return prepared;
}

void SObjectService::checkPermissionRules(Prepared& prepared)
{
    for (const PermissionRules::Error& error :
        PermissionRules::check(m_org, *prepared.object, prepared.record, prepared.row)) {
        prepared.errors.append({ error.statusCode, error.message, error.fields });
    }
}

SObjectService::Prepared SObjectService::prepareUpdate(
    const RestContext& context, const ObjectSchema& object, qint64 row, const QJsonObject& values)
{
    const ObjectTable& table = *m_org.table(object.name);
    Prepared prepared;
    prepared.object = &object;
    prepared.row = row;
    prepared.record = table.record(row);
    if (!canEditRecord(context, table, prepared.record)) {
        prepared.errors.append({ QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"),
            QStringLiteral("insufficient access rights on object id"), {} });
        return prepared;
    }
    applyValues(context, prepared, values, false);
    deriveComputedFields(object, prepared.record);
    if (prepared.errors.isEmpty() && PermissionRules::governs(object)) {
        checkPermissionRules(prepared);
    }
    return prepared;
}

QString SObjectService::commit(const RestContext& context, Prepared& prepared)
{
    const ObjectSchema& object = *prepared.object;
    ObjectTable* table = m_org.table(object.name);
    const QDateTime now = m_org.now();
    auto set = [&](const char* field, const QVariant& value) {
        const int index = object.indexOf(QString::fromLatin1(field));
        if (index >= 0) {
            prepared.record[index] = value;
        }
    };
    if (prepared.row < 0) {
        set("CreatedDate", now);
        set("CreatedById", context.user->userId);
    }
    set("LastModifiedDate", now);
    set("LastModifiedById", context.user->userId);
    set("SystemModstamp", now);
    if (prepared.row < 0) {
        prepared.row = table->insert(prepared.record);
    } else {
        table->replace(prepared.row, prepared.record);
    }
    if (object.setupObject || object.name == QLatin1String("User")) {
        m_org.securityChanged();
    }
    return table->idOf(prepared.row);
}

HttpResponse SObjectService::get(
    const RestContext& context, const ObjectSchema& object, const QString& id, const QString& fields)
{
    const ObjectTable& table = *m_org.table(object.name);
    const qint64 row = table.rowOfId(id);
    if (row < 0) {
        return notFound();
    }
    const Record record = table.record(row);
    if (table.isDeleted(row)) {
        return HttpResponse::error(404, QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"));
    }
    if (!m_access.canSeeRecord(*context.user, table, record)) {
        return notFound();
    }
    QueryExecutor executor(m_org, m_access);
    RecordSerializer serializer(executor, context.version);
    QJsonObject json = serializer.fullRecord(object, record, *context.user, m_access);
    if (!fields.isEmpty()) {
        QJsonObject selected { { QStringLiteral("attributes"), json.value(QStringLiteral("attributes")) } };
        for (const QString& name : fields.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const FieldSchema* field = object.field(name.trimmed());
            if (!field || !json.contains(field->name)) {
                return HttpResponse::error(400, QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("No such column '%1' on sobject of type %2").arg(name.trimmed(), object.name));
            }
            selected.insert(field->name, json.value(field->name));
        }
        json = selected;
    }
    return HttpResponse::json(200, json);
}

HttpResponse SObjectService::create(const RestContext& context, const ObjectSchema& object, const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return HttpResponse::error(400, QStringLiteral("JSON_PARSER_ERROR"),
            QStringLiteral("Unexpected character at [line:1, column:%1]").arg(parseError.offset + 1));
    }
    Prepared prepared = prepareCreate(context, object, document.object());
    if (!prepared.errors.isEmpty()) {
        return errorResponse(400, prepared.errors);
    }
    const QString id = commit(context, prepared);
    return HttpResponse::json(201,
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("success"), true },
            { QStringLiteral("errors"), QJsonArray() } });
}

HttpResponse SObjectService::update(
    const RestContext& context, const ObjectSchema& object, const QString& id, const QByteArray& body)
{
    const ObjectTable& table = *m_org.table(object.name);
    const qint64 row = table.rowOfId(id);
    if (row < 0 || !m_access.canSeeRecord(*context.user, table, table.record(row))) {
        return notFound();
    }
    if (table.isDeleted(row)) {
        return HttpResponse::error(404, QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return HttpResponse::error(400, QStringLiteral("JSON_PARSER_ERROR"),
            QStringLiteral("Unexpected character at [line:1, column:%1]").arg(parseError.offset + 1));
    }
    Prepared prepared = prepareUpdate(context, object, row, document.object());
    if (!prepared.errors.isEmpty()) {
        return errorResponse(400, prepared.errors);
    }
    commit(context, prepared);
    return HttpResponse::noContent();
}

HttpResponse SObjectService::remove(const RestContext& context, const ObjectSchema& object, const QString& id)
{
    ObjectTable& table = *m_org.table(object.name);
    const qint64 row = table.rowOfId(id);
    if (row < 0 || !m_access.canSeeRecord(*context.user, table, table.record(row))) {
        return notFound();
    }
    if (table.isDeleted(row)) {
        return HttpResponse::error(404, QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"));
    }
    const Record record = table.record(row);
    if (!m_access.objectAccess(*context.user, object).remove || !canEditRecord(context, table, record)) {
        return HttpResponse::error(400, QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"),
            QStringLiteral("insufficient access rights on object id"));
    }
    deleteRow(table, row);
    if (object.setupObject) {
        m_org.securityChanged(); // access follows a removed permission at once
    }
    return HttpResponse::noContent();
}

void SObjectService::deleteRow(ObjectTable& table, qint64 row)
{
    const ObjectSchema& object = table.schema();
    const QString id = table.idOf(row);
    Record record = table.record(row);
    const int isDeleted = object.indexOf(QStringLiteral("IsDeleted"));
    if (isDeleted < 0) {
        table.purge(row);
    } else {
        // Into the recycle bin: gone from query, still visible to queryAll.
        record[isDeleted] = true;
        const QDateTime now = m_org.now();
        record[object.indexOf(QStringLiteral("SystemModstamp"))] = now;
        record[object.indexOf(QStringLiteral("LastModifiedDate"))] = now;
        table.replace(row, record);
        m_org.recycled(object.name, row);
    }
    // Master-detail: deleting the master deletes its detail records with it, whatever the
    // user's access to them.
    for (const ObjectSchema& child : OrgSchema::instance().objects()) {
        for (int field = 0; field < child.fields.size(); ++field) {
            const FieldSchema& reference = child.fields.at(field);
            if (!reference.referenceTo.contains(object.name)
                || !reference.describe.value(QStringLiteral("cascadeDelete")).toBool()) {
                continue;
            }
            ObjectTable& children = *m_org.table(child.name);
            for (const qint64 childRow : children.rowsWithValue(field, id)) {
                deleteRow(children, childRow);
            }
        }
    }
}

HttpResponse SObjectService::byExternalId(const RestContext& context, const ObjectSchema& object,
    const QString& fieldName, const QString& value, bool removing)
{
    const FieldSchema* field = object.field(fieldName);
    if (!field || !field->describe.value(QStringLiteral("idLookup")).toBool()
        || !m_access.canReadField(*context.user, object, *field)) {
        return notFound();
    }
    const ObjectTable& table = *m_org.table(object.name);
    const QList<qint64> rows = table.rowsWithValue(object.indexOf(field->name), value);
    if (rows.isEmpty()) {
        return notFound();
    }
    if (rows.size() > 1) {
        return multipleMatches(context, table, rows);
    }
    const QString id = table.idOf(rows.first());
    return removing ? remove(context, object, id) : get(context, object, id, {});
}

HttpResponse SObjectService::upsert(const RestContext& context, const ObjectSchema& object, const QString& fieldName,
    const QString& value, const QByteArray& body)
{
    const FieldSchema* field = object.field(fieldName);
    if (!field || !field->describe.value(QStringLiteral("externalId")).toBool()
        || !m_access.canReadField(*context.user, object, *field)) {
        return notFound();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return HttpResponse::error(400, QStringLiteral("JSON_PARSER_ERROR"),
            QStringLiteral("Unexpected character at [line:1, column:%1]").arg(parseError.offset + 1));
    }
    const ObjectTable& table = *m_org.table(object.name);
    const QList<qint64> rows = table.rowsWithValue(object.indexOf(field->name), value);
    if (rows.size() > 1) {
        return multipleMatches(context, table, rows);
    }
    const bool withCreated = context.version.toDouble() >= 46.0; // "created" exists since 46.0
    if (rows.isEmpty()) {
        QJsonObject values = document.object();
        values.insert(field->name, value);
        Prepared prepared = prepareCreate(context, object, values);
        if (!prepared.errors.isEmpty()) {
            return errorResponse(400, prepared.errors);
        }
        QJsonObject result { { QStringLiteral("id"), commit(context, prepared) }, { QStringLiteral("success"), true },
            { QStringLiteral("errors"), QJsonArray() } };
        if (withCreated) {
            result.insert(QStringLiteral("created"), true);
        }
        return HttpResponse::json(201, result);
    }
    if (!m_access.canSeeRecord(*context.user, table, table.record(rows.first()))) {
        return notFound();
    }
    Prepared prepared = prepareUpdate(context, object, rows.first(), document.object());
    if (!prepared.errors.isEmpty()) {
        return errorResponse(400, prepared.errors);
    }
    const QString id = commit(context, prepared);
    if (!withCreated) {
        return HttpResponse::noContent();
    }
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("success"), true },
            { QStringLiteral("errors"), QJsonArray() }, { QStringLiteral("created"), false } });
}

HttpResponse SObjectService::createCollection(const RestContext& context, const QByteArray& body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QJsonArray records = request.value(QStringLiteral("records")).toArray();
    if (records.isEmpty()) {
        return HttpResponse::error(400, QStringLiteral("INVALID_FIELD"), QStringLiteral("No records provided"));
    }
    if (records.size() > 200) {
        return HttpResponse::error(
            400, QStringLiteral("EXCEEDED_ID_LIMIT"), QStringLiteral("Record limit reached. Limit is 200"));
    }
    const bool allOrNone = request.value(QStringLiteral("allOrNone")).toBool();
    std::vector<Prepared> prepared;
    bool anyFailed = false;
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        const QString type =
            record.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
        const ObjectSchema* object = OrgSchema::instance().object(type);
        Prepared item;
        if (!object || !m_access.objectAccess(*context.user, *object).read) {
            item.errors.append({ QStringLiteral("INVALID_TYPE"),
                type.isEmpty() ? QStringLiteral("Must specify a type in attributes")
                               : QStringLiteral("sObject type '%1' is not supported.").arg(type),
                {} });
        } else {
            item = prepareCreate(context, *object, record);
        }
        anyFailed = anyFailed || !item.errors.isEmpty();
        prepared.push_back(std::move(item));
    }
    QJsonArray results;
    for (Prepared& item : prepared) {
        if (!item.errors.isEmpty()) {
            results.append(QJsonObject {
                { QStringLiteral("success"), false }, { QStringLiteral("errors"), errorsJson(item.errors) } });
        } else if (allOrNone && anyFailed) {
            results.append(QJsonObject { { QStringLiteral("success"), false },
                { QStringLiteral("errors"),
                    errorsJson({ { QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"),
                        QStringLiteral("Record rolled back because not all records were valid and the request "
                                       "was using AllOrNone header"),
                        {} } }) } });
        } else {
            results.append(QJsonObject { { QStringLiteral("id"), commit(context, item) },
                { QStringLiteral("success"), true }, { QStringLiteral("errors"), QJsonArray() } });
        }
    }
    return HttpResponse::json(200, results);
}

HttpResponse SObjectService::deleteCollection(const RestContext& context, const QStringList& ids, bool allOrNone)
{
    QJsonArray results;
    std::vector<std::pair<const ObjectSchema*, QString>> targets;
    bool anyFailed = false;
    QList<QList<WriteError>> errors;
    for (const QString& id : ids) {
        const OrgData::RecordRef ref = m_org.find(id);
        QList<WriteError> itemErrors;
        if (!ref.isValid() || ref.table->isDeleted(ref.row)
            || !m_access.canSeeRecord(*context.user, *ref.table, ref.table->record(ref.row))) {
            itemErrors.append({ QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"), {} });
        } else if (!m_access.objectAccess(*context.user, ref.table->schema()).remove
            || !canEditRecord(context, *ref.table, ref.table->record(ref.row))) {
            itemErrors.append({ QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"),
                QStringLiteral("insufficient access rights on object id"), {} });
        }
        anyFailed = anyFailed || !itemErrors.isEmpty();
        targets.emplace_back(ref.isValid() ? &ref.table->schema() : nullptr, id);
        errors.append(itemErrors);
    }
    for (size_t i = 0; i < targets.size(); ++i) {
        const QString& id = targets[i].second;
        if (!errors.at(int(i)).isEmpty()) {
            results.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("success"), false },
                { QStringLiteral("errors"), errorsJson(errors.at(int(i))) } });
        } else if (allOrNone && anyFailed) {
            results.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("success"), false },
                { QStringLiteral("errors"),
                    errorsJson({ { QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"),
                        QStringLiteral("Record rolled back because not all records were valid and the request "
                                       "was using AllOrNone header"),
                        {} } }) } });
        } else {
            remove(context, *targets[i].first, id);
            results.append(QJsonObject { { QStringLiteral("id"), m_org.find(id).table->idOf(m_org.find(id).row) },
                { QStringLiteral("success"), true }, { QStringLiteral("errors"), QJsonArray() } });
        }
    }
    return HttpResponse::json(200, results);
}

} // namespace callbridge::orgsim
