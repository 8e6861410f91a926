#pragma once

#include "core/util/InChunks.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <iterator>
#include <vector>

namespace callbridge {

// make(0) .. make(count - 1), sorted by `less`: each half is made and sorted on a thread of its
// own, then the two are merged. Making sort keys of a few hundred thousand texts (reading each
// where it lies in memory) and sorting them were otherwise the longest stretches in which one
// of two cores waited for the other. The order of items equal under `less` is unspecified.
template<typename Item, typename Make, typename Less = std::less<>>
std::vector<Item> sortedOnTwoThreads(qsizetype count, Make make, Less less = {})
{
    auto madeAndSorted = [&make, &less](qsizetype begin, qsizetype end) {
        std::vector<Item> items;
        items.reserve(size_t(end - begin));
        for (qsizetype i = begin; i < end; ++i) {
            items.push_back(make(i));
        }
        std::sort(items.begin(), items.end(), less);
        return items;
    };
    constexpr qsizetype worthASecondThread = 16384; // below, starting it costs more than it saves
    if (count < worthASecondThread) {
        return madeAndSorted(0, count);
    }
    const qsizetype middle = count / 2;
    std::vector<Item> firstItems;
    std::vector<Item> secondItems;
    {
        const PoolThreadReleased released; // matching sorts on a pool thread
        QFuture<std::vector<Item>> first = QtConcurrent::run(
            QThreadPool::globalInstance(), [&madeAndSorted, middle] { return madeAndSorted(0, middle); });
        secondItems = madeAndSorted(middle, count);
        firstItems = first.takeResult(); // runs it here if no thread has taken it yet
    }
    std::vector<Item> all;
    all.reserve(size_t(count));
    std::merge(
        firstItems.begin(), firstItems.end(), secondItems.begin(), secondItems.end(), std::back_inserter(all), less);
    return all;
}

} // namespace callbridge
