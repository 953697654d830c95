// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/records.h"

namespace Printwatch::Storage {

namespace {
struct ConflictKey
{
    ConflictKind kind;
    const char *key;
};
constexpr ConflictKey kConflictKeys[] = {
    {ConflictKind::MacMismatch, "mac_mismatch"},
    {ConflictKind::SerialAtTwoAddresses, "serial_at_two_addresses"},
    {ConflictKind::MacWithOtherSerial, "mac_with_other_serial"},
    {ConflictKind::ReplacedAtAddress, "replaced_at_address"},
    {ConflictKind::EngineIdShared, "engine_id_shared"},
};
} // namespace

QString conflictKindKey(ConflictKind kind)
{
    for (const auto &entry : kConflictKeys) {
        if (entry.kind == kind)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<ConflictKind> conflictKindFromKey(const QString &key)
{
    for (const auto &entry : kConflictKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace Printwatch::Storage
