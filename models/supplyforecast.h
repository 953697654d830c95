// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Days until a supply runs out (or a waste receptacle fills), from its level history: a least-squares
// line through the readings since the last replacement (a rise in level starts a new cartridge).

#include "storage/records.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Printwatch::Models {

struct LevelPoint
{
    QDateTime at;
    int percent = 0;
};

// Percent readings of one supply (index), oldest first; readings without a real percent are skipped.
QList<LevelPoint> levelSeries(const QList<Storage::SupplyRecord> &history, int supplyIndex);

// Empty when it cannot be told: fewer than three readings since the last replacement, less than an hour
// of history, or a level that is not falling. Zero when it is already empty.
std::optional<double> daysToEmpty(const QList<LevelPoint> &series, const QDateTime &now);

} // namespace Printwatch::Models
