// SPDX-License-Identifier: GPL-3.0-or-later
// Printwatch's sc_generate_keyed_hash, sc_encrypt and sc_decrypt must give exactly what
// net-snmp's own give (taken from libnetsnmp with dlsym), for every authentication and privacy
// protocol, every length USM passes, with keys changing from call to call, coming back and
// outnumbering the kept contexts;
// and net-snmp's own sc_check_keyed_hash, which now calls ours, must still refuse a wrong MAC.
#include "netsnmp/scapicache.h"

#include <QTest>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/scapi.h>
#include <net-snmp/library/transform_oids.h>

#include <random>
#include <thread>
#include <vector>

using namespace Printwatch;

namespace {

struct Transform
{
    const char *name;
    const oid *id;
    size_t length;
};

std::vector<Transform> authTransforms()
{
    return {{"MD5", usmHMACMD5AuthProtocol, 10},          {"SHA-1", usmHMACSHA1AuthProtocol, 10},
            {"SHA-224", usmHMAC128SHA224AuthProtocol, 10}, {"SHA-256", usmHMAC192SHA256AuthProtocol, 10},
            {"SHA-384", usmHMAC256SHA384AuthProtocol, 10}, {"SHA-512", usmHMAC384SHA512AuthProtocol, 10}};
}

std::vector<Transform> privTransforms()
{
    return {{"DES", usmDESPrivProtocol, 10},
            {"AES-128", usmAESPrivProtocol, 10},
            {"AES-192", usmAES192PrivProtocol, 9},
            {"AES-256", usmAES256PrivProtocol, 9},
            {"AES-192-C", usmAES192CiscoPrivProtocol, 11},
            {"AES-256-C", usmAES256CiscoPrivProtocol, 11}};
}

std::vector<u_char> randomBytes(std::mt19937 &random, std::size_t size)
{
    std::vector<u_char> bytes(size);
    for (u_char &b : bytes)
        b = u_char(random());
    return bytes;
}

} // namespace

class TestScapiCache : public QObject
{
    Q_OBJECT

private slots:
    void netSnmpCallsTheReplacements()
    {
        QVERIFY(NetSnmp::cachedUsmCryptoActive());
        QVERIFY(NetSnmp::netSnmpKeyedHash());
        QVERIFY(NetSnmp::netSnmpKeyedHash() != reinterpret_cast<NetSnmp::KeyedHashFunction>(&::sc_generate_keyed_hash));
        QVERIFY(NetSnmp::netSnmpEncrypt() && NetSnmp::netSnmpDecrypt());
    }

    void keyedHashMatchesNetSnmp()
    {
        std::mt19937 random(7);
        for (const Transform &t : authTransforms()) {
            const int type = sc_get_authtype(t.id, u_int(t.length));
            const int keyLength = sc_get_proper_auth_length_bytype(type);
            QVERIFY2(keyLength > 0, t.name);
            // Keys change from call to call (one per device), lengths as USM and odd callers pass them.
            for (int round = 0; round < 3; ++round) {
                for (int keyLen : {keyLength, keyLength + 7, 4}) {
                    const auto key = randomBytes(random, std::size_t(keyLen));
                    for (u_int messageLength : {1u, 17u, 64u, 800u, 1500u}) {
                        const auto message = randomBytes(random, messageLength);
                        for (size_t macLength : {size_t(12), size_t(16), size_t(24), size_t(32), size_t(48), size_t(64),
                                                 size_t(SNMP_MAXBUF_SMALL)}) {
                            std::vector<u_char> ours(SNMP_MAXBUF_SMALL, 0xAA);
                            std::vector<u_char> theirs(SNMP_MAXBUF_SMALL, 0xAA);
                            size_t oursLength = macLength;
                            size_t theirsLength = macLength;
                            const int rcOurs = ::sc_generate_keyed_hash(t.id, t.length, key.data(), u_int(key.size()),
                                                                        message.data(), messageLength, ours.data(),
                                                                        &oursLength);
                            const int rcTheirs = NetSnmp::netSnmpKeyedHash()(
                                t.id, t.length, key.data(), u_int(key.size()), message.data(), messageLength,
                                theirs.data(), &theirsLength);
                            const QByteArray where = QByteArray(t.name) + " key " + QByteArray::number(keyLen) + " message "
                                                     + QByteArray::number(messageLength) + " mac "
                                                     + QByteArray::number(qulonglong(macLength));
                            QVERIFY2(rcOurs == rcTheirs, where.constData());
                            QVERIFY2(oursLength == theirsLength, where.constData());
                            QVERIFY2(ours == theirs, where.constData());
                        }
                    }
                }
            }
        }
    }

    // Contexts are keyed once per key and reset for each message: keys that come back, alternate
    // and differ in one byte or in length only must still give net-snmp's MAC every time.
    void keyedHashWithReturningKeysMatchesNetSnmp()
    {
        std::mt19937 random(13);
        for (const Transform &t : authTransforms()) {
            const int type = sc_get_authtype(t.id, u_int(t.length));
            const int keyLength = sc_get_proper_auth_length_bytype(type);
            std::vector<std::vector<u_char>> keys;
            for (int i = 0; i < 3; ++i)
                keys.push_back(randomBytes(random, std::size_t(keyLength)));
            keys.push_back(keys[0]);
            keys.back()[std::size_t(keyLength) - 1] ^= 0x01; // one bit from key 0
            keys.push_back(keys[1]);
            keys.back().push_back(0); // key 1 and a zero byte: another HMAC key
            for (int round = 0; round < 40; ++round) {
                const auto &key = keys[std::size_t(random()) % keys.size()];
                const auto message = randomBytes(random, 1 + std::size_t(random()) % 1400);
                std::vector<u_char> ours(SNMP_MAXBUF_SMALL, 0xAA);
                std::vector<u_char> theirs(SNMP_MAXBUF_SMALL, 0xAA);
                size_t oursLength = ours.size();
                size_t theirsLength = theirs.size();
                QCOMPARE(::sc_generate_keyed_hash(t.id, t.length, key.data(), u_int(key.size()), message.data(),
                                                  u_int(message.size()), ours.data(), &oursLength),
                         NetSnmp::netSnmpKeyedHash()(t.id, t.length, key.data(), u_int(key.size()), message.data(),
                                                     u_int(message.size()), theirs.data(), &theirsLength));
                QVERIFY2(oursLength == theirsLength && ours == theirs, t.name);
            }
        }
    }

    // More keys than the kept contexts (512 per kind and thread), visited twice in the same order
    // and then at random: every slot is taken over and keyed again, and each MAC and each AES
    // pass is still net-snmp's.
    void manyKeysTakeOverContextsAndStillMatch()
    {
        std::mt19937 random(17);
        const Transform sha1 = authTransforms()[1];
        const Transform aes128 = privTransforms()[1];
        std::vector<std::vector<u_char>> keys;
        for (int i = 0; i < 1500; ++i)
            keys.push_back(randomBytes(random, 20));
        for (int visit = 0; visit < 3 * int(keys.size()); ++visit) {
            const std::size_t which =
                visit < 2 * int(keys.size()) ? std::size_t(visit) % keys.size() : std::size_t(random()) % keys.size();
            const auto &key = keys[which];
            const auto message = randomBytes(random, 1 + std::size_t(random()) % 300);
            const QByteArray where = "key " + QByteArray::number(qulonglong(which)) + " visit " + QByteArray::number(visit);

            u_char ours[64];
            u_char theirs[64];
            size_t oursLength = 12;
            size_t theirsLength = 12;
            QCOMPARE(::sc_generate_keyed_hash(sha1.id, sha1.length, key.data(), u_int(key.size()), message.data(),
                                              u_int(message.size()), ours, &oursLength),
                     SNMPERR_SUCCESS);
            QCOMPARE(NetSnmp::netSnmpKeyedHash()(sha1.id, sha1.length, key.data(), u_int(key.size()), message.data(),
                                                 u_int(message.size()), theirs, &theirsLength),
                     SNMPERR_SUCCESS);
            QVERIFY2(oursLength == theirsLength && std::equal(ours, ours + oursLength, theirs), where.constData());

            auto privKey = key; // USM passes the whole localised key; AES-128 uses its first 16 bytes
            auto iv = randomBytes(random, 16);
            std::vector<u_char> cipherOurs(message.size());
            std::vector<u_char> cipherTheirs(message.size());
            size_t cipherOursLength = cipherOurs.size();
            size_t cipherTheirsLength = cipherTheirs.size();
            QCOMPARE(::sc_encrypt(aes128.id, aes128.length, privKey.data(), u_int(privKey.size()), iv.data(), 16,
                                  message.data(), u_int(message.size()), cipherOurs.data(), &cipherOursLength),
                     SNMPERR_SUCCESS);
            QCOMPARE(NetSnmp::netSnmpEncrypt()(aes128.id, aes128.length, privKey.data(), u_int(privKey.size()),
                                               iv.data(), 16, message.data(), u_int(message.size()),
                                               cipherTheirs.data(), &cipherTheirsLength),
                     SNMPERR_SUCCESS);
            QVERIFY2(cipherOurs == cipherTheirs, where.constData());
            std::vector<u_char> back(message.size());
            size_t backLength = back.size();
            QCOMPARE(::sc_decrypt(aes128.id, aes128.length, privKey.data(), u_int(privKey.size()), iv.data(), 16,
                                  cipherOurs.data(), u_int(cipherOurs.size()), back.data(), &backLength),
                     SNMPERR_SUCCESS);
            QVERIFY2(backLength == message.size() && back == message, where.constData());
        }
    }

    // The kept cipher contexts: keys that come back, alternate, differ in one bit or only in the
    // bytes past what the cipher uses, each with a fresh IV, for every AES variant.
    void encryptionWithReturningKeysMatchesNetSnmp()
    {
        std::mt19937 random(19);
        for (const Transform &t : privTransforms()) {
            if (t.id == usmDESPrivProtocol)
                continue; // DES is net-snmp's own, always
            const int keyLength = sc_get_proper_priv_length(t.id, u_int(t.length));
            std::vector<std::vector<u_char>> keys;
            for (int i = 0; i < 3; ++i)
                keys.push_back(randomBytes(random, std::size_t(keyLength)));
            keys.push_back(keys[0]);
            keys.back()[std::size_t(keyLength) - 1] ^= 0x01;
            keys.push_back(keys[1]);
            keys.back().push_back(0x5A); // longer, the same first keyLength bytes: the same AES key
            for (int round = 0; round < 40; ++round) {
                auto key = keys[std::size_t(random()) % keys.size()];
                auto theirKey = key;
                auto iv = randomBytes(random, 16);
                auto theirIv = iv;
                const auto plain = randomBytes(random, 1 + std::size_t(random()) % 1400);
                std::vector<u_char> ours(plain.size());
                std::vector<u_char> theirs(plain.size());
                size_t oursLength = ours.size();
                size_t theirsLength = theirs.size();
                QCOMPARE(::sc_encrypt(t.id, t.length, key.data(), u_int(key.size()), iv.data(), 16, plain.data(),
                                      u_int(plain.size()), ours.data(), &oursLength),
                         SNMPERR_SUCCESS);
                QCOMPARE(NetSnmp::netSnmpEncrypt()(t.id, t.length, theirKey.data(), u_int(theirKey.size()),
                                                   theirIv.data(), 16, plain.data(), u_int(plain.size()),
                                                   theirs.data(), &theirsLength),
                         SNMPERR_SUCCESS);
                QVERIFY2(oursLength == theirsLength && ours == theirs, t.name);
                std::vector<u_char> back(plain.size());
                size_t backLength = back.size();
                QCOMPARE(::sc_decrypt(t.id, t.length, key.data(), u_int(key.size()), iv.data(), 16, ours.data(),
                                      u_int(oursLength), back.data(), &backLength),
                         SNMPERR_SUCCESS);
                QVERIFY2(back == plain, t.name);
            }
        }
    }

    // One kept context per key serves both directions: a key decrypts right after it encrypted
    // and encrypts right after it decrypted (as a device's request and answer do), in runs and at
    // random, and each result is net-snmp's own (its decryption of its own ciphertext).
    void directionsShareAKeyAndMatchNetSnmp()
    {
        std::mt19937 random(23);
        for (const Transform &t : privTransforms()) {
            if (t.id == usmDESPrivProtocol)
                continue;
            const int keyLength = sc_get_proper_priv_length(t.id, u_int(t.length));
            std::vector<std::vector<u_char>> keys;
            for (int i = 0; i < 4; ++i)
                keys.push_back(randomBytes(random, std::size_t(keyLength)));
            for (int round = 0; round < 200; ++round) {
                auto key = keys[round < 100 ? std::size_t(round / 4) % keys.size() : std::size_t(random()) % keys.size()];
                auto theirKey = key;
                auto iv = randomBytes(random, 16);
                auto theirIv = iv;
                const auto plain = randomBytes(random, 1 + std::size_t(random()) % 900);
                const bool decryptFirst = random() % 2 == 0;
                const QByteArray where = QByteArray(t.name) + " round " + QByteArray::number(round);
                std::vector<u_char> theirCipher(plain.size());
                size_t theirCipherLength = theirCipher.size();
                QCOMPARE(NetSnmp::netSnmpEncrypt()(t.id, t.length, theirKey.data(), u_int(theirKey.size()),
                                                   theirIv.data(), 16, plain.data(), u_int(plain.size()),
                                                   theirCipher.data(), &theirCipherLength),
                         SNMPERR_SUCCESS);
                const auto decrypt = [&] {
                    std::vector<u_char> ours(plain.size());
                    std::vector<u_char> theirs(plain.size());
                    size_t oursLength = ours.size();
                    size_t theirsLength = theirs.size();
                    auto ivCopy = iv;
                    auto theirIvCopy = iv;
                    QCOMPARE(::sc_decrypt(t.id, t.length, key.data(), u_int(key.size()), ivCopy.data(), 16,
                                          theirCipher.data(), u_int(theirCipherLength), ours.data(), &oursLength),
                             SNMPERR_SUCCESS);
                    QCOMPARE(NetSnmp::netSnmpDecrypt()(t.id, t.length, theirKey.data(), u_int(theirKey.size()),
                                                       theirIvCopy.data(), 16, theirCipher.data(),
                                                       u_int(theirCipherLength), theirs.data(), &theirsLength),
                             SNMPERR_SUCCESS);
                    QVERIFY2(oursLength == theirsLength && ours == theirs && ours == plain, where.constData());
                };
                const auto encrypt = [&] {
                    std::vector<u_char> ours(plain.size());
                    size_t oursLength = ours.size();
                    auto ivCopy = iv;
                    QCOMPARE(::sc_encrypt(t.id, t.length, key.data(), u_int(key.size()), ivCopy.data(), 16,
                                          plain.data(), u_int(plain.size()), ours.data(), &oursLength),
                             SNMPERR_SUCCESS);
                    QVERIFY2(oursLength == theirCipherLength && ours == theirCipher, where.constData());
                };
                if (decryptFirst) {
                    decrypt();
                    encrypt();
                } else {
                    encrypt();
                    decrypt();
                }
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // The remembered transform lookups give net-snmp's own entry for every OID, known or not,
    // asked in turn and over and over (more OIDs than are remembered), from a copy of the OID too.
    void transformLookupsMatchNetSnmp()
    {
        QVERIFY(NetSnmp::netSnmpPrivAlgByOid() && NetSnmp::netSnmpAuthAlgByOid());
        QVERIFY(NetSnmp::netSnmpPrivAlgByOid() != &::sc_get_priv_alg_byoid);
        std::vector<std::vector<oid>> ids;
        for (const Transform &t : authTransforms())
            ids.emplace_back(t.id, t.id + t.length);
        for (const Transform &t : privTransforms())
            ids.emplace_back(t.id, t.id + t.length);
        ids.push_back({1, 3, 6, 1, 6, 3, 10, 1, 2, 99}); // no such transform
        ids.push_back(std::vector<oid>(usmAESPrivProtocol, usmAESPrivProtocol + 9)); // a prefix of one
        std::mt19937 random(23);
        for (int round = 0; round < 400; ++round) {
            const auto id = ids[round < int(ids.size()) ? std::size_t(round) : std::size_t(random()) % ids.size()];
            const u_int length = u_int(id.size());
            QCOMPARE(::sc_get_priv_alg_byoid(id.data(), length), NetSnmp::netSnmpPrivAlgByOid()(id.data(), length));
            QCOMPARE(::sc_find_auth_alg_byoid(id.data(), length), NetSnmp::netSnmpAuthAlgByOid()(id.data(), length));
            QCOMPARE(::sc_get_privtype(id.data(), length),
                     NetSnmp::netSnmpPrivAlgByOid()(id.data(), length)
                         ? NetSnmp::netSnmpPrivAlgByOid()(id.data(), length)->type
                         : -1);
        }
        QVERIFY(::sc_get_priv_alg_byoid(usmAESPrivProtocol, 10) != nullptr);
        QVERIFY(::sc_get_priv_alg_byoid(usmAESPrivProtocol, 9) == nullptr);
        QVERIFY(::sc_find_auth_alg_byoid(usmHMACSHA1AuthProtocol, 10) != nullptr);
        QVERIFY(::sc_find_auth_alg_byoid(nullptr, 10) == nullptr);
    }

    void checkRefusesAWrongMac()
    {
        std::mt19937 random(11);
        for (const Transform &t : authTransforms()) {
            const int type = sc_get_authtype(t.id, u_int(t.length));
            const auto key = randomBytes(random, std::size_t(sc_get_proper_auth_length_bytype(type)));
            const auto message = randomBytes(random, 700);
            const int macLength = sc_get_auth_maclen(type);
            std::vector<u_char> mac(SNMP_MAXBUF_SMALL);
            size_t length = mac.size();
            QCOMPARE(::sc_generate_keyed_hash(t.id, t.length, key.data(), u_int(key.size()), message.data(),
                                              u_int(message.size()), mac.data(), &length),
                     SNMPERR_SUCCESS);
            QCOMPARE(sc_check_keyed_hash(t.id, t.length, key.data(), u_int(key.size()), message.data(),
                                         u_int(message.size()), mac.data(), u_int(macLength)),
                     SNMPERR_SUCCESS);
            mac[std::size_t(macLength) - 1] ^= 0x01;
            QVERIFY2(sc_check_keyed_hash(t.id, t.length, key.data(), u_int(key.size()), message.data(),
                                         u_int(message.size()), mac.data(), u_int(macLength))
                         != SNMPERR_SUCCESS,
                     t.name);
            auto otherKey = key;
            otherKey[0] ^= 0x80;
            mac[std::size_t(macLength) - 1] ^= 0x01;
            QVERIFY2(sc_check_keyed_hash(t.id, t.length, otherKey.data(), u_int(otherKey.size()), message.data(),
                                         u_int(message.size()), mac.data(), u_int(macLength))
                         != SNMPERR_SUCCESS,
                     t.name);
        }
    }

    void encryptionMatchesNetSnmp()
    {
        std::mt19937 random(13);
        for (const Transform &t : privTransforms()) {
            const int keyLength = sc_get_proper_priv_length(t.id, u_int(t.length));
            QVERIFY2(keyLength > 0, t.name);
            for (int round = 0; round < 4; ++round) {
                const auto key = randomBytes(random, std::size_t(keyLength));
                auto iv = randomBytes(random, 16);
                for (u_int length : {1u, 8u, 15u, 16u, 17u, 800u, 1503u}) {
                    // DES wants whole blocks (USM pads before it encrypts).
                    const u_int plainLength = t.length == 10 && t.id == usmDESPrivProtocol ? (length + 7) / 8 * 8 : length;
                    const auto plain = randomBytes(random, plainLength);
                    std::vector<u_char> ours(plainLength + 64);
                    std::vector<u_char> theirs(plainLength + 64);
                    size_t oursLength = ours.size();
                    size_t theirsLength = theirs.size();
                    auto ivOurs = iv;
                    auto ivTheirs = iv;
                    auto keyOurs = key;
                    auto keyTheirs = key;
                    const QByteArray where = QByteArray(t.name) + " length " + QByteArray::number(plainLength);
                    const int rcOurs = ::sc_encrypt(t.id, t.length, keyOurs.data(), u_int(key.size()), ivOurs.data(),
                                                    u_int(iv.size()), plain.data(), plainLength, ours.data(), &oursLength);
                    const int rcTheirs = NetSnmp::netSnmpEncrypt()(t.id, t.length, keyTheirs.data(), u_int(key.size()),
                                                                   ivTheirs.data(), u_int(iv.size()), plain.data(),
                                                                   plainLength, theirs.data(), &theirsLength);
                    QVERIFY2(rcOurs == SNMPERR_SUCCESS && rcTheirs == SNMPERR_SUCCESS, where.constData());
                    QVERIFY2(oursLength == theirsLength, where.constData());
                    QVERIFY2(std::equal(ours.begin(), ours.begin() + long(oursLength), theirs.begin()), where.constData());

                    std::vector<u_char> back(oursLength + 64);
                    std::vector<u_char> backTheirs(oursLength + 64);
                    size_t backLength = back.size();
                    size_t backTheirsLength = backTheirs.size();
                    QCOMPARE(::sc_decrypt(t.id, t.length, keyOurs.data(), u_int(key.size()), ivOurs.data(),
                                          u_int(iv.size()), ours.data(), u_int(oursLength), back.data(), &backLength),
                             SNMPERR_SUCCESS);
                    QCOMPARE(NetSnmp::netSnmpDecrypt()(t.id, t.length, keyTheirs.data(), u_int(key.size()),
                                                       ivTheirs.data(), u_int(iv.size()), theirs.data(),
                                                       u_int(theirsLength), backTheirs.data(), &backTheirsLength),
                             SNMPERR_SUCCESS);
                    QVERIFY2(backLength == backTheirsLength, where.constData());
                    QVERIFY2(std::equal(plain.begin(), plain.end(), back.begin()), where.constData());
                    QVERIFY2(std::equal(back.begin(), back.begin() + long(backLength), backTheirs.begin()),
                             where.constData());
                }
            }
        }
    }

    // Every AES variant is encrypted and decrypted by libgcrypt on a key kept for the thread, not by
    // net-snmp's fallback: a new thread's cache holds each key once, whatever the direction.
    void aesRunsOnKeptLibgcryptHandles()
    {
        std::size_t heldAfterFirst = 0;
        std::size_t heldAfterSecond = 0;
        std::size_t heldAfterRepeats = 0;
        bool allSucceeded = true;
        std::thread worker([&] {
            std::mt19937 random(17);
            const auto run = [&](const Transform &t, std::vector<u_char> key) {
                auto iv = randomBytes(random, 16);
                const auto plain = randomBytes(random, 1103);
                std::vector<u_char> cipher(plain.size()), back(plain.size());
                size_t cipherLength = cipher.size();
                size_t backLength = back.size();
                auto ivBack = iv;
                allSucceeded = allSucceeded
                               && ::sc_encrypt(t.id, t.length, key.data(), u_int(key.size()), iv.data(), 16,
                                               plain.data(), u_int(plain.size()), cipher.data(), &cipherLength)
                                      == SNMPERR_SUCCESS
                               && ::sc_decrypt(t.id, t.length, key.data(), u_int(key.size()), ivBack.data(), 16,
                                               cipher.data(), u_int(cipherLength), back.data(), &backLength)
                                      == SNMPERR_SUCCESS
                               && back == plain;
            };
            const Transform aes128 = privTransforms()[1];
            const Transform aes256 = privTransforms()[3];
            const auto key128 = randomBytes(random, 16);
            const auto key256 = randomBytes(random, 32);
            run(aes128, key128);
            heldAfterFirst = NetSnmp::aesKeysHeld();
            run(aes256, key256);
            heldAfterSecond = NetSnmp::aesKeysHeld();
            for (int i = 0; i < 5; ++i) {
                run(aes128, key128);
                run(aes256, key256);
            }
            heldAfterRepeats = NetSnmp::aesKeysHeld();
        });
        worker.join();
        QVERIFY(allSucceeded);
        QCOMPARE(heldAfterFirst, std::size_t(1));
        QCOMPARE(heldAfterSecond, std::size_t(2));
        QCOMPARE(heldAfterRepeats, std::size_t(2));
    }

    void refusesWhatNetSnmpRefuses()
    {
        std::vector<u_char> key(32, 1), iv(16, 2), text(64, 3), out(128);
        size_t outLength = out.size();
        // A key shorter than AES-256 needs, and an IV shorter than a block: both refused, as before.
        QVERIFY(::sc_encrypt(usmAES256PrivProtocol, 9, key.data(), 16, iv.data(), 16, text.data(), 64, out.data(),
                             &outLength)
                != SNMPERR_SUCCESS);
        outLength = out.size();
        QVERIFY(::sc_encrypt(usmAESPrivProtocol, 10, key.data(), 16, iv.data(), 8, text.data(), 64, out.data(),
                             &outLength)
                != SNMPERR_SUCCESS);
        outLength = 10; // no room
        QVERIFY(::sc_decrypt(usmAESPrivProtocol, 10, key.data(), 16, iv.data(), 16, text.data(), 64, out.data(),
                             &outLength)
                != SNMPERR_SUCCESS);
        size_t macLength = 64;
        QVERIFY(::sc_generate_keyed_hash(usmHMACSHA1AuthProtocol, 10, key.data(), 0, text.data(), 64, out.data(),
                                         &macLength)
                != SNMPERR_SUCCESS);
    }
};

QTEST_GUILESS_MAIN(TestScapiCache)
#include "tst_scapicache.moc"
