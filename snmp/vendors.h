// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snmp/oid.h"

#include <QString>

namespace Printwatch::Snmp {

// The IANA private enterprise number under 1.3.6.1.4.1 in a sysObjectID, 0 when there is none.
quint32 enterpriseNumber(const Oid &sysObjectId);
// Brand for an enterprise number ("HP", "Brother", ...), empty when unknown.
QString vendorForEnterprise(quint32 enterprise);
// Fallback when the enterprise number is unknown or generic: a brand named in sysDescr.
QString vendorFromDescription(const QString &sysDescr);

} // namespace Printwatch::Snmp
