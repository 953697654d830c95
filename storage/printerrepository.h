// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The read side for the GUI, reports and the poller: printer summaries and what to poll. Use it
// with a Database opened on the calling thread; WAL lets it read while the writer writes.

#include "core/printer.h"
#include "core/result.h"
#include "core/snmpcredential.h"
#include "storage/records.h"

#include <QList>

namespace Printwatch::Storage {

class Database;

class PrinterRepository
{
public:
    explicit PrinterRepository(const Database &db);

    // Every device, ordered by id. name = sysName, else model; the lowest supply ignores supplies
    // without a real percent.
    Core::Result<QList<Core::PrinterSummary>> summaries() const;
    // The given devices only (the ones a write changed), ordered by id.
    Core::Result<QList<Core::PrinterSummary>> summaries(const QList<qint64> &deviceIds) const;

    // Managed devices with a current address. The community, timeouts and retries come from
    // `base` (settings or the secret store), never from the database; address, port and SNMP
    // version come from the device.
    Core::Result<QList<Core::PollTarget>> managedTargets(const Core::SnmpCredential &base = {}) const;

    // Detail-page readers; the same queries as ReadingRepository and PollLogRepository, gathered
    // here so a page needs one repository.
    Core::Result<QList<CounterRecord>> counterHistory(qint64 deviceId, const QString &name = {}) const;
    Core::Result<QList<AlertRecord>> alerts(qint64 deviceId, bool activeOnly = false) const;
    Core::Result<QList<PollLogEntry>> pollLog(int limit = 1000, std::optional<qint64> deviceId = std::nullopt) const;

private:
    const Database &m_db;
};

} // namespace Printwatch::Storage
