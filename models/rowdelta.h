// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What changed since the last refresh, worked out where the rows are read (the storage thread), so
// the GUI thread only touches rows that differ: a poll of 100,000 supplies where 2 % of the levels
// moved hands the Supplies model 2,000 rows, not 100,000. Plain value class, no QObject; use one
// instance per table, on one thread.

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace Printwatch::Models {

template <class Row, class Key> struct RowChanges
{
    QList<Row> changed; // new or different rows
    QList<Key> removed; // rows gone from the devices that were read
};

template <class Row, class Key> class RowDelta
{
public:
    using KeyOf = std::function<Key(const Row &)>;
    using DeviceOf = std::function<qint64(const Row &)>;
    using Same = std::function<bool(const Row &, const Row &)>; // equal for display purposes

    RowDelta(KeyOf keyOf, DeviceOf deviceOf, Same same = {})
        : m_keyOf(std::move(keyOf)), m_deviceOf(std::move(deviceOf)), m_same(std::move(same))
    {
    }

    // `rows` is everything storage now holds for `deviceIds` (empty: for every device).
    RowChanges<Row, Key> update(const QList<qint64> &deviceIds, const QList<Row> &rows)
    {
        RowChanges<Row, Key> changes;
        QSet<Key> seen;
        seen.reserve(rows.size());
        for (const Row &row : rows) {
            const Key key = m_keyOf(row);
            seen.insert(key);
            auto last = m_last.find(key);
            if (last == m_last.end()) {
                m_last.insert(key, row);
                m_keysOfDevice[m_deviceOf(row)].insert(key);
                changes.changed.append(row);
            } else if (m_same ? !m_same(*last, row) : !(*last == row)) {
                *last = row;
                changes.changed.append(row);
            }
        }
        const auto forget = [&](qint64 device) {
            auto keys = m_keysOfDevice.find(device);
            if (keys == m_keysOfDevice.end())
                return;
            for (auto it = keys->begin(); it != keys->end();) {
                if (seen.contains(*it)) {
                    ++it;
                    continue;
                }
                changes.removed.append(*it);
                m_last.remove(*it);
                it = keys->erase(it);
            }
        };
        if (deviceIds.isEmpty()) {
            const QList<qint64> devices = m_keysOfDevice.keys();
            for (const qint64 device : devices)
                forget(device);
        } else {
            for (const qint64 device : deviceIds)
                forget(device);
        }
        return changes;
    }

    qsizetype size() const { return m_last.size(); }

private:
    KeyOf m_keyOf;
    DeviceOf m_deviceOf;
    Same m_same;
    QHash<Key, Row> m_last;
    QHash<qint64, QSet<Key>> m_keysOfDevice;
};

} // namespace Printwatch::Models
