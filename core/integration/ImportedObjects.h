#pragma once

#include <QStringList>

namespace callbridge {

// The sObjects the integration imports or writes, as listed in the admin guide's field tables.
// The field policy, the config validator and the cache all key on these API names.
const QStringList& importedObjects();
bool isImportedObject(const QString& apiName);

} // namespace callbridge
