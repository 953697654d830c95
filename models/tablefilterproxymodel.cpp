// SPDX-License-Identifier: GPL-3.0-or-later
// TableFilterProxyModel: the source model, the sort order and the proxy-to-source mapping. Which rows
// pass is in tablefilterproxymodelfilter.cpp, the source's live changes in
// tablefilterproxymodelupdates.cpp.
#include "models/tablefilterproxymodel.h"

#include "models/modelroles.h"

#include <QAbstractTableModel>
#include <QItemSelection>

#include <algorithm>
#include <utility>
#include <vector>

namespace Printwatch::Models {

namespace {

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
