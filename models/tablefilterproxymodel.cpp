// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tablefilterproxymodel.h"

#include "models/modelroles.h"

#include <QDateTime>
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

bool containsAll(const QString &haystack, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!haystack.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
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
        if (m_columnTerms.value(column) == terms)
            return;
        m_columnTerms.insert(column, terms);
        m_columnText.insert(column, text);
    }
    refilter();
}

void TableFilterProxyModel::setRowPredicate(RowPredicate predicate)
{
    m_predicate = std::move(predicate);
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

bool TableFilterProxyModel::accepts(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_predicate && !m_predicate(source, sourceRow))
        return false;
    for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend(); ++it) {
        if (!containsAll(source->index(sourceRow, it.key()).data().toString(), it.value()))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    // One haystack per row so "hp 4250" matches a vendor in one cell and a model in another.
    QString haystack;
    const auto add = [&](int column) {
        haystack += source->index(sourceRow, column).data().toString();
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

TableFilterProxyModel::Key TableFilterProxyModel::keyOf(int sourceRow) const
{
    Key key;
    if (m_sortColumn < 0)
        return key;
    const QVariant value = sourceModel()->index(sourceRow, m_sortColumn).data(Roles::SortRole);
    if (!value.isValid())
        return key;
    key.valid = true;
    switch (value.typeId()) {
    case QMetaType::QString:
        key.text = true;
        key.folded = value.toString().toCaseFolded();
        break;
    case QMetaType::QDateTime:
        key.number = static_cast<double>(value.toDateTime().toMSecsSinceEpoch());
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        key.number = value.toDouble();
        break;
    default:
        key.text = true;
        key.folded = value.toString().toCaseFolded();
        break;
    }
    return key;
}

bool TableFilterProxyModel::lessThan(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    const Key &left = m_keys[static_cast<size_t>(a)];
    const Key &right = m_keys[static_cast<size_t>(b)];
    // Unknown last in both directions; ties keep the source order, so equal rows never jump.
    if (left.valid != right.valid)
        return left.valid;
    if (!left.valid)
        return a < b;
    int order = 0;
    if (left.text || right.text)
        order = QString::compare(left.folded, right.folded);
    else
        order = left.number < right.number ? -1 : (left.number > right.number ? 1 : 0);
    if (order == 0)
        return a < b;
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
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
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_keys.assign(static_cast<size_t>(rows), Key{});
    m_accepted.assign(static_cast<size_t>(rows), 0);
    m_sourceToProxy.assign(static_cast<size_t>(rows), -1);
    m_proxyToSource.clear();
    m_pending.clear();
    for (int row = 0; row < rows; ++row) {
        m_keys[static_cast<size_t>(row)] = keyOf(row);
        m_accepted[static_cast<size_t>(row)] = accepts(row) ? 1 : 0;
        if (m_accepted[static_cast<size_t>(row)])
            m_proxyToSource.push_back(row);
    }
    std::sort(m_proxyToSource.begin(), m_proxyToSource.end(), [this](int a, int b) { return lessThan(a, b); });
    rebuildSourceToProxy();
    endResetModel();
}

void TableFilterProxyModel::refilter()
{
    // A new filter can show or hide any number of rows: one reset.
    rebuild();
}

void TableFilterProxyModel::resort()
{
    if (!sourceModel())
        return;
    flush();
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sources; // source row, column
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append({m_proxyToSource[static_cast<size_t>(index.row())], index.column()});
    for (size_t row = 0; row < m_keys.size(); ++row)
        m_keys[row] = keyOf(static_cast<int>(row));
    std::sort(m_proxyToSource.begin(), m_proxyToSource.end(), [this](int a, int b) { return lessThan(a, b); });
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
    // Look at the changed rows once: a new sort key or filter verdict makes a row move.
    std::vector<int> touched;
    int left = std::numeric_limits<int>::max();
    int right = -1;
    const bool filtered = m_predicate || !m_columnTerms.isEmpty() || !m_terms.isEmpty();
    for (const Range &range : std::exchange(m_changedRanges, {})) {
        const bool sortTouched = m_sortColumn >= range.left && m_sortColumn <= range.right;
        left = qMin(left, range.left);
        right = qMax(right, range.right);
        for (int row = range.top; row <= range.bottom && static_cast<size_t>(row) < m_keys.size(); ++row) {
            const auto at = static_cast<size_t>(row);
            touched.push_back(row);
            bool moves = filtered && (accepts(row) ? 1 : 0) != m_accepted[at];
            if (sortTouched) {
                Key key = keyOf(row);
                const Key &old = m_keys[at];
                if (key.valid != old.valid || key.text != old.text || key.number != old.number ||
                    key.folded != old.folded) {
                    m_keys[at] = std::move(key);
                    moves = moves || m_accepted[at];
                }
            }
            if (moves)
                m_pending.push_back(row);
        }
    }
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
    std::sort(pending.begin(), pending.end());
    pending.erase(std::unique(pending.begin(), pending.end()), pending.end());

    std::vector<int> hide, show, move;
    for (const int row : pending) {
        const auto at = static_cast<size_t>(row);
        if (at >= m_accepted.size())
            continue;
        const bool now = accepts(row);
        const bool visible = m_sourceToProxy[at] >= 0;
        if (visible && !now)
            hide.push_back(row);
        else if (!visible && now)
            show.push_back(row);
        else if (visible)
            move.push_back(row);
        m_accepted[at] = now ? 1 : 0;
    }
    if (hide.size() > kRowSignalLimit || show.size() > kRowSignalLimit) {
        rebuild();
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
    if (!move.empty() && m_sortColumn >= 0) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<std::pair<int, int>> sources;
        sources.reserve(before.size());
        for (const QModelIndex &index : before)
            sources.append({m_proxyToSource[static_cast<size_t>(index.row())], index.column()});
        std::vector<char> moving(m_keys.size(), 0);
        for (const int row : move)
            moving[static_cast<size_t>(row)] = 1;
        std::vector<int> rest;
        rest.reserve(m_proxyToSource.size());
        for (const int row : m_proxyToSource) {
            if (!moving[static_cast<size_t>(row)])
                rest.push_back(row);
        }
        const auto less = [this](int a, int b) { return lessThan(a, b); };
        std::sort(move.begin(), move.end(), less);
        m_proxyToSource.clear();
        std::merge(rest.begin(), rest.end(), move.begin(), move.end(), std::back_inserter(m_proxyToSource), less);
        rebuildSourceToProxy();
        QModelIndexList after;
        after.reserve(before.size());
        for (const auto &[row, column] : std::as_const(sources))
            after.append(createIndex(m_sourceToProxy[static_cast<size_t>(row)], column));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // Rows that now pass the filter, each at its place.
    std::sort(show.begin(), show.end(), [this](int a, int b) { return lessThan(a, b); });
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
    m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
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
    m_keys.insert(m_keys.begin() + first, static_cast<size_t>(count), Key{});
    m_accepted.insert(m_accepted.begin() + first, static_cast<size_t>(count), 0);
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, static_cast<size_t>(count), -1);
    rebuildSourceToProxy();
    std::vector<int> show;
    for (int row = first; row <= last; ++row) {
        m_keys[static_cast<size_t>(row)] = keyOf(row);
        if (accepts(row)) {
            m_accepted[static_cast<size_t>(row)] = 1;
            show.push_back(row);
        }
    }
    if (show.size() > kRowSignalLimit) {
        rebuild(); // a first load or a large discovery
        return;
    }
    std::sort(show.begin(), show.end(), [this](int a, int b) { return lessThan(a, b); });
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
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TableFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex TableFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= rowCount())
        return {};
    return sourceModel()->index(m_proxyToSource[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
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
            const QModelIndex left = mapFromSource(sourceModel()->index(row, range.left()));
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
                mapped.select(left, sourceModel()->index(left.row(), range.right()));
        }
    }
    return mapped;
}

QVariant TableFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace Printwatch::Models
