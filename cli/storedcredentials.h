// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SNMP credentials saved on the console's Settings page (auth/credentialvault), for the
// commands that talk to printers (poll, inspect) when the command line names no credential: the
// same sets, tried in the same order, as the console would use for each address.

#include "auth/credentialvault.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Printwatch::Cli {

// --master-password-file, --secrets and --no-keychain: how to open the secret store.
QList<QCommandLineOption> storedCredentialOptions();

// True when neither --community nor an SNMPv3 user (nor --snmp-version) is given: the stored
// credentials apply.
bool usesStoredCredentials(const QCommandLineParser &parser);

// The console's secret store as the command line chooses it: the OS keychain (unless --no-keychain
// or PRINTWATCH_NO_KEYCHAIN=1), else the encrypted file (--secrets, default
// `secretsFolder`/secrets.json) with the master password from --master-password-file or
// PRINTWATCH_MASTER_PASSWORD_FILE.
Core::Result<std::unique_ptr<Auth::SecretStore>> openSecretStore(const QCommandLineParser &parser, const QString &secretsFolder);

// The stored default community and credential sets (secrets from openSecretStore()); empty when
// nothing is stored. An error names the file or set and the cause.
Core::Result<Auth::StoredCredentials> loadStoredCredentials(const QCommandLineParser &parser,
                                                            const QString &secretsFolder);

// Every credential of the sets that apply to `address`, ranged sets first, each in its stored
// order, with port, timeout and retries from `transport`; `transport` alone when none applies.
QList<Core::SnmpCredential> storedCredentialsFor(const Auth::StoredCredentials &stored, const QString &address,
                                                 const Core::SnmpCredential &transport);

} // namespace Printwatch::Cli
