// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Argon2id through libsodium's crypto_pwhash_str: the salt and the parameters travel inside the
// encoded hash, and verification is libsodium's (constant time).

#include "core/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

namespace Printwatch::Auth {

struct HashParameters
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes, 64 MiB).
    static HashParameters interactive();
    // The smallest libsodium accepts: for tests only (PRINTWATCH_TEST_FAST_HASH), never for real users.
    static HashParameters minimal();
    // What this process uses: interactive, unless the test-only environment variable asks for
    // another cost ("PRINTWATCH_TEST_HASH=minimal" or "PRINTWATCH_TEST_HASH=OPS,MEMKIB").
    static HashParameters fromEnvironment();
};

class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Auth::PasswordHasher)
public:
    explicit PasswordHasher(HashParameters parameters = HashParameters::fromEnvironment());

    // "$argon2id$v=19$m=...,t=...,p=1$salt$hash"; fails only when libsodium cannot allocate.
    Core::Result<QString> hash(const QString &password) const;
    // Constant-time, via crypto_pwhash_str_verify. False for a malformed hash.
    bool verify(const QString &encodedHash, const QString &password) const;
    // A hash of a random password with this hasher's cost: verifying against it takes as long as
    // a real user's, so an unknown name is not faster to refuse.
    const QString &decoyHash() const;

    const HashParameters &parameters() const { return m_parameters; }

    static bool initialise(); // sodium_init, once per process

private:
    HashParameters m_parameters;
    mutable QString m_decoy;
};

// Keeps a password's bytes and wipes them on destruction (sodium_memzero).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    ~SecretBytes();
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace Printwatch::Auth
