// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/usm.h"

#include "netsnmp/enginetimehash.h"
#include "netsnmp/scapicache.h"
#include "sim/agent.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/keytools.h>
#include <net-snmp/library/lcd_time.h>
#include <net-snmp/library/snmp-tc.h>
#include <net-snmp/library/snmpusm.h>
#include <net-snmp/library/transform_oids.h>

#include <QCoreApplication>

#include <cstring>

namespace Printwatch::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Sim::Usm", text);
}

// Engine IDs are at most 32 bytes and USM keys at most 64 (SHA-512), so a block holds many devices.
constexpr std::size_t BlockSize = 64 * 1024;

struct Protocol
{
    const oid *id = nullptr;
    std::size_t length = 0;
};

std::optional<Protocol> authProtocol(const QString &name)
{
    const QString n = name.toUpper();
    if (n == u"NONE")
        return Protocol{usmNoAuthProtocol, OID_LENGTH(usmNoAuthProtocol)};
    if (n == u"MD5")
        return Protocol{usmHMACMD5AuthProtocol, OID_LENGTH(usmHMACMD5AuthProtocol)};
    if (n == u"SHA" || n == u"SHA-1" || n == u"SHA1")
        return Protocol{usmHMACSHA1AuthProtocol, OID_LENGTH(usmHMACSHA1AuthProtocol)};
    if (n == u"SHA-224")
        return Protocol{usmHMAC128SHA224AuthProtocol, OID_LENGTH(usmHMAC128SHA224AuthProtocol)};
    if (n == u"SHA-256")
        return Protocol{usmHMAC192SHA256AuthProtocol, OID_LENGTH(usmHMAC192SHA256AuthProtocol)};
    if (n == u"SHA-384")
        return Protocol{usmHMAC256SHA384AuthProtocol, OID_LENGTH(usmHMAC256SHA384AuthProtocol)};
    if (n == u"SHA-512")
        return Protocol{usmHMAC384SHA512AuthProtocol, OID_LENGTH(usmHMAC384SHA512AuthProtocol)};
    return std::nullopt;
}

std::optional<Protocol> privProtocol(const QString &name)
{
    const QString n = name.toUpper();
    if (n == u"NONE")
        return Protocol{usmNoPrivProtocol, OID_LENGTH(usmNoPrivProtocol)};
    if (n == u"DES")
        return Protocol{usmDESPrivProtocol, OID_LENGTH(usmDESPrivProtocol)};
    if (n == u"AES" || n == u"AES-128" || n == u"AES128")
        return Protocol{usmAESPrivProtocol, OID_LENGTH(usmAESPrivProtocol)};
    if (n == u"AES-192" || n == u"AES192")
        return Protocol{usmAES192PrivProtocol, OID_LENGTH(usmAES192PrivProtocol)};
    if (n == u"AES-256" || n == u"AES256")
        return Protocol{usmAES256PrivProtocol, OID_LENGTH(usmAES256PrivProtocol)};
    if (n == u"AES-192-C" || n == u"AES192C")
        return Protocol{usmAES192CiscoPrivProtocol, OID_LENGTH(usmAES192CiscoPrivProtocol)};
    if (n == u"AES-256-C" || n == u"AES256C")
        return Protocol{usmAES256CiscoPrivProtocol, OID_LENGTH(usmAES256CiscoPrivProtocol)};
    return std::nullopt;
}

} // namespace

Core::Result<V3User> parseV3User(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    V3User user;
    user.name = parts.value(0).toUtf8();
    if (user.name.isEmpty() || user.name.size() > 32 || parts.size() > 5 || parts.size() == 2 || parts.size() == 4)
        return Core::Error{tr("\"%1\" is not a v3 user (expected name:auth:authpass:priv:privpass, a name of 1 to "
                              "32 bytes)")
                               .arg(spec.left(80))};
    if (parts.size() >= 3) {
        user.authProtocol = parts[1];
        user.authPassword = parts[2].toUtf8();
    }
    if (parts.size() == 5) {
        user.privProtocol = parts[3];
        user.privPassword = parts[4].toUtf8();
    }
    if (!authProtocol(user.authProtocol))
        return Core::Error{tr("v3 user %1: unknown authentication protocol \"%2\" (none, MD5, SHA, SHA-224, SHA-256, "
                              "SHA-384, SHA-512)")
                               .arg(QString::fromUtf8(user.name), user.authProtocol.left(20))};
    if (!privProtocol(user.privProtocol))
        return Core::Error{tr("v3 user %1: unknown privacy protocol \"%2\" (none, DES, AES, AES-192, AES-256, "
                              "AES-192-C, AES-256-C)")
                               .arg(QString::fromUtf8(user.name), user.privProtocol.left(20))};
    const bool auth = user.authProtocol.compare(u"none", Qt::CaseInsensitive) != 0;
    const bool priv = user.privProtocol.compare(u"none", Qt::CaseInsensitive) != 0;
    if (priv && !auth)
        return Core::Error{tr("v3 user %1: privacy needs authentication").arg(QString::fromUtf8(user.name))};
    // RFC 3414 section 11.2 recommends 8 characters; net-snmp's tools refuse shorter ones.
    if ((auth && user.authPassword.size() < 8) || (priv && user.privPassword.size() < 8))
        return Core::Error{tr("v3 user %1: pass phrases need at least 8 characters").arg(QString::fromUtf8(user.name))};
    return user;
}

QString v3UserToString(const V3User &user)
{
    return QString::fromUtf8(user.name) + u':' + user.authProtocol + u':' + QString::fromUtf8(user.authPassword) + u':'
           + user.privProtocol + u':' + QString::fromUtf8(user.privPassword);
}

QList<V3User> defaultV3Users()
{
    return {
        {"printwatch", QStringLiteral("SHA"), "printwatch-auth", QStringLiteral("AES"), "printwatch-priv"},
        {"pw-sha256-aes256", QStringLiteral("SHA-256"), "printwatch-auth", QStringLiteral("AES-256"), "printwatch-priv"},
        {"pw-md5-des", QStringLiteral("MD5"), "printwatch-auth", QStringLiteral("DES"), "printwatch-priv"},
        {"pw-authonly", QStringLiteral("SHA-512"), "printwatch-auth", QStringLiteral("none"), {}},
        {"pw-noauth", QStringLiteral("none"), {}, QStringLiteral("none"), {}},
    };
}

struct UsmTable::Master
{
    QByteArray name;
    Protocol auth;
    Protocol priv;
    std::vector<u_char> authKu; // master keys: derived once (about a megabyte of hashing each)
    std::vector<u_char> privKu;
};

UsmTable::UsmTable() = default;

UsmTable::~UsmTable()
{
    release();
    for (usmUser *placeholder : m_placeholders)
        usm_free_user(placeholder); // points at nothing of ours any more (release)
    // The localised keys are wiped, as usm_free_user wipes a user's.
    for (std::size_t i = 0; i < m_blocks.size(); ++i)
        explicit_bzero(m_blocks[i].get(), i + 1 == m_blocks.size() ? m_blockUsed : BlockSize);
}

unsigned char *UsmTable::keep(const unsigned char *bytes, std::size_t length)
{
    if (!bytes || length == 0)
        return nullptr; // as net-snmp leaves a user without that key
    if (m_blocks.empty() || BlockSize - m_blockUsed < length) {
        m_blocks.push_back(std::make_unique<unsigned char[]>(BlockSize));
        m_blockUsed = 0;
    }
    unsigned char *at = m_blocks.back().get() + m_blockUsed;
    std::memcpy(at, bytes, length);
    m_blockUsed += length;
    return at;
}

Core::Result<std::unique_ptr<UsmTable>> UsmTable::create(const QList<V3User> &users)
{
    initNetSnmpOnce();
    // Keeps net-snmp's engine-time buckets off OpenSSL's MD5 (see enginetimehash.h) and its
    // per-message HMAC (OpenSSL) and AES (libgcrypt) on kept contexts (see scapicache.h).
    static_cast<void>(NetSnmp::fastEngineTimeHashActive());
    static_cast<void>(NetSnmp::cachedUsmCryptoActive());
    std::unique_ptr<UsmTable> table(new UsmTable);
    for (const V3User &user : users) {
        Master m;
        m.name = user.name;
        m.auth = *authProtocol(user.authProtocol);
        m.priv = *privProtocol(user.privProtocol);
        const auto derive = [&](const QByteArray &password, std::vector<u_char> &key) -> bool {
            key.resize(SNMP_MAXBUF_SMALL);
            std::size_t length = key.size();
            if (generate_Ku(m.auth.id, u_int(m.auth.length), reinterpret_cast<const u_char *>(password.constData()),
                            std::size_t(password.size()), key.data(), &length)
                != SNMPERR_SUCCESS)
                return false;
            key.resize(length);
            return true;
        };
        if (m.auth.id != usmNoAuthProtocol && !derive(user.authPassword, m.authKu))
            return Core::Error{tr("v3 user %1: net-snmp cannot derive the %2 key")
                                   .arg(QString::fromUtf8(user.name), user.authProtocol)};
        if (m.priv.id != usmNoPrivProtocol && !derive(user.privPassword, m.privKu))
            return Core::Error{tr("v3 user %1: net-snmp cannot derive the privacy key").arg(QString::fromUtf8(user.name))};
        usmUser *placeholder = usm_create_user();
        if (!placeholder)
            return Core::Error{tr("v3 user %1: net-snmp cannot create the user").arg(QString::fromUtf8(user.name))};
        placeholder->name = strdup(m.name.constData());
        placeholder->secName = strdup(m.name.constData());
        SNMP_FREE(placeholder->authProtocol);
        placeholder->authProtocol = snmp_duplicate_objid(m.auth.id, m.auth.length);
        placeholder->authProtocolLen = m.auth.length;
        SNMP_FREE(placeholder->privProtocol);
        placeholder->privProtocol = snmp_duplicate_objid(m.priv.id, m.priv.length);
        placeholder->privProtocolLen = m.priv.length;
        placeholder->userStatus = RS_ACTIVE;
        placeholder->userStorageType = ST_READONLY;
        table->m_placeholders.push_back(placeholder);
        table->m_masters.push_back(std::move(m));
    }
    return table;
}

std::vector<usmUser *> UsmTable::localise(const QByteArray &engineId) const
{
    std::vector<usmUser *> list;
    const auto *id = reinterpret_cast<const u_char *>(engineId.constData());
    const std::size_t idLength = std::size_t(engineId.size());
    for (const Master &m : m_masters) {
        usmUser *user = usm_create_user();
        if (!user) {
            list.push_back(nullptr);
            continue;
        }
        user->engineID = static_cast<u_char *>(netsnmp_memdup(id, idLength));
        user->engineIDLen = idLength;
        user->name = strdup(m.name.constData());
        user->secName = strdup(m.name.constData());
        SNMP_FREE(user->authProtocol);
        user->authProtocol = snmp_duplicate_objid(m.auth.id, m.auth.length);
        user->authProtocolLen = m.auth.length;
        SNMP_FREE(user->privProtocol);
        user->privProtocol = snmp_duplicate_objid(m.priv.id, m.priv.length);
        user->privProtocolLen = m.priv.length;
        bool ok = true;
        if (!m.authKu.empty()) {
            user->authKeyLen = SNMP_MAXBUF_SMALL;
            user->authKey = static_cast<u_char *>(std::malloc(user->authKeyLen));
            ok = generate_kul(m.auth.id, u_int(m.auth.length), id, idLength, m.authKu.data(), m.authKu.size(),
                              user->authKey, &user->authKeyLen)
                 == SNMPERR_SUCCESS;
        }
        if (ok && !m.privKu.empty()) {
            // The privacy key is localised with the authentication hash, then extended for AES-192/256.
            user->privKeyLen = SNMP_MAXBUF_SMALL;
            user->privKey = static_cast<u_char *>(std::malloc(user->privKeyLen));
            ok = generate_kul(m.auth.id, u_int(m.auth.length), id, idLength, m.privKu.data(), m.privKu.size(),
                              user->privKey, &user->privKeyLen)
                     == SNMPERR_SUCCESS
                 && usm_extend_user_kul(user, SNMP_MAXBUF_SMALL) == SNMPERR_SUCCESS;
        }
        user->userStatus = RS_ACTIVE;
        user->userStorageType = ST_READONLY;
        if (!ok) {
            usm_free_user(user);
            user = nullptr; // this device then does not know the user
        }
        list.push_back(user);
    }
    return list;
}

// The placeholder of `master` takes the engine ID and keys of a device's localised user (shallow:
// the cache keeps owning them), or none (all null), so that it matches no message.
void UsmTable::point(std::size_t master, const Keys &keys)
{
    usmUser *p = m_placeholders[master];
    p->engineID = keys.engineId;
    p->engineIDLen = keys.engineIdLength;
    p->authKey = keys.authKey;
    p->authKeyLen = keys.authKeyLength;
    p->privKey = keys.privKey;
    p->privKeyLen = keys.privKeyLength;
}

namespace {

std::uint32_t engineIdHash(const unsigned char *id, std::size_t length)
{
    // FNV-1a: only picks where probing starts; the bytes are compared in full.
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < length; ++i)
        h = (h ^ id[i]) * 16777619u;
    return h;
}

} // namespace

// At 10,000 devices nearly every request switches device, and a QHash<QByteArray, std::vector>
// lookup chased three pointers per switch (node, key bytes, user list) and then each localised
// usmUser: cache misses that made select() about 7 % of a v3 request's CPU in perf. Here the
// engine IDs sit inline in one open-addressing array and a device's keys in one contiguous run.
std::uint32_t UsmTable::keysFor(QByteArrayView engineId)
{
    const auto *id = reinterpret_cast<const unsigned char *>(engineId.data());
    const auto length = std::size_t(engineId.size());
    const std::uint32_t hash = engineIdHash(id, length);
    if (m_index.empty())
        m_index.resize(1024);
    std::size_t mask = m_index.size() - 1;
    std::size_t at = hash & mask;
    for (;; at = (at + 1) & mask) {
        const Slot &slot = m_index[at];
        if (slot.length == 0)
            break;
        if (slot.hash == hash && slot.length == length && std::memcmp(slot.id.data(), id, length) == 0)
            return slot.keys;
    }
    // New engine ID: localise its users once (a device's first v3 request).
    const std::vector<usmUser *> users = localise(engineId.toByteArray());
    const auto keys = std::uint32_t(m_keys.size());
    unsigned char *const keptId = keep(id, length);
    for (std::size_t i = 0; i < m_masters.size(); ++i) {
        usmUser *user = i < users.size() ? users[i] : nullptr;
        Keys k;
        if (user) {
            k.engineId = keptId;
            k.engineIdLength = length;
            k.authKeyLength = user->authKeyLen;
            k.authKey = keep(user->authKey, user->authKeyLen);
            k.privKeyLength = user->privKeyLen;
            k.privKey = keep(user->privKey, user->privKeyLen);
            usm_free_user(user); // wipes its keys
        }
        m_keys.push_back(k);
    }
    ++m_engines;
    if (m_engines * 2 > m_index.size()) {
        // Grow to keep probes short; every slot goes where its hash puts it in the bigger array.
        std::vector<Slot> bigger(m_index.size() * 2);
        mask = bigger.size() - 1;
        for (const Slot &slot : m_index) {
            if (slot.length == 0)
                continue;
            std::size_t to = slot.hash & mask;
            while (bigger[to].length != 0)
                to = (to + 1) & mask;
            bigger[to] = slot;
        }
        m_index = std::move(bigger);
        at = hash & mask;
        while (m_index[at].length != 0)
            at = (at + 1) & mask;
    }
    Slot &slot = m_index[at];
    slot.hash = hash;
    slot.keys = keys;
    slot.length = std::uint8_t(length);
    std::memcpy(slot.id.data(), id, length);
    return keys;
}

// Only the selected device's clock record stays in net-snmp's engine-time list.
void UsmTable::forgetEngineTime()
{
    if (!m_installed)
        return;
    free_enginetime(m_selected.data(), m_selectedLength);
    m_installed = false;
    m_selectedLength = 0;
}

void UsmTable::select(QByteArrayView engineId, std::uint32_t boots, std::uint32_t engineTime)
{
    const auto *id = reinterpret_cast<const u_char *>(engineId.data());
    const auto idLength = std::size_t(engineId.size());
    if (idLength == 0 || idLength > MaxEngineId) {
        // No device has such an ID; nothing matches it (USM reports an unknown engine ID).
        forgetEngineTime();
        for (std::size_t i = 0; i < m_placeholders.size(); ++i)
            point(i, Keys{});
        return;
    }
    if (m_installed && m_selectedLength == idLength && std::memcmp(m_selected.data(), id, idLength) == 0) {
        set_enginetime(id, u_int(idLength), boots, engineTime, TRUE);
        return;
    }
    // Another device: only the previous device's clock record goes; the users stay listed.
    forgetEngineTime();
    const std::uint32_t keys = keysFor(engineId);
    for (std::size_t i = 0; i < m_placeholders.size(); ++i)
        point(i, m_keys[keys + i]);
    if (!m_listed) {
        for (usmUser *placeholder : m_placeholders)
            usm_add_user(placeholder);
        m_listed = true;
    }
    m_installed = true;
    m_selectedLength = std::uint8_t(idLength);
    std::memcpy(m_selected.data(), id, idLength);
    // ISENGINEKNOWN and the timeliness check read this record; it is the device's own clock.
    set_enginetime(id, u_int(idLength), boots, engineTime, TRUE);
}

void UsmTable::release()
{
    if (m_listed) {
        for (std::size_t i = 0; i < m_placeholders.size(); ++i) {
            usm_remove_user(m_placeholders[i]);
            point(i, Keys{});
        }
        m_listed = false;
    }
    forgetEngineTime();
}

} // namespace Printwatch::Sim
