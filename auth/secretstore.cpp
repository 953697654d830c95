// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/secretstore.h"

#include "auth/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace Printwatch::Auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Auth", text);
}

const QByteArray kCheckText("printwatch-secret-store-v1");

QByteArray seal(const QByteArray &key, const QByteArray &plain)
{
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()), nonce, reinterpret_cast<const unsigned char *>(key.constData()));
    return out.toBase64();
}

std::optional<QByteArray> open(const QByteArray &key, const QByteArray &base64)
{
    const QByteArray box = QByteArray::fromBase64(base64);
    const int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (box.size() < overhead)
        return std::nullopt;
    QByteArray plain(box.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(box.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

Core::Result<QByteArray> deriveKey(const QString &masterPassword, const QByteArray &salt, const HashParameters &kdf,
                                   const QString &path)
{
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    const SecretBytes password(masterPassword.toUtf8());
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), quint64(key.size()), password.bytes().constData(),
                      quint64(password.bytes().size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                      kdf.opsLimit, size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Core::Error{tr("Cannot open the secret store %1: the key derivation ran out of memory.").arg(path)};
    return key;
}

} // namespace

Core::Result<std::unique_ptr<EncryptedFileSecretStore>>
EncryptedFileSecretStore::open(const QString &path, const QString &masterPassword, HashParameters kdf)
{
    if (!PasswordHasher::initialise())
        return Core::Error{tr("Cannot open the secret store %1: libsodium did not initialise.").arg(path)};
    if (masterPassword.isEmpty())
        return Core::Error{tr("The secret store %1 needs a master password; secrets are never stored in plain text.")
                               .arg(QDir::toNativeSeparators(path))};
    std::unique_ptr<EncryptedFileSecretStore> store(new EncryptedFileSecretStore);
    store->m_path = path;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Core::Error{tr("Cannot read the secret store %1: %2").arg(path, file.errorString())};
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
        if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("version")).toInt() != 1)
            return Core::Error{tr("Cannot read the secret store %1: it is damaged or not a Printwatch secret store.")
                                   .arg(path)};
        store->m_salt = QByteArray::fromBase64(root.value(QStringLiteral("salt")).toString().toLatin1());
        store->m_kdf.opsLimit = quint64(root.value(QStringLiteral("opslimit")).toInteger());
        store->m_kdf.memLimit = quint64(root.value(QStringLiteral("memlimit")).toInteger());
        store->m_check = root.value(QStringLiteral("check")).toString().toLatin1();
        const QJsonObject entries = root.value(QStringLiteral("entries")).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            store->m_boxes.insert(it.key(), it.value().toString().toLatin1());
        if (store->m_salt.size() != crypto_pwhash_SALTBYTES)
            return Core::Error{tr("Cannot read the secret store %1: its salt is damaged.").arg(path)};
        auto key = deriveKey(masterPassword, store->m_salt, store->m_kdf, path);
        if (!key)
            return Core::Error{key.error()};
        store->m_key = key.value();
        const auto check = Auth::open(store->m_key, store->m_check);
        if (!check || *check != kCheckText)
            return Core::Error{tr("Cannot open the secret store %1: the master password is wrong.").arg(path)};
        return store;
    }
    store->m_kdf = kdf;
    store->m_salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(store->m_salt.data(), size_t(store->m_salt.size()));
    auto key = deriveKey(masterPassword, store->m_salt, kdf, path);
    if (!key)
        return Core::Error{key.error()};
    store->m_key = key.value();
    store->m_check = seal(store->m_key, kCheckText);
    if (auto saved = store->save(); !saved)
        return Core::Error{saved.error()};
    return store;
}

EncryptedFileSecretStore::~EncryptedFileSecretStore()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

QString EncryptedFileSecretStore::backendName() const
{
    return tr("encrypted file %1").arg(QDir::toNativeSeparators(m_path));
}

Core::Result<void> EncryptedFileSecretStore::save() const
{
    QJsonObject entries;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        entries.insert(it.key(), QString::fromLatin1(it.value()));
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                           {QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305")},
                           {QStringLiteral("opslimit"), qint64(m_kdf.opsLimit)},
                           {QStringLiteral("memlimit"), qint64(m_kdf.memLimit)},
                           {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())},
                           {QStringLiteral("check"), QString::fromLatin1(m_check)},
                           {QStringLiteral("entries"), entries}};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Core::Error{tr("Cannot create the folder of the secret store %1.").arg(m_path)};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error{tr("Cannot write the secret store %1: %2").arg(m_path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        return Core::Error{tr("Cannot write the secret store %1: %2").arg(m_path, file.errorString())};
    return {};
}

Core::Result<void> EncryptedFileSecretStore::write(const QString &key, const QByteArray &secret)
{
    m_boxes.insert(key, seal(m_key, secret));
    return save();
}

Core::Result<std::optional<QByteArray>> EncryptedFileSecretStore::read(const QString &key)
{
    const auto it = m_boxes.constFind(key);
    if (it == m_boxes.cend())
        return std::optional<QByteArray>();
    auto plain = Auth::open(m_key, *it);
    if (!plain)
        return Core::Error{tr("The secret “%1” in %2 is damaged (it does not authenticate).").arg(key, m_path)};
    return std::optional<QByteArray>(*plain);
}

Core::Result<void> EncryptedFileSecretStore::remove(const QString &key)
{
    if (m_boxes.remove(key) == 0)
        return {};
    return save();
}

Core::Result<std::unique_ptr<SecretStore>> openSecretStore(const SecretStoreChoice &choice)
{
    QString keychainProblem;
    if (choice.tryKeychain) {
        auto keychain = KeychainSecretStore::open();
        if (keychain)
            return std::unique_ptr<SecretStore>(std::move(keychain.value()));
        keychainProblem = keychain.error();
    }
    if (choice.masterPassword.isEmpty()) {
        return Core::Error{tr("No OS keychain answered (%1), and the encrypted secret file %2 needs a master "
                              "password: give one (printwatch-cli --master-password-file FILE, or - to type it; the GUI asks for it). Secrets "
                              "are never stored in plain text.")
                               .arg(keychainProblem.isEmpty() ? tr("not tried") : keychainProblem,
                                    QDir::toNativeSeparators(choice.filePath))};
    }
    auto file = EncryptedFileSecretStore::open(choice.filePath, choice.masterPassword);
    if (!file)
        return Core::Error{file.error()};
    return std::unique_ptr<SecretStore>(std::move(file.value()));
}

} // namespace Printwatch::Auth
