#pragma once

#include <QStringView>

namespace callbridge {

// Salesforce ids as Salesforce hands them out: 15 case-sensitive letters and digits, or the
// 18-character form that adds three, the first three naming the kind of record. Every id a
// server or a file supplies is checked with these before it names a file or a keychain entry or
// goes into a query. (orgsim, the fake server, has its own ids and shares no code with this.)
bool isSalesforceId(QStringView id, QStringView keyPrefix = {});

inline bool isOrgId(QStringView id)
{
    return isSalesforceId(id, u"00D");
}
inline bool isUserId(QStringView id)
{
    return isSalesforceId(id, u"005");
}
// Any record's id, whatever its object.
inline bool isRecordId(QStringView id)
{
    return isSalesforceId(id);
}

} // namespace callbridge
