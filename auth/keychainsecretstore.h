// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OS secret store (Secret Service, KWallet, macOS Keychain, Windows Credential Store) through
// QtKeychain. QtKeychain's jobs are asynchronous; this class waits for each one in a local event
// loop of at most 30 s. printwatch-cli and worker threads use it freely; the GUI only at start and
// on Settings → Apply (auth/credentialvault.h), where a short nested loop is acceptable.

#include "auth/secretstore.h"

#include <QCoreApplication>

namespace Printwatch::Auth {

class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Auth::KeychainSecretStore)
public:
    // Probes the keychain with a read of a key that does not exist: "no backend" fails here.
    static Core::Result<std::unique_ptr<KeychainSecretStore>> open(const QString &service = QStringLiteral("Printwatch"));

    QString backendName() const override;
    Core::Result<void> write(const QString &key, const QByteArray &secret) override;
    Core::Result<std::optional<QByteArray>> read(const QString &key) override;
    Core::Result<void> remove(const QString &key) override;

private:
    explicit KeychainSecretStore(QString service) : m_service(std::move(service)) {}
    QString m_service;
};

} // namespace Printwatch::Auth
