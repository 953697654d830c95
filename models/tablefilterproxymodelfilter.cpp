// SPDX-License-Identifier: GPL-3.0-or-later
// TableFilterProxyModel, the filter's half: which rows pass (the search, the column filters, the
// row predicate) and the per-row, per-term cache of matching cells that lets a poll re-read only the
// cells it changed. The order, the mapping and the source's signals are in tablefilterproxymodel.cpp.
#include "models/tablefilterproxymodel.h"

#include <algorithm>

namespace Printwatch::Models {

namespace {

// The display text of a cell. A string variant is read in place: no metatype conversion and no
// reference count to raise and drop (atomic operations, 200,000 of them in a large poll).
QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return *static_cast<const QString *>(value.constData());
    return value.toString();
}

bool cellContains(const QVariant &value, const QString &term)
{
    if (value.typeId() == QMetaType::QString)
        return static_cast<const QString *>(value.constData())->contains(term, Qt::CaseInsensitive);
    return value.toString().contains(term, Qt::CaseInsensitive);
}

bool containsAll(const QString &haystack, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!haystack.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

bool TableFilterProxyModel::accepts(int sourceRow) const
{
    const QAbstractItemModel *source = m_source;
    if (m_predicate && !m_predicate(source, sourceRow))
        return false;
    for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend(); ++it) {
        if (!containsAll(textOf(cellData(sourceRow, it.key(), Qt::DisplayRole)), it.value()))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    // One haystack per row so "hp 4250" matches a vendor in one cell and a model in another.
    QString haystack;
    const auto add = [&](int column) {
        haystack += textOf(cellData(sourceRow, column, Qt::DisplayRole));
        haystack += QLatin1Char('\n');
    };
    if (m_searchColumns.isEmpty()) {
        for (int column = 0; column < source->columnCount(); ++column)
            add(column);
    } else {
        for (const int column : m_searchColumns)
            add(column);
    }
    return containsAll(haystack, m_terms);
}

bool TableFilterProxyModel::isFiltered() const
{
    return m_predicate || !m_columnTerms.isEmpty() || !m_terms.isEmpty();
}

bool TableFilterProxyModel::filterReads(int left, int right) const
{
    if (m_predicate) {
        if (m_predicateColumns.isEmpty())
            return true; // it may look at any cell
        if (std::any_of(m_predicateColumns.cbegin(), m_predicateColumns.cend(),
                        [&](int column) { return column >= left && column <= right; }))
            return true;
    }
    for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend(); ++it) {
        if (it.key() >= left && it.key() <= right)
            return true;
    }
    if (m_terms.isEmpty())
        return false;
    if (m_searchColumns.isEmpty())
        return true;
    return std::any_of(m_searchColumns.cbegin(), m_searchColumns.cend(),
                       [&](int column) { return column >= left && column <= right; });
}

void TableFilterProxyModel::noteBlindColumns()
{
    // Asked once per flush (cheap: a few hundred short texts), so the answer follows the terms, the
    // source and its columns without anything to invalidate; cleared when the flush has read its rows.
    m_blindColumns.clear();
    if (!m_cells || !m_cachedMatches || m_terms.isEmpty())
        return;
    const int columns = qMin(m_source->columnCount(), 64);
    for (const QString &term : std::as_const(m_terms)) {
        quint64 blind = 0;
        for (int column = 0; column < columns; ++column) {
            if (!m_cells->columnMayContain(column, term))
                blind |= quint64(1) << column;
        }
        m_blindColumns.push_back(blind);
    }
}

bool TableFilterProxyModel::searchBlind(int left, int right) const
{
    // Cells no filter but the search reads, in columns no term can be found in: their change cannot
    // move a verdict nor a cached match bit (those bits are always clear), so the rows are not looked at.
    if (m_blindColumns.empty() || left < 0 || right > 63)
        return false;
    if (m_predicate
        && (m_predicateColumns.isEmpty()
            || std::any_of(m_predicateColumns.cbegin(), m_predicateColumns.cend(),
                           [&](int column) { return column >= left && column <= right; })))
        return false;
    for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend(); ++it) {
        if (it.key() >= left && it.key() <= right)
            return false;
    }
    const quint64 upTo = right == 63 ? ~quint64(0) : (quint64(1) << (right + 1)) - 1;
    const quint64 range = upTo & ~((quint64(1) << left) - 1);
    return std::all_of(m_blindColumns.cbegin(), m_blindColumns.cend(),
                       [range](quint64 blind) { return (blind & range) == range; });
}

bool TableFilterProxyModel::cacheMatches(int sourceRow)
{
    m_columnsPass[static_cast<size_t>(sourceRow)] = 1;
    m_exactMatches[static_cast<size_t>(sourceRow)] = 1;
    const size_t terms = static_cast<size_t>(m_terms.size());
    std::fill_n(m_termColumns.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(sourceRow) * terms), terms, 0);
    return reaccept(sourceRow, 0, m_source->columnCount() - 1);
}

bool TableFilterProxyModel::reaccept(int sourceRow, int left, int right)
{
    if (!m_cachedMatches)
        return accepts(sourceRow);
    const QAbstractItemModel *source = m_source;
    const auto at = static_cast<size_t>(sourceRow);
    bool columnFilterRead = false;
    if (!m_columnTerms.isEmpty()) {
        for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend() && !columnFilterRead; ++it)
            columnFilterRead = it.key() >= left && it.key() <= right;
    }
    if (columnFilterRead) {
        bool pass = true;
        for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend() && pass; ++it)
            pass = containsAll(textOf(cellData(sourceRow, it.key(), Qt::DisplayRole)), it.value());
        m_columnsPass[at] = pass ? 1 : 0;
    }
    const size_t terms = static_cast<size_t>(m_terms.size());
    quint64 *masks = terms ? &m_termColumns[at * terms] : nullptr;
    if (terms && left <= right) {
        // A shown row whose every term also matches a cell that did not change stays shown, whatever
        // the changed cells now say: they are not read. Their bits are cleared, so the cache may miss
        // a match (never invent one); a row left without a match is looked at in full before it goes.
        const int low = qMax(0, left);
        const quint64 upTo = right >= 63 ? ~quint64(0) : (quint64(1) << (right + 1)) - 1;
        const quint64 changed = low > 63 ? 0 : upTo & ~((quint64(1) << low) - 1);
        if (m_accepted[at] && std::all_of(masks, masks + terms, [&](quint64 mask) { return (mask & ~changed) != 0; })) {
            for (size_t term = 0; term < terms; ++term)
                masks[term] &= ~changed;
            m_exactMatches[at] = 0;
            return (!m_predicate || m_predicate(source, sourceRow)) && m_columnsPass[at];
        }
        if (!m_exactMatches[at]) {
            m_exactMatches[at] = 1;
            left = 0;
            right = source->columnCount() - 1;
        }
    }
    const auto recheck = [&](int column) {
        if (column < left || column > right)
            return;
        const quint64 bit = quint64(1) << column;
        if (m_blindColumns.size() == terms
            && std::all_of(m_blindColumns.cbegin(), m_blindColumns.cend(), [bit](quint64 blind) { return (blind & bit) != 0; })) {
            for (size_t term = 0; term < terms; ++term)
                masks[term] &= ~bit; // what reading the cell would find: no term in it
            return;
        }
        const QVariant text = cellData(sourceRow, column, Qt::DisplayRole);
        for (size_t term = 0; term < terms; ++term) {
            if (cellContains(text, m_terms.at(static_cast<qsizetype>(term))))
                masks[term] |= bit;
            else
                masks[term] &= ~bit;
        }
    };
    if (terms) {
        if (m_searchColumns.isEmpty()) {
            const int last = qMin(right, source->columnCount() - 1);
            for (int column = qMax(0, left); column <= last; ++column)
                recheck(column);
        } else {
            for (const int column : m_searchColumns)
                recheck(column);
        }
    }
    if (m_predicate && !m_predicate(source, sourceRow))
        return false;
    if (!m_columnsPass[at])
        return false;
    return std::all_of(masks, masks + terms, [](quint64 mask) { return mask != 0; });
}

} // namespace Printwatch::Models
