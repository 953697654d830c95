// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsnmp/scapicache.h"
#include "netsnmp/wordhash.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/scapi.h>
#include <net-snmp/library/snmpusm.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <gcrypt.h>

#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <type_traits>

static_assert(std::is_same_v<oid, unsigned long> && std::is_same_v<size_t, unsigned long>,
              "the function types in scapicache.h spell net-snmp's oid and size_t");

namespace Printwatch::NetSnmp {

namespace {

template<typename Function>
Function original(const char *name)
{
    // The next definition after this executable's own: libnetsnmp's.
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

// A per-thread cache of crypto contexts (OpenSSL HMAC, libgcrypt AES), each already keyed with one
// USM key: keying costs more than the message. EVP_MAC_init with a key hashes the padded key into
// HMAC's inner and outer states (two digest blocks and OpenSSL's set-up, about 4,000 instructions
// for SHA-1), and gcry_cipher_setkey expands AES's key schedule; every device has its own localised
// keys and uses them for each message to and from it, a few messages close together per poll. A
// kept context is reset for the next message without its key (the libraries' documented
// re-initialisation: EVP_MAC_init copies the kept inner state back, gcry_cipher_setiv sets only the IV).
// Bounded: 256 sets of two (at most 512 contexts, about 0.5 MB per thread and kind), the least
// recently used of a set keyed again for a new key, so a process that meets endless keys keeps a
// fixed size. The keys kept for matching are wiped when a slot is taken over and when the thread ends.
template<typename Context, void (*FreeContext)(Context *)>
class KeyedContexts
{
public:
    static constexpr std::size_t MaxKey = 64; // longer keys (no USM key is) are keyed per message
    struct Slot
    {
        Context *ctx = nullptr;
        int contextType = -1; // the algorithm ctx was made for
        int keyedType = -1;   // -1: ctx holds no reusable key
        u_int keyLength = 0;
        std::array<u_char, MaxKey> key{};
    };

    KeyedContexts() = default;
    KeyedContexts(const KeyedContexts &) = delete;
    KeyedContexts &operator=(const KeyedContexts &) = delete;
    ~KeyedContexts()
    {
        for (Slot &slot : m_slots) {
            OPENSSL_cleanse(slot.key.data(), slot.key.size());
            if (slot.ctx)
                FreeContext(slot.ctx);
        }
    }

    // The slot for (type, key), and whether its context is keyed with exactly that key already.
    // A miss returns the set's least recently used slot, emptied of its key, for the caller to key.
    Slot &find(int type, const u_char *key, u_int keyLength, bool *hit)
    {
        // Eight key bytes at a time, multiplied in and folded (a USM key is 16 to 64 bytes): a few
        // instructions a word instead of two a byte, for every message.
        u_int at = 0;
        std::uint64_t hash =
            mixWords(0x9E3779B97F4A7C15ull ^ std::uint64_t(std::uint32_t(type)) ^ keyLength, key, keyLength, at);
        for (; at < keyLength; ++at)
            hash = (hash ^ key[at]) * 0x100000001B3ull;
        hash ^= hash >> 29;
        const std::size_t set = std::size_t(hash ^ (hash >> 16)) % Sets;
        Slot *ways = &m_slots[set * 2];
        const auto holds = [&](const Slot &slot) {
            return slot.keyedType == type && slot.keyLength == keyLength
                   && std::memcmp(slot.key.data(), key, keyLength) == 0;
        };
        std::uint8_t &recent = m_recent[set];
        for (std::uint8_t way : {recent, std::uint8_t(1 - recent)}) {
            if (holds(ways[way])) {
                recent = way;
                *hit = true;
                return ways[way];
            }
        }
        recent = std::uint8_t(1 - recent);
        Slot &slot = ways[recent];
        forget(slot);
        *hit = false;
        return slot;
    }

    // How many slots hold a keyed context.
    std::size_t held() const
    {
        return std::size_t(std::count_if(m_slots.begin(), m_slots.end(), [](const Slot &slot) {
            return slot.keyedType >= 0;
        }));
    }

    // The slot's context is now keyed with (type, key).
    static void remember(Slot &slot, int type, const u_char *key, u_int keyLength)
    {
        slot.keyedType = type;
        slot.keyLength = keyLength;
        std::memcpy(slot.key.data(), key, keyLength);
    }

    // After a failure the context's state is unknown: it is keyed afresh before its next use.
    static void forget(Slot &slot)
    {
        if (slot.keyedType >= 0)
            OPENSSL_cleanse(slot.key.data(), slot.keyLength);
        slot.keyedType = -1;
        slot.keyLength = 0;
    }

    // A new context for `type` in place of the slot's own (nullptr in it if `made` is).
    static void replace(Slot &slot, int type, Context *made)
    {
        if (slot.ctx)
            FreeContext(slot.ctx);
        slot.ctx = made;
        slot.contextType = made ? type : -1;
    }

private:
    static constexpr std::size_t Sets = 256;
    std::array<Slot, Sets * 2> m_slots{};
    std::array<std::uint8_t, Sets> m_recent{};
};

// One thread's OpenSSL objects, fetched and created on first use, freed when the thread ends.
// Per thread, because the simulator and the engine may run net-snmp on different threads.
class Contexts
{
public:
    Contexts() = default;
    Contexts(const Contexts &) = delete;
    Contexts &operator=(const Contexts &) = delete;
    ~Contexts()
    {
        for (EVP_MAC_CTX *ctx : m_macs)
            EVP_MAC_CTX_free(ctx);
        EVP_MAC_free(m_hmac);
    }

    // An HMAC context for net-snmp's auth type `type` with the digest `md`, unkeyed; nullptr if
    // OpenSSL fails.
    EVP_MAC_CTX *hmac(int type, const EVP_MD *md)
    {
        if (type < 0 || std::size_t(type) >= m_macs.size())
            return nullptr;
        EVP_MAC_CTX *&ctx = m_macs[std::size_t(type)];
        if (ctx)
            return ctx;
        if (!m_hmac && !(m_hmac = EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr)))
            return nullptr;
        ctx = EVP_MAC_CTX_new(m_hmac);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(EVP_MD_get0_name(md)), 0),
            OSSL_PARAM_construct_end()};
        if (ctx && EVP_MAC_CTX_set_params(ctx, params) != 1) {
            EVP_MAC_CTX_free(ctx);
            ctx = nullptr;
        }
        return ctx;
    }

    // An HMAC context keyed with `key` and ready for a new message; nullptr if OpenSSL fails.
    EVP_MAC_CTX *keyedHmac(int type, const EVP_MD *md, const u_char *key, u_int keylen)
    {
        if (keylen > KeyedMacs::MaxKey) {
            EVP_MAC_CTX *ctx = hmac(type, md);
            return ctx && EVP_MAC_init(ctx, key, keylen, nullptr) == 1 ? ctx : nullptr;
        }
        bool hit = false;
        KeyedMacs::Slot &slot = m_keyedMacs.find(type, key, keylen, &hit);
        if (hit) {
            if (EVP_MAC_init(slot.ctx, nullptr, 0, nullptr) == 1)
                return slot.ctx;
            KeyedMacs::forget(slot);
            return nullptr;
        }
        if (!slot.ctx || slot.contextType != type) {
            EVP_MAC_CTX *base = hmac(type, md);
            KeyedMacs::replace(slot, type, base ? EVP_MAC_CTX_dup(base) : nullptr);
        }
        if (!slot.ctx || EVP_MAC_init(slot.ctx, key, keylen, nullptr) != 1)
            return nullptr;
        KeyedMacs::remember(slot, type, key, keylen);
        return slot.ctx;
    }

    // A libgcrypt AES-CFB handle for net-snmp's privacy type `type` (see aesTransform), keyed with
    // the first `keylen` bytes of `key` and given the IV `iv`; nullptr if libgcrypt fails. One handle
    // per key serves both directions (CFB runs the block cipher forwards either way and libgcrypt
    // takes the direction from each call), so a device's request and its answer key one handle per
    // poll instead of two (at 10,000 printers every device's first message of a round is a miss).
    gcry_cipher_hd_t keyedCipher(int type, int algorithm, const u_char *key, u_int keylen, const u_char *iv,
                                 u_int ivlen)
    {
        if (keylen > KeyedCiphers::MaxKey)
            return nullptr;
        bool hit = false;
        KeyedCiphers::Slot &slot = m_cfb.find(type, key, keylen, &hit);
        if (hit) {
            if (gcry_cipher_setiv(slot.ctx, iv, ivlen) == 0)
                return slot.ctx;
            KeyedCiphers::forget(slot);
            return nullptr;
        }
        if (!slot.ctx || slot.contextType != algorithm) {
            gcry_cipher_hd_t made = nullptr;
            if (gcry_cipher_open(&made, algorithm, GCRY_CIPHER_MODE_CFB, 0) != 0)
                made = nullptr;
            KeyedCiphers::replace(slot, algorithm, made);
        }
        if (!slot.ctx || gcry_cipher_setkey(slot.ctx, key, keylen) != 0 || gcry_cipher_setiv(slot.ctx, iv, ivlen) != 0)
            return nullptr;
        KeyedCiphers::remember(slot, type, key, keylen);
        return slot.ctx;
    }

    std::size_t aesKeysHeld() const { return m_cfb.held(); }

private:
    using KeyedMacs = KeyedContexts<EVP_MAC_CTX, &EVP_MAC_CTX_free>;
    using KeyedCiphers = KeyedContexts<gcry_cipher_handle, &gcry_cipher_close>;

    EVP_MAC *m_hmac = nullptr;
    std::array<EVP_MAC_CTX *, 32> m_macs{};
    // Their contexts hold their own references to the algorithm above.
    KeyedMacs m_keyedMacs;
    KeyedCiphers m_cfb; // encryption and decryption share a key's context (see keyedCipher)
};

Contexts &contexts()
{
    thread_local Contexts perThread;
    return perThread;
}

// libgcrypt wants gcry_check_version before its first use; that is all this library does to it.
// Secure memory and the end of initialisation are left to whoever owns them in the process: libsecret
// (under QtKeychain) initialises libgcrypt with its own locked allocator when it finds it not yet
// finished, and that has to keep working whether a v3 poll or a keychain lookup comes first.
bool gcryptReady()
{
    static const bool ready = gcry_check_version(GCRYPT_VERSION) != nullptr;
    return ready;
}

// An AES transform, with the checks net-snmp's sc_encrypt/sc_decrypt make before they encrypt.
struct AesTransform
{
    int type = -1;      // net-snmp's privacy type
    int algorithm = 0;  // libgcrypt's AES of the key's length
    u_int keyLength = 0;
};

// The transform for `privtype`, or nothing to send the call to net-snmp's own function. USM's AES
// is AES in CFB-128 with the localised key cut to the algorithm's length whatever the key-extension
// variant (that is done before the key reaches sc_encrypt), and a 16-byte IV.
std::optional<AesTransform> aesTransform(const oid *privtype, size_t privtypelen, u_int keylen, u_int ivlen)
{
    const netsnmp_priv_alg_info *pai = sc_get_priv_alg_byoid(privtype, u_int(privtypelen));
    if (!pai || (pai->type & USM_PRIV_MASK_ALG) != USM_CREATE_USER_PRIV_AES || int(keylen) < pai->proper_length
        || int(ivlen) < pai->iv_length || pai->iv_length != 16 || !sc_get_openssl_privfn(pai->type) || !gcryptReady())
        return std::nullopt;
    const int algorithm = pai->proper_length == 16   ? GCRY_CIPHER_AES128
                          : pai->proper_length == 24 ? GCRY_CIPHER_AES192
                          : pai->proper_length == 32 ? GCRY_CIPHER_AES256
                                                     : 0;
    if (algorithm == 0)
        return std::nullopt;
    return AesTransform{pai->type, algorithm, u_int(pai->proper_length)};
}

// One AES-CFB pass on a handle keyed and given its IV for this message.
bool aes(gcry_cipher_hd_t handle, bool encrypt, const u_char *in, u_int length, u_char *out)
{
    if (!handle)
        return false;
    return (encrypt ? gcry_cipher_encrypt(handle, out, length, in, length)
                    : gcry_cipher_decrypt(handle, out, length, in, length))
           == 0;
}

// net-snmp finds a USM transform's table entry by comparing the OID with each entry in turn
// (sc_get_priv_alg_byoid, sc_find_auth_alg_byoid, behind sc_get_privtype, sc_get_authtype and
// others): a dozen lookups per message, about 110 instructions each. The entries are static in
// libnetsnmp, so each thread keeps the last few found (the OID's words and the entry) and compares
// only those; an OID net-snmp does not know is always asked again.
template<typename Info>
class TransformMemo
{
public:
    using Lookup = const Info *(*)(const oid *, u_int);

    const Info *find(const oid *id, u_int length, Lookup lookup)
    {
        if (!id || length == 0 || length > MaxOid)
            return lookup ? lookup(id, length) : nullptr;
        for (const Entry &entry : m_entries) {
            if (entry.info && entry.length == length && std::memcmp(entry.id, id, length * sizeof(oid)) == 0)
                return entry.info;
        }
        const Info *info = lookup ? lookup(id, length) : nullptr;
        if (info) {
            Entry &entry = m_entries[m_next++ % m_entries.size()];
            std::memcpy(entry.id, id, length * sizeof(oid));
            entry.length = length;
            entry.info = info;
        }
        return info;
    }

private:
    static constexpr u_int MaxOid = 16; // net-snmp's transform OIDs have 9 to 11 words
    struct Entry
    {
        oid id[MaxOid];
        u_int length;
        const Info *info;
    };
    std::array<Entry, 4> m_entries; // trivially constructed: thread_local without a guard
    std::size_t m_next;
};

// What sc_generate_keyed_hash asks net-snmp about the message's authentication OID each time
// (sc_get_authtype, sc_get_auth_maclen, sc_get_openssl_hashfn: three table lookups, about 180
// instructions per MAC), remembered per thread for the last OID seen: a process polls with one or
// two protocols. The answers are fixed by net-snmp's static tables; an OID net-snmp does not know
// is asked again every time (and the caller falls back to net-snmp's own function).
class AuthTypeMemo
{
public:
    struct Entry
    {
        oid id[16];
        size_t length;
        int type;
        int properLength;
        const EVP_MD *md;
    };

    const Entry *find(const oid *id, size_t length)
    {
        if (m_entry.length == length && length != 0 && std::memcmp(m_entry.id, id, length * sizeof(oid)) == 0)
            return &m_entry;
        const int type = sc_get_authtype(id, u_int(length));
        if (type < 0 || length > std::size(m_entry.id))
            return nullptr;
        m_entry.type = type;
        m_entry.properLength = sc_get_auth_maclen(type);
        m_entry.md = sc_get_openssl_hashfn(type);
        if (m_entry.properLength <= 0 || !m_entry.md) {
            m_entry.length = 0;
            return nullptr;
        }
        std::memcpy(m_entry.id, id, length * sizeof(oid));
        m_entry.length = length;
        return &m_entry;
    }

private:
    Entry m_entry; // trivially constructed: thread_local without a guard (length starts at 0)
};

} // namespace

bool cachedUsmCryptoActive()
{
    return dlsym(RTLD_DEFAULT, "sc_generate_keyed_hash") == reinterpret_cast<void *>(&::sc_generate_keyed_hash)
           && dlsym(RTLD_DEFAULT, "sc_encrypt") == reinterpret_cast<void *>(&::sc_encrypt)
           && dlsym(RTLD_DEFAULT, "sc_decrypt") == reinterpret_cast<void *>(&::sc_decrypt)
           && dlsym(RTLD_DEFAULT, "sc_get_priv_alg_byoid") == reinterpret_cast<void *>(&::sc_get_priv_alg_byoid)
           && dlsym(RTLD_DEFAULT, "sc_find_auth_alg_byoid") == reinterpret_cast<void *>(&::sc_find_auth_alg_byoid);
}

std::size_t aesKeysHeld()
{
    return contexts().aesKeysHeld();
}

PrivAlgLookup netSnmpPrivAlgByOid()
{
    static const auto function = original<PrivAlgLookup>("sc_get_priv_alg_byoid");
    return function;
}

AuthAlgLookup netSnmpAuthAlgByOid()
{
    static const auto function = original<AuthAlgLookup>("sc_find_auth_alg_byoid");
    return function;
}

KeyedHashFunction netSnmpKeyedHash()
{
    static const auto function = original<KeyedHashFunction>("sc_generate_keyed_hash");
    return function;
}

EncryptFunction netSnmpEncrypt()
{
    static const auto function = original<EncryptFunction>("sc_encrypt");
    return function;
}

DecryptFunction netSnmpDecrypt()
{
    static const auto function = original<DecryptFunction>("sc_decrypt");
    return function;
}

} // namespace Printwatch::NetSnmp

using namespace Printwatch::NetSnmp;

// The signatures are scapi.h's; see scapicache.h for why they are defined here.
extern "C" int sc_generate_keyed_hash(const oid *authtype, size_t authtypelen, const u_char *key, u_int keylen,
                                      const u_char *message, u_int msglen, u_char *MAC, size_t *maclen)
{
    const auto fallback = [&] { return netSnmpKeyedHash()(authtype, authtypelen, key, keylen, message, msglen, MAC, maclen); };
    if (!authtype || !key || !message || !MAC || !maclen || keylen == 0 || msglen == 0 || *maclen == 0)
        return fallback();
    thread_local AuthTypeMemo authTypes;
    const AuthTypeMemo::Entry *auth = authTypes.find(authtype, authtypelen);
    const int type = auth ? auth->type : -1;
    const int properLength = auth ? auth->properLength : -1;
    const EVP_MD *md = auth ? auth->md : nullptr;
    if (properLength <= 0 || int(keylen) < properLength || !md)
        return fallback();
    EVP_MAC_CTX *ctx = contexts().keyedHmac(type, md, key, keylen);
    u_char full[EVP_MAX_MD_SIZE];
    size_t fullLength = 0;
    if (!ctx || EVP_MAC_update(ctx, message, msglen) != 1
        || EVP_MAC_final(ctx, full, &fullLength, sizeof full) != 1)
        return fallback();
    // As net-snmp: the MAC is the digest, cut to the caller's buffer.
    if (*maclen > fullLength)
        *maclen = fullLength;
    std::memcpy(MAC, full, *maclen);
    OPENSSL_cleanse(full, sizeof full);
    return SNMPERR_SUCCESS;
}

extern "C" int sc_encrypt(const oid *privtype, size_t privtypelen, u_char *key, u_int keylen, u_char *iv, u_int ivlen,
                          const u_char *plaintext, u_int ptlen, u_char *ciphertext, size_t *ctlen)
{
    const auto fallback = [&] {
        return netSnmpEncrypt()(privtype, privtypelen, key, keylen, iv, ivlen, plaintext, ptlen, ciphertext, ctlen);
    };
    if (!privtype || !key || !iv || !plaintext || !ciphertext || !ctlen || keylen == 0 || ivlen == 0 || ivlen > 128
        || ptlen == 0 || *ctlen == 0 || ptlen > *ctlen || ptlen > 0x7fffffffu)
        return fallback();
    const auto aesType = aesTransform(privtype, privtypelen, keylen, ivlen);
    if (!aesType)
        return fallback();
    if (!aes(contexts().keyedCipher(aesType->type, aesType->algorithm, key, aesType->keyLength, iv, 16), true,
             plaintext, ptlen, ciphertext))
        return fallback();
    *ctlen = ptlen; // CFB: as many bytes out as in
    return SNMPERR_SUCCESS;
}

extern "C" int sc_decrypt(const oid *privtype, size_t privtypelen, u_char *key, u_int keylen, u_char *iv, u_int ivlen,
                          u_char *ciphertext, u_int ctlen, u_char *plaintext, size_t *ptlen)
{
    const auto fallback = [&] {
        return netSnmpDecrypt()(privtype, privtypelen, key, keylen, iv, ivlen, ciphertext, ctlen, plaintext, ptlen);
    };
    if (!privtype || !key || !iv || !plaintext || !ciphertext || !ptlen || ctlen == 0 || *ptlen == 0
        || *ptlen < ctlen || ctlen > 0x7fffffffu)
        return fallback();
    const auto aesType = aesTransform(privtype, privtypelen, keylen, ivlen);
    if (!aesType)
        return fallback();
    if (!aes(contexts().keyedCipher(aesType->type, aesType->algorithm, key, aesType->keyLength, iv, 16), false,
             ciphertext, ctlen, plaintext))
        return fallback();
    *ptlen = ctlen;
    return SNMPERR_SUCCESS;
}

extern "C" const netsnmp_priv_alg_info *sc_get_priv_alg_byoid(const oid *privoid, u_int len)
{
    thread_local TransformMemo<netsnmp_priv_alg_info> memo;
    return memo.find(privoid, len, netSnmpPrivAlgByOid());
}

extern "C" const netsnmp_auth_alg_info *sc_find_auth_alg_byoid(const oid *authoid, u_int len)
{
    thread_local TransformMemo<netsnmp_auth_alg_info> memo;
    return memo.find(authoid, len, netSnmpAuthAlgByOid());
}
