#pragma once

#include <QByteArray>
#include <QString>

namespace callbridge {

// "line 3, column 14": where a byte offset (QJsonParseError::offset) lies in a JSON text,
// so a parse error points at the spot in the user's file.
QString jsonLineAndColumn(const QByteArray& json, int offset);

} // namespace callbridge
