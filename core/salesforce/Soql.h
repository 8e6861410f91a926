#pragma once

#include <QString>

namespace callbridge {

// A SOQL string literal: 'value' with only documented escapes (\\ \' \n \r \t \b \f \uXXXX).
QString soqlStringLiteral(const QString& value);

enum class LikeMatch { Exactly, StartsWith, EndsWith, Contains };

// A LIKE pattern that matches `text` literally (its % and _ escaped), at the start, the end, or
// anywhere of the value as `match` says.
QString soqlLikeLiteral(const QString& text, LikeMatch match);

} // namespace callbridge
