#pragma once

#include "core/orgsim/AccessControl.h"
#include "core/orgsim/SessionStore.h"

namespace callbridge::orgsim {

// Who is calling and through which API version, for one data API request.
struct RestContext
{
    const UserPermissions* user = nullptr;
    SessionStore::AccessToken* session = nullptr;
    QString version; // "60.0"
};

// The API versions orgsim serves: 31.0 (Summer '14) to 66.0 (Spring '26), as the version list
// recorded from a real org shows them.
struct ApiVersions
{
    static constexpr int oldest = 31;
    static constexpr int newest = 66;
    static QString label(int major);
    static bool isServed(const QString& version);
    static QString latest() { return QString::number(newest) + QStringLiteral(".0"); }
};

} // namespace callbridge::orgsim
