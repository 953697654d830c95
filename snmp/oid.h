// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine's OID is the shared core type (see core/oid.h); the alias keeps Snmp::Oid spelled
// as before everywhere above.
#include "core/oid.h"

namespace Printwatch::Snmp {
using Oid = Core::Oid;
} // namespace Printwatch::Snmp
