// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Varbinds by OID for the decoders (printerdecoder, printermib, pwgmibs): exact lookups and
// column scans over one sorted array, no I/O.

#include "snmp/decodetext.h"
#include "snmp/printerstrings.h"
#include "snmp/varbind.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <climits>
#include <compare>
#include <utility>
#include <vector>

namespace Printwatch::Snmp {

// Rows by OID, for lookups and column scans: a sorted array of pointers (one allocation) rather
// than a tree node per row. The rows arrive as a few sorted runs (one per walked subtree, the
// scalars), so they are ordered by merging runs, not by a general sort.
class RowIndex
{
public:
    // A row's index after its column OID: a view into the row's OID, valid as long as the rows.
    class Suffix
    {
    public:
        Suffix() = default;
        Suffix(const quint32 *data, qsizetype size)
            : m_data(data)
            , m_size(size)
        {
        }
        const quint32 *data() const { return m_data; }
        qsizetype size() const { return m_size; }
        bool isEmpty() const { return m_size == 0; }
        quint32 at(qsizetype i) const
        {
            Q_ASSERT(i >= 0 && i < m_size);
            return m_data[i];
        }
        quint32 first() const { return at(0); }
        const quint32 *begin() const { return m_data; }
        const quint32 *end() const { return m_data + m_size; }
        QList<quint32> toList() const { return QList<quint32>(begin(), end()); }
        bool operator==(const Suffix &other) const { return std::equal(begin(), end(), other.begin(), other.end()); }
        std::strong_ordering operator<=>(const Suffix &other) const
        {
            return std::lexicographical_compare_three_way(begin(), end(), other.begin(), other.end());
        }

    private:
        const quint32 *m_data = nullptr;
        qsizetype m_size = 0;
    };

    // The rows of one column in OID order, as (index, row) pairs; no allocation.
    class Column
    {
    public:
        using Row = std::pair<Suffix, const VarBind *>;
        class iterator
        {
        public:
            iterator(const VarBind *const *at, qsizetype prefix)
                : m_at(at)
                , m_prefix(prefix)
            {
            }
            Row operator*() const
            {
                const Oid &oid = (*m_at)->oid;
                return {Suffix(oid.constData() + m_prefix, oid.size() - m_prefix), *m_at};
            }
            iterator &operator++()
            {
                ++m_at;
                return *this;
            }
            bool operator==(const iterator &other) const { return m_at == other.m_at; }

        private:
            const VarBind *const *m_at;
            qsizetype m_prefix;
        };
        Column() = default;
        Column(const VarBind *const *begin, const VarBind *const *end, qsizetype prefix)
            : m_begin(begin)
            , m_end(end)
            , m_prefix(prefix)
        {
        }
        // The rows of a column inside this one's (a table's entry -> one of its columns): a
        // search of this range only, a few rows instead of the whole read.
        Column column(const Oid &columnOid) const { return RowIndex::columnIn(m_begin, m_end, columnOid); }
        // This table's rows (the rows of an entry OID) by column number, columns[c] for c < N, in
        // one pass over them: a table's columns without a search each.
        template<std::size_t N>
        std::array<Column, N> columns() const
        {
            std::array<Column, N> result;
            result.fill(Column(m_end, m_end, m_prefix + 1));
            for (const VarBind *const *at = m_begin; at != m_end;) {
                const quint32 number = (*at)->oid.at(m_prefix);
                const VarBind *const *from = at;
                while (at != m_end && (*at)->oid.at(m_prefix) == number)
                    ++at;
                if ((*from)->oid.size() == m_prefix + 1)
                    ++from; // the column's own OID is not one of its rows (as column() has it)
                if (number < N)
                    result[number] = Column(from, at, m_prefix + 1);
            }
            return result;
        }
        iterator begin() const { return {m_begin, m_prefix}; }
        iterator end() const { return {m_end, m_prefix}; }
        bool isEmpty() const { return m_begin == m_end; }
        qsizetype size() const { return m_end - m_begin; }
        Row first() const { return *begin(); }
        // The row at `index` in this column, nullptr when there is none: a search of this
        // column's rows only (a table reads several columns at the same index).
        const VarBind *find(Suffix index) const
        {
            const VarBind *const *it = search<Lower>(m_begin, m_end, m_prefix, index.data(), index.size());
            return it != m_end && suffixOf(*it) == index ? *it : nullptr;
        }

        // find() for indexes asked in increasing order (a table read row by row): a walk forward
        // over the column instead of a search per cell.
        class Cursor
        {
        public:
            explicit Cursor(const Column &column)
                : m_column(column)
                , m_at(column.m_begin)
            {
            }
            const VarBind *seek(Suffix index)
            {
                while (m_at != m_column.m_end && m_column.suffixOf(*m_at) < index)
                    ++m_at;
                return m_at != m_column.m_end && m_column.suffixOf(*m_at) == index ? *m_at : nullptr;
            }

        private:
            const Column &m_column;
            const VarBind *const *m_at;
        };

    private:
        Suffix suffixOf(const VarBind *row) const
        {
            return Suffix(row->oid.constData() + m_prefix, row->oid.size() - m_prefix);
        }

        const VarBind *const *m_begin = nullptr;
        const VarBind *const *m_end = nullptr;
        qsizetype m_prefix = 0;
    };

    explicit RowIndex(const QList<VarBind> &rows)
    {
        m_rows.reserve(std::size_t(rows.size()));
        for (const VarBind &bind : rows) {
            if (!bind.isException())
                m_rows.push_back(&bind);
        }
        order({});
    }
    // The rows of several lists (one per answer or source), the first row of an OID winning.
    explicit RowIndex(const std::vector<QList<VarBind>> &chunks)
    {
        std::size_t total = 0;
        for (const QList<VarBind> &chunk : chunks)
            total += std::size_t(chunk.size());
        m_rows.reserve(total);
        std::vector<std::size_t> ends; // a walk's rows end where the next list starts
        ends.reserve(chunks.size());
        for (const QList<VarBind> &chunk : chunks) {
            for (const VarBind &bind : chunk) {
                if (!bind.isException())
                    m_rows.push_back(&bind);
            }
            ends.push_back(m_rows.size());
        }
        order(ends);
    }

    const VarBind *at(const Oid &oid) const
    {
        const VarBind *const *end = m_rows.data() + m_rows.size();
        qsizetype common = 0;
        const VarBind *const *it = search<Lower>(m_rows.data(), end, 0, oid.constData(), oid.size(), &common);
        // The search knows how much of the found row matches: equal without comparing again.
        return it != end && common == oid.size() && (*it)->oid.size() == oid.size() ? *it : nullptr;
    }
    Column column(const Oid &columnOid) const
    {
        return columnIn(m_rows.data(), m_rows.data() + m_rows.size(), columnOid);
    }
    // The first row inside `prefix` (in OID order), nullptr when the subtree is empty.
    const VarBind *firstUnder(const Oid &prefix) const
    {
        auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), prefix,
                                   [](const Oid &key, const VarBind *row) { return key < row->oid; });
        return it != m_rows.cend() && prefix.contains((*it)->oid) ? *it : nullptr;
    }
    int number(const Oid &oid, int fallback = 0) const
    {
        const VarBind *bind = at(oid);
        const auto value = bind ? bind->toInt() : std::nullopt;
        return value ? int(qBound(qint64(INT_MIN), *value, qint64(INT_MAX))) : fallback;
    }
    QString text(const Oid &oid) const
    {
        const VarBind *bind = at(oid);
        return bind ? DecodeText::printerText(*bind) : QString();
    }
    qsizetype size() const { return qsizetype(m_rows.size()); }

private:
    static bool less(const VarBind *a, const VarBind *b) { return a->oid < b->oid; }

    // True when `row` lies strictly below `prefix`. Compared from the end: the rows after a
    // column differ from it in the last sub-identifiers, so a miss costs one or two compares
    // (Oid::contains calls memcmp for every row).
    static bool under(const Oid &prefix, const Oid &row)
    {
        const qsizetype n = prefix.size();
        if (row.size() <= n)
            return false;
        const quint32 *p = prefix.constData();
        const quint32 *r = row.constData();
        for (qsizetype i = n - 1; i >= 0; --i) {
            if (p[i] != r[i])
                return false;
        }
        return true;
    }
    // The first row not less than `key` (Lower) or greater than it (Upper), comparing rows from their sub-identifier `offset` on. Printer OIDs
    // share long prefixes, so each step starts comparing where the key's common prefix with both
    // bounds ends (any row between the bounds shares it) instead of at the first sub-identifier:
    // a step costs a compare or two, not a dozen.
    enum Mode { Lower, Upper };
    template<Mode mode>
    static const VarBind *const *search(const VarBind *const *first, const VarBind *const *last, qsizetype offset,
                                        const quint32 *key, qsizetype keySize, qsizetype *commonAtResult = nullptr)
    {
        qsizetype lo = 0;
        qsizetype hi = last - first;
        qsizetype commonLo = 0; // with the row before lo
        qsizetype commonHi = 0; // with the row at hi
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            const Oid &oid = first[mid]->oid;
            const quint32 *row = oid.constData() + offset;
            const qsizetype rowSize = oid.size() - offset;
            const qsizetype n = qMin(keySize, rowSize);
            qsizetype i = qMin(commonLo, commonHi);
            while (i < n && row[i] == key[i])
                ++i;
            const bool before = i < n ? row[i] < key[i] : (mode == Upper ? rowSize <= keySize : rowSize < keySize);
            if (before) {
                lo = mid + 1;
                commonLo = i;
            } else {
                hi = mid;
                commonHi = i;
            }
        }
        // A result before `last` was some step's `hi`: commonHi is its common prefix with the key.
        if (commonAtResult)
            *commonAtResult = commonHi;
        return first + lo;
    }
    static Column columnIn(const VarBind *const *begin, const VarBind *const *end, const Oid &columnOid)
    {
        const VarBind *const *from = search<Upper>(begin, end, 0, columnOid.constData(), columnOid.size());
        // The column's rows follow `from` as one block. Its end is found by galloping (rows 1, 2,
        // 4, ... after the start, then halving the last gap): a one-row column costs the same two
        // checks as a walk, but a table's entry (every cell of the table, e.g. 80 supply cells)
        // costs a dozen checks instead of one full-prefix compare per cell.
        const qsizetype count = end - from;
        if (count == 0 || !under(columnOid, from[0]->oid))
            return Column(from, from, columnOid.size());
        qsizetype inside = 0; // a row known to be in the column
        qsizetype outside = count; // the first row known not to be, or the end
        for (qsizetype step = 1; inside + step < count; step *= 2) {
            if (!under(columnOid, from[inside + step]->oid)) {
                outside = inside + step;
                break;
            }
            inside += step;
        }
        while (outside - inside > 1) {
            const qsizetype mid = inside + (outside - inside) / 2;
            if (under(columnOid, from[mid]->oid))
                inside = mid;
            else
                outside = mid;
        }
        return Column(from, from + outside, columnOid.size());
    }

    // The rows arrive as strictly increasing runs (a walked subtree, the system group), so each
    // run goes into place as one block: a binary search and a pointer move per run, not a sort.
    // A run also ends where a list ends (`ends`), so two walks that happen to follow each other
    // in order never make one run spanning a third. A run that does not fit between two rows
    // already placed (overlapping sources, a scalar inside a walked table) goes in row by row.
    // The first row of an OID wins.
    void order(const std::vector<std::size_t> &ends)
    {
        const auto unordered =
            std::adjacent_find(m_rows.cbegin(), m_rows.cend(), [](const VarBind *a, const VarBind *b) { return !less(a, b); });
        if (unordered == m_rows.cend())
            return; // already strictly increasing
        // The rows before the first step down are strictly increasing: the runs they make would
        // each go at the end of what is placed, so they go in as one block without their searches.
        std::vector<const VarBind *> placed;
        placed.reserve(m_rows.size());
        placed.assign(m_rows.cbegin(), unordered + 1);
        std::size_t from = placed.size();
        auto end = ends.cbegin();
        while (from < m_rows.size()) {
            while (end != ends.cend() && *end <= from)
                ++end;
            const std::size_t limit = end == ends.cend() ? m_rows.size() : *end;
            std::size_t to = from + 1;
            while (to < limit && less(m_rows[to - 1], m_rows[to]))
                ++to;
            const auto at = std::lower_bound(placed.begin(), placed.end(), m_rows[from], less);
            if (at == placed.end() || less(m_rows[to - 1], *at)) {
                placed.insert(at, m_rows.begin() + std::ptrdiff_t(from), m_rows.begin() + std::ptrdiff_t(to));
            } else {
                for (std::size_t i = from; i < to; ++i) {
                    const auto slot = std::lower_bound(placed.begin(), placed.end(), m_rows[i], less);
                    if (slot == placed.end() || !((*slot)->oid == m_rows[i]->oid))
                        placed.insert(slot, m_rows[i]);
                }
            }
            from = to;
        }
        m_rows.swap(placed);
    }

    std::vector<const VarBind *> m_rows;
};

} // namespace Printwatch::Snmp
