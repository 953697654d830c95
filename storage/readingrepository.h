// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a poll measured: latest state per device, counter and supply history, latest supplies and
// the alert table with raise and clear times.

#include "core/printer.h"
#include "core/result.h"
#include "storage/records.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Printwatch::Storage {

class Database;

// The latest capabilities and status detail of a device (schema v4).
struct DeviceDetails
{
    QDateTime polledAt;
    Core::Capabilities capabilities;
    Core::StatusDetail status;

    bool operator==(const DeviceDetails &) const = default;
};

class ReadingRepository
{
public:
    explicit ReadingRepository(const Database &db);

    // Stores a reachable poll for a resolved device: state, counters, supplies, alerts. An alert
    // active in the store and absent from this poll gets cleared_at; one still present is kept.
    // Call inside a write transaction.
    Core::Result<void> store(qint64 deviceId, const Core::PollResult &result);

    // A poll that got no answer: only the state changes (status, error, time); readings, supplies
    // and alerts stay as last seen, because silence says nothing about them.
    Core::Result<void> storeUnreachable(qint64 deviceId, const Core::PollResult &result);

    // Oldest first. An empty name means every counter.
    Core::Result<QList<CounterRecord>> counterHistory(qint64 deviceId, const QString &name = {}) const;
    Core::Result<QList<SupplyRecord>> supplyHistory(qint64 deviceId) const;
    Core::Result<QList<Core::SupplyReading>> latestSupplies(qint64 deviceId) const;
    // The newest reading of every meter, with provenance (raw value, scale, alternatives, conflict).
    Core::Result<QList<CounterRecord>> latestCounters(qint64 deviceId) const;
    // Empty when no reachable poll of this device was stored since schema v4.
    Core::Result<std::optional<DeviceDetails>> details(qint64 deviceId) const;
    // Newest first; activeOnly leaves out cleared alerts.
    Core::Result<QList<AlertRecord>> alerts(qint64 deviceId, bool activeOnly = false) const;

private:
    Core::Result<void> upsertState(qint64 deviceId, const Core::PollResult &result, bool reachable);
    Core::Result<void> storeCounters(qint64 deviceId, const Core::PollResult &result, qint64 at);
    Core::Result<void> storeSupplies(qint64 deviceId, const Core::PollResult &result, qint64 at);
    Core::Result<void> storeAlerts(qint64 deviceId, const Core::PollResult &result, qint64 at);
    Core::Result<void> storeDetails(qint64 deviceId, const Core::PollResult &result, qint64 at);

    const Database &m_db;
};

} // namespace Printwatch::Storage
