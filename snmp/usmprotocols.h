// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The protocol OIDs net-snmp's USM expects for our auth and privacy choices (internal to snmp/:
// include it after net-snmp's headers). One table for the engine's users and the blocking session.

#include "core/snmpcredential.h"

#include <net-snmp/library/transform_oids.h>

namespace Printwatch::Snmp::UsmProtocols {

struct OidRef
{
    const oid *name = nullptr;
    size_t length = 0;
};

inline OidRef authOid(Core::SnmpAuthProtocol protocol)
{
    switch (protocol) {
    case Core::SnmpAuthProtocol::None: return {usmNoAuthProtocol, OID_LENGTH(usmNoAuthProtocol)};
    case Core::SnmpAuthProtocol::Md5: return {usmHMACMD5AuthProtocol, OID_LENGTH(usmHMACMD5AuthProtocol)};
    case Core::SnmpAuthProtocol::Sha1: return {usmHMACSHA1AuthProtocol, OID_LENGTH(usmHMACSHA1AuthProtocol)};
    case Core::SnmpAuthProtocol::Sha224:
        return {usmHMAC128SHA224AuthProtocol, OID_LENGTH(usmHMAC128SHA224AuthProtocol)};
    case Core::SnmpAuthProtocol::Sha256:
        return {usmHMAC192SHA256AuthProtocol, OID_LENGTH(usmHMAC192SHA256AuthProtocol)};
    case Core::SnmpAuthProtocol::Sha384:
        return {usmHMAC256SHA384AuthProtocol, OID_LENGTH(usmHMAC256SHA384AuthProtocol)};
    case Core::SnmpAuthProtocol::Sha512:
        return {usmHMAC384SHA512AuthProtocol, OID_LENGTH(usmHMAC384SHA512AuthProtocol)};
    }
    return {};
}

inline OidRef privOid(Core::SnmpPrivProtocol protocol)
{
    switch (protocol) {
    case Core::SnmpPrivProtocol::None: return {usmNoPrivProtocol, OID_LENGTH(usmNoPrivProtocol)};
    case Core::SnmpPrivProtocol::Des: return {usmDESPrivProtocol, OID_LENGTH(usmDESPrivProtocol)};
    case Core::SnmpPrivProtocol::Aes128: return {usmAESPrivProtocol, OID_LENGTH(usmAESPrivProtocol)};
    case Core::SnmpPrivProtocol::Aes192: return {usmAES192PrivProtocol, OID_LENGTH(usmAES192PrivProtocol)};
    case Core::SnmpPrivProtocol::Aes256: return {usmAES256PrivProtocol, OID_LENGTH(usmAES256PrivProtocol)};
    // net-snmp pairs Cisco's OIDs with the Reeder key extension (its "AES-192-C").
    case Core::SnmpPrivProtocol::Aes192Reeder:
        return {usmAES192CiscoPrivProtocol, OID_LENGTH(usmAES192CiscoPrivProtocol)};
    case Core::SnmpPrivProtocol::Aes256Reeder:
        return {usmAES256CiscoPrivProtocol, OID_LENGTH(usmAES256CiscoPrivProtocol)};
    }
    return {};
}

} // namespace Printwatch::Snmp::UsmProtocols
