// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small conversions shared by the repositories (internal to storage/).

#include "core/printer.h"

#include <QDateTime>
#include <QMetaType>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Printwatch::Storage::Util {

// Times are stored as UTC milliseconds; an invalid poll time means "now", never 1970.
inline qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

inline QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Typed NULLs, so a stricter driver (QPSQL) knows the column type.
inline QVariant nullableInt64(std::optional<qint64> value)
{
    return value ? QVariant::fromValue<qint64>(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant nullableInt(std::optional<int> value)
{
    return value ? QVariant::fromValue<int>(*value) : QVariant(QMetaType::fromType<int>());
}

inline std::optional<qint64> optionalInt64(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// The columns every supply table has, read from column `first` on in this order: supply_index,
// description, kind, colour, level, max_capacity, receptacle, source.
inline Core::SupplyReading supplyFromRow(const QSqlQuery &query, int first)
{
    Core::SupplyReading supply;
    supply.index = query.value(first).toInt();
    supply.description = query.value(first + 1).toString();
    supply.kind = query.value(first + 2).toString();
    supply.colour = query.value(first + 3).toString();
    supply.level = query.value(first + 4).toInt();
    supply.maxCapacity = query.value(first + 5).toInt();
    supply.receptacle = query.value(first + 6).toInt() != 0;
    supply.source = query.value(first + 7).toString();
    return supply;
}

} // namespace Printwatch::Storage::Util
