#pragma once

#include <QStringList>

namespace callbridge::cli {

// callbridge-cli orgsim [--port N] [--scale none|small|large] [--data FILE] [--latency-ms N]
//                       [--api-limit N] [--fault NAME=VALUE]... [--callback URL]...
// Serves a local Salesforce org until interrupted. The first line on stdout is JSON:
// {"baseUrl", "clientId", "clientSecret", "callbackUrl"}.
int runOrgsimCommand(const QStringList& arguments);

} // namespace callbridge::cli
