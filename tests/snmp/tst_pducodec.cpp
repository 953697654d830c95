// SPDX-License-Identifier: GPL-3.0-or-later
// decodeMessage reads v1/v2c responses with net-snmp's ASN.1 decoders straight into varbinds and
// leaves everything else to snmp_parse. Responses are encoded here by net-snmp itself (snmp_build)
// with a value of every type, then decoded both ways: the results must be the same, and right.
#include "snmp/pducodec.h"
#include "snmp/usmusers.h"

#include "netsnmpmessages.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <net-snmp/library/lcd_time.h>
#include <net-snmp/library/snmpusm.h>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using namespace Printwatch::Snmp::TestMessages;

namespace {

// SNMPv3: answers built by net-snmp itself as the authoritative engine `engineId` would send them.
const QByteArray v3EngineId("\x80\x00\x1f\x88\x04printwatch-test", 20);
constexpr quint32 v3Boots = 7;
constexpr quint32 v3Time = 123456;

Core::SnmpCredential v3Credential(Core::SnmpSecurityLevel level)
{
    Core::SnmpCredential credential;
    credential.version = Core::SnmpVersion::V3;
    credential.user = QStringLiteral("printwatch");
    credential.securityLevel = level;
    credential.authProtocol = Core::SnmpAuthProtocol::Sha1;
    credential.authPassword = QStringLiteral("auth-secret-1");
    if (level == Core::SnmpSecurityLevel::AuthPriv) {
        credential.privProtocol = Core::SnmpPrivProtocol::Aes128;
        credential.privPassword = QStringLiteral("priv-secret-1");
    }
    return credential;
}

// Loads the user and the engine clock into net-snmp's globals for one build or parse.
struct V3Scope
{
    usmUser *user;
    V3Scope(usmUser *u, quint32 boots, quint32 time) : user(u)
    {
        usm_add_user(user);
        set_enginetime(reinterpret_cast<const u_char *>(v3EngineId.constData()), u_int(v3EngineId.size()), boots, time,
                       TRUE);
    }
    ~V3Scope()
    {
        usm_remove_user(user);
        QByteArray engineId = v3EngineId;
        free_enginetime(reinterpret_cast<u_char *>(engineId.data()), size_t(engineId.size()));
    }
};

QByteArray encodeV3(usmUser *user, Core::SnmpSecurityLevel level, int command, const QList<Value> &values, long msgId,
                    long errorStatus, long errorIndex)
{
    const V3Scope scope(user, v3Boots, v3Time);
    netsnmp_session session;
    snmp_sess_init(&session);
    session.version = SNMP_VERSION_3;
    QByteArray name("printwatch");
    QByteArray engineId = v3EngineId;
    session.securityModel = SNMP_SEC_MODEL_USM;
    session.securityName = name.data();
    session.securityNameLen = size_t(name.size());
    session.securityLevel =
        level == Core::SnmpSecurityLevel::AuthPriv ? SNMP_SEC_LEVEL_AUTHPRIV : SNMP_SEC_LEVEL_AUTHNOPRIV;
    session.securityEngineID = reinterpret_cast<u_char *>(engineId.data());
    session.securityEngineIDLen = size_t(engineId.size());
    session.contextEngineID = reinterpret_cast<u_char *>(engineId.data());
    session.contextEngineIDLen = size_t(engineId.size());
    QByteArray context("");
    session.contextName = context.data();
    session.contextNameLen = 0;
    netsnmp_pdu *pdu = snmp_pdu_create(command);
    pdu->version = SNMP_VERSION_3;
    pdu->msgid = msgId;
    pdu->reqid = msgId;
    pdu->errstat = errorStatus;
    pdu->errindex = errorIndex;
    return buildMessage(session, pdu, values);
}

// The reference for v3: snmp_parse with the same user and clock, read as decodeMessage did before.
struct V3Reference
{
    bool ok = false;
    int command = 0;
    long msgId = 0;
    long errorStatus = 0;
    long errorIndex = 0;
    int securityLevel = 0;
    QByteArray engineId;
    QList<VarBind> binds;
    int error = 0;
};

V3Reference referenceDecodeV3(usmUser *user, const QByteArray &datagram)
{
    const V3Scope scope(user, v3Boots, v3Time);
    QByteArray copy = datagram;
    netsnmp_session session;
    snmp_sess_init(&session);
    auto *pdu = static_cast<netsnmp_pdu *>(std::calloc(1, sizeof(netsnmp_pdu)));
    V3Reference reference;
    reference.ok =
        snmp_parse(nullptr, &session, pdu, reinterpret_cast<u_char *>(copy.data()), size_t(copy.size())) == 0;
    reference.error = session.s_snmp_errno;
    if (reference.ok) {
        reference.command = pdu->command;
        reference.msgId = pdu->msgid;
        reference.errorStatus = pdu->errstat;
        reference.errorIndex = pdu->errindex;
        reference.securityLevel = pdu->securityLevel;
        reference.engineId =
            QByteArray(reinterpret_cast<const char *>(pdu->securityEngineID), qsizetype(pdu->securityEngineIDLen));
        for (const netsnmp_variable_list *var = pdu->variables; var; var = var->next_variable)
            reference.binds.append(varBindFromNetSnmp(var));
    }
    snmp_free_pdu(pdu);
    return reference;
}

UsmContext v3Context(usmUser *user)
{
    UsmContext usm;
    usm.user = user;
    usm.engineId = v3EngineId;
    usm.boots = v3Boots;
    usm.time = v3Time;
    return usm;
}

} // namespace

class TestPduCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initNetSnmp(); }

    void everyValueType_data()
    {
        QTest::addColumn<long>("version");
        QTest::newRow("v2c") << long(SNMP_VERSION_2c);
        QTest::newRow("v1") << long(SNMP_VERSION_1);
    }

    void everyValueType()
    {
        QFETCH(long, version);
        const QByteArray datagram = encodeResponse(version, everyType(), 123456789, 0, 0);
        QVERIFY(!datagram.isEmpty());
        const auto decoded = decodeMessage(datagram);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
        QCOMPARE(decoded->type, PduType::Response);
        QCOMPARE(decoded->requestId, 123456789);
        QCOMPARE(decoded->errorStatus, 0);
        const QList<VarBind> reference = referenceDecode(datagram);
        QCOMPARE(reference.size(), everyType().size());
        QCOMPARE(decoded->varBinds.size(), reference.size());
        for (qsizetype i = 0; i < reference.size(); ++i)
            QVERIFY2(decoded->varBinds.at(i) == reference.at(i), qPrintable(reference.at(i).toDebugString()));

        // And the values themselves, not only agreement.
        const QList<VarBind> &binds = decoded->varBinds;
        QCOMPARE(binds.at(0).type, ValueType::OctetString);
        QCOMPARE(binds.at(0).bytes, QByteArray("HP LaserJet\0\xff\x01", 14));
        QCOMPARE(binds.at(1).type, ValueType::ObjectId);
        QCOMPARE(binds.at(1).oidValue.toString(), QStringLiteral("1.3.6.1.2.1.25.3.1.5"));
        QCOMPARE(binds.at(2).type, ValueType::TimeTicks);
        QCOMPARE(binds.at(2).toInt(), 123456);
        QVERIFY(binds.at(3).bytes.isEmpty());
        QCOMPARE(binds.at(4).type, ValueType::IpAddress);
        QCOMPARE(binds.at(4).toText(), QStringLiteral("127.0.0.1"));
        QCOMPARE(binds.at(5).unsignedValue, quint64(4294967295U));
        QCOMPARE(binds.at(6).integer, -5);
        QCOMPARE(binds.at(7).integer, 2147483647);
        QCOMPARE(binds.at(8).type, ValueType::Gauge32);
        QCOMPARE(binds.at(9).unsignedValue, quint64(7));
        QCOMPARE(binds.at(10).unsignedValue, (quint64(0x80000000U) << 32) | 5U);
        QCOMPARE(binds.at(10).integer, -1);
        QCOMPARE(binds.at(11).type, ValueType::Null);
        QCOMPARE(binds.at(12).type, ValueType::NoSuchObject);
        QCOMPARE(binds.at(13).type, ValueType::NoSuchInstance);
        QCOMPARE(binds.at(14).type, ValueType::EndOfMibView);
        QCOMPARE(binds.at(14).oid.size(), 26); // longer than Oid's inline storage
    }

    void opaqueGoesThroughSnmpParse()
    {
        // Opaque may wrap net-snmp's float/double specials: such a message is left to snmp_parse.
        QList<Value> values = everyType();
        values.append({"1.3.6.1.4.1.11.2.3.9.4.2.1.1.1.1.0", ASN_OPAQUE, QByteArray("\x01\x02", 2)});
        const QByteArray datagram = encodeResponse(SNMP_VERSION_2c, values, 5, 0, 0);
        const auto decoded = decodeMessage(datagram);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->varBinds, referenceDecode(datagram));
        QCOMPARE(decoded->varBinds.last().type, ValueType::Opaque);
        QCOMPARE(decoded->varBinds.last().bytes, QByteArray("\x01\x02", 2));
    }

    void errorStatusAndIndex()
    {
        const QByteArray datagram =
            encodeResponse(SNMP_VERSION_2c, {{"1.3.6.1.2.1.1.5.0", ASN_NULL, QByteArray()}}, 7, 1, 2);
        const auto decoded = decodeMessage(datagram);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->requestId, 7);
        QCOMPARE(decoded->errorStatus, 1);
        QCOMPARE(decoded->errorIndex, 2);
    }

    void truncatedMessagesAreErrors()
    {
        const QByteArray datagram = encodeResponse(SNMP_VERSION_2c, everyType(), 99, 0, 0);
        QVERIFY(!datagram.isEmpty());
        // Every cut short is refused with snmp_parse's reason, never half a list of varbinds.
        for (qsizetype size = 1; size < datagram.size(); ++size) {
            const auto decoded = decodeMessage(datagram.left(size));
            QVERIFY2(!decoded.ok(),
                     qPrintable(QStringLiteral("accepted %1 of %2 bytes").arg(size).arg(datagram.size())));
            QVERIFY(decoded.error().startsWith(QStringLiteral("undecodable SNMP message")));
        }
    }

    void damagedMessagesDecodeAsSnmpParseDoesOrNotAtAll()
    {
        // Answers are untrusted bytes. Every byte of a v1 and a v2c answer is overwritten with values
        // that upset BER the most (lengths and tags at their limits, high bit set or cleared): the
        // fast reader must never read outside the datagram (the asan preset checks that) and, when it
        // accepts a message, must read the same varbinds snmp_parse does.
        const unsigned char replacements[] = {0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x84, 0xff};
        int accepted = 0;
        int refused = 0;
        for (const long version : {long(SNMP_VERSION_1), long(SNMP_VERSION_2c)}) {
            QList<Value> values = everyType();
            if (version == SNMP_VERSION_1) // v1 has no Counter64 or exceptions
                values = values.mid(0, 9);
            const QByteArray datagram = encodeResponse(version, values, 77, 0, 0);
            QVERIFY(!datagram.isEmpty());
            for (qsizetype at = 0; at < datagram.size(); ++at) {
                for (const unsigned char replacement : replacements) {
                    if (static_cast<unsigned char>(datagram.at(at)) == replacement)
                        continue;
                    QByteArray damaged = datagram;
                    damaged[at] = char(replacement);
                    const auto decoded = decodeMessage(damaged);
                    if (!decoded.ok()) {
                        ++refused;
                        QVERIFY2(referenceDecode(damaged).isEmpty(),
                                 qPrintable(QStringLiteral("v%1, byte %2 set to 0x%3: refused, but snmp_parse reads it")
                                                .arg(version + 1)
                                                .arg(at)
                                                .arg(replacement, 2, 16, QLatin1Char('0'))));
                        continue;
                    }
                    ++accepted;
                    if (decoded->type != PduType::Response)
                        continue; // left to snmp_parse: the same reader on both sides
                    QVERIFY2(decoded->varBinds == referenceDecode(damaged),
                             qPrintable(QStringLiteral("v%1, byte %2 set to 0x%3: not what snmp_parse reads")
                                            .arg(version + 1)
                                            .arg(at)
                                            .arg(replacement, 2, 16, QLatin1Char('0'))));
                }
            }
        }
        qInfo("damaged answers: %d accepted as snmp_parse reads them, %d refused", accepted, refused);
        QVERIFY(accepted > 0 && refused > 0);
    }

    void v3AnswersDecodeAsSnmpParseDoes_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("authPriv SHA/AES") << int(Core::SnmpSecurityLevel::AuthPriv);
        QTest::newRow("authNoPriv SHA") << int(Core::SnmpSecurityLevel::AuthNoPriv);
    }

    void v3AnswersDecodeAsSnmpParseDoes()
    {
        QFETCH(int, level);
        const auto securityLevel = Core::SnmpSecurityLevel(level);
        UsmUsers users;
        const auto user = users.user(v3Credential(securityLevel), v3EngineId);
        QVERIFY(user.ok());
        for (const auto &[errorStatus, errorIndex] : {std::pair{0L, 0L}, std::pair{2L, 3L}}) {
            const QByteArray datagram =
                encodeV3(*user, securityLevel, SNMP_MSG_RESPONSE, everyType(), 4711, errorStatus, errorIndex);
            QVERIFY(!datagram.isEmpty());
            QVERIFY(isV3Message(datagram));
            const V3Reference reference = referenceDecodeV3(*user, datagram);
            QVERIFY(reference.ok);
            UsmContext usm = v3Context(*user);
            usm.time = v3Time - 5; // the answer's clock is ahead: an authenticated answer moves ours
            const auto decoded = decodeMessage(datagram, &usm);
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
            QCOMPARE(decoded->type, PduType::Response);
            QVERIFY(decoded->v3);
            QVERIFY(decoded->authenticated);
            QCOMPARE(reference.securityLevel >= SNMP_SEC_LEVEL_AUTHNOPRIV, true);
            QCOMPARE(decoded->engineId, v3EngineId);
            QCOMPARE(decoded->engineId, reference.engineId);
            QCOMPARE(decoded->requestId, 4711);
            QCOMPARE(long(decoded->requestId), reference.msgId);
            QCOMPARE(long(decoded->errorStatus), errorStatus);
            QCOMPARE(long(decoded->errorIndex), errorIndex);
            QCOMPARE(decoded->varBinds.size(), everyType().size());
            QCOMPARE(decoded->varBinds, reference.binds);
            QCOMPARE(decoded->varBinds.at(0).bytes, QByteArray("HP LaserJet\0\xff\x01", 14));
            QVERIFY(usm.timeUpdated);
            QCOMPARE(usm.boots, v3Boots);
            QVERIFY(usm.time >= v3Time); // net-snmp's estimate of the device's clock now
            QCOMPARE(usm.usmError, 0);
        }
    }

    void v3RefusalsKeepSnmpParsesReasons()
    {
        UsmUsers users;
        const auto user = users.user(v3Credential(Core::SnmpSecurityLevel::AuthPriv), v3EngineId);
        QVERIFY(user.ok());
        Core::SnmpCredential other = v3Credential(Core::SnmpSecurityLevel::AuthPriv);
        other.authPassword = QStringLiteral("another-secret");
        const auto wrongUser = users.user(other, v3EngineId);
        QVERIFY(wrongUser.ok());
        const QByteArray datagram =
            encodeV3(*user, Core::SnmpSecurityLevel::AuthPriv, SNMP_MSG_RESPONSE, everyType(), 99, 0, 0);

        // A wrong key: USM's wrong digest, in snmp_parse's words and usmError, as before.
        UsmContext usm = v3Context(*wrongUser);
        const auto wrongKey = decodeMessage(datagram, &usm);
        QVERIFY(!wrongKey.ok());
        QCOMPARE(usm.usmError, referenceDecodeV3(*wrongUser, datagram).error);
        QCOMPARE(usm.usmError, int(SNMPERR_USM_AUTHENTICATIONFAILURE));
        QVERIFY(wrongKey.error().startsWith(QStringLiteral("undecodable SNMP message")));
        QVERIFY(!usm.timeUpdated);

        // Outside the time window (our clock of the device is far ahead): notInTimeWindow.
        usm = v3Context(*user);
        usm.time = v3Time + 1000;
        const auto late = decodeMessage(datagram, &usm);
        QVERIFY(!late.ok());
        QVERIFY(isNotInTimeWindowError(usm.usmError));

        // An authenticated Report goes through snmp_parse and still reads as a Report.
        const QByteArray report = encodeV3(*user, Core::SnmpSecurityLevel::AuthNoPriv, SNMP_MSG_REPORT,
                                           {{"1.3.6.1.6.3.15.1.1.2.0", ASN_COUNTER, raw(u_long(3))}}, 100, 0, 0);
        usm = v3Context(*user);
        const auto decodedReport = decodeMessage(report, &usm);
        QVERIFY(decodedReport.ok());
        QCOMPARE(decodedReport->type, PduType::Report);
        QCOMPARE(decodedReport->requestId, 100);
        QCOMPARE(decodedReport->varBinds, referenceDecodeV3(*user, report).binds);

        // The same answer still decodes after all that: no state was left behind.
        usm = v3Context(*user);
        QVERIFY(decodeMessage(datagram, &usm).ok());
    }

    void damagedV3AnswersDecodeAsSnmpParseDoesOrNotAtAll()
    {
        // As for v1/v2c, every byte of an authPriv and an authNoPriv answer is damaged. Nearly every
        // change breaks the digest; what is accepted must read exactly as snmp_parse reads it.
        const unsigned char replacements[] = {0x00, 0x80, 0x81, 0xff};
        int accepted = 0;
        int refused = 0;
        UsmUsers users;
        for (const auto level : {Core::SnmpSecurityLevel::AuthPriv, Core::SnmpSecurityLevel::AuthNoPriv}) {
            const auto user = users.user(v3Credential(level), v3EngineId);
            QVERIFY(user.ok());
            const QByteArray datagram = encodeV3(*user, level, SNMP_MSG_RESPONSE, everyType().mid(0, 6), 77, 0, 0);
            QVERIFY(!datagram.isEmpty());
            for (qsizetype cut = 1; cut < datagram.size(); ++cut) {
                UsmContext usm = v3Context(*user);
                QVERIFY2(!decodeMessage(datagram.left(cut), &usm).ok(), qPrintable(QString::number(cut)));
            }
            for (qsizetype at = 0; at < datagram.size(); ++at) {
                for (const unsigned char replacement : replacements) {
                    if (static_cast<unsigned char>(datagram.at(at)) == replacement)
                        continue;
                    QByteArray damaged = datagram;
                    damaged[at] = char(replacement);
                    UsmContext usm = v3Context(*user);
                    const auto decoded = decodeMessage(damaged, &usm);
                    const V3Reference reference = referenceDecodeV3(*user, damaged);
                    const QString where = QStringLiteral("level %1, byte %2 set to 0x%3")
                                              .arg(int(level))
                                              .arg(at)
                                              .arg(replacement, 2, 16, QLatin1Char('0'));
                    QVERIFY2(decoded.ok() == reference.ok, qPrintable(where));
                    if (!decoded.ok()) {
                        ++refused;
                        QCOMPARE(usm.usmError, reference.error);
                        continue;
                    }
                    ++accepted;
                    QVERIFY2(decoded->varBinds == reference.binds, qPrintable(where));
                    QCOMPARE(long(decoded->requestId), reference.msgId);
                    QCOMPARE(long(decoded->errorStatus), reference.errorStatus);
                    QCOMPARE(decoded->engineId, reference.engineId);
                }
            }
        }
        qInfo("damaged v3 answers: %d accepted as snmp_parse reads them, %d refused", accepted, refused);
        QVERIFY(accepted > 0 && refused > 0);
    }

    void requestsStillDecode()
    {
        // Not a response: the simulator and tests read requests through snmp_parse as before.
        Core::SnmpCredential credential;
        credential.version = Core::SnmpVersion::V2c;
        credential.community = QStringLiteral("public");
        RequestSpec spec;
        spec.type = PduType::GetBulk;
        spec.oids = {*Oid::fromString(u"1.3.6.1.2.1.43"), *Oid::fromString(u"1.3.6.1.2.1.25.3.2.1")};
        spec.nonRepeaters = 0;
        spec.maxRepetitions = 25;
        const auto packet = encodeRequest(credential, spec, 4242);
        QVERIFY(packet.ok());
        const auto decoded = decodeMessage(*packet);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->type, PduType::GetBulk);
        QCOMPARE(decoded->requestId, 4242);
        QCOMPARE(decoded->varBinds.size(), 2);
        QCOMPARE(decoded->varBinds.at(1).oid.toString(), QStringLiteral("1.3.6.1.2.1.25.3.2.1"));
    }

    // encodeRequest encodes the common requests itself (net-snmp's asn_realloc_rbuild_* and
    // snmpv3_packet_realloc_rbuild): the bytes must be snmp_build's.
    void requestsAreSnmpBuildsBytes_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("get") << int(PduType::Get);
        QTest::newRow("getnext") << int(PduType::GetNext);
        QTest::newRow("getbulk") << int(PduType::GetBulk);
    }

    void requestsAreSnmpBuildsBytes()
    {
        QFETCH(int, type);
        const RequestSpec spec = requestSpec(PduType(type));
        for (const auto version : {Core::SnmpVersion::V1, Core::SnmpVersion::V2c}) {
            if (version == Core::SnmpVersion::V1 && spec.type == PduType::GetBulk)
                continue;
            Core::SnmpCredential credential;
            credential.version = version;
            credential.community = QStringLiteral("pr1vate");
            for (int round = 0; round < 2; ++round) { // the second from the per-thread varbind cache
                const auto packet = encodeRequest(credential, spec, 4242 + round);
                QVERIFY(packet.ok());
                netsnmp_session session;
                snmp_sess_init(&session);
                session.version = version == Core::SnmpVersion::V1 ? SNMP_VERSION_1 : SNMP_VERSION_2c;
                QByteArray community("pr1vate");
                session.community = reinterpret_cast<u_char *>(community.data());
                session.community_len = size_t(community.size());
                netsnmp_pdu *pdu = referencePdu(spec, session.version, 4242 + round);
                QCOMPARE(*packet, buildMessage(session, pdu, nullValues(spec)));
            }
        }
    }

    void v3RequestsAreSnmpBuilds_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<int>("priv");
        using A = Core::SnmpAuthProtocol;
        using P = Core::SnmpPrivProtocol;
        for (const A auth : {A::Md5, A::Sha1, A::Sha224, A::Sha256, A::Sha384, A::Sha512}) {
            for (const P priv : {P::None, P::Des, P::Aes128, P::Aes192, P::Aes256, P::Aes192Reeder, P::Aes256Reeder})
                QTest::addRow("auth %d priv %d", int(auth), int(priv)) << int(auth) << int(priv);
        }
    }

    // authNoPriv byte for byte; authPriv (a random salt) read by snmp_parse/USM as snmp_build's is.
    void v3RequestsAreSnmpBuilds()
    {
        QFETCH(int, auth);
        QFETCH(int, priv);
        const bool privacy = Core::SnmpPrivProtocol(priv) != Core::SnmpPrivProtocol::None;
        const auto level = privacy ? Core::SnmpSecurityLevel::AuthPriv : Core::SnmpSecurityLevel::AuthNoPriv;
        Core::SnmpCredential credential = v3Credential(level);
        credential.authProtocol = Core::SnmpAuthProtocol(auth);
        credential.privProtocol = Core::SnmpPrivProtocol(priv);
        UsmUsers users;
        const auto user = users.user(credential, v3EngineId);
        QVERIFY(user.ok());
        for (const PduType type : {PduType::Get, PduType::GetNext, PduType::GetBulk}) {
            const RequestSpec spec = requestSpec(type);
            const int command = type == PduType::Get ? SNMP_MSG_GET
                                : type == PduType::GetNext ? SNMP_MSG_GETNEXT : SNMP_MSG_GETBULK;
            const long status = type == PduType::GetBulk ? spec.nonRepeaters : 0;
            const long index = type == PduType::GetBulk ? spec.maxRepetitions : 0;
            QByteArray ours;
            QByteArray theirs;
            // The USM time field is the engine clock now: a second boundary between both builds
            // changes it, never twice in a row.
            for (int attempt = 0; attempt < 3; ++attempt) {
                UsmContext usm = v3Context(*user);
                const auto packet = encodeRequest(credential, spec, 777 + attempt, &usm);
                QVERIFY2(packet.ok(), qPrintable(packet.ok() ? QString() : packet.error()));
                ours = *packet;
                theirs = encodeV3(*user, level, command, nullValues(spec), 777 + attempt, status, index);
                QVERIFY(!theirs.isEmpty());
                if (privacy || ours == theirs)
                    break;
            }
            if (!privacy)
                QCOMPARE(ours, theirs);
            const V3Reference read = referenceDecodeV3(*user, ours);
            const V3Reference expected = referenceDecodeV3(*user, theirs);
            QVERIFY(read.ok);
            QVERIFY(expected.ok);
            QCOMPARE(read.command, command);
            QCOMPARE(read.command, expected.command);
            QCOMPARE(read.msgId, expected.msgId);
            QCOMPARE(read.errorStatus, expected.errorStatus);
            QCOMPARE(read.errorIndex, expected.errorIndex);
            QCOMPARE(read.securityLevel, privacy ? SNMP_SEC_LEVEL_AUTHPRIV : SNMP_SEC_LEVEL_AUTHNOPRIV);
            QCOMPARE(read.securityLevel, expected.securityLevel);
            QCOMPARE(read.engineId, v3EngineId);
            QCOMPARE(read.binds.size(), spec.oids.size());
            QCOMPARE(read.binds, expected.binds);
            // A damaged digest is refused as it is in snmp_build's message.
            QByteArray damaged = ours;
            damaged[damaged.size() - 1] = char(damaged.at(damaged.size() - 1) ^ 0x01);
            QVERIFY(!referenceDecodeV3(*user, damaged).ok);
        }
    }

private:
    static RequestSpec requestSpec(PduType type)
    {
        RequestSpec spec;
        spec.type = type;
        spec.oids = {*Oid::fromString(u"1.3.6.1.2.1.1.1.0"), *Oid::fromString(u"1.3.6.1.2.1.43.11.1.1.9"),
                     *Oid::fromString(u"1.3.6.1.2.1.25.3.2.1.5.1"),
                     *Oid::fromString(u"1.3.6.1.4.1.11.2.3.9.4.2.1.1.16.1.1.1.4294967295.200000")};
        if (type == PduType::GetBulk) {
            spec.nonRepeaters = 1;
            spec.maxRepetitions = 200;
        }
        return spec;
    }

    static QList<Value> nullValues(const RequestSpec &spec)
    {
        thread_local QList<QByteArray> names; // Value keeps a char pointer
        names.clear();
        QList<Value> values;
        for (const Oid &name : spec.oids)
            names.append(name.toString().toLatin1());
        for (const QByteArray &name : names)
            values.append(Value{name.constData(), ASN_NULL, QByteArray()});
        return values;
    }

    static netsnmp_pdu *referencePdu(const RequestSpec &spec, long version, long requestId)
    {
        const int command = spec.type == PduType::Get       ? SNMP_MSG_GET
                            : spec.type == PduType::GetNext ? SNMP_MSG_GETNEXT
                                                            : SNMP_MSG_GETBULK;
        netsnmp_pdu *pdu = snmp_pdu_create(command);
        pdu->version = version;
        pdu->reqid = requestId;
        if (spec.type == PduType::GetBulk) {
            pdu->non_repeaters = spec.nonRepeaters;
            pdu->max_repetitions = spec.maxRepetitions;
        }
        return pdu;
    }
};

QTEST_GUILESS_MAIN(TestPduCodec)
#include "tst_pducodec.moc"
