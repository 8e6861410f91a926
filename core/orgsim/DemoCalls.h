#pragma once

#include <QJsonArray>

namespace callbridge::orgsim {

class OrgData;

// The conversation platform's side of the demo: a calls file whose participants are the demo
// org's contacts, leads and reps, with some unknown people, some free-mail addresses, some
// internal-only calls and a few deleted ones. Deterministic for a given org.
QJsonArray generateDemoCalls(const OrgData& org, int count);

} // namespace callbridge::orgsim
