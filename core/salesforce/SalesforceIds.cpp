#include "core/salesforce/SalesforceIds.h"

#include <algorithm>

namespace callbridge {

bool isSalesforceId(QStringView id, QStringView keyPrefix)
{
    if ((id.size() != 15 && id.size() != 18) || !id.startsWith(keyPrefix)) {
        return false;
    }
    return std::all_of(id.begin(), id.end(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); });
}

} // namespace callbridge
