#pragma once

#include "core/orgsim/QueryPlanner.h"

#include <QJsonObject>

namespace callbridge::orgsim {

// What GET query?columns=true&q= answers instead of records: the query's columns as real orgs
// describe them ({"columnMetadata": [...]}; fields one relationship up are nested in their
// relationship's joinColumns). See FIDELITY.md.
QJsonObject queryColumns(const PreparedQuery& query, const UserPermissions& user, const AccessControl& access);

} // namespace callbridge::orgsim
