#pragma once

#include "core/util/Prefetch.h"

#include <QString>

#include <algorithm>

namespace callbridge {

// A text that sorts without reaching for its characters: its first 16 packed into two integers,
// held beside the pointer (comparing scattered strings waited on memory: 0.2 s for 170,000
// emails); only keys equal that far are compared in full. A character above U+00FF packs as
// 0xFF: the packed order never contradicts the full one, so the order is QString's.
struct PackedKey
{
    explicit PackedKey(const QString& text)
        : key(&text)
    {
        for (int i = 0; i < 16; ++i) {
            const char16_t c = i < text.size() ? text.at(i).unicode() : 0;
            quint64& half = i < 8 ? head : tail;
            half = (half << 8) | std::min<char16_t>(c, 0xFF);
        }
    }
    friend bool operator==(const PackedKey& a, const PackedKey& b)
    {
        return a.head == b.head && a.tail == b.tail && *a.key == *b.key;
    }
    friend bool operator<(const PackedKey& a, const PackedKey& b)
    {
        if (a.head != b.head) {
            return a.head < b.head;
        }
        if (a.tail != b.tail) {
            return a.tail < b.tail;
        }
        return *a.key < *b.key;
    }

    // Asks the processor for a text's characters and header a while before they are read: texts
    // read one after another lie all over memory, and waiting for each in turn took most of
    // packing them, and of copying them (which counts a reference in the header).
    static void prefetch(const QString& text)
    {
        const char* characters = reinterpret_cast<const char*>(text.constData());
        prefetchMemory(characters);
        prefetchMemory(characters - sizeof(QArrayData)); // the header, just before them
    }

    quint64 head = 0;
    quint64 tail = 0;
    const QString* key; // must outlive this
};

} // namespace callbridge
