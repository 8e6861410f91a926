#pragma once

#include <QStringList>

namespace callbridge {

// A SOQL string literal: 'value' with backslashes and single quotes escaped.
QString soqlStringLiteral(const QString& value);
// 'a', 'b', 'c': string literals for an IN (...) list.
QString soqlStringList(const QStringList& values);
// The REST path of a query (/services/data/vXX.X/query?q=...), e.g. for a composite subrequest.
QString soqlQueryPath(const QString& apiVersion, const QString& soql);

} // namespace callbridge
