// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Printwatch::Core {

// One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (starting with
// = + - @, a tab or a carriage return) gets a leading apostrophe: printer strings are untrusted.
// Numbers are passed as numbers by the caller through csvNumber(), so "-3" stays a number there.
QString csvField(const QString &text);
QString csvNumber(qint64 value);
QString csvRow(const QStringList &fields); // fields already escaped; ends with "\r\n"

} // namespace Printwatch::Core
