// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tablefilterproxymodel.h"

#include "models/modelroles.h"

#include <QAbstractTableModel>
#include <QItemSelection>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace Printwatch::Models {

namespace {

// Above this many rows to show, hide or insert at once, one reset is cheaper than row signals.
constexpr size_t kRowSignalLimit = 64;

QStringList termsOf(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TableFilterProxyModel::TableFilterProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

TableFilterProxyModel::~TableFilterProxyModel() = default;

void TableFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_source = source;
    m_flatSource = qobject_cast<QAbstractTableModel *>(source) != nullptr;
    m_cells = dynamic_cast<const CellSource *>(source);
    if (source) {
        m_connections = {
            connect(source, &QAbstractItemModel::dataChanged, this, &TableFilterProxyModel::sourceDataChanged),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { flush(); }),
            connect(source, &QAbstractItemModel::rowsInserted, this, &TableFilterProxyModel::sourceRowsInserted),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &TableFilterProxyModel::sourceRowsAboutToBeRemoved),
            connect(source, &QAbstractItemModel::rowsRemoved, this, &TableFilterProxyModel::sourceRowsRemoved),
            connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        flush();
                        beginInsertColumns({}, first, last);
                    }),
            connect(source, &QAbstractItemModel::columnsInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        if (m_sortColumn >= first)
                            m_sortColumn += last - first + 1;
                        endInsertColumns();
                        recacheColumns();
                    }),
            connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        flush();
                        beginRemoveColumns({}, first, last);
                    }),
            connect(source, &QAbstractItemModel::columnsRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        if (m_sortColumn > last)
                            m_sortColumn -= last - first + 1;
                        else if (m_sortColumn >= first)
                            m_sortColumn = -1;
                        endRemoveColumns();
                        rebuild();
                    }),
            connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this,
                    [this] {
                        endResetModel();
                        rebuild();
                    }),
            connect(source, &QAbstractItemModel::layoutChanged, this, &TableFilterProxyModel::rebuild),
            // The base class forgets a destroyed source by itself; the caches here go with it.
            connect(source, &QObject::destroyed, this,
                    [this] {
                        m_source = nullptr;
                        m_flatSource = false;
                        m_cells = nullptr;
                        rebuild();
                    }),
        };
    }
    endResetModel();
    rebuild();
}

void TableFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = termsOf(text);
    refilter();
}

void TableFilterProxyModel::setColumnFilter(int column, const QString &text)
{
    const QStringList terms = termsOf(text);
    if (terms.isEmpty()) {
        if (m_columnTerms.remove(column) == 0)
            return;
        m_columnText.remove(column);
    } else {
        if (m_columnTerms.value(column) == terms) {
            m_columnText.insert(column, text); // the text as typed, for the filter bar to show again
            return;
        }
        m_columnTerms.insert(column, terms);
        m_columnText.insert(column, text);
    }
    refilter();
}

void TableFilterProxyModel::setRowPredicate(RowPredicate predicate, const QList<int> &readColumns)
{
    m_predicate = std::move(predicate);
    m_predicateColumns = readColumns;
    refilter();
}

void TableFilterProxyModel::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    refilter();
}

void TableFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

bool TableFilterProxyModel::readKey(int sourceRow)
{
    const auto at = static_cast<size_t>(sourceRow);
    if (m_sortColumn < 0)
        return m_sortKeys.store(at, QVariant());
    return m_sortKeys.store(at, cellData(sourceRow, m_sortColumn, Roles::SortRole));
}

bool TableFilterProxyModel::lessThan(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    return m_sortKeys.lessThan(a, b);
}

void TableFilterProxyModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0)
        std::sort(rows.begin(), rows.end());
    else
        m_sortKeys.sortRows(rows);
}

QVariant TableFilterProxyModel::cellData(int sourceRow, int column, int role) const
{
    return m_cells ? m_cells->cellData(sourceRow, column, role) : cell(sourceRow, column).data(role);
}

QModelIndex TableFilterProxyModel::cell(int sourceRow, int column) const
{
    // A table model's index() is createIndex() behind two virtual range checks the proxy has already
    // made; at 100,000 rows per poll they are a measurable share of the refresh.
    return m_flatSource ? createSourceIndex(sourceRow, column, nullptr) : m_source->index(sourceRow, column);
}

void TableFilterProxyModel::rebuildSourceToProxy()
{
    std::fill(m_sourceToProxy.begin(), m_sourceToProxy.end(), -1);
    for (size_t row = 0; row < m_proxyToSource.size(); ++row)
        m_sourceToProxy[static_cast<size_t>(m_proxyToSource[row])] = static_cast<int>(row);
}

void TableFilterProxyModel::rebuild()
{
    m_changedRanges.clear();
    beginResetModel();
    const int rows = m_source ? m_source->rowCount() : 0;
    m_sortKeys.setOrder(m_sortOrder);
    m_sortKeys.reset(static_cast<size_t>(rows));
    m_accepted.assign(static_cast<size_t>(rows), 0);
    m_keyStale.assign(static_cast<size_t>(rows), 0);
    m_sourceToProxy.assign(static_cast<size_t>(rows), -1);
    m_proxyToSource.clear();
    m_pending.clear();
    m_cachedMatches = m_source && m_source->columnCount() <= 64 &&
                      std::all_of(m_searchColumns.cbegin(), m_searchColumns.cend(), [](int c) { return c < 64; });
    m_termColumns.assign(m_cachedMatches ? static_cast<size_t>(rows) * static_cast<size_t>(m_terms.size()) : 0, 0);
    m_columnsPass.assign(m_cachedMatches ? static_cast<size_t>(rows) : 0, 1);
    m_exactMatches.assign(m_cachedMatches ? static_cast<size_t>(rows) : 0, 1);
    for (int row = 0; row < rows; ++row) {
        readKey(row);
        m_accepted[static_cast<size_t>(row)] = (m_cachedMatches ? cacheMatches(row) : accepts(row)) ? 1 : 0;
        if (m_accepted[static_cast<size_t>(row)])
            m_proxyToSource.push_back(row);
    }
    sortRows(m_proxyToSource);
    rebuildSourceToProxy();
    endResetModel();
}

void TableFilterProxyModel::recacheColumns()
{
    // The cached matches are per column number, and new columns shift them. Verdicts are kept: a
    // new, still empty column changes no row's filter result until its cells change.
    if (!m_cachedMatches)
        return;
    if (m_source->columnCount() > 64) {
        m_cachedMatches = false;
        m_termColumns = {};
        m_columnsPass = {};
        m_exactMatches = {};
        return;
    }
    for (int row = 0; row < static_cast<int>(m_columnsPass.size()); ++row)
        cacheMatches(row);
}

void TableFilterProxyModel::refilter()
{
    // A new filter can show or hide any number of rows: one reset.
    rebuild();
}

void TableFilterProxyModel::resort()
{
    if (!m_source)
        return;
    flush();
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sources; // source row, column
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append({m_proxyToSource[static_cast<size_t>(index.row())], index.column()});
    m_sortKeys.setOrder(m_sortOrder);
    for (size_t row = 0; row < m_sortKeys.size(); ++row)
        readKey(static_cast<int>(row));
    std::fill(m_keyStale.begin(), m_keyStale.end(), 0);
    sortRows(m_proxyToSource);
    rebuildSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[row, column] : std::as_const(sources))
        after.append(createIndex(m_sourceToProxy[static_cast<size_t>(row)], column));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

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

QModelIndex TableFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int TableFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int TableFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool TableFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex TableFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.row() >= rowCount())
        return {};
    return cell(m_proxyToSource[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TableFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid() ||
        static_cast<size_t>(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[static_cast<size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QItemSelection TableFilterProxyModel::mapSelectionFromSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex left = mapFromSource(m_source->index(row, range.left()));
            if (left.isValid())
                mapped.select(left, index(left.row(), range.right()));
        }
    }
    return mapped;
}

QItemSelection TableFilterProxyModel::mapSelectionToSource(const QItemSelection &selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex left = mapToSource(index(row, range.left()));
            if (left.isValid())
                mapped.select(left, m_source->index(left.row(), range.right()));
        }
    }
    return mapped;
}

QVariant TableFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace Printwatch::Models
