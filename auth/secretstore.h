// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where SNMP write communities, v3 passwords and other secrets live. Never in plain text: the
// OS secret store through QtKeychain where one answers, else a file encrypted with a key derived
// from a master password (Argon2id, then XSalsa20-Poly1305 secretbox, both libsodium). There is
// no plaintext fallback: without a keychain and without a master password, writes and reads fail
// with a message that says what to do.

#include "auth/passwordhasher.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace Printwatch::Auth {

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QString backendName() const = 0; // "OS keychain (Secret Service)", "encrypted file /path"
    virtual Core::Result<void> write(const QString &key, const QByteArray &secret) = 0;
    virtual Core::Result<std::optional<QByteArray>> read(const QString &key) = 0;
    virtual Core::Result<void> remove(const QString &key) = 0;
};

// Secrets in one JSON file of sealed boxes, mode 0600, written atomically. The file holds the
// salt and KDF parameters, a sealed check value (so a wrong master password is told apart from
// a damaged file) and one box per key; key names are not secret, values are.
class EncryptedFileSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Auth::EncryptedFileSecretStore)
public:
    // Opens (or creates) the file. Fails on a wrong master password or a damaged file.
    static Core::Result<std::unique_ptr<EncryptedFileSecretStore>>
    open(const QString &path, const QString &masterPassword, HashParameters kdf = HashParameters::fromEnvironment());
    ~EncryptedFileSecretStore() override;

    QString backendName() const override;
    Core::Result<void> write(const QString &key, const QByteArray &secret) override;
    Core::Result<std::optional<QByteArray>> read(const QString &key) override;
    Core::Result<void> remove(const QString &key) override;

private:
    EncryptedFileSecretStore() = default;
    Core::Result<void> save() const;

    QString m_path;
    QByteArray m_key; // derived, wiped on destruction
    QByteArray m_salt;
    HashParameters m_kdf;
    QByteArray m_check;              // base64 nonce||box of a known text
    QHash<QString, QByteArray> m_boxes; // key -> base64 nonce||box
};

// Picks the store: the OS keychain when it answers; otherwise the encrypted file, which needs a
// master password. `masterPassword` empty and no keychain -> an error that asks for one.
struct SecretStoreChoice
{
    bool tryKeychain = true;
    QString filePath;       // the encrypted file's path
    QString masterPassword; // for the file
};
Core::Result<std::unique_ptr<SecretStore>> openSecretStore(const SecretStoreChoice &choice);

} // namespace Printwatch::Auth
