// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Roles every fleet table model answers, so one proxy and one page class serve them all.
// The values match PrinterTableModel's SortRole and DeviceIdRole.

#include <Qt>

namespace Printwatch::Models::Roles {

inline constexpr int SortRole = Qt::UserRole + 1;     // raw value; an invalid QVariant when unknown (sorts last)
inline constexpr int DeviceIdRole = Qt::UserRole + 3; // qint64 of the printer a row belongs to
inline constexpr int RawRole = Qt::UserRole + 4;      // model-specific raw value for delegates (level, colour...)
inline constexpr int SeverityRole = Qt::UserRole + 5; // model-specific severity for filters and icons

} // namespace Printwatch::Models::Roles
