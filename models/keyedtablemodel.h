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
        if (!removed.isEmpty()) {
            const QSet<Key> gone(removed.cbegin(), removed.cend());
            removeWhere([&](const Row &row) { return gone.contains(keyOf(row)); });
        }
        mergeRowsCounting(changed);
    }

private:
    // Returns how many of `rows` were already in the model.
    qsizetype mergeRowsCounting(const QList<Row> &rows)
    {
        qsizetype matched = 0;
        struct Change
        {
            int firstRow, lastRow, firstColumn, lastColumn;
        };
        QList<Change> changes;
        QList<Row> added;
        QHash<Key, qsizetype> addedAt;
        for (const Row &row : rows) {
            const Key key = keyOf(row);
            const auto found = m_rowOf.constFind(key);
            if (found == m_rowOf.constEnd()) {
                if (const auto again = addedAt.constFind(key); again != addedAt.constEnd()) {
                    added[*again] = row;
                } else {
                    addedAt.insert(key, added.size());
                    added.append(row);
                }
                continue;
            }
            ++matched;
            const int at = *found;
            Row &current = m_rows[at];
            if (current == row)
                continue;
            const auto [first, last] = changedColumns(current, row);
            current = row;
            if (first < 0)
                continue;
            if (!changes.isEmpty()) {
                Change &previous = changes.last();
                if (previous.lastRow + 1 == at && previous.firstColumn == first && previous.lastColumn == last) {
                    previous.lastRow = at;
                    continue;
                }
            }
            changes.append({at, at, first, last});
        }
        for (const Change &change : std::as_const(changes))
            Q_EMIT dataChanged(index(change.firstRow, change.firstColumn), index(change.lastRow, change.lastColumn));
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
        Q_UNUSED(before)
        Q_UNUSED(after)
        return {0, columnCount() - 1};
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
