// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace Printwatch::Sim {

// An OBJECT IDENTIFIER as sub-identifiers. 32 bits each is what SNMP allows, and it halves the
// memory of net-snmp's `oid` (unsigned long) for profiles with thousands of entries.
using Oid = std::vector<std::uint32_t>;

// Parses "1.3.6.1.2.1.1.1.0" (a leading dot is accepted, as in some recordings).
Core::Result<Oid> parseOid(QStringView text);
QString oidToString(const Oid &oid);

// True when `prefix` is a prefix of (or equal to) `oid`.
bool oidStartsWith(const Oid &oid, const Oid &prefix);

} // namespace Printwatch::Sim
