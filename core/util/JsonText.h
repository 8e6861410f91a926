#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace callbridge {

// "line 3, column 14": where a byte offset (QJsonParseError::offset) lies in a JSON text,
// so a parse error points at the spot in the user's file.
QString jsonLineAndColumn(const QByteArray& json, int offset);

// "a string", "an array", ...: what a JSON value is, for "expected X, found Y" messages.
QString jsonTypeName(const QJsonValue& value);

} // namespace callbridge
