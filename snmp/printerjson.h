// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A decoded printer as JSON: the format of `printwatch-cli inspect --json` (docs/accuracy.md).
// Levels and capacities stay raw; "percent" is null when it cannot be computed.

#include "core/printer.h"

#include <QJsonObject>

namespace Printwatch::Snmp {

QJsonObject pollResultToJson(const Core::PollResult &result);

} // namespace Printwatch::Snmp
