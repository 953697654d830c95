// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/passwordhasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace Printwatch::Auth {

HashParameters HashParameters::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashParameters HashParameters::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 8192};
}

HashParameters HashParameters::fromEnvironment()
{
    const QString value = qEnvironmentVariable("PRINTWATCH_TEST_HASH");
    if (value == QLatin1String("minimal"))
        return minimal();
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() == 2) {
        bool opsOk = false;
        bool memOk = false;
        const quint64 ops = parts[0].toULongLong(&opsOk);
        const quint64 memKiB = parts[1].toULongLong(&memOk);
        if (opsOk && memOk && ops >= crypto_pwhash_OPSLIMIT_MIN && memKiB * 1024 >= 8192)
            return {ops, memKiB * 1024};
    }
    return interactive();
}

bool PasswordHasher::initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

PasswordHasher::PasswordHasher(HashParameters parameters) : m_parameters(parameters)
{
    initialise();
}

Core::Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!initialise())
        return Core::Error{tr("Cannot hash the password: libsodium did not initialise.")};
    const SecretBytes utf8(password.toUtf8());
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.bytes().constData(), quint64(utf8.bytes().size()), m_parameters.opsLimit,
                          size_t(m_parameters.memLimit))
        != 0) {
        return Core::Error{tr("Cannot hash the password: Argon2id needs %1 MiB of memory and could not get it.")
                               .arg(m_parameters.memLimit / (1024 * 1024))};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    if (!initialise())
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    if (encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::memcpy(buffer, encoded.constData(), size_t(encoded.size()));
    const SecretBytes utf8(password.toUtf8());
    return crypto_pwhash_str_verify(buffer, utf8.bytes().constData(), quint64(utf8.bytes().size())) == 0;
}

const QString &PasswordHasher::decoyHash() const
{
    if (m_decoy.isEmpty()) {
        unsigned char random[24];
        randombytes_buf(random, sizeof random);
        const QString password = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64());
        auto hashed = hash(password);
        m_decoy = hashed ? hashed.value() : QStringLiteral("$argon2id$invalid");
    }
    return m_decoy;
}

SecretBytes::~SecretBytes()
{
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
}

} // namespace Printwatch::Auth
