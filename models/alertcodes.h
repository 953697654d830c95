// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable, translated texts for the Printer-MIB alert codes (IANA PrtAlertCodeTC, RFC 3805) and
// severities, for the Alerts table and the detail page.

#include <QString>

namespace Printwatch::Models {

// "Paper jam", "Toner empty"...; "Alert code 1234" for a code the table does not know.
QString alertCodeText(int code);
// prtAlertSeverityLevel: 3 critical, 4 warning, 5 warning (binary change), 1 other.
QString alertSeverityText(int severity);
// Ordered by urgency for sorting and filtering: 2 critical, 1 warning, 0 other.
int alertSeverityRank(int severity);

} // namespace Printwatch::Models
