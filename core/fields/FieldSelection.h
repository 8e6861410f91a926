#pragma once

#include "core/fields/FieldPolicy.h"

#include <QMap>
#include <QPair>
#include <QStringList>

namespace callbridge {

// The setup's field choice held against what the org shows. The Fields step and the import
// both ask here, so "what is selected", "what is missing" and "what blocks" are decided once.
namespace FieldSelection {

using Catalog = QList<QPair<QString, QList<FieldEntry>>>;

// Saved fields the org no longer shows (deleted, renamed, hidden), as "Object.Field".
QStringList missingSavedFields(const Catalog& catalog, const QMap<QString, QStringList>& saved);
// Required fields the integration user cannot read (field-level security), as "Object.Field":
// each one blocks the integration.
QStringList blockingFields(const Catalog& catalog);
// What goes into the setup: the admin's choice plus the saved fields the org does not show,
// which are reported, never dropped.
QMap<QString, QStringList> forConfig(QMap<QString, QStringList> chosen, const QStringList& missingSaved);

} // namespace FieldSelection

} // namespace callbridge
