// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/oid.h"

#include <QByteArray>

#include <cstdint>

namespace Printwatch::Sim {

// The engine's OID type (32-bit sub-identifiers, short ones stored inline): profiles with
// thousands of entries and every GETNEXT's binary search go through it.
using Oid = Core::Oid;

// The SNMP types a simulated object can have. The numbers are the BER tags (and the .snmprec
// type tags), so they pass straight to net-snmp.
enum class ValueType : std::uint8_t {
    Integer = 0x02,
    OctetString = 0x04,
    Null = 0x05,
    ObjectId = 0x06,
    IpAddress = 0x40,
    Counter32 = 0x41,
    Gauge32 = 0x42,
    TimeTicks = 0x43,
    Opaque = 0x44,
    Counter64 = 0x46,
};

// One value, as served. Integers of every width live in `number`; strings, IP addresses and
// Opaque in `bytes`; OBJECT IDENTIFIERs in `oid`.
struct SnmpValue
{
    ValueType type = ValueType::Null;
    std::int64_t number = 0;
    std::uint64_t counter64 = 0;
    QByteArray bytes;
    Oid oid;

    static SnmpValue integer(std::int64_t v) { return {ValueType::Integer, v, 0, {}, {}}; }
    static SnmpValue octets(QByteArray v) { return {ValueType::OctetString, 0, 0, std::move(v), {}}; }
    static SnmpValue objectId(Oid v) { return {ValueType::ObjectId, 0, 0, {}, std::move(v)}; }
    static SnmpValue counter32(std::uint32_t v) { return {ValueType::Counter32, v, 0, {}, {}}; }
    static SnmpValue gauge32(std::uint32_t v) { return {ValueType::Gauge32, v, 0, {}, {}}; }
    static SnmpValue timeTicks(std::uint32_t v) { return {ValueType::TimeTicks, v, 0, {}, {}}; }
    static SnmpValue counter64Value(std::uint64_t v) { return {ValueType::Counter64, 0, v, {}, {}}; }

    bool operator==(const SnmpValue &) const = default;
};

} // namespace Printwatch::Sim
