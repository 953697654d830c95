// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/profile.h"

#include <QDebug>

#include <algorithm>
#include <array>

namespace Printwatch::Sim {

namespace {

// Compares an entry's OID with a key given as a plain array (net-snmp hands us oid arrays).
int compare(const Oid &oid, const std::uint32_t *b, std::size_t bLength)
{
    const std::uint32_t *a = oid.constData();
    const std::size_t aLength = std::size_t(oid.size());
    const std::size_t n = std::min(aLength, bLength);
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    if (aLength == bLength)
        return 0;
    return aLength < bLength ? -1 : 1;
}

// An IPv4 address (host byte order) as the four sub-identifiers of a table index.
std::array<std::uint32_t, 4> addressIndex(std::uint32_t address)
{
    return {address >> 24, (address >> 16) & 0xFF, (address >> 8) & 0xFF, address & 0xFF};
}

} // namespace

std::size_t Profile::lowerBound(const std::uint32_t *oid, std::size_t length, bool inclusive) const
{
    const auto it = std::partition_point(entries.begin(), entries.end(), [&](const ProfileEntry &e) {
        const int c = compare(e.oid, oid, length);
        return inclusive ? c < 0 : c <= 0;
    });
    return std::size_t(it - entries.begin());
}

const ProfileEntry *Profile::find(const std::uint32_t *oid, std::size_t length) const
{
    const std::size_t i = lowerBound(oid, length, true);
    if (i < entries.size() && compare(entries[i].oid, oid, length) == 0)
        return &entries[i];
    return nullptr;
}

const ProfileEntry *Profile::find(const std::uint32_t *oid, std::size_t length, bool *parentHasSubtree) const
{
    const std::size_t i = lowerBound(oid, length, true);
    if (i < entries.size() && compare(entries[i].oid, oid, length) == 0)
        return &entries[i];
    // Every OID from the parent P up to P.x (= oid) starts with P, so the first entry at or after P
    // is under P exactly when entry i or the one before it is.
    const std::size_t prefix = length - 1;
    const auto under = [&](std::size_t j) {
        const Oid &o = entries[j].oid;
        return std::size_t(o.size()) >= prefix && std::equal(oid, oid + prefix, o.begin());
    };
    *parentHasSubtree = length > 1 && ((i < entries.size() && under(i)) || (i > 0 && under(i - 1)));
    return nullptr;
}

bool Profile::hasSubtree(const std::uint32_t *prefix, std::size_t length) const
{
    const std::size_t i = lowerBound(prefix, length, true);
    if (i >= entries.size())
        return false;
    const Oid &o = entries[i].oid;
    return std::size_t(o.size()) >= length && std::equal(prefix, prefix + length, o.begin());
}

std::size_t Profile::requestKey(std::uint32_t *key, std::size_t length, std::uint32_t address) const
{
    const std::size_t table = std::size_t(addressTable.size());
    // Only names with a column and at least one index sub-identifier under the table move.
    if (table == 0 || length <= table + 1 || !std::equal(addressTable.begin(), addressTable.end(), key))
        return length;
    const std::size_t row = table + 1; // where the index starts
    const std::array<std::uint32_t, 4> own = addressIndex(address);
    const std::size_t tail = length - row;
    int order = 0; // of the request's index against the device's own
    for (std::size_t i = 0; i < std::min<std::size_t>(tail, 4) && order == 0; ++i)
        order = key[row + i] < own[i] ? -1 : key[row + i] > own[i] ? 1 : 0;
    if (order == 0)
        order = tail < 4 ? -1 : tail > 4 ? 1 : 0;
    if (order < 0)
        return row; // the bare column: just before the row
    std::fill_n(key + row, 4, 0u);
    if (order == 0)
        return row + 4;
    key[row + 4] = 0; // just after the row
    return row + 5;
}

Oid Profile::wireName(const ProfileEntry &entry, std::uint32_t address) const
{
    if (!entry.byAddress)
        return entry.oid;
    Oid name = entry.oid.first(entry.oid.size() - 4);
    const std::array<std::uint32_t, 4> own = addressIndex(address);
    name.append(own.data(), qsizetype(own.size()));
    return name;
}

void ProfileBuilder::add(const char *dottedOid, SnmpValue value)
{
    add(parseOid(QString::fromLatin1(dottedOid)).value(), std::move(value));
}

void ProfileBuilder::addDynamic(const char *dottedOid, Dynamic dynamic, ValueType type, std::uint16_t arg)
{
    SnmpValue v;
    v.type = type;
    add(parseOid(QString::fromLatin1(dottedOid)).value(), std::move(v), dynamic, arg);
}

void ProfileBuilder::add(Oid oid, SnmpValue value, Dynamic dynamic, std::uint16_t arg)
{
    m_entries.push_back(ProfileEntry{std::move(oid), std::move(value), dynamic, arg});
}

void ProfileBuilder::addByAddress(const char *dottedColumn, SnmpValue value, Dynamic dynamic)
{
    Oid oid = parseOid(QString::fromLatin1(dottedColumn)).value();
    for (int i = 0; i < 4; ++i)
        oid.append(0);
    m_entries.push_back(ProfileEntry{std::move(oid), std::move(value), dynamic, 0, true});
}

std::vector<ProfileEntry> ProfileBuilder::take()
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const ProfileEntry &a, const ProfileEntry &b) { return a.oid < b.oid; });
    for (std::size_t i = 1; i < m_entries.size(); ++i)
        Q_ASSERT_X(m_entries[i - 1].oid != m_entries[i].oid, "ProfileBuilder", "duplicate OID in a generated profile");
    m_entries.shrink_to_fit();
    return std::move(m_entries);
}

std::shared_ptr<const Profile> profileFromRecording(const Recording &recording)
{
    auto profile = std::make_shared<Profile>();
    profile->printer = false;
    profile->model = recording.path;
    profile->entries.reserve(recording.entries.size());
    for (const auto &[oid, value] : recording.entries) {
        profile->entries.push_back(ProfileEntry{oid, value, Dynamic::None, 0});
        if (oid == Oid{1, 3, 6, 1, 2, 1, 1, 2, 0} && value.type == ValueType::ObjectId)
            profile->sysObjectId = value.oid.toString();
    }
    return profile;
}

QByteArray firmwareText(FirmwareText format, const QByteArray &version)
{
    switch (format) {
    case FirmwareText::HpPml:
        return QByteArrayLiteral("\x01\x15") + version;
    case FirmwareText::BrotherVer:
        return QByteArrayLiteral("Firmware Ver.") + version;
    case FirmwareText::Plain:
        break;
    }
    return version;
}

} // namespace Printwatch::Sim
