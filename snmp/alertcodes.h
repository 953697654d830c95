// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable texts for the IANA-PRINTER-MIB enumerations an administrator meets in alerts and
// status: PrtAlertCodeTC, PrtAlertGroupTC, PrtSubUnitStatusTC, PrtCoverStatusTC,
// PrtInputTypeTC, PrtMarkerMarkTechTC. Texts are translated.

#include <QString>

namespace Printwatch::Snmp::PrinterMib {

QString alertCodeText(int prtAlertCode);   // "jam", "marker supply empty", ... "alert code 1234" when unknown
QString alertGroupKey(int prtAlertGroup);  // "input", "markerSupplies", ... stable, untranslated
QString coverStatusKey(int prtCoverStatus); // "open", "closed", "interlockOpen", "interlockClosed", "other"
QString subUnitStatusText(int prtSubUnitStatus); // "available, idle", "unavailable", ...
QString inputTypeKey(int prtInputType);
QString markTechKey(int prtMarkerMarkTech);
QString hrDeviceTypeKey(quint32 lastArc); // hrDeviceTypes.N -> "printer", "network", "disk", ...

} // namespace Printwatch::Snmp::PrinterMib
