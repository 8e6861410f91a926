#pragma once

#include "core/cache/CacheStore.h"
#include "core/calls/Call.h"
#include "core/util/Status.h"

// What the matching tests share: a small org's cache, and calls to match against it.
namespace callbridge::test {

CallParticipant person(const QString& email, CallParticipant::Affiliation affiliation);
// A call recorded by rep@ourco.com with `others` on it.
Call callWith(const QList<CallParticipant>& others);
// Users, accounts, contacts, leads and opportunities into an open cache.
Status fillMatchingCache(CacheStore* cache);

} // namespace callbridge::test
