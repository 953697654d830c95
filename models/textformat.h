// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Formatting shared by models and views. Printer strings are untrusted bytes: they may carry
// new lines, tabs, NUL padding or markup, and must render as one plain line of text.

#include <QString>

namespace Printwatch::Models {

// Control characters (new lines, tabs, NUL...) become spaces, runs of spaces collapse, ends are trimmed.
// Markup is kept literally: the caller shows the result as plain text.
QString singleLine(const QString &untrusted);

// What a cell shows when the value is not known.
QString unknownText();

} // namespace Printwatch::Models
