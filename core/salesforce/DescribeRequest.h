#pragma once

#include "core/salesforce/RestClient.h"

#include <QDateTime>

namespace callbridge {

// GET sobjects/{Object}/describe, conditional on a cached copy's Last-Modified: a 304 answer
// costs almost nothing and means the cached copy is still right.
RestReply* requestDescribe(RestClient* client, const QString& objectName, const QDateTime& cachedLastModified = {});
QDateTime lastModifiedOf(const RestReply& reply);

} // namespace callbridge
