// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/pdureader.h"

#include <limits>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

namespace Printwatch::Snmp {

namespace {

QList<VarBind> &spareVarBinds()
{
    thread_local QList<VarBind> spare;
    return spare;
}

} // namespace

// A v1/v2c Response (or Report) read with net-snmp's ASN.1 decoders (snmp_comstr_parse,
// asn_parse_*, snmp_parse_var_op: net-snmp still decodes every TLV) straight into our varbinds,
// without snmp_parse's PDU: it callocs a ~1.2 KB variable_list per varbind (an inline OID buffer
// of MAX_OID_LEN), which snmp_free_pdu frees again, and that was a third of the poller's CPU.
// Anything this does not expect (other PDU types, Opaque specials, unknown value types, any
// decoding error) returns false and the message goes through snmp_parse as before, so errors and
// odd types come out exactly as they always did.
bool decodeCommunityResponse(unsigned char *data, qsizetype size, Pdu &result)
{
    size_t length = size_t(size);
    u_char community[256];
    size_t communityLength = sizeof community;
    long version = 0;
    u_char *at = snmp_comstr_parse(data, &length, community, &communityLength, &version);
    if (!at || (version != SNMP_VERSION_1 && version != SNMP_VERSION_2c))
        return false;
    return readResponsePdu(at, length, true, result);
}

// The PDU of an answer (from its tag on), `length` bytes from `at`: a Response, or a Report when
// `acceptReport`. False for anything snmp_pdu_parse should read (see decodeCommunityResponse).
bool readResponsePdu(u_char *at, size_t length, bool acceptReport, Pdu &result)
{
    u_char pduType = 0;
    at = asn_parse_header(at, &length, &pduType); // length: now the PDU's contents
    if (!at || (pduType != SNMP_MSG_RESPONSE && (!acceptReport || pduType != SNMP_MSG_REPORT)))
        return false;
    long requestId = 0;
    long errorStatus = 0;
    long errorIndex = 0;
    u_char type = 0;
    for (long *value : {&requestId, &errorStatus, &errorIndex}) {
        at = asn_parse_int(at, &length, &type, value, sizeof *value);
        if (!at || type != ASN_INTEGER)
            return false;
    }
    at = asn_parse_sequence(at, &length, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR, "varbinds");
    if (!at)
        return false;

    // The list of the last answer comes back through recycleVarBinds() with its varbinds (moved
    // from by the walks): they are overwritten in place, where constructing each anew and
    // destroying the last answer's showed in profiles (about 90 instructions a varbind).
    QList<VarBind> binds = std::move(spareVarBinds());
    binds.reserve(qsizetype(length / 16 + 1)); // a varbind takes 16 bytes or more: one allocation
    qsizetype count = 0;
    oid name[MAX_OID_LEN];
    oid objid[MAX_OID_LEN];
    while (length > 0) {
        size_t nameLength = MAX_OID_LEN;
        u_char valueType = 0;
        size_t valueLength = 0;
        u_char *value = nullptr;
        u_char *next = snmp_parse_var_op(at, name, &nameLength, &valueType, &valueLength, &value, &length);
        if (!next)
            return false;
        size_t valueBytes = size_t(next - value); // the value's TLV, header included
        VarBind &bind = count < binds.size() ? binds.data()[count] : binds.emplace_back();
        ++count;
        bind.oid.assignArray(name, qsizetype(nameLength));
        // What the switch below does not set is left as a new VarBind has it.
        if (valueType != ASN_OCTET_STR && valueType != ASN_IPADDRESS && !bind.bytes.isNull())
            bind.bytes = QByteArray();
        if (valueType != ASN_OBJECT_ID)
            bind.oidValue.assignArray(objid, 0);
        bind.integer = 0;
        bind.unsignedValue = 0;
        switch (valueType) {
        case ASN_NULL:
            bind.type = ValueType::Null;
            break;
        case SNMP_NOSUCHOBJECT:
            bind.type = ValueType::NoSuchObject;
            break;
        case SNMP_NOSUCHINSTANCE:
            bind.type = ValueType::NoSuchInstance;
            break;
        case SNMP_ENDOFMIBVIEW:
            bind.type = ValueType::EndOfMibView;
            break;
        case ASN_INTEGER: {
            long number = 0;
            if (!asn_parse_int(value, &valueBytes, &type, &number, sizeof number))
                return false;
            bind.type = ValueType::Integer;
            bind.integer = qint64(number);
            break;
        }
        case ASN_COUNTER:
        case ASN_GAUGE:
        case ASN_TIMETICKS: {
            u_long number = 0;
            if (!asn_parse_unsigned_int(value, &valueBytes, &type, &number, sizeof number))
                return false;
            bind.type = valueType == ASN_COUNTER ? ValueType::Counter32
                        : valueType == ASN_GAUGE ? ValueType::Gauge32
                                                 : ValueType::TimeTicks;
            bind.unsignedValue = quint64(quint32(number)); // the low 32 bits, as net-snmp keeps them
            bind.integer = qint64(bind.unsignedValue);
            break;
        }
        case ASN_COUNTER64: {
            counter64 number{};
            if (!asn_parse_unsigned_int64(value, &valueBytes, &type, &number, sizeof number))
                return false;
            bind.type = ValueType::Counter64;
            bind.unsignedValue = (quint64(number.high) << 32) | quint64(quint32(number.low));
            bind.integer =
                bind.unsignedValue > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(bind.unsignedValue);
            break;
        }
        case ASN_IPADDRESS:
        case ASN_OCTET_STR: {
            if (valueType == ASN_IPADDRESS && valueLength != 4)
                return false; // snmp_parse refuses it: let it say so
            bind.type = valueType == ASN_OCTET_STR ? ValueType::OctetString : ValueType::IpAddress;
            if (valueLength == 0) {
                bind.bytes = QByteArray(); // null, as a new VarBind's
            } else {
                bind.bytes = QByteArray(qsizetype(valueLength), Qt::Uninitialized);
                size_t stringLength = valueLength;
                if (!asn_parse_string(value, &valueBytes, &type, reinterpret_cast<u_char *>(bind.bytes.data()),
                                      &stringLength) ||
                    stringLength != valueLength)
                    return false;
            }
            break;
        }
        case ASN_OBJECT_ID: {
            size_t objidLength = MAX_OID_LEN;
            if (!asn_parse_objid(value, &valueBytes, &type, objid, &objidLength))
                return false;
            bind.type = ValueType::ObjectId;
            bind.oidValue.assignArray(objid, qsizetype(objidLength));
            break;
        }
        default:
            return false; // Opaque (and its float/double specials), BIT STRING, others: snmp_parse
        }
        at = next;
    }
    result.type = pduType == SNMP_MSG_RESPONSE ? PduType::Response : PduType::Report;
    result.requestId = qint32(requestId);
    result.errorStatus = int(errorStatus);
    result.errorIndex = int(errorIndex);
    if (binds.size() > count)
        binds.resize(count);
    result.varBinds = std::move(binds);
    return true;
}

void recycleVarBinds(QList<VarBind> &&spent)
{
    QList<VarBind> &spare = spareVarBinds();
    if (spent.capacity() > spare.capacity())
        spare = std::move(spent); // its varbinds too: readResponsePdu overwrites them
}

} // namespace Printwatch::Snmp
