// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Printwatch::Snmp {

// Registers the value types that the poller and discovery send through queued connections.
// Idempotent; the Poller and Discovery constructors call it.
void registerMetaTypes();

} // namespace Printwatch::Snmp
