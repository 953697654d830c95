// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/polllogrepository.h"

#include "storage/database.h"
#include "storage/storageutil.h"

#include <QVariant>

namespace Printwatch::Storage {

PollLogRepository::PollLogRepository(const Database &db) : m_db(db) {}

Core::Result<void> PollLogRepository::append(const Core::PollResult &result, std::optional<qint64> deviceId,
                                             std::optional<qint64> durationMs)
{
    return m_db.execute(QStringLiteral("INSERT INTO poll_log (polled_at, address, port, device_id, ok, error,"
                                       " duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {Util::toMs(result.polledAt), result.address, result.port, Util::nullableInt64(deviceId),
                         result.reachable ? 1 : 0, result.error, Util::nullableInt64(durationMs)});
}

Core::Result<QList<PollLogEntry>> PollLogRepository::entries(int limit, std::optional<qint64> deviceId) const
{
    auto query = m_db.run(QStringLiteral("SELECT id, polled_at, address, port, device_id, ok, error, duration_ms"
                                         " FROM poll_log WHERE (? = 0 OR device_id = ?)"
                                         " ORDER BY polled_at DESC, id DESC LIMIT ?"),
                          {deviceId ? 1 : 0, deviceId.value_or(0), qMax(0, limit)});
    if (!query)
        return Core::Error{query.error()};
    QList<PollLogEntry> entries;
    while (query->next()) {
        PollLogEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.polledAt = Util::fromMs(query->value(1));
        entry.address = query->value(2).toString();
        entry.port = static_cast<quint16>(query->value(3).toUInt());
        entry.deviceId = Util::optionalInt64(query->value(4));
        entry.ok = query->value(5).toInt() != 0;
        entry.error = query->value(6).toString();
        entry.durationMs = Util::optionalInt64(query->value(7));
        entries.append(entry);
    }
    return entries;
}

} // namespace Printwatch::Storage
