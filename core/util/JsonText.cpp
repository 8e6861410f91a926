#include "core/util/JsonText.h"

#include <QCoreApplication>

#include <cstring>

namespace callbridge {

QString jsonLineAndColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null"); // a JSON word, not translated
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonText", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonText", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonText", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonText", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonText", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("JsonText", "nothing");
}

std::optional<QList<JsonArrayRun>> splitJsonArray(const QByteArray& json, int perRun)
{
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    const qsizetype size = json.size();
    const char* text = json.constData();
    qsizetype i = 0;
    while (i < size && isSpace(text[i])) {
        ++i;
    }
    if (i == size || text[i] != '[') {
        return std::nullopt;
    }
    QList<JsonArrayRun> runs;
    JsonArrayRun run { i + 1, 0, 0, 0 };
    int completed = 0; // elements followed by a top-level comma
    bool content = false; // anything but space in the element after the last top-level comma
    int depth = 0;
    for (++i; i < size; ++i) {
        const char c = text[i];
        if (c == '"') {
            // To the closing quote: the next quote not escaped (preceded by an even number of
            // backslashes). memchr skips the string's text many bytes at a time.
            for (;;) {
                const void* quote = std::memchr(text + i + 1, '"', size_t(size - i - 1));
                if (!quote) {
                    return std::nullopt;
                }
                i = static_cast<const char*>(quote) - text;
                qsizetype backslashes = 0;
                while (text[i - 1 - backslashes] == '\\') {
                    ++backslashes;
                }
                if (backslashes % 2 == 0) {
                    break;
                }
            }
            content = true;
        } else if (c == '{' || c == '[') {
            ++depth;
            content = true;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        } else if (c == ']') { // the array's end
            if (content) {
                run.end = i;
                run.count = completed + 1 - run.firstIndex;
                runs.append(run);
            } else if (completed > 0) {
                return std::nullopt; // "[1,]" or "[,]": the whole parse says where
            }
            for (++i; i < size; ++i) {
                if (!isSpace(text[i])) {
                    return std::nullopt;
                }
            }
            return runs;
        } else if (c == ',' && depth == 0) {
            ++completed;
            content = false;
            if (completed - run.firstIndex == perRun) {
                run.end = i;
                run.count = perRun;
                runs.append(run);
                run = { i + 1, 0, completed, 0 };
            }
        } else if (!isSpace(c)) {
            content = true;
        }
    }
    return std::nullopt;
}

} // namespace callbridge
