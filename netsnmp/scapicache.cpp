// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsnmp/scapicache.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/scapi.h>
#include <net-snmp/library/snmpusm.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <dlfcn.h>

#include <array>
#include <cstring>
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
        for (auto *ctx : m_encrypt)
            EVP_CIPHER_CTX_free(ctx);
        for (auto *ctx : m_decrypt)
            EVP_CIPHER_CTX_free(ctx);
    }

    // An HMAC context for net-snmp's auth type `type` with the digest `md`; nullptr if OpenSSL fails.
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

    // A cipher context for net-snmp's privacy type `type`, its algorithm fetched and set, no key yet.
    EVP_CIPHER_CTX *cipher(int type, const EVP_CIPHER *legacy, bool encrypt)
    {
        auto &slots = encrypt ? m_encrypt : m_decrypt;
        if (type < 0 || std::size_t(type) >= slots.size())
            return nullptr;
        EVP_CIPHER_CTX *&ctx = slots[std::size_t(type)];
        if (ctx)
            return ctx;
        EVP_CIPHER *fetched = EVP_CIPHER_fetch(nullptr, EVP_CIPHER_get0_name(legacy), nullptr);
        ctx = fetched ? EVP_CIPHER_CTX_new() : nullptr;
        if (ctx && EVP_CipherInit_ex(ctx, fetched, nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1) {
            EVP_CIPHER_CTX_free(ctx);
            ctx = nullptr;
        }
        EVP_CIPHER_free(fetched); // the context holds its own reference
        return ctx;
    }

private:
    EVP_MAC *m_hmac = nullptr;
    std::array<EVP_MAC_CTX *, 32> m_macs{};
    std::array<EVP_CIPHER_CTX *, 64> m_encrypt{};
    std::array<EVP_CIPHER_CTX *, 64> m_decrypt{};
};

Contexts &contexts()
{
    thread_local Contexts perThread;
    return perThread;
}

// The AES transforms, with the checks net-snmp's sc_encrypt/sc_decrypt make before they encrypt;
// nullptr sends the call to net-snmp's own function.
const netsnmp_priv_alg_info *aesTransform(const oid *privtype, size_t privtypelen, u_int keylen, u_int ivlen)
{
    const netsnmp_priv_alg_info *pai = sc_get_priv_alg_byoid(privtype, u_int(privtypelen));
    if (!pai || (pai->type & USM_PRIV_MASK_ALG) != USM_CREATE_USER_PRIV_AES || int(keylen) < pai->proper_length
        || int(ivlen) < pai->iv_length || pai->iv_length != 16 || !sc_get_openssl_privfn(pai->type))
        return nullptr;
    return pai;
}

// One AES-CFB pass on a kept context: the key and IV are set for this message, as net-snmp does.
bool aes(EVP_CIPHER_CTX *ctx, const u_char *key, const u_char *iv, const u_char *in, int length, u_char *out)
{
    int written = 0;
    int last = 0;
    return ctx && EVP_CipherInit_ex(ctx, nullptr, nullptr, key, iv, -1) == 1
           && EVP_CipherUpdate(ctx, out, &written, in, length) == 1
           && EVP_CipherFinal_ex(ctx, out + written, &last) == 1 && written + last == length;
}

} // namespace

bool cachedUsmCryptoActive()
{
    return dlsym(RTLD_DEFAULT, "sc_generate_keyed_hash") == reinterpret_cast<void *>(&::sc_generate_keyed_hash)
           && dlsym(RTLD_DEFAULT, "sc_encrypt") == reinterpret_cast<void *>(&::sc_encrypt)
           && dlsym(RTLD_DEFAULT, "sc_decrypt") == reinterpret_cast<void *>(&::sc_decrypt);
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
    const int type = sc_get_authtype(authtype, u_int(authtypelen));
    const int properLength = type < 0 ? -1 : sc_get_auth_maclen(type);
    const EVP_MD *md = type < 0 ? nullptr : sc_get_openssl_hashfn(type);
    if (properLength <= 0 || int(keylen) < properLength || !md)
        return fallback();
    EVP_MAC_CTX *ctx = contexts().hmac(type, md);
    u_char full[EVP_MAX_MD_SIZE];
    size_t fullLength = 0;
    if (!ctx || EVP_MAC_init(ctx, key, keylen, nullptr) != 1 || EVP_MAC_update(ctx, message, msglen) != 1
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
    const netsnmp_priv_alg_info *pai = aesTransform(privtype, privtypelen, keylen, ivlen);
    if (!pai)
        return fallback();
    if (!aes(contexts().cipher(pai->type, sc_get_openssl_privfn(pai->type), true), key, iv, plaintext, int(ptlen),
             ciphertext))
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
    const netsnmp_priv_alg_info *pai = aesTransform(privtype, privtypelen, keylen, ivlen);
    if (!pai)
        return fallback();
    if (!aes(contexts().cipher(pai->type, sc_get_openssl_privfn(pai->type), false), key, iv, ciphertext, int(ctlen),
             plaintext))
        return fallback();
    *ptlen = ctlen;
    return SNMPERR_SUCCESS;
}
