// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printer.h"

#include <QCoreApplication>

namespace Printwatch::Core {

QString deviceStatusText(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::Unknown: return QCoreApplication::translate("DeviceStatus", "Unknown");
    case DeviceStatus::Idle: return QCoreApplication::translate("DeviceStatus", "Idle");
    case DeviceStatus::Printing: return QCoreApplication::translate("DeviceStatus", "Printing");
    case DeviceStatus::WarmingUp: return QCoreApplication::translate("DeviceStatus", "Warming up");
    case DeviceStatus::Asleep: return QCoreApplication::translate("DeviceStatus", "Asleep");
    case DeviceStatus::Warning: return QCoreApplication::translate("DeviceStatus", "Warning");
    case DeviceStatus::Down: return QCoreApplication::translate("DeviceStatus", "Error");
    case DeviceStatus::Unreachable: return QCoreApplication::translate("DeviceStatus", "Unreachable");
    }
    return {};
}

namespace {
struct StatusKey
{
    DeviceStatus status;
    const char *key;
};
constexpr StatusKey kStatusKeys[] = {
    {DeviceStatus::Unknown, "unknown"}, {DeviceStatus::Idle, "idle"},         {DeviceStatus::Printing, "printing"},
    {DeviceStatus::WarmingUp, "warmup"}, {DeviceStatus::Asleep, "asleep"},    {DeviceStatus::Warning, "warning"},
    {DeviceStatus::Down, "down"},       {DeviceStatus::Unreachable, "unreachable"},
};
} // namespace

QString deviceStatusKey(DeviceStatus status)
{
    for (const auto &entry : kStatusKeys) {
        if (entry.status == status)
            return QLatin1String(entry.key);
    }
    return QStringLiteral("unknown");
}

DeviceStatus deviceStatusFromKey(const QString &key)
{
    for (const auto &entry : kStatusKeys) {
        if (key == QLatin1String(entry.key))
            return entry.status;
    }
    return DeviceStatus::Unknown;
}

QStringList errorStateTexts(quint32 bits)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ErrorState", "paper low"),
        QT_TRANSLATE_NOOP("ErrorState", "no paper"),
        QT_TRANSLATE_NOOP("ErrorState", "toner low"),
        QT_TRANSLATE_NOOP("ErrorState", "no toner"),
        QT_TRANSLATE_NOOP("ErrorState", "door open"),
        QT_TRANSLATE_NOOP("ErrorState", "jammed"),
        QT_TRANSLATE_NOOP("ErrorState", "offline"),
        QT_TRANSLATE_NOOP("ErrorState", "service requested"),
        QT_TRANSLATE_NOOP("ErrorState", "input tray missing"),
        QT_TRANSLATE_NOOP("ErrorState", "output tray missing"),
        QT_TRANSLATE_NOOP("ErrorState", "marker supply missing"),
        QT_TRANSLATE_NOOP("ErrorState", "output nearly full"),
        QT_TRANSLATE_NOOP("ErrorState", "output full"),
        QT_TRANSLATE_NOOP("ErrorState", "input tray empty"),
        QT_TRANSLATE_NOOP("ErrorState", "maintenance overdue"),
    };
    QStringList texts;
    for (int bit = 0; bit < int(std::size(names)); ++bit) {
        if (bits & (0x8000u >> bit))
            texts += QCoreApplication::translate("ErrorState", names[bit]);
    }
    return texts;
}

std::optional<int> SupplyReading::percent() const
{
    if (level < 0 || maxCapacity <= 0)
        return std::nullopt;
    const int clamped = qMin(level, maxCapacity);
    // RFC 3805: for a receptacle the level is the remaining space, so this is "room left" there too.
    return static_cast<int>((static_cast<qint64>(clamped) * 100 + maxCapacity / 2) / maxCapacity);
}

QString SupplyReading::state() const
{
    if (level == SupplyUnrestricted)
        return QStringLiteral("unrestricted");
    if (level == SupplySomeRemaining)
        return QStringLiteral("some remaining");
    if (level < 0)
        return QStringLiteral("unknown");
    const std::optional<int> left = percent();
    if (receptacle) {
        // The level of a receptacle is the room left in it (RFC 3805).
        if (level == 0)
            return QStringLiteral("full");
        if (left && *left <= 10)
            return QStringLiteral("nearly full");
        return QStringLiteral("ok");
    }
    if (level == 0)
        return QStringLiteral("empty");
    if (!left)
        return QStringLiteral("ok"); // a real level without a capacity: something is there
    return *left <= 10 ? QStringLiteral("low") : QStringLiteral("ok");
}

LowestSupply lowestSupply(const QList<SupplyReading> &supplies)
{
    LowestSupply lowest;
    const SupplyReading *withoutPercent = nullptr;
    int withoutPercentRank = -1;
    for (const SupplyReading &supply : supplies) {
        if (const auto percent = supply.percent()) {
            if (!lowest.percent || *percent < *lowest.percent) {
                lowest.percent = percent;
                lowest.name = supply.description;
            }
            continue;
        }
        // A level of 0 is empty (full, for a receptacle) whatever the capacity.
        const QString state = supply.state();
        const int rank = state == u"empty" || state == u"full" ? 5
                         : state == u"some remaining"            ? 3
                         : state == u"ok"                        ? 2
                         : state == u"unknown"                   ? 1
                                                                 : 0;
        if (rank > withoutPercentRank) {
            withoutPercent = &supply;
            withoutPercentRank = rank;
        }
    }
    if (withoutPercent && (withoutPercentRank == 5 || !lowest.percent))
        return {std::nullopt, withoutPercent->description, withoutPercent->state()};
    return lowest;
}

const CounterReading *PollResult::billingCounter() const
{
    for (const auto &reading : counters) {
        if (reading.billing)
            return &reading;
    }
    return nullptr;
}

std::optional<qint64> PollResult::counter(const QString &name) const
{
    for (const auto &reading : counters) {
        if (reading.name == name)
            return reading.value;
    }
    return std::nullopt;
}

} // namespace Printwatch::Core
