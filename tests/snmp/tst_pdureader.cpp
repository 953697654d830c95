// SPDX-License-Identifier: GPL-3.0-or-later
// readResponsePdu overwrites the varbinds of the list recycleVarBinds() handed back (the engine
// returns every answer's list after the walks moved its rows out) instead of building new ones:
// whatever the last answer left in a slot (a string, an OID value, a number, a longer name) must
// never show through. Answers are encoded by net-snmp (snmp_build) and compared with snmp_parse.
#include "snmp/pducodec.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {

struct Value
{
    const char *name;
    u_char type;
    QByteArray bytes; // the value as net-snmp's snmp_pdu_add_variable takes it
};

// The message net-snmp's snmp_build makes of `pdu` with `values` added, for `session`; frees the PDU.
QByteArray buildMessage(netsnmp_session &session, netsnmp_pdu *pdu, const QList<Value> &values)
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

QByteArray encodeResponse(long version, const QList<Value> &values, long requestId, long errorStatus, long errorIndex)
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
QList<VarBind> referenceDecode(const QByteArray &datagram)
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

template <typename T> QByteArray raw(const T &value)
{
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}

QList<Value> everyType()
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

// `values` turned by `shift` places and cut to `count`: each slot gets another type than before.
QList<Value> rotated(const QList<Value> &values, qsizetype shift, qsizetype count)
{
    QList<Value> out;
    for (qsizetype i = 0; i < count; ++i)
        out.append(values.at((i + shift) % values.size()));
    return out;
}

} // namespace

class TestPduReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initNetSnmp(); }

    // Answer after answer through one recycled list, with every type landing in every slot after
    // every other, shorter and longer answers, and some varbinds moved out as the walks do.
    void recycledListsNeverLeakTheLastAnswer()
    {
        const QList<Value> types = everyType();
        int decodedAnswers = 0;
        for (const long version : {long(SNMP_VERSION_2c), long(SNMP_VERSION_1)}) {
            for (qsizetype shift = 0; shift < types.size(); ++shift) {
                for (const qsizetype count : {types.size(), qsizetype(3), types.size() - 1, qsizetype(1)}) {
                    const QByteArray datagram =
                        encodeResponse(version, rotated(types, shift, count), 1000 + shift, 0, 0);
                    QVERIFY(!datagram.isEmpty());
                    auto decoded = decodeMessage(datagram);
                    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
                    const QList<VarBind> reference = referenceDecode(datagram);
                    QCOMPARE(reference.size(), count);
                    QCOMPARE(decoded->varBinds.size(), count);
                    for (qsizetype i = 0; i < count; ++i)
                        QVERIFY2(decoded->varBinds.at(i) == reference.at(i),
                                 qPrintable(QStringLiteral("shift %1 count %2 slot %3: %4, expected %5")
                                                .arg(shift)
                                                .arg(count)
                                                .arg(i)
                                                .arg(decoded->varBinds.at(i).toDebugString(),
                                                     reference.at(i).toDebugString())));
                    // As multiWalkReply does: some rows moved out, the rest left, the list handed back.
                    // Which slots are taken varies with the shift, so every type is left behind somewhere.
                    QList<VarBind> rows;
                    for (qsizetype i = shift % 3; i < count; i += 3)
                        rows.append(std::move(decoded->varBinds[i]));
                    recycleVarBinds(std::move(decoded->varBinds));
                    ++decodedAnswers;
                }
            }
        }
        QCOMPARE(decodedAnswers, 2 * int(everyType().size()) * 4);
    }

    // A list still shared with a reader (a copy kept by a callback) is not overwritten under it.
    void aSharedListIsNotOverwritten()
    {
        const QList<Value> types = everyType();
        const QByteArray first = encodeResponse(SNMP_VERSION_2c, types, 1, 0, 0);
        const QByteArray second = encodeResponse(SNMP_VERSION_2c, rotated(types, 5, types.size()), 2, 0, 0);
        auto decoded = decodeMessage(first);
        QVERIFY(decoded.ok());
        const QList<VarBind> kept = decoded->varBinds; // shares the list's data
        recycleVarBinds(std::move(decoded->varBinds));
        const auto next = decodeMessage(second);
        QVERIFY(next.ok());
        QCOMPARE(kept, referenceDecode(first));
        QCOMPARE(next->varBinds, referenceDecode(second));
    }
};

QTEST_GUILESS_MAIN(TestPduReader)
#include "tst_pdureader.moc"
