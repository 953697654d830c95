// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's reply encoder must produce what snmp_build produces for the same reply: the PDU
// byte for byte as snmp_pdu_realloc_rbuild makes it (cached and fresh varbind encodings alike), a
// v1/v2c message byte for byte as snmp_build makes it, an authNoPriv v3 message byte for byte, and
// authPriv v3 messages (whose salt changes per message) that net-snmp's snmp_parse reads as it
// reads snmp_build's, for every privacy protocol the simulator offers.

#include "sim/agent.h"
#include "sim/profiles.h"
#include "sim/replyencoder.h"
#include "sim/replypool.h"
#include "sim/usm.h"

#include <QTest>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmp_api.h>

#include <cstdlib>
#include <cstring>
#include <deque>
#include <vector>

using namespace Printwatch::Sim;

namespace {

using Bytes = std::vector<unsigned char>;

struct Buffer
{
    Buffer() : data(static_cast<u_char *>(std::malloc(64))), length(64) {}
    ~Buffer() { std::free(data); }
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    Bytes tail(std::size_t offset) const { return Bytes(data + length - offset, data + length); }
    u_char *data;
    std::size_t length;
};

// A Response whose varbinds are `count` entries of `profile` from `first` on: static entries as
// the agent adds them (with their index, so their encoding is cached), every third one as a
// computed value (its name cached, or nothing cached), and exceptions after every fifth (under a
// request's name, encoded), seventh and eleventh.
// Names as net-snmp's asn_realloc_rbuild_objid encodes them (what RequestParser::encodedName
// gives the agent for an exception under a request's name); kept until the next fill().
std::deque<Bytes> &encodedNames()
{
    static std::deque<Bytes> names;
    return names;
}

void fill(ReplyPool &pool, netsnmp_pdu *reply, const Profile &profile, std::size_t first, std::size_t count)
{
    pool.begin(reply);
    encodedNames().clear();
    for (std::size_t i = first; i < std::min(first + count, profile.entries.size()); ++i) {
        const ProfileEntry &entry = profile.entries[i];
        if (i % 3 == 0) {
            // A computed value under the entry's name (as the agent adds dynamic values), or, every
            // other time, a value with no entry (only net-snmp encodes it).
            SnmpValue copy = entry.value;
            if (copy.type == ValueType::Integer || copy.type == ValueType::Counter32)
                copy.number = std::int64_t(i) * 977 - 300;
            else if (copy.type == ValueType::OctetString)
                copy.bytes.append(QByteArray(qsizetype(i % 200), 'x'));
            pool.addValue(reply, entry.oid, std::move(copy), i % 2 ? std::int32_t(i) : -1);
        } else {
            pool.addValue(reply, entry.oid, entry.value, std::int32_t(i));
        }
        // Exceptions named after an entry (a GETBULK repeater's end: its name cached) or not.
        if (i % 7 == 0)
            pool.addException(reply, entry.oid.constData(), std::size_t(entry.oid.size()), SNMP_ENDOFMIBVIEW,
                              i % 2 ? std::int32_t(i) : -1);
        if (i % 11 == 0)
            pool.addException(reply, entry.oid.constData(), std::size_t(entry.oid.size()),
                              i % 2 ? SNMP_NOSUCHINSTANCE : SNMP_NOSUCHOBJECT, std::int32_t(i));
        if (i % 5 == 0) {
            // An exception under a request's name, with that name's encoding given.
            std::vector<oid> name(entry.oid.begin(), entry.oid.end());
            name.push_back(i % 1000 + 127); // not an entry; 127 and above take two bytes
            Buffer b;
            std::size_t offset = 0;
            QVERIFY(asn_realloc_rbuild_objid(&b.data, &b.length, &offset, 1, ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_OBJECT_ID,
                                             name.data(), name.size()));
            const Bytes &encoded = encodedNames().emplace_back(b.tail(offset));
            const u_char exceptions[] = {SNMP_NOSUCHOBJECT, SNMP_NOSUCHINSTANCE, SNMP_ENDOFMIBVIEW};
            pool.addException(reply, name.data(), name.size(), exceptions[i % 3], encoded.data(), encoded.size());
            // ... and every other time with its whole varbind given (RequestParser::encodedException).
            if (i % 10 == 0) {
                Buffer whole;
                std::size_t wholeOffset = 0;
                std::size_t nameLength = name.size();
                QVERIFY(snmp_realloc_rbuild_var_op(&whole.data, &whole.length, &wholeOffset, 1, name.data(),
                                                   &nameLength, exceptions[(i + 1) % 3], nullptr, 0));
                const Bytes &varbind = encodedNames().emplace_back(whole.tail(wholeOffset));
                pool.addException(reply, name.data(), name.size(), exceptions[(i + 1) % 3], varbind.data(),
                                  varbind.size(), true);
            }
        }
    }
}

netsnmp_pdu *response(long version)
{
    netsnmp_pdu *reply = snmp_pdu_create(SNMP_MSG_RESPONSE);
    reply->version = version;
    reply->reqid = 0x12345678;
    return reply;
}

Bytes netsnmpPdu(netsnmp_pdu *reply)
{
    Buffer b;
    std::size_t offset = 0;
    if (!snmp_pdu_realloc_rbuild(&b.data, &b.length, &offset, reply))
        return {};
    return b.tail(offset);
}

Bytes netsnmpMessage(netsnmp_session &session, netsnmp_pdu *reply)
{
    Buffer b;
    std::size_t offset = 0;
    if (snmp_build(&b.data, &b.length, &offset, &session, reply) != 0)
        return {};
    return b.tail(offset);
}

Bytes encoded(ReplyEncoder &encoder, const std::shared_ptr<const Profile> &profile, const ReplyPool &pool,
              netsnmp_session &session, netsnmp_pdu *reply)
{
    Buffer b;
    std::size_t offset = 0;
    if (encoder.build(profile, pool, &session, reply, &b.data, &b.length, &offset) != 0)
        return {};
    return b.tail(offset);
}

const QByteArray EngineId = QByteArrayLiteral("\x80\x00\x1f\x88\x04printwatch-re");

netsnmp_pdu *v3Response(const char *user, int level)
{
    netsnmp_pdu *reply = response(SNMP_VERSION_3);
    reply->msgid = 4711;
    reply->securityModel = USM_SEC_MODEL_NUMBER;
    reply->securityLevel = level;
    reply->securityName = strdup(user);
    reply->securityNameLen = std::strlen(user);
    reply->securityEngineID = static_cast<u_char *>(netsnmp_memdup(EngineId.constData(), std::size_t(EngineId.size())));
    reply->securityEngineIDLen = std::size_t(EngineId.size());
    reply->contextEngineID = static_cast<u_char *>(netsnmp_memdup(EngineId.constData(), std::size_t(EngineId.size())));
    reply->contextEngineIDLen = std::size_t(EngineId.size());
    reply->contextName = strdup("");
    reply->contextNameLen = 0;
    return reply;
}

// What net-snmp's snmp_parse reads of a message, as the manager that asked would read it.
QStringList managerRead(const Bytes &message)
{
    netsnmp_session session;
    snmp_sess_init(&session);
    session.version = SNMP_VERSION_3;
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_RESPONSE);
    Bytes copy = message;
    QStringList read;
    const int status = snmp_parse(nullptr, &session, pdu, copy.data(), copy.size());
    read << QStringLiteral("status %1 command %2 reqid %3 msgid %4 level %5")
                .arg(status)
                .arg(pdu->command)
                .arg(pdu->reqid)
                .arg(pdu->msgid)
                .arg(pdu->securityLevel);
    for (const netsnmp_variable_list *vb = pdu->variables; vb; vb = vb->next_variable) {
        QStringList name;
        for (std::size_t i = 0; i < vb->name_length; ++i)
            name << QString::number(vb->name[i]);
        const QByteArray value(reinterpret_cast<const char *>(vb->val.string), qsizetype(vb->val.string ? vb->val_len : 0));
        read << name.join(u'.') + u' ' + QString::number(vb->type) + u' ' + QString::fromLatin1(value.toHex());
    }
    snmp_free_pdu(pdu);
    return read;
}

} // namespace

class TestReplyEncoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initNetSnmpOnce(); }

    void pduAndCommunityMessagesAreSnmpBuildsBytes()
    {
        std::vector<std::shared_ptr<const Profile>> profiles = printerProfiles();
        profiles.push_back(switchProfile());
        ReplyEncoder encoder;
        ReplyPool pool;
        int compared = 0;
        for (const auto &profile : profiles) {
            QVERIFY(!profile->entries.empty());
            // Twice: first encodings, then from the cache.
            for (int round = 0; round < 2; ++round) {
                for (std::size_t first = 0; first < profile->entries.size(); first += 40) {
                    for (long version : {long(SNMP_VERSION_1), long(SNMP_VERSION_2c)}) {
                        netsnmp_pdu *reply = response(version);
                        static const char community[] = "public";
                        reply->community = static_cast<u_char *>(netsnmp_memdup(community, 6));
                        reply->community_len = 6;
                        fill(pool, reply, *profile, first, 40);
                        reply->errstat = 0;
                        reply->errindex = 0;
                        Buffer b;
                        std::size_t offset = 0;
                        QVERIFY(encoder.buildPdu(profile, pool, reply, &b.data, &b.length, &offset));
                        const Bytes pdu = b.tail(offset);
                        netsnmp_session session;
                        snmp_sess_init(&session);
                        session.version = version;
                        reply->errstat = SNMP_DEFAULT_ERRSTAT; // as snmp_pdu_create leaves it
                        reply->errindex = SNMP_DEFAULT_ERRINDEX;
                        const Bytes ours = encoded(encoder, profile, pool, session, reply);
                        QVERIFY(!ours.empty());
                        // Both encoded from the slots as the agent leaves them (static entries not
                        // copied into their varbinds); net-snmp reads the varbinds, so they are filled now.
                        pool.materialize();
                        QCOMPARE(pdu, netsnmpPdu(reply));
                        QCOMPARE(ours, netsnmpMessage(session, reply));
                        pool.release(reply);
                        snmp_free_pdu(reply);
                        ++compared;
                    }
                }
            }
        }
        QVERIFY(compared > 20);
        QVERIFY(encoder.cachedEntries() > 100);
    }

    void varbindsNetSnmpOwnsAreEncodedByIt()
    {
        // A v1 error echoes the request's varbinds (net-snmp's own, not pool slots).
        const auto profile = printerProfiles().front();
        ReplyEncoder encoder;
        ReplyPool pool;
        netsnmp_pdu *reply = response(SNMP_VERSION_1);
        reply->community = static_cast<u_char *>(netsnmp_memdup("public", 6));
        reply->community_len = 6;
        fill(pool, reply, *profile, 0, 10);
        pool.drop(reply);
        const oid sysDescr[] = {1, 3, 6, 1, 2, 1, 1, 1, 0};
        snmp_add_null_var(reply, sysDescr, OID_LENGTH(sysDescr));
        reply->errstat = SNMP_ERR_NOSUCHNAME;
        reply->errindex = 1;
        netsnmp_session session;
        snmp_sess_init(&session);
        session.version = SNMP_VERSION_1;
        const Bytes ours = encoded(encoder, profile, pool, session, reply);
        QVERIFY(!ours.empty());
        QCOMPARE(ours, netsnmpMessage(session, reply));
        QCOMPARE(encoder.cachedEntries(), std::size_t(0));
        snmp_free_pdu(reply);
    }

    void v3MessagesAreNetSnmpsOwn()
    {
        auto usm = UsmTable::create(defaultV3Users());
        QVERIFY(usm);
        (*usm)->select(QByteArrayView(EngineId), 7, 12345);
        const auto profile = printerProfiles().front();
        ReplyEncoder encoder;
        ReplyPool pool;
        netsnmp_session session;
        snmp_sess_init(&session);
        session.version = SNMP_VERSION_3;

        // authNoPriv: no salt, so the digest makes the whole message comparable byte for byte.
        {
            netsnmp_pdu *reply = v3Response("pw-authonly", SNMP_SEC_LEVEL_AUTHNOPRIV);
            fill(pool, reply, *profile, 0, 60);
            bool same = false;
            // the engine time in the message is read from the clock: a second may tick in between
            for (int attempt = 0; attempt < 3 && !same; ++attempt) {
                const Bytes ours = encoded(encoder, profile, pool, session, reply);
                QVERIFY(!ours.empty());
                pool.materialize(); // for snmp_build
                same = ours == netsnmpMessage(session, reply);
            }
            QVERIFY(same);
            pool.release(reply);
            snmp_free_pdu(reply);
        }
        // authPriv, every privacy protocol of the default users: what the manager reads is the same.
        for (const char *user : {"printwatch", "pw-sha256-aes256", "pw-md5-des"}) {
            for (std::size_t first : {std::size_t(0), std::size_t(30)}) {
                netsnmp_pdu *reply = v3Response(user, SNMP_SEC_LEVEL_AUTHPRIV);
                fill(pool, reply, *profile, first, 30);
                const Bytes ours = encoded(encoder, profile, pool, session, reply);
                pool.materialize(); // for snmp_build
                const Bytes theirs = netsnmpMessage(session, reply);
                QVERIFY(!ours.empty());
                QVERIFY(!theirs.empty());
                QVERIFY(ours != theirs); // a fresh salt per message
                const QStringList read = managerRead(ours);
                QVERIFY2(read.front().startsWith(u"status 0 "), qPrintable(read.front()));
                QVERIFY2(read.size() > 20, qPrintable(read.join(u'\n')));
                QCOMPARE(read, managerRead(theirs));
                // Damaged: one flipped bit in the encrypted part is refused as net-snmp refuses it.
                Bytes damaged = ours;
                damaged[damaged.size() - 3] ^= 0x10;
                QVERIFY(!managerRead(damaged).front().startsWith(u"status 0 "));
                pool.release(reply);
                snmp_free_pdu(reply);
            }
        }
        (*usm)->release();
    }
};

QTEST_GUILESS_MAIN(TestReplyEncoder)
#include "tst_replyencoder.moc"
