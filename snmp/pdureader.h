// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// pducodec's fast answer readers: net-snmp's ASN.1 decoders (asn_parse_*, snmp_parse_var_op) read
// an answer's varbinds straight into ours, without snmp_parse's PDU. Each returns false for
// anything it does not expect, and pducodec then hands the message to snmp_parse.

#include "snmp/pducodec.h"

#include <cstddef>

namespace Printwatch::Snmp {

// A whole v1/v2c Response or Report datagram.
bool decodeCommunityResponse(unsigned char *data, qsizetype size, Pdu &result);
// A PDU from its tag on, `length` bytes from `at` (v3: the plaintext scopedPDU's PDU): a
// Response, or a Report when `acceptReport`.
bool readResponsePdu(unsigned char *at, std::size_t length, bool acceptReport, Pdu &result);

} // namespace Printwatch::Snmp
