// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's allocation-free request reader: it must read what snmp_parse reads for the
// requests it takes (messages built by net-snmp itself), and leave everything else to snmp_parse.

#include "sim/agent.h"
#include "sim/requestparser.h"
#include "sim/usm.h"

#include <QTest>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmpusm.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <tuple>
#include <vector>

using namespace Printwatch::Sim;

namespace {

// A message as net-snmp's own manager side encodes it.
// The message snmp_build makes of `pdu` with `names` added (NULL values, or INTEGER 4 when
// `integerValue`), for `session`; frees the PDU.
std::vector<unsigned char> buildMessage(netsnmp_session &session, netsnmp_pdu *pdu,
                                        const std::vector<std::vector<oid>> &names, bool integerValue)
{
    for (const auto &name : names) {
        if (integerValue) {
            const long value = 4;
            snmp_pdu_add_variable(pdu, name.data(), name.size(), ASN_INTEGER, &value, sizeof value);
        } else {
            snmp_add_null_var(pdu, name.data(), name.size());
        }
    }
    std::size_t length = 4096;
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
    return buildMessage(session, pdu, names, integerValue);
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

const QByteArray EngineId = QByteArrayLiteral("\x80\x00\x1f\x88\x04printwatch-rp");

// A v3 request as net-snmp's manager side encodes, signs and encrypts it, with the user and clock
// UsmTable installed for EngineId.
std::vector<unsigned char> buildV3(int command, const char *user, int level, const std::vector<std::vector<oid>> &names,
                                   bool integerValue = false)
{
    netsnmp_session session;
    snmp_sess_init(&session);
    session.version = SNMP_VERSION_3;
    netsnmp_pdu *pdu = snmp_pdu_create(command);
    pdu->version = SNMP_VERSION_3;
    pdu->reqid = 777;
    pdu->msgid = 31337;
    pdu->securityModel = USM_SEC_MODEL_NUMBER;
    pdu->securityLevel = level;
    pdu->securityName = strdup(user);
    pdu->securityNameLen = std::strlen(user);
    pdu->securityEngineID = static_cast<u_char *>(netsnmp_memdup(EngineId.constData(), std::size_t(EngineId.size())));
    pdu->securityEngineIDLen = std::size_t(EngineId.size());
    pdu->contextEngineID = static_cast<u_char *>(netsnmp_memdup(EngineId.constData(), std::size_t(EngineId.size())));
    pdu->contextEngineIDLen = std::size_t(EngineId.size());
    pdu->contextName = strdup("");
    pdu->contextNameLen = 0;
    if (command == SNMP_MSG_GETBULK) {
        pdu->non_repeaters = 1;
        pdu->max_repetitions = 20;
    }
    return buildMessage(session, pdu, names, integerValue);
}

// What snmp_parse reads, as the agent calls it (authoritative), or its error.
struct Read
{
    int status = -1;
    long command = 0, reqid = 0, msgid = 0, errstat = 0, errindex = 0;
    int level = 0;
    u_long flags = 0;
    QByteArray securityName, securityEngineId, contextEngineId, contextName;
    QStringList names;
    bool operator==(const Read &) const = default;
};

QStringList namesOf(const netsnmp_pdu *pdu);

Read readOf(const netsnmp_pdu *pdu)
{
    Read r;
    r.status = 0;
    r.command = pdu->command;
    r.reqid = pdu->reqid;
    r.msgid = pdu->msgid;
    r.errstat = pdu->errstat;
    r.errindex = pdu->errindex;
    r.level = pdu->securityLevel;
    r.flags = pdu->flags & (SNMP_MSG_FLAG_AUTH_BIT | SNMP_MSG_FLAG_PRIV_BIT | SNMP_MSG_FLAG_RPRT_BIT);
    r.securityName = QByteArray(pdu->securityName, qsizetype(pdu->securityNameLen));
    r.securityEngineId = QByteArray(reinterpret_cast<const char *>(pdu->securityEngineID), qsizetype(pdu->securityEngineIDLen));
    r.contextEngineId = QByteArray(reinterpret_cast<const char *>(pdu->contextEngineID), qsizetype(pdu->contextEngineIDLen));
    r.contextName = QByteArray(pdu->contextName, qsizetype(pdu->contextNameLen));
    r.names = namesOf(pdu);
    return r;
}

netsnmp_session agentSession()
{
    netsnmp_session session;
    snmp_sess_init(&session);
    session.version = SNMP_VERSION_3;
    session.isAuthoritative = SNMP_SESS_AUTHORITATIVE;
    return session;
}

Read snmpParse(const std::vector<unsigned char> &message)
{
    netsnmp_session session = agentSession();
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_RESPONSE);
    std::vector<unsigned char> copy = message;
    Read r;
    r.status = snmp_parse(nullptr, &session, pdu, copy.data(), copy.size());
    if (r.status == 0)
        r = readOf(pdu);
    snmp_free_pdu(pdu);
    return r;
}

std::vector<u_int> usmCounters()
{
    std::vector<u_int> counters;
    for (int i = STAT_USM_STATS_START; i <= STAT_USM_STATS_END; ++i)
        counters.push_back(snmp_get_statistic(i));
    return counters;
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

    void readsARepeatedVarbindListFromItsCache()
    {
        RequestParser parser;
        const std::vector<oid> other{1, 3, 6, 1, 2, 1, 43, 11, 1, 2};
        const auto first = build(SNMP_VERSION_2c, SNMP_MSG_GETBULK, {sysDescr, supplies, longName}, 1, 25);
        auto again = first; // the same varbinds under another request ID (its last byte)
        const std::array<u_char, 4> requestId{0x02, 0x02, 0x10, 0x92}; // INTEGER 4242
        const auto at = std::search(again.begin(), again.end(), requestId.begin(), requestId.end());
        QVERIFY(at != again.end());
        *(at + 3) = 0x93;
        const auto changed = build(SNMP_VERSION_2c, SNMP_MSG_GETBULK, {sysDescr, other, longName}, 1, 25);
        const QStringList expected{QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.2.1.43.11.1.1"),
                                   QStringLiteral("1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.8.0.1.2.3.4.5")};
        QCOMPARE(namesOf(parser.parse(first.data(), first.size())), expected);
        QCOMPARE(parser.cacheHits(), std::size_t(0));
        const netsnmp_pdu *pdu = parser.parse(again.data(), again.size());
        QVERIFY(pdu);
        QCOMPARE(parser.cacheHits(), std::size_t(1));
        QCOMPARE(pdu->reqid, 4243L);
        QCOMPARE(pdu->max_repetitions, 25L);
        QCOMPARE(namesOf(pdu), expected);
        for (const netsnmp_variable_list *vb = pdu->variables; vb; vb = vb->next_variable)
            QCOMPARE(vb->type, u_char(ASN_NULL));
        // The names as net-snmp encodes them, for exceptions under a request's name.
        for (std::size_t i = 0; i < 3; ++i) {
            const std::vector<oid> &name = i == 0 ? sysDescr : i == 1 ? supplies : longName;
            std::size_t length = 4096;
            auto *buffer = static_cast<u_char *>(std::malloc(length));
            std::size_t offset = 0;
            QVERIFY(asn_realloc_rbuild_objid(&buffer, &length, &offset, 1, ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_OBJECT_ID,
                                             name.data(), name.size()));
            const std::vector<unsigned char> expectedBytes(buffer + length - offset, buffer + length);
            std::free(buffer);
            std::size_t encodedLength = 0;
            const unsigned char *encoded = parser.encodedName(i, &encodedLength);
            QVERIFY(encoded);
            QCOMPARE(std::vector<unsigned char>(encoded, encoded + encodedLength), expectedBytes);
        }
        // Each name's whole varbind with each exception, as snmp_realloc_rbuild_var_op encodes it.
        for (std::size_t i = 0; i < 3; ++i) {
            std::vector<oid> name = i == 0 ? sysDescr : i == 1 ? supplies : longName;
            for (const u_char exception : {u_char(SNMP_NOSUCHOBJECT), u_char(SNMP_NOSUCHINSTANCE),
                                           u_char(SNMP_ENDOFMIBVIEW)}) {
                std::size_t length = 4096;
                auto *buffer = static_cast<u_char *>(std::malloc(length));
                std::size_t offset = 0;
                std::size_t nameLength = name.size();
                QVERIFY(snmp_realloc_rbuild_var_op(&buffer, &length, &offset, 1, name.data(), &nameLength, exception,
                                                   nullptr, 0));
                const std::vector<unsigned char> expectedBytes(buffer + length - offset, buffer + length);
                std::free(buffer);
                std::size_t encodedLength = 0;
                const unsigned char *encoded = parser.encodedException(i, exception, &encodedLength);
                QVERIFY(encoded);
                QCOMPARE(std::vector<unsigned char>(encoded, encoded + encodedLength), expectedBytes);
            }
        }
        std::size_t unused = 0;
        QVERIFY(!parser.encodedException(0, ASN_NULL, &unused)); // not an exception
        QVERIFY(!parser.encodedException(3, SNMP_ENDOFMIBVIEW, &unused));
        QVERIFY(!parser.encodedName(3, &unused));
        // One sub-identifier differs: read again, never the cached names.
        QCOMPARE(namesOf(parser.parse(changed.data(), changed.size())),
                 (QStringList{expected[0], QStringLiteral("1.3.6.1.2.1.43.11.1.2"), expected[2]}));
        QCOMPARE(parser.cacheHits(), std::size_t(1));
        // A cut copy of a cached list is refused as before.
        for (std::size_t cut = 1; cut < again.size(); cut += 7) {
            QVERIFY2(!parser.parse(again.data(), cut), qPrintable(QString::number(cut)));
            QVERIFY(!parser.encodedName(0, &unused)); // nothing of an earlier request
            QVERIFY(!parser.encodedException(0, SNMP_ENDOFMIBVIEW, &unused));
        }
        QCOMPARE(namesOf(parser.parse(again.data(), again.size())), expected);
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

    // Authenticated v3 requests: read as snmp_parse reads them; everything else, damaged or cut
    // messages included, refused (snmp_parse then reads it) or read the same, USM counters untouched.
    void readsAuthenticatedV3AsSnmpParseWould()
    {
        initNetSnmpOnce();
        auto usm = UsmTable::create({parseV3User(QStringLiteral("priv:SHA:auth-pass-phrase:AES:priv-pass-phrase")).value(),
                                     parseV3User(QStringLiteral("auth:MD5:auth-pass-phrase")).value(),
                                     parseV3User(QStringLiteral("plain")).value()});
        QVERIFY2(usm, qPrintable(usm.error()));
        (*usm)->select(QByteArrayView(EngineId), 3, 1000);
        RequestParser parser;
        for (const auto &[command, user, level] :
             {std::tuple{SNMP_MSG_GET, "priv", SNMP_SEC_LEVEL_AUTHPRIV}, std::tuple{SNMP_MSG_GETNEXT, "priv", SNMP_SEC_LEVEL_AUTHPRIV},
              std::tuple{SNMP_MSG_GETBULK, "priv", SNMP_SEC_LEVEL_AUTHPRIV},
              std::tuple{SNMP_MSG_GETBULK, "auth", SNMP_SEC_LEVEL_AUTHNOPRIV}}) {
            const auto message = buildV3(command, user, level, {sysDescr, supplies, longName});
            QVERIFY(!message.empty());
            const Read expected = snmpParse(message);
            QCOMPARE(expected.status, 0);
            netsnmp_session session = agentSession();
            const netsnmp_pdu *pdu = parser.parseV3(message.data(), message.size(), &session);
            QVERIFY2(pdu, user);
            QVERIFY(parser.owns(pdu));
            QVERIFY(pdu->securityStateRef);
            const Read ours = readOf(pdu);
            QCOMPARE(ours.command, expected.command);
            QCOMPARE(ours.reqid, expected.reqid);
            QCOMPARE(ours.msgid, expected.msgid);
            QCOMPARE(ours.errstat, expected.errstat);
            QCOMPARE(ours.errindex, expected.errindex);
            QCOMPARE(ours.level, expected.level);
            QCOMPARE(ours.flags, expected.flags);
            QCOMPARE(ours.securityName, expected.securityName);
            QCOMPARE(ours.securityEngineId, expected.securityEngineId);
            QCOMPARE(ours.contextEngineId, expected.contextEngineId);
            QCOMPARE(ours.contextName, expected.contextName);
            QCOMPARE(ours.names, expected.names);
            QVERIFY(ours == expected);
            QCOMPARE(pdu->non_repeaters, command == SNMP_MSG_GETBULK ? 1L : 0L);
        }
        // Left to snmp_parse: noAuth, SET, a wrong user.
        const auto plain = buildV3(SNMP_MSG_GET, "plain", SNMP_SEC_LEVEL_NOAUTH, {sysDescr});
        QVERIFY(!plain.empty());
        netsnmp_session session = agentSession();
        QVERIFY(!parser.parseV3(plain.data(), plain.size(), &session));
        const auto set = buildV3(SNMP_MSG_SET, "priv", SNMP_SEC_LEVEL_AUTHPRIV, {sysDescr}, true);
        QVERIFY(!set.empty());
        QVERIFY(!parser.parseV3(set.data(), set.size(), &session));

        // Every byte damaged and every cut of an authPriv GETBULK.
        const auto bulk = buildV3(SNMP_MSG_GETBULK, "priv", SNMP_SEC_LEVEL_AUTHPRIV, {sysDescr, supplies});
        int accepted = 0;
        for (std::size_t at = 0; at < bulk.size(); ++at) {
            for (u_char flip : {u_char(0x01), u_char(0x80), u_char(0xFF)}) {
                auto damaged = bulk;
                damaged[at] ^= flip;
                const auto countersBefore = usmCounters();
                session = agentSession();
                const netsnmp_pdu *pdu = parser.parseV3(damaged.data(), damaged.size(), &session);
                const QByteArray where = "byte " + QByteArray::number(qulonglong(at)) + " ^ " + QByteArray::number(flip);
                if (pdu) {
                    ++accepted;
                    const Read ours = readOf(pdu);
                    QVERIFY2(ours == snmpParse(damaged), where.constData());
                } else {
                    QVERIFY2(usmCounters() == countersBefore, where.constData());
                }
            }
        }
        qInfo("%d of %d damaged messages read (the same as snmp_parse)", accepted, int(bulk.size()) * 3);
        for (std::size_t cut = 0; cut < bulk.size(); ++cut) {
            session = agentSession();
            QVERIFY2(!parser.parseV3(bulk.data(), cut, &session), qPrintable(QString::number(cut)));
        }
        session = agentSession();
        QVERIFY(parser.parseV3(bulk.data(), bulk.size(), &session));
        (*usm)->release();
    }

    void usersFollowTheSelectedDevice()
    {
        // UsmTable keeps its users in net-snmp's list and points them at the selected device's engine
        // ID and keys: a request for one device is read only while that device is selected.
        initNetSnmpOnce();
        auto usm = UsmTable::create({parseV3User(QStringLiteral("priv:SHA:auth-pass-phrase:AES:priv-pass-phrase")).value()});
        QVERIFY2(usm, qPrintable(usm.error()));
        const QByteArray other = QByteArrayLiteral("\x80\x00\x1f\x88\x04printwatch-xx");
        (*usm)->select(QByteArrayView(EngineId), 3, 1000);
        const auto message = buildV3(SNMP_MSG_GET, "priv", SNMP_SEC_LEVEL_AUTHPRIV, {sysDescr});
        QVERIFY(!message.empty());
        RequestParser parser;
        for (int round = 0; round < 2; ++round) {
            (*usm)->select(QByteArrayView(other), 1, 50);
            netsnmp_session session = agentSession();
            QVERIFY(!parser.parseV3(message.data(), message.size(), &session));
            QVERIFY(usm_get_user(reinterpret_cast<const u_char *>(other.constData()),
                                 std::size_t(other.size()), "priv"));
            QVERIFY(!usm_get_user(reinterpret_cast<const u_char *>(EngineId.constData()),
                                  std::size_t(EngineId.size()), "priv"));
            (*usm)->select(QByteArrayView(EngineId), 3, 1000);
            session = agentSession();
            QVERIFY(parser.parseV3(message.data(), message.size(), &session));
        }
        QCOMPARE((*usm)->cachedEngineIds(), 2);
        (*usm)->release();
        QVERIFY(!usm_get_user(reinterpret_cast<const u_char *>(EngineId.constData()),
                              std::size_t(EngineId.size()), "priv"));
    }
};

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
