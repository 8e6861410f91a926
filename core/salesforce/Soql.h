#pragma once

#include <QString>

namespace callbridge {

// A SOQL string literal: 'value' with backslashes and single quotes escaped.
QString soqlStringLiteral(const QString& value);

} // namespace callbridge
