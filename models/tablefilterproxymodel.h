// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The proxy of every fleet table: free-text search over the displayed cells, filters per column,
// an optional row predicate (e.g. a severity), and sorting on Roles::SortRole so numbers and times
// sort by value and unknown values always come last, whichever the direction.
//
// Why not QSortFilterProxyModel: it re-sorts on every dataChanged signal it receives, each time
// with a layout change the views pay for in O(rows). A poll of a large fleet changes thousands of
// scattered rows; at 100,000 rows that is hundreds of milliseconds on the GUI thread. This proxy
// caches each row's sort key and filter verdict and only notes each dataChanged; right after the
// source's batch (the next event loop pass, or flush()) it looks at the noted rows once, moves
// those whose key or verdict changed in one re-sort (one layout change, O(n + k log k)) and
// forwards the value changes as one dataChanged.

#include "models/cellsource.h"
#include "models/sortkeycache.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace Printwatch::Models {

class TableFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableFilterProxyModel)

public:
    using RowPredicate = std::function<bool(const QAbstractItemModel *source, int sourceRow)>;

    explicit TableFilterProxyModel(QObject *parent = nullptr);
    ~TableFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Whitespace separates terms; every term must occur (case-insensitively) in some cell of the row.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Every term of `text` must occur in that column's cell. Empty text removes the column's filter.
    void setColumnFilter(int column, const QString &text);
    QString columnFilter(int column) const { return m_columnText.value(column); }
    QList<int> filteredColumns() const { return m_columnTerms.keys(); }

    // `readColumns`: the columns whose changes can change the predicate's verdict; a change elsewhere
    // (a poll's time stamps, say) is then not asked about. Empty (the default): any column.
    void setRowPredicate(RowPredicate predicate, const QList<int> &readColumns = {});
    // Columns the free-text search looks at; empty (the default) means all.
    void setSearchColumns(const QList<int> &columns);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Applies pending moves now (rows whose sort key or filter verdict changed). Normally automatic.
    void flush();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Stores the sort key of `sourceRow`; returns whether it changed.
    bool readKey(int sourceRow);
    QModelIndex cell(int sourceRow, int column) const;
    QVariant cellData(int sourceRow, int column, int role) const; // a CellSource is asked directly
    void sortRows(std::vector<int> &rows) const;
    bool accepts(int sourceRow) const;
    // The verdict of `sourceRow` after its columns [left, right] changed: only those cells are read
    // again, the rest comes from the row's cached term matches and column-filter result.
    bool reaccept(int sourceRow, int left, int right);
    bool cacheMatches(int sourceRow); // every column, for a new row; returns the verdict
    void noteBlindColumns();          // m_blindColumns for the current terms (flush only)
    bool searchBlind(int left, int right) const; // only the search reads these columns, and finds nothing
    bool filterReads(int left, int right) const;
    bool isFiltered() const;
    void relayout(const std::vector<int> &hide, std::vector<int> incoming, bool sortOnly);
    bool lessThan(int a, int b) const; // source rows, in the current order
    void rebuild();                    // reset: every cache and the order
    void resort();                     // a layout change with the current filter
    void rebuildSourceToProxy();
    void scheduleFlush();
    void applyPending();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void refilter();
    void recacheColumns();

    QString m_searchText;
    QStringList m_terms;
    QHash<int, QString> m_columnText;
    QHash<int, QStringList> m_columnTerms;
    QList<int> m_searchColumns;
    RowPredicate m_predicate;
    QList<int> m_predicateColumns;
    QAbstractItemModel *m_source = nullptr; // sourceModel() is a property read with checks, asked per cell
    bool m_flatSource = false;
    const CellSource *m_cells = nullptr; // the source, when it answers by row and column // a QAbstractTableModel: its indexes are made without asking it
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    SortKeyCache m_sortKeys;         // per source row
    std::vector<char> m_accepted;    // per source row
    std::vector<char> m_keyStale;    // per source row: key not read since it changed (row hidden)
    // Per source row and search term, the columns (bit per column) whose cell contains the term, and
    // whether the column filters pass: a poll that moves a level re-reads two cells, not the row.
    // Used while the source has at most 64 columns; wider tables re-read the whole row.
    std::vector<quint64> m_termColumns; // rows × m_terms.size()
    std::vector<quint64> m_blindColumns; // per term, during a flush: columns whose texts cannot contain it
    std::vector<char> m_columnsPass;
    std::vector<char> m_exactMatches; // 0: some bits of changed cells were skipped (see reaccept)
    bool m_cachedMatches = false;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1 when filtered out
    struct Range
    {
        int top, bottom, left, right;
    };
    std::vector<Range> m_changedRanges; // source dataChanged not yet looked at
    std::vector<int> m_pending;         // source rows to move or to show/hide
    bool m_flushScheduled = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Printwatch::Models
