// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answers encoded by net-snmp itself (snmp_build) and read back by snmp_parse, for the tests of
// our readers (tst_pducodec, tst_pdureader): a value of every type, and the reference decode.

#include "snmp/oid.h"
#include "snmp/pducodec.h"
#include "snmp/varbind.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <cstdlib>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

namespace Printwatch::Snmp::TestMessages {

struct Value
{
    const char *name;
    u_char type;
    QByteArray bytes; // the value as net-snmp's snmp_pdu_add_variable takes it
};

// The message net-snmp's snmp_build makes of `pdu` with `values` added, for `session`; frees the PDU.
inline QByteArray buildMessage(netsnmp_session &session, netsnmp_pdu *pdu, const QList<Value> &values)
{
    for (const Value &value : values) {
        const Oid name = *Oid::fromString(QString::fromLatin1(value.name));
        oid raw[MAX_OID_LEN];
        for (qsizetype i = 0; i < name.size(); ++i)
            raw[i] = name.at(i);
        snmp_pdu_add_variable(pdu, raw, size_t(name.size()), value.type,
                              reinterpret_cast<const u_char *>(value.bytes.constData()), size_t(value.bytes.size()));
    }
    size_t size = 4096;
    size_t offset = 0;
    auto *buffer = static_cast<u_char *>(std::malloc(size));
    QByteArray packet;
    if (snmp_build(&buffer, &size, &offset, &session, pdu) == 0)
        packet = QByteArray(reinterpret_cast<const char *>(buffer + size - offset), qsizetype(offset));
    else
        qWarning("snmp_build: %s", snmp_api_errstring(session.s_snmp_errno));
    std::free(buffer);
    snmp_free_pdu(pdu);
    return packet;
}

inline QByteArray encodeResponse(long version, const QList<Value> &values, long requestId, long errorStatus, long errorIndex)
{
    initNetSnmp();
    netsnmp_session session;
    snmp_sess_init(&session);
    session.version = version;
    QByteArray community("public");
    session.community = reinterpret_cast<u_char *>(community.data());
    session.community_len = size_t(community.size());
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_RESPONSE);
    pdu->version = version;
    pdu->reqid = requestId;
    pdu->errstat = errorStatus;
    pdu->errindex = errorIndex;
    return buildMessage(session, pdu, values);
}

// What snmp_parse and varBindFromNetSnmp make of the datagram: the reference.
inline QList<VarBind> referenceDecode(const QByteArray &datagram)
{
    QByteArray copy = datagram;
    netsnmp_session session;
    snmp_sess_init(&session);
    auto *pdu = static_cast<netsnmp_pdu *>(std::calloc(1, sizeof(netsnmp_pdu)));
    QList<VarBind> binds;
    if (snmp_parse(nullptr, &session, pdu, reinterpret_cast<u_char *>(copy.data()), size_t(copy.size())) == 0) {
        for (const netsnmp_variable_list *var = pdu->variables; var; var = var->next_variable)
            binds.append(varBindFromNetSnmp(var));
    }
    snmp_free_pdu(pdu);
    return binds;
}

template <typename T> inline QByteArray raw(const T &value)
{
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}

inline QList<Value> everyType()
{
    const long negative = -5;
    const long bigInteger = 2147483647;
    const u_long counter = 4294967295UL;
    const u_long gauge = 42;
    const u_long ticks = 123456;
    const counter64 small{0, 7};
    const counter64 huge{0x80000000UL, 5}; // above qint64: integer -1, unsignedValue exact
    const oid printer[] = {1, 3, 6, 1, 2, 1, 25, 3, 1, 5};
    const QByteArray ip("\x7f\x00\x00\x01", 4);
    return {
        {"1.3.6.1.2.1.1.1.0", ASN_OCTET_STR, QByteArray("HP LaserJet\0\xff\x01", 14)},
        {"1.3.6.1.2.1.1.2.0", ASN_OBJECT_ID, QByteArray(reinterpret_cast<const char *>(printer), sizeof printer)},
        {"1.3.6.1.2.1.1.3.0", ASN_TIMETICKS, raw(ticks)},
        {"1.3.6.1.2.1.1.4.0", ASN_OCTET_STR, QByteArray()},
        {"1.3.6.1.2.1.4.20.1.1.127.0.0.1", ASN_IPADDRESS, ip},
        {"1.3.6.1.2.1.43.10.2.1.4.1.1", ASN_COUNTER, raw(counter)},
        {"1.3.6.1.2.1.43.11.1.1.9.1.1", ASN_INTEGER, raw(negative)},
        {"1.3.6.1.2.1.43.11.1.1.8.1.1", ASN_INTEGER, raw(bigInteger)},
        {"1.3.6.1.2.1.25.2.3.1.5.1", ASN_GAUGE, raw(gauge)},
        {"1.3.6.1.4.1.2699.1.3.1.8.1.1.4.1.3.3", ASN_COUNTER64, raw(small)},
        {"1.3.6.1.4.1.2699.1.3.1.8.1.1.4.2.3.3", ASN_COUNTER64, raw(huge)},
        {"1.3.6.1.2.1.1.9.0", ASN_NULL, QByteArray()},
        {"1.3.6.1.2.1.1.10.0", SNMP_NOSUCHOBJECT, QByteArray()},
        {"1.3.6.1.2.1.1.11.0", SNMP_NOSUCHINSTANCE, QByteArray()},
        {"1.3.6.1.2.1.99.1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19", SNMP_ENDOFMIBVIEW, QByteArray()},
    };
}

} // namespace Printwatch::Snmp::TestMessages
