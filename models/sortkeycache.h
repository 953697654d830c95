// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sort keys of a proxy, one per source row, kept apart from the proxy so that comparing two rows
// reads two machine words. A poll that moves 40,000 levels sorts 40,000 rows: with the keys held as
// QVariants or as structs holding a QString, each comparison missed the cache twice. Numbers (and
// times) are stored as one unsigned integer whose order is the sort order (the direction is folded
// in), so those sorts run on (key, row) pairs in one contiguous array. Text keys are case-folded and
// compared naturally ("Floor 9" before "Floor 10"). Unknown values sort last in both directions and
// ties keep the source order, so equal rows never jump.

#include <QString>
#include <QVariant>

#include <vector>

namespace Printwatch::Models {

class SortKeyCache
{
public:
    // Direction of the keys stored from now on; the caller stores every key again after a change.
    void setOrder(Qt::SortOrder order) { m_order = order; }
    Qt::SortOrder order() const { return m_order; }

    void reset(size_t rows);
    void insert(size_t first, size_t count); // unknown keys
    void remove(size_t first, size_t last);
    size_t size() const { return m_rank.size(); }

    // Stores the key of `row` from its sort-role value; returns whether it differs from the one held.
    bool store(size_t row, const QVariant &value);

    bool lessThan(int a, int b) const;
    // Sorts source rows by key (numbers only: on (key, row) pairs, without looking anything up).
    // The order is the one of lessThan: by key, ties by row.
    void sortRows(std::vector<int> &rows) const;

    // From this many rows on, number keys are sorted by radix (O(n), and the passes on bytes every
    // key shares are skipped) instead of by comparison. A poll that moves every level of 100,000
    // supplies re-sorts 40,000 shown rows at once.
    static constexpr size_t RadixSortThreshold = 1024;

    // -1, 0, 1; digit runs compare by value, so "printer-9" comes before "printer-10".
    static int naturalCompare(const QString &a, const QString &b);

private:
    void radixSortRows(std::vector<int> &rows) const;

    enum Kind : quint8
    {
        Unknown,
        Number,
        Text
    };

    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<quint64> m_rank; // numbers: order-preserving, direction folded in; unknown: the maximum
    std::vector<quint8> m_kind;
    std::vector<QString> m_text; // folded text of Text keys, empty otherwise
    size_t m_texts = 0;          // rows with a Text key: none means every comparison is on m_rank
};

} // namespace Printwatch::Models
