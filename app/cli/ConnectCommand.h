#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli connect --status [--json] [--config FILE]
//                        [--login-url URL --client-id ID]   (secret in CALLBRIDGE_CLIENT_SECRET)
int runConnectCommand(const QStringList& arguments);

} // namespace callbridge::cli
