#pragma once

#include <QString>

namespace callbridge::orgsim {

// Salesforce record ids: a 3-character key prefix naming the object, then 12 characters,
// case-sensitive (15 characters); the 18-character form adds a 3-character suffix that
// encodes the case of the first 15, so it survives case-insensitive tools.
class SalesforceId
{
public:
    // orgsim's ids: keyPrefix + "5g" (instance) + 10 base-62 digits of the row number.
    static QString make(const QString& keyPrefix, qint64 row);
    // The row number of an id made by make(), or -1.
    static qint64 row(const QString& id18);

    static QString to18(const QString& id15);
    // Accepts a 15- or 18-character id and returns the 18-character form, or an empty string.
    static QString normalize(const QString& id);
    static bool isValid(const QString& id) { return !normalize(id).isEmpty(); }
};

} // namespace callbridge::orgsim
