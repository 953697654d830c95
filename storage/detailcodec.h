// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JSON text for the parts of a poll that are stored as one value per row (internal to storage/):
// the lists inside Capabilities and StatusDetail, and a counter's alternative sources. They are
// read back whole for the detail page and never filtered on, so a column each would buy nothing.
// Unknown or damaged text decodes to empty values, never to an error: a detail page must open.

#include "core/printer.h"

#include <QString>

namespace Printwatch::Storage::DetailCodec {

QString capabilitiesToJson(const Core::Capabilities &capabilities); // lists only; scalars have columns
void capabilitiesFromJson(const QString &json, Core::Capabilities &capabilities);

QString statusDetailToJson(const Core::StatusDetail &detail); // console lines, covers, language
void statusDetailFromJson(const QString &json, Core::StatusDetail &detail);

QString alternativesToJson(const QList<Core::CounterSourceValue> &alternatives); // "" when none
QList<Core::CounterSourceValue> alternativesFromJson(const QString &json);

} // namespace Printwatch::Storage::DetailCodec
