// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Formatting shared by models and views. Printer strings are untrusted bytes: they may carry
// new lines, tabs, NUL padding or markup, and must render as one plain line of text.

#include <QString>

namespace Printwatch::Models {

// Control characters (new lines, tabs, NUL...) become spaces, runs of spaces collapse, ends are trimmed.
// Markup is kept literally: the caller shows the result as plain text.
QString singleLine(const QString &untrusted);

// "192.0.2.7", "192.0.2.7:1161" or "[2001:db8::7]:1161": the port only when it is not SNMP's 161.
// Empty when the address is.
QString displayAddress(const QString &untrustedAddress, quint16 port);

// A key that sorts addresses as people read them: IPv4 numerically (10.0.0.9 before 10.0.0.10),
// then IPv6 and names as text; with `port`, the same address's ports in numeric order. Empty
// when the address is.
QString addressSortKey(const QString &address, quint16 port = 0);

// A poll round's duration in seconds as the status bar and the activity log write it: tenths,
// or hundredths (at least 0.01) under a tenth of a second, which would read "0.0" as if nothing
// ran. Localised digits; no unit.
QString roundSecondsText(qint64 milliseconds);

// What a cell shows when the value is not known.
QString unknownText();

} // namespace Printwatch::Models

namespace Printwatch::Models {

// A tool tip that shows `text` literally: Qt renders tips that look like markup as rich text, so
// such text is escaped and wrapped. Use it for every tip that may quote a printer string.
QString plainToolTip(const QString &text);

} // namespace Printwatch::Models
