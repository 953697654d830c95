// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which printers the logged-in user may see, as one value applied where rows are read (the storage
// reader, printwatch-cli list) before they reach any model: the Printers, Counters, Supplies and
// Alerts tables, the dashboard totals, the detail page, the activity log, copy and export then
// only ever hold visible printers. Auth::Authorizer::visibleDevices decides; this only filters.
// A plain value (no QObject), cheap to copy across threads.

#include <QList>
#include <QMetaType>
#include <QSet>

#include <optional>

namespace Printwatch::Models {

class DeviceVisibility
{
public:
    static DeviceVisibility all() { return DeviceVisibility(std::nullopt); }
    static DeviceVisibility none() { return DeviceVisibility(QSet<qint64>()); }
    static DeviceVisibility only(QSet<qint64> deviceIds) { return DeviceVisibility(std::move(deviceIds)); }
    // Authorizer::visibleDevices' answer: std::nullopt = every printer.
    static DeviceVisibility fromIds(std::optional<QSet<qint64>> deviceIds) { return DeviceVisibility(std::move(deviceIds)); }

    DeviceVisibility() = default; // every printer: what a build without logins shows

    bool isAll() const { return !m_ids.has_value(); }
    bool contains(qint64 deviceId) const { return !m_ids || m_ids->contains(deviceId); }
    qsizetype count() const { return m_ids ? m_ids->size() : -1; }

    // The visible part of a request for some devices. An empty request means "every device" to
    // the fleet queries, so a request whose devices are all hidden comes back as std::nullopt:
    // nothing to read, not everything.
    std::optional<QList<qint64>> narrow(const QList<qint64> &deviceIds) const;

    // The rows of visible devices; `deviceOf` names a row's device.
    template <class Row, class DeviceOf> QList<Row> filter(const QList<Row> &rows, DeviceOf deviceOf) const
    {
        if (!m_ids)
            return rows;
        QList<Row> kept;
        kept.reserve(rows.size());
        for (const Row &row : rows) {
            if (m_ids->contains(deviceOf(row)))
                kept.append(row);
        }
        return kept;
    }

    bool operator==(const DeviceVisibility &) const = default;

private:
    explicit DeviceVisibility(std::optional<QSet<qint64>> ids) : m_ids(std::move(ids)) {}

    std::optional<QSet<qint64>> m_ids; // std::nullopt = all
};

} // namespace Printwatch::Models

Q_DECLARE_METATYPE(Printwatch::Models::DeviceVisibility)
