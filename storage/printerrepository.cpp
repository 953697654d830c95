// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/printerrepository.h"

#include "storage/database.h"
#include "storage/polllogrepository.h"
#include "storage/readingrepository.h"
#include "storage/storageutil.h"

#include <QVariant>

namespace Printwatch::Storage {

namespace {

const QString kSummarySelect = QStringLiteral(
    "SELECT d.id, d.sys_name, d.model, d.address, d.port, d.vendor, d.serial, d.mac, s.status, s.total_pages,"
    " s.lowest_supply_percent, s.lowest_supply_name, d.last_seen, s.polled_at, s.last_error, s.lowest_supply_state,"
    " s.detected_error_state FROM devices d LEFT JOIN device_state s ON s.device_id = d.id");

Core::PrinterSummary summaryFromRow(const QSqlQuery &query)
{
    Core::PrinterSummary summary;
    summary.deviceId = query.value(0).toLongLong();
    const QString sysName = query.value(1).toString();
    summary.model = query.value(2).toString();
    summary.name = sysName.isEmpty() ? summary.model : sysName;
    summary.address = query.value(3).toString();
    summary.port = static_cast<quint16>(query.value(4).toUInt());
    summary.vendor = query.value(5).toString();
    summary.serial = query.value(6).toString();
    summary.mac = query.value(7).toString();
    summary.status = Core::deviceStatusFromKey(query.value(8).toString());
    summary.totalPages = Util::optionalInt64(query.value(9));
    if (!query.value(10).isNull())
        summary.lowestSupplyPercent = query.value(10).toInt();
    summary.lowestSupplyName = query.value(11).toString();
    summary.lastSeen = Util::fromMs(query.value(12));
    summary.lastPolled = Util::fromMs(query.value(13));
    summary.lastError = query.value(14).toString();
    summary.lowestSupplyState = query.value(15).toString();
    summary.detectedErrorState = query.value(16).isNull() ? 0 : query.value(16).toUInt();
    return summary;
}

} // namespace

PrinterRepository::PrinterRepository(const Database &db) : m_db(db) {}

Core::Result<QList<Core::PrinterSummary>> PrinterRepository::summaries() const
{
    auto query = m_db.run(kSummarySelect + QStringLiteral(" ORDER BY d.id"));
    if (!query)
        return Core::Error{query.error()};
    QList<Core::PrinterSummary> rows;
    while (query->next())
        rows.append(summaryFromRow(*query));
    return rows;
}

Core::Result<QList<Core::PrinterSummary>> PrinterRepository::summaries(const QList<qint64> &deviceIds) const
{
    // One bound lookup per id: no driver-specific array binding, and the list is one batch long.
    QList<qint64> ids = deviceIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto query = m_db.prepare(kSummarySelect + QStringLiteral(" WHERE d.id = ?"));
    if (!query)
        return Core::Error{query.error()};
    QList<Core::PrinterSummary> rows;
    for (qint64 id : ids) {
        if (auto done = m_db.exec(query.value(), {id}); !done)
            return Core::Error{done.error()};
        if (query->next())
            rows.append(summaryFromRow(*query));
        query->finish();
    }
    return rows;
}

Core::Result<QList<Core::PollTarget>> PrinterRepository::managedTargets(const Core::SnmpCredential &base) const
{
    auto query = m_db.run(QStringLiteral("SELECT id, address, port, snmp_version FROM devices"
                                         " WHERE managed = 1 AND address IS NOT NULL ORDER BY id"));
    if (!query)
        return Core::Error{query.error()};
    QList<Core::PollTarget> targets;
    while (query->next()) {
        Core::PollTarget target;
        target.deviceId = query->value(0).toLongLong();
        target.address = query->value(1).toString();
        target.port = static_cast<quint16>(query->value(2).toUInt());
        target.credential = base;
        target.credential.port = target.port;
        target.credential.version = Core::snmpVersionFromKey(query->value(3).toString()).value_or(base.version);
        targets.append(target);
    }
    return targets;
}

Core::Result<QList<CounterRecord>> PrinterRepository::counterHistory(qint64 deviceId, const QString &name) const
{
    return ReadingRepository(m_db).counterHistory(deviceId, name);
}

Core::Result<QList<AlertRecord>> PrinterRepository::alerts(qint64 deviceId, bool activeOnly) const
{
    return ReadingRepository(m_db).alerts(deviceId, activeOnly);
}

Core::Result<QList<PollLogEntry>> PrinterRepository::pollLog(int limit, std::optional<qint64> deviceId) const
{
    return PollLogRepository(m_db).entries(limit, deviceId);
}

} // namespace Printwatch::Storage
