// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

struct netsnmp_priv_alg_info_s; // net-snmp's scapi.h
struct netsnmp_auth_alg_info_s;

namespace Printwatch::NetSnmp {

// net-snmp's USM signs, checks, encrypts and decrypts every SNMPv3 message through four functions of
// its scapi.c (sc_generate_keyed_hash, which sc_check_keyed_hash calls, sc_encrypt, sc_decrypt).
// With OpenSSL 3 each call builds a fresh context from a legacy EVP_MD/EVP_CIPHER, which makes
// OpenSSL look the algorithm up in its provider store (locks, hash tables) and allocate and free
// the context: about half the cost of HMAC-SHA1 over a 800-byte message, a quarter of AES-128.
// This library defines those functions once per executable (libnetsnmp calls them through its
// PLT, see enginetimehash.h), for HMAC and AES, the only transforms of a poll, on contexts it keeps
// per thread, algorithm and key (a bounded cache, at most 512 per kind and thread): a device's
// messages reuse the context keyed for its localised key, reset per message without the key.
// HMAC is OpenSSL's, as net-snmp's. AES-CFB is libgcrypt's: OpenSSL 3.0 runs CFB through its
// generic mode code one block at a time in both directions (about 1.2 us for a 1,100-byte answer
// here), where libgcrypt decrypts CFB with AES-NI/VAES on many blocks at once and encrypts in a
// tighter loop (0.05 us and 0.6 us; docs/benchmarks.md). Same cipher, same bytes out (tested
// against net-snmp's own functions); nothing is computed by hand. Everything else (DES, arguments
// net-snmp would refuse, lengths it treats specially) goes to net-snmp's own function unchanged.
//
// Returns true when net-snmp in this process uses these definitions (and keeps them linked in).
bool cachedUsmCryptoActive();

// How many AES keys the calling thread's cache holds keyed in libgcrypt (for tests: an AES message
// of this thread went through libgcrypt rather than falling back to net-snmp's own function).
std::size_t aesKeysHeld();

// net-snmp's own functions, for tests that compare both.
using KeyedHashFunction = int (*)(const unsigned long *, unsigned long, const unsigned char *, unsigned int,
                                  const unsigned char *, unsigned int, unsigned char *, unsigned long *);
using EncryptFunction = int (*)(const unsigned long *, unsigned long, unsigned char *, unsigned int, unsigned char *,
                                unsigned int, const unsigned char *, unsigned int, unsigned char *, unsigned long *);
using DecryptFunction = int (*)(const unsigned long *, unsigned long, unsigned char *, unsigned int, unsigned char *,
                                unsigned int, unsigned char *, unsigned int, unsigned char *, unsigned long *);
KeyedHashFunction netSnmpKeyedHash();
EncryptFunction netSnmpEncrypt();
DecryptFunction netSnmpDecrypt();

// USM finds its transforms by OID about a dozen times per message: sc_get_priv_alg_byoid and
// sc_find_auth_alg_byoid are defined here too, each remembering the last few entries found per
// thread (the same pointers into net-snmp's tables, compared word by word) and asking net-snmp's
// own function for anything else. Its own, for tests:
using PrivAlgLookup = const ::netsnmp_priv_alg_info_s *(*)(const unsigned long *, unsigned int);
using AuthAlgLookup = const ::netsnmp_auth_alg_info_s *(*)(const unsigned long *, unsigned int);
PrivAlgLookup netSnmpPrivAlgByOid();
AuthAlgLookup netSnmpAuthAlgByOid();

} // namespace Printwatch::NetSnmp
