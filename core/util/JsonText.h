#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace callbridge {

// "line 3, column 14": where a byte offset (QJsonParseError::offset) lies in a JSON text,
// so a parse error points at the spot in the user's file.
QString jsonLineAndColumn(const QByteArray& json, int offset);

// "a string", "an array", ...: what a JSON value is, for "expected X, found Y" messages.
QString jsonTypeName(const QJsonValue& value);

// A run of consecutive elements of a JSON array: the bytes [begin, end) between the brackets or
// commas around them, and the index of the first.
struct JsonArrayRun
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int firstIndex = 0;
    int count = 0;
};

// Where the elements of a JSON text that is one array lie, `perRun` elements to a run, so that
// the runs of a large array can be parsed on several threads ("[" + run + "]" each). It only
// finds the top-level commas (outside strings and nested values), without checking the JSON:
// a run parsed to other than `count` elements, or an error, means the text must be parsed
// whole (which finds the error and says where). Nothing when the text is not an array, or its
// array does not end.
std::optional<QList<JsonArrayRun>> splitJsonArray(const QByteArray& json, int perRun);

} // namespace callbridge
