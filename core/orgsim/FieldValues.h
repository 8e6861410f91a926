#pragma once

#include "core/orgsim/OrgSchema.h"

#include <QJsonValue>
#include <QVariant>

namespace callbridge::orgsim {

// Converts a JSON value sent by a client (or a data file) into a stored field value, checking
// it against the field's type as Salesforce does on insert and update. On failure `error`
// holds Salesforce's message and `errorCode` its code.
struct FieldValueResult
{
    QVariant value;
    QString errorCode;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

FieldValueResult fieldValueFromJson(const FieldSchema& field, const QJsonValue& json);

// Salesforce's date-time text forms: 2024-01-31T12:00:00.000+0000, ...Z, ...+01:00
QDateTime parseSalesforceDateTime(const QString& text);

// The fields Salesforce derives itself: Name from FirstName and LastName, and so on.
void deriveComputedFields(const ObjectSchema& object, QVector<QVariant>& record);

} // namespace callbridge::orgsim
