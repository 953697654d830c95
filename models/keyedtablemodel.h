// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The merge machinery shared by the fleet tables (supplies, alerts, counters, printers' history):
// rows are values with a key; a refresh for some devices updates changed rows in place
// (dataChanged over runs of neighbouring rows), appends new ones and removes those that are gone.
// The model is never reset on a poll, so selections, scroll position and the proxy's sort survive,
// and the cost is proportional to what changed rather than to the table size.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace Printwatch::Models {

template <class Row, class Key> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }
    int rowForKey(const Key &key) const { return m_rowOf.value(key, -1); }

    // The whole table. Resets only when it was empty (first load: nothing to preserve).
    void setRows(const QList<Row> &rows)
    {
        if (m_rows.isEmpty()) {
            beginResetModel();
            for (const Row &row : rows) {
                const Key key = keyOf(row);
                if (const auto found = m_rowOf.constFind(key); found != m_rowOf.constEnd()) {
                    m_rows[*found] = row;
                    continue;
                }
                m_rowOf.insert(key, static_cast<int>(m_rows.size()));
                m_rows.append(row);
            }
            reindex();
            endResetModel();
            return;
        }
        QSet<Key> keep;
        keep.reserve(rows.size());
        for (const Row &row : rows)
            keep.insert(keyOf(row));
        removeWhere([&](const Row &row) { return !keep.contains(keyOf(row)); });
        mergeRows(rows);
    }

    // What storage now holds for `deviceIds`: their rows not in `rows` are removed.
    void replaceDevices(const QList<qint64> &deviceIds, const QList<Row> &rows)
    {
        const QSet<qint64> devices(deviceIds.cbegin(), deviceIds.cend());
        qsizetype held = 0;
        for (const qint64 device : devices)
            held += m_rowsOfDevice.value(device);
        const qsizetype matched = mergeRowsCounting(rows);
        // The usual poll: every row the devices had came again, so there is nothing to look for.
        if (matched == held)
            return;
        QSet<Key> keep;
        keep.reserve(rows.size());
        for (const Row &row : rows)
            keep.insert(keyOf(row));
        removeWhere([&](const Row &row) { return devices.contains(deviceOf(row)) && !keep.contains(keyOf(row)); });
    }

    // Upsert: changed rows emit dataChanged for the changed columns, new rows are appended.
    void mergeRows(const QList<Row> &rows) { mergeRowsCounting(rows); }

    // A delta worked out elsewhere (RowDelta on the storage thread): the GUI thread touches only these.
    void applyChanges(const QList<Row> &changed, const QList<Key> &removed)
    {
        // A poll's usual refresh: nothing removed and no more rows than the table holds. The reset
        // below needs more new rows than the table holds then, so it cannot follow: each row is looked
        // up and merged in one pass, while it is in the cache (two passes over 100,000 rows each way
        // read some 100 MB).
        if (removed.isEmpty() && !m_rows.isEmpty() && changed.size() <= m_rows.size()) {
            mergeAt(changed, {});
            return;
        }
        // Each key is looked up once; the positions serve the decision below and the merge.
        std::vector<int> positions = positionsOf(changed);
        const auto added = static_cast<qsizetype>(std::count(positions.cbegin(), positions.cend(), -1));
        const qsizetype after = m_rows.size() - removed.size() + added;
        // When most of the table comes and goes at once (a new fleet, a changed scope), row signals
        // cost more than a rebuild, and there is little selection left to keep: one reset.
        if (!m_rows.isEmpty() && (added + removed.size()) * 2 > qMax<qsizetype>(after, m_rows.size())) {
            const QSet<Key> gone(removed.cbegin(), removed.cend());
            QList<Row> rows = m_rows;
            for (qsizetype i = 0; i < changed.size(); ++i) {
                if (positions[static_cast<size_t>(i)] >= 0)
                    rows[positions[static_cast<size_t>(i)]] = changed.at(i);
            }
            if (!gone.isEmpty())
                rows.removeIf([&](const Row &row) { return gone.contains(keyOf(row)); });
            QSet<Key> seen;
            for (qsizetype i = 0; i < changed.size(); ++i) {
                if (positions[static_cast<size_t>(i)] < 0 && !seen.contains(keyOf(changed.at(i)))) {
                    seen.insert(keyOf(changed.at(i)));
                    rows.append(changed.at(i));
                }
            }
            beginResetModel();
            m_rows = std::move(rows);
            reindex();
            endResetModel();
            return;
        }
        if (!removed.isEmpty()) {
            const QSet<Key> gone(removed.cbegin(), removed.cend());
            removeWhere([&](const Row &row) { return gone.contains(keyOf(row)); });
            positions = positionsOf(changed); // rows below a removal moved up
        }
        mergeAt(changed, positions);
    }

private:
    // The place of `key` in the model, -1 when it is new. Storage lists rows in the order they were
    // first added more often than not: the rows after the last one found (`guess`) are tried before
    // the hash, so a whole-fleet poll never hashes, and a refresh of part of the table (the rows whose
    // levels moved) skips a few rows between two it lists: a short look ahead still finds them, which
    // is cheaper than hashing into a table of 100,000 keys that the cache does not hold.
    int findRow(const Key &key, int guess) const
    {
        constexpr int kLookAhead = 8;
        const int end = qMin(static_cast<int>(m_rows.size()), guess + kLookAhead);
        for (int next = guess; next < end; ++next) {
            if (keyOf(m_rows.at(next)) == key)
                return next;
        }
        return m_rowOf.value(key, -1);
    }

    std::vector<int> positionsOf(const QList<Row> &rows) const
    {
        std::vector<int> positions;
        positions.reserve(static_cast<size_t>(rows.size()));
        int guess = 0;
        for (const Row &row : rows) {
            const int at = findRow(keyOf(row), guess);
            positions.push_back(at);
            if (at >= 0)
                guess = at + 1;
        }
        return positions;
    }

    // Returns how many of `rows` were already in the model.
    qsizetype mergeRowsCounting(const QList<Row> &rows) { return mergeAt(rows, {}); }

    // `positions`: each row's place in the model, -1 for a new row; empty: looked up here, row by row.
    qsizetype mergeAt(const QList<Row> &rows, const std::vector<int> &positions)
    {
        qsizetype matched = 0;
        struct Change
        {
            int firstRow, lastRow, firstColumn, lastColumn;
        };
        QList<Change> changes;
        QList<Row> added;
        QHash<Key, qsizetype> addedAt;
        // One detach check for the whole refresh, not one per row (and none when nothing came).
        Row *held = rows.isEmpty() ? nullptr : m_rows.data();
        const bool lookUp = positions.empty();
        int guess = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            const int at = lookUp ? findRow(keyOf(row), guess) : positions[static_cast<size_t>(i)];
            if (at < 0) {
                const Key key = keyOf(row);
                if (const auto again = addedAt.constFind(key); again != addedAt.constEnd()) {
                    added[*again] = row;
                } else {
                    addedAt.insert(key, added.size());
                    added.append(row);
                }
                continue;
            }
            ++matched;
            guess = at + 1;
            // Raw values decide, cheaply: only cells whose shown value differs are signalled.
            const auto [first, last] = mergeRow(held[at], row);
            if (first < 0)
                continue;
            // A refresh in table order extends the run it is in (at 100 % one run: no list of 100,000).
            if (!changes.isEmpty()) {
                Change &run = changes.last();
                if (at == run.lastRow + 1 && first == run.firstColumn && last == run.lastColumn) {
                    run.lastRow = at;
                    continue;
                }
            }
            changes.append({at, at, first, last});
        }
        // Neighbouring rows share one signal, also when the refresh listed them in another order than
        // the table's. Runs are kept per column, and neighbouring columns with the same runs share a
        // signal: a poll that moves every level and the state of a few supplies signals the Level
        // column once for the whole table and the State cells of those few, so the proxy re-reads one
        // cell per row instead of two.
        const auto byRow = [](const Change &a, const Change &b) { return a.firstRow < b.firstRow; };
        if (!std::is_sorted(changes.cbegin(), changes.cend(), byRow))
            std::sort(changes.begin(), changes.end(), byRow);
        const int columns = columnCount();
        std::vector<std::vector<std::pair<int, int>>> runsOf(static_cast<size_t>(qMax(0, columns)));
        for (const Change &change : std::as_const(changes)) {
            for (int column = change.firstColumn; column <= change.lastColumn && column < columns; ++column) {
                auto &runs = runsOf[static_cast<size_t>(column)];
                if (!runs.empty() && runs.back().second + 1 >= change.firstRow)
                    runs.back().second = qMax(runs.back().second, change.lastRow);
                else
                    runs.emplace_back(change.firstRow, change.lastRow);
            }
        }
        for (size_t column = 0; column < runsOf.size();) {
            if (runsOf[column].empty()) {
                ++column;
                continue;
            }
            size_t lastColumn = column;
            while (lastColumn + 1 < runsOf.size() && runsOf[lastColumn + 1] == runsOf[column])
                ++lastColumn;
            // createIndex: the rows and columns are known to exist, and a poll may send thousands of runs.
            for (const auto &[firstRow, lastRow] : runsOf[column])
                Q_EMIT dataChanged(createIndex(firstRow, static_cast<int>(column)),
                                   createIndex(lastRow, static_cast<int>(lastColumn)));
            column = lastColumn + 1;
        }
        if (added.isEmpty())
            return matched;
        const int firstNew = static_cast<int>(m_rows.size());
        beginInsertRows({}, firstNew, firstNew + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        for (int at = firstNew; at < m_rows.size(); ++at) {
            m_rowOf.insert(keyOf(m_rows.at(at)), at);
            ++m_rowsOfDevice[deviceOf(m_rows.at(at))];
        }
        endInsertRows();
        return matched;
    }

public:

    // Removes matching rows in contiguous runs, bottom up, so the rows above a run keep their numbers.
    template <class Predicate> void removeWhere(Predicate predicate)
    {
        QList<int> gone;
        for (int at = static_cast<int>(m_rows.size()) - 1; at >= 0; --at) {
            if (predicate(m_rows.at(at)))
                gone.append(at);
        }
        if (gone.isEmpty())
            return;
        qsizetype i = 0;
        while (i < gone.size()) {
            const int last = gone.at(i);
            int first = last;
            while (i + 1 < gone.size() && gone.at(i + 1) == first - 1) {
                --first;
                ++i;
            }
            ++i;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        reindex();
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        reindex();
        endResetModel();
    }

    // The naive refresh, kept for the benchmark's comparison: everything is thrown away and rebuilt.
    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows.clear();
        m_rowOf.clear();
        for (const Row &row : rows) {
            if (m_rowOf.contains(keyOf(row)))
                continue;
            m_rowOf.insert(keyOf(row), static_cast<int>(m_rows.size()));
            m_rows.append(row);
        }
        reindex();
        endResetModel();
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;
    virtual qint64 deviceOf(const Row &row) const = 0;
    // The first and last column whose display differs, or {-1, -1} when none does.
    virtual std::pair<int, int> changedColumns(const Row &before, const Row &after) const
    {
        if (before == after)
            return {-1, -1};
        return {0, columnCount() - 1};
    }
    // Takes over `next`; a model may skip what it knows to be equal (reference counts cost at 100,000 rows).
    virtual void assignRow(Row &current, const Row &next) const { current = next; }
    // Both in one pass over the two rows: a model whose rows are wide overrides this, so a poll of
    // 100,000 rows compares each field once instead of once per question.
    virtual std::pair<int, int> mergeRow(Row &current, const Row &next) const
    {
        const std::pair<int, int> columns = changedColumns(current, next);
        assignRow(current, next);
        return columns;
    }
    // Rows the model adjusts itself (e.g. a column that depends on the clock).
    QList<Row> &mutableRows() { return m_rows; }

private:
    void reindex()
    {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        m_rowsOfDevice.clear();
        for (int at = 0; at < m_rows.size(); ++at) {
            m_rowOf.insert(keyOf(m_rows.at(at)), at);
            ++m_rowsOfDevice[deviceOf(m_rows.at(at))];
        }
    }

    QList<Row> m_rows;
    QHash<Key, int> m_rowOf;
    QHash<qint64, qsizetype> m_rowsOfDevice;
};

} // namespace Printwatch::Models
