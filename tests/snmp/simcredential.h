// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SNMPv3 user printwatch-sim serves by default (its --v3-user): authPriv, SHA-1 and AES-128.
// Apart from agents.h, whose peers library does not link core.

#include "core/snmpcredential.h"

namespace Printwatch::Snmp::Test {

inline Core::SnmpCredential simV3Credential(quint16 port, int timeoutMs,
                                            const QString &authPassword = QStringLiteral("printwatch-auth"))
{
    Core::SnmpCredential c;
    c.version = Core::SnmpVersion::V3;
    c.port = port;
    c.user = QStringLiteral("printwatch");
    c.securityLevel = Core::SnmpSecurityLevel::AuthPriv;
    c.authProtocol = Core::SnmpAuthProtocol::Sha1;
    c.authPassword = authPassword;
    c.privProtocol = Core::SnmpPrivProtocol::Aes128;
    c.privPassword = QStringLiteral("printwatch-priv");
    c.timeoutMs = timeoutMs;
    c.retries = 1;
    return c;
}

} // namespace Printwatch::Snmp::Test
