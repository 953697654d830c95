// SPDX-License-Identifier: GPL-3.0-or-later
// TableFilterProxyModel, the live half: the source's changes (data, inserted and removed rows)
// gathered and applied in one flush per event-loop pass, as row signals for a few rows and one
// layout change or reset for many. Filtering is in tablefilterproxymodelfilter.cpp, the order and
// the mapping in tablefilterproxymodel.cpp.
#include "models/tablefilterproxymodel.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <utility>
#include <vector>

namespace Printwatch::Models {

namespace {

// Above this many rows to show, hide or insert at once, one reset is cheaper than row signals.
constexpr size_t kRowSignalLimit = 64;

} // namespace

void TableFilterProxyModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &TableFilterProxyModel::flush, Qt::QueuedConnection);
}

void TableFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // Only noted: a poll sends thousands of these, and each costs the views if forwarded one by one.
    m_changedRanges.push_back({topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column()});
    scheduleFlush();
}

void TableFilterProxyModel::flush()
{
    m_flushScheduled = false;
    if (m_changedRanges.empty() && m_pending.empty())
        return;
    // Look at the changed rows once: a new sort key or filter verdict makes a row move. Cells the sort
    // and the filters do not read are not read at all (a level change re-reads the level and state).
    std::vector<int> touched;
    int left = std::numeric_limits<int>::max();
    int right = -1;
    const bool filtered = isFiltered();
    noteBlindColumns();
    for (const Range &range : std::exchange(m_changedRanges, {})) {
        const bool sortTouched = m_sortColumn >= range.left && m_sortColumn <= range.right;
        const bool filterTouched = filtered && filterReads(range.left, range.right) && !searchBlind(range.left, range.right);
        left = qMin(left, range.left);
        right = qMax(right, range.right);
        const int bottom = qMin(range.bottom, static_cast<int>(m_sortKeys.size()) - 1);
        for (int row = range.top; row <= bottom; ++row) {
            const auto at = static_cast<size_t>(row);
            touched.push_back(row);
            bool moves = false;
            if (filterTouched) {
                const char now = reaccept(row, range.left, range.right) ? 1 : 0;
                if (now != m_accepted[at]) {
                    m_accepted[at] = now;
                    moves = true;
                }
            }
            // Hidden rows' keys are not read (a search hides most rows); a row that shows again
            // gets its key then. keyStale marks what was skipped.
            if (sortTouched && !m_accepted[at]) {
                m_keyStale[at] = 1;
            } else if (sortTouched || (moves && m_keyStale[at])) {
                m_keyStale[at] = 0;
                if (readKey(row))
                    moves = moves || m_accepted[at];
            }
            if (moves)
                m_pending.push_back(row);
        }
    }
    m_blindColumns.clear(); // valid for this flush's terms only
    applyPending();
    // The value changes, forwarded once at the rows' final places.
    int first = -1;
    int last = -1;
    for (const int row : touched) {
        const int proxyRow = static_cast<size_t>(row) < m_sourceToProxy.size() ? m_sourceToProxy[static_cast<size_t>(row)] : -1;
        if (proxyRow < 0)
            continue;
        first = first < 0 ? proxyRow : qMin(first, proxyRow);
        last = qMax(last, proxyRow);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, left), index(last, qMin(right, columnCount() - 1)));
}

void TableFilterProxyModel::applyPending()
{
    if (m_pending.empty())
        return;
    std::vector<int> pending;
    pending.swap(m_pending);
    if (!std::is_sorted(pending.begin(), pending.end()))
        std::sort(pending.begin(), pending.end());
    pending.erase(std::unique(pending.begin(), pending.end()), pending.end());

    // m_accepted already holds the new verdicts; the proxy's order still shows the old ones.
    std::vector<int> hide, show, move;
    for (const int row : pending) {
        const auto at = static_cast<size_t>(row);
        if (at >= m_accepted.size())
            continue;
        const bool now = m_accepted[at];
        const bool visible = m_sourceToProxy[at] >= 0;
        if (visible && !now)
            hide.push_back(row);
        else if (!visible && now)
            show.push_back(row);
        else if (visible)
            move.push_back(row);
    }
    // Many rows in or out: one layout change, not thousands of row signals (nor a reset, which
    // would lose the selection and the scroll position).
    if (hide.size() + show.size() > kRowSignalLimit) {
        move.insert(move.end(), show.begin(), show.end());
        relayout(hide, std::move(move), false);
        return;
    }

    // Rows that no longer pass the filter, bottom up.
    std::vector<int> hideProxy;
    for (const int row : hide)
        hideProxy.push_back(m_sourceToProxy[static_cast<size_t>(row)]);
    std::sort(hideProxy.begin(), hideProxy.end(), std::greater<>());
    for (const int proxyRow : hideProxy) {
        beginRemoveRows({}, proxyRow, proxyRow);
        m_proxyToSource.erase(m_proxyToSource.begin() + proxyRow);
        rebuildSourceToProxy();
        endRemoveRows();
    }

    // Rows whose key changed: out of the order, sorted among themselves, merged back. One layout change.
    if (!move.empty() && m_sortColumn >= 0)
        relayout({}, std::move(move), true);

    // Rows that now pass the filter, each at its place.
    sortRows(show);
    for (const int row : show) {
        const auto position = std::upper_bound(m_proxyToSource.begin(), m_proxyToSource.end(), row,
                                               [this](int a, int b) { return lessThan(a, b); });
        const int proxyRow = static_cast<int>(position - m_proxyToSource.begin());
        beginInsertRows({}, proxyRow, proxyRow);
        m_proxyToSource.insert(position, row);
        rebuildSourceToProxy();
        endInsertRows();
    }
}

void TableFilterProxyModel::relayout(const std::vector<int> &hide, std::vector<int> incoming, bool sortOnly)
{
    // `hide` leave the order; `incoming` (rows that moved, and rows that now show) are sorted among
    // themselves and merged into the rest: O(n + k log k). Persistent indexes (selection, current
    // row) follow their rows; those of hidden rows become invalid.
    const auto hint = sortOnly ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sources; // source row, column
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append({m_proxyToSource[static_cast<size_t>(index.row())], index.column()});
    std::vector<char> leaving(m_sortKeys.size(), 0);
    for (const int row : hide)
        leaving[static_cast<size_t>(row)] = 1;
    for (const int row : incoming)
        leaving[static_cast<size_t>(row)] = 1;
    std::vector<int> rest;
    rest.reserve(m_proxyToSource.size());
    for (const int row : m_proxyToSource) {
        if (!leaving[static_cast<size_t>(row)])
            rest.push_back(row);
    }
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    sortRows(incoming);
    m_proxyToSource.clear();
    m_proxyToSource.reserve(rest.size() + incoming.size());
    std::merge(rest.begin(), rest.end(), incoming.begin(), incoming.end(), std::back_inserter(m_proxyToSource), less);
    rebuildSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[row, column] : std::as_const(sources)) {
        const int proxyRow = m_sourceToProxy[static_cast<size_t>(row)];
        after.append(proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, column));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void TableFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    flush();
    std::vector<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_sourceToProxy[static_cast<size_t>(row)];
        if (proxyRow >= 0)
            proxyRows.push_back(proxyRow);
    }
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<>());
    // Contiguous runs of proxy rows, bottom up.
    size_t i = 0;
    while (i < proxyRows.size()) {
        const int bottom = proxyRows[i];
        int top = bottom;
        while (i + 1 < proxyRows.size() && proxyRows[i + 1] == top - 1) {
            --top;
            ++i;
        }
        ++i;
        beginRemoveRows({}, top, bottom);
        m_proxyToSource.erase(m_proxyToSource.begin() + top, m_proxyToSource.begin() + bottom + 1);
        rebuildSourceToProxy();
        endRemoveRows();
    }
}

void TableFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_sortKeys.remove(static_cast<size_t>(first), static_cast<size_t>(last));
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    m_keyStale.erase(m_keyStale.begin() + first, m_keyStale.begin() + last + 1);
    if (m_cachedMatches) {
        const auto terms = static_cast<std::ptrdiff_t>(m_terms.size());
        m_termColumns.erase(m_termColumns.begin() + first * terms, m_termColumns.begin() + (last + 1) * terms);
        m_columnsPass.erase(m_columnsPass.begin() + first, m_columnsPass.begin() + last + 1);
        m_exactMatches.erase(m_exactMatches.begin() + first, m_exactMatches.begin() + last + 1);
    }
    m_sourceToProxy.erase(m_sourceToProxy.begin() + first, m_sourceToProxy.begin() + last + 1);
    for (int &row : m_proxyToSource) {
        if (row > last)
            row -= count;
    }
    rebuildSourceToProxy();
}

void TableFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_proxyToSource) {
        if (row >= first)
            row += count;
    }
    m_sortKeys.insert(static_cast<size_t>(first), static_cast<size_t>(count));
    m_accepted.insert(m_accepted.begin() + first, static_cast<size_t>(count), 0);
    m_keyStale.insert(m_keyStale.begin() + first, static_cast<size_t>(count), 0);
    if (m_cachedMatches) {
        const auto terms = static_cast<std::ptrdiff_t>(m_terms.size());
        m_termColumns.insert(m_termColumns.begin() + first * terms, static_cast<size_t>(count * terms), 0);
        m_columnsPass.insert(m_columnsPass.begin() + first, static_cast<size_t>(count), 1);
        m_exactMatches.insert(m_exactMatches.begin() + first, static_cast<size_t>(count), 1);
    }
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, static_cast<size_t>(count), -1);
    rebuildSourceToProxy();
    std::vector<int> show;
    for (int row = first; row <= last; ++row) {
        readKey(row);
        if (m_cachedMatches ? cacheMatches(row) : accepts(row)) {
            m_accepted[static_cast<size_t>(row)] = 1;
            show.push_back(row);
        }
    }
    if (show.size() > kRowSignalLimit) {
        relayout({}, std::move(show), false); // a large discovery: one layout change
        return;
    }
    sortRows(show);
    for (const int row : show) {
        const auto position = std::upper_bound(m_proxyToSource.begin(), m_proxyToSource.end(), row,
                                               [this](int a, int b) { return lessThan(a, b); });
        const int proxyRow = static_cast<int>(position - m_proxyToSource.begin());
        beginInsertRows({}, proxyRow, proxyRow);
        m_proxyToSource.insert(position, row);
        rebuildSourceToProxy();
        endInsertRows();
    }
}

} // namespace Printwatch::Models
