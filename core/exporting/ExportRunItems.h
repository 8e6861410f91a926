#pragma once

#include "core/exporting/ConversationGraphs.h"
#include "core/exporting/ExportLedger.h"
#include "core/exporting/ExportPreview.h"

namespace callbridge {

// Which calls an export run writes: every call the preview exports whose records are new or
// changed since the last run (its fingerprint differs, or its last write failed or was cut
// off), and every call the last runs wrote that is now deleted or filtered out.
QList<ExportItem> exportRunItems(const QList<Call>& calls, const QList<ExportPreview::CallPlan>& plans,
    const ExportSettings& settings, const QHash<QString, ExportLedger::RunState>& states,
    const QHash<QString, QSet<QString>>& createableFields = {});

// About how many API calls a run of these items takes: at least one request per 75 calls or
// 500 records (the composite graph payload limits), before the look-ups of known calls.
qint64 estimatedRequests(const QList<ExportItem>& items);

} // namespace callbridge
