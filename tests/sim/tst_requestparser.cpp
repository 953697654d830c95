// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's allocation-free request reader: it must read what snmp_parse reads for the
// requests it takes (messages built by net-snmp itself), and leave everything else to snmp_parse.

#include "sim/agent.h"
#include "sim/requestparser.h"

#include <QTest>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <cstdlib>
#include <vector>

using namespace Printwatch::Sim;

namespace {

// A message as net-snmp's own manager side encodes it.
std::vector<unsigned char> build(long version, int command, const std::vector<std::vector<oid>> &names,
                                 long nonRepeaters = 0, long maxRepetitions = 0, bool integerValue = false)
{
    initNetSnmpOnce();
    netsnmp_session session;
    snmp_sess_init(&session);
    session.version = version;
    static char community[] = "public";
    session.community = reinterpret_cast<u_char *>(community);
    session.community_len = 6;
    netsnmp_pdu *pdu = snmp_pdu_create(command);
    pdu->version = version;
    pdu->reqid = 4242;
    if (command == SNMP_MSG_GETBULK) {
        pdu->non_repeaters = nonRepeaters;
        pdu->max_repetitions = maxRepetitions;
    }
    for (const auto &name : names) {
        if (integerValue) {
            const long value = 4;
            snmp_pdu_add_variable(pdu, name.data(), name.size(), ASN_INTEGER, &value, sizeof value);
        } else {
            snmp_add_null_var(pdu, name.data(), name.size());
        }
    }
    std::size_t length = 2048;
    auto *buffer = static_cast<u_char *>(std::malloc(length));
    std::size_t offset = 0;
    const int rc = snmp_build(&buffer, &length, &offset, &session, pdu);
    std::vector<unsigned char> out;
    if (rc == 0) // reverse encoding (initNetSnmpOnce): the message ends at the end of the buffer
        out.assign(buffer + length - offset, buffer + length);
    std::free(buffer);
    snmp_free_pdu(pdu);
    return out;
}

QStringList namesOf(const netsnmp_pdu *pdu)
{
    QStringList names;
    for (const netsnmp_variable_list *vb = pdu->variables; vb; vb = vb->next_variable) {
        QStringList parts;
        for (std::size_t i = 0; i < vb->name_length; ++i)
            parts << QString::number(vb->name[i]);
        names << parts.join(u'.');
    }
    return names;
}

const std::vector<oid> sysDescr{1, 3, 6, 1, 2, 1, 1, 1, 0};
const std::vector<oid> supplies{1, 3, 6, 1, 2, 1, 43, 11, 1, 1};
const std::vector<oid> longName{1, 3, 6, 1, 4, 1, 2435, 2, 3, 9, 4, 2, 1, 5, 5, 8, 0, 1, 2, 3, 4, 5};

} // namespace

class TestRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void readsAGetBulkAsSnmpParseWould()
    {
        const auto message = build(SNMP_VERSION_2c, SNMP_MSG_GETBULK, {sysDescr, supplies, longName}, 1, 25);
        QVERIFY(!message.empty());
        RequestParser parser;
        const netsnmp_pdu *pdu = parser.parse(message.data(), message.size());
        QVERIFY(pdu);
        QCOMPARE(pdu->version, long(SNMP_VERSION_2c));
        QCOMPARE(pdu->command, SNMP_MSG_GETBULK);
        QCOMPARE(pdu->reqid, 4242L);
        QCOMPARE(pdu->non_repeaters, 1L);
        QCOMPARE(pdu->max_repetitions, 25L);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(pdu->community), qsizetype(pdu->community_len)),
                 QByteArray("public"));
        QCOMPARE(namesOf(pdu), (QStringList{QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.2.1.43.11.1.1"),
                                             QStringLiteral("1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.8.0.1.2.3.4.5")}));
        for (const netsnmp_variable_list *vb = pdu->variables; vb; vb = vb->next_variable)
            QCOMPARE(vb->type, u_char(ASN_NULL));
    }

    void reusesItsVarbindsFromRequestToRequest()
    {
        RequestParser parser;
        const auto three = build(SNMP_VERSION_1, SNMP_MSG_GETNEXT, {sysDescr, supplies, longName});
        const auto one = build(SNMP_VERSION_1, SNMP_MSG_GET, {supplies});
        QCOMPARE(namesOf(parser.parse(three.data(), three.size())).size(), 3);
        const netsnmp_pdu *pdu = parser.parse(one.data(), one.size());
        QVERIFY(pdu);
        QCOMPARE(pdu->version, long(SNMP_VERSION_1));
        QCOMPARE(pdu->command, SNMP_MSG_GET);
        QCOMPARE(namesOf(pdu), QStringList{QStringLiteral("1.3.6.1.2.1.43.11.1.1")});
    }

    void leavesEverythingElseToSnmpParse()
    {
        RequestParser parser;
        const auto set = build(SNMP_VERSION_2c, SNMP_MSG_SET, {sysDescr}, 0, 0, true);
        QVERIFY(!set.empty());
        QVERIFY(!parser.parse(set.data(), set.size()));
        const auto valued = build(SNMP_VERSION_2c, SNMP_MSG_GET, {sysDescr}, 0, 0, true);
        QVERIFY(!parser.parse(valued.data(), valued.size()));
        const auto bulk = build(SNMP_VERSION_2c, SNMP_MSG_GETBULK, {sysDescr}, 0, 10);
        // GETBULK does not exist in SNMPv1: relabel the version byte of the same message.
        auto v1Bulk = bulk;
        const std::size_t versionAt = v1Bulk[1] & 0x80 ? 2 + (v1Bulk[1] & 0x7F) + 2 : 4;
        QCOMPARE(v1Bulk[versionAt], u_char(SNMP_VERSION_2c));
        v1Bulk[versionAt] = u_char(SNMP_VERSION_1);
        QVERIFY(!parser.parse(v1Bulk.data(), v1Bulk.size()));
        QVERIFY(parser.parse(bulk.data(), bulk.size()));
        // Cut short anywhere: never read past the end, never accepted.
        for (std::size_t cut = 0; cut < bulk.size(); ++cut)
            QVERIFY2(!parser.parse(bulk.data(), cut), qPrintable(QString::number(cut)));
        const unsigned char garbage[] = {0x04, 0x03, 'a', 'b', 'c'};
        QVERIFY(!parser.parse(garbage, sizeof garbage));
    }
};

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
