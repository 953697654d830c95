// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One row per poll attempt, answered or not: the "why is this printer grey" trail.

#include "core/printer.h"
#include "core/result.h"
#include "storage/records.h"

#include <QList>

#include <optional>

namespace Printwatch::Storage {

class Database;

class PollLogRepository
{
public:
    explicit PollLogRepository(const Database &db);

    Core::Result<void> append(const Core::PollResult &result, std::optional<qint64> deviceId,
                              std::optional<qint64> durationMs = std::nullopt);

    // Newest first. A deviceId limits the log to that device.
    Core::Result<QList<PollLogEntry>> entries(int limit = 1000, std::optional<qint64> deviceId = std::nullopt) const;

private:
    const Database &m_db;
};

} // namespace Printwatch::Storage
