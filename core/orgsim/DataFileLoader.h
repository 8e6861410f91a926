#pragma once

#include "core/orgsim/OrgData.h"

namespace callbridge::orgsim {

// Loads exact records from a JSON file: {"Account": [{"Name": "Acme", ...}], "Contact": [...]}.
// Ids are optional (generated when missing); references use the ids given in the file.
class DataFileLoader
{
public:
    // Returns an error naming the file, object, record index and field, or an empty string.
    static QString load(OrgData& org, const QString& path);
};

} // namespace callbridge::orgsim
