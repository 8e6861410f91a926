#pragma once

#include <QString>

namespace callbridge {
class ConnectionManager;
}

namespace callbridge::test {

// What the app does before a preview: loads the connected org's describes into the data
// directory and imports the org (every object, every recorded user's opportunities) into its
// cache there. Returns an error message, empty when it worked.
QString importConnectedOrg(ConnectionManager& connection, const QString& dataDirectory);

} // namespace callbridge::test
