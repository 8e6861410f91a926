#pragma once

#include <QStringList>

namespace callbridge {

// A SOQL string literal: 'value' with only documented escapes (\\ \' \n \r \t \b \f \uXXXX).
QString soqlStringLiteral(const QString& value);
// 'a', 'b', 'c': string literals for an IN (...) list.
QString soqlStringList(const QStringList& values);
// The REST path of a query (/services/data/vXX.X/query?q=...), e.g. for a composite subrequest.
QString soqlQueryPath(const QString& apiVersion, const QString& soql);

enum class LikeMatch { Exactly, StartsWith, EndsWith, Contains };

// A LIKE pattern that matches `text` literally (its % and _ escaped), at the start, the end, or
// anywhere of the value as `match` says.
QString soqlLikeLiteral(const QString& text, LikeMatch match);

} // namespace callbridge
