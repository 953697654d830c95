// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps the SNMP credentials the console polls, discovers and acts with across restarts: the
// default community and the ordered credential sets (with their write credentials). What is not
// secret (names, order, scopes, versions, user names, protocols) goes to QSettings; communities and
// SNMPv3 passwords go to the SecretStore only, under keys like "snmp/set/2/1/community".

#include "auth/secretstore.h"

#include <QCoreApplication>
#include "core/snmpcredential.h"

class QSettings;

namespace Printwatch::Auth {

struct StoredCredentials
{
    QString defaultCommunity; // the Settings page's "SNMP defaults" community; empty when never saved
    QList<Core::CredentialSet> sets;

    bool operator==(const StoredCredentials &) const = default;
};

class CredentialVault
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Auth::CredentialVault)
public:
    // Neither is owned; both must outlive the vault.
    CredentialVault(QSettings &settings, SecretStore &secrets) : m_settings(settings), m_secrets(secrets) {}

    // Writes the secrets first, then the layout, then removes the secrets the old layout had and
    // the new one does not: a failure leaves the previous credentials readable.
    Core::Result<void> save(const StoredCredentials &credentials);
    // A secret named by the layout but missing from the store is an error that names the set.
    Core::Result<StoredCredentials> load();

    // The secret store keys a stored layout refers to (for tests and clean-up).
    QStringList secretKeys() const;

private:
    QSettings &m_settings;
    SecretStore &m_secrets;
};

} // namespace Printwatch::Auth
