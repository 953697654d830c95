// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/storedcredentials.h"

#include "cli/authcli.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

namespace Printwatch::Cli {

namespace {

const QCommandLineOption kMaster(QStringLiteral("master-password-file"),
                                 QStringLiteral("Master password of the encrypted secret file (else "
                                                "$PRINTWATCH_MASTER_PASSWORD_FILE)."),
                                 QStringLiteral("FILE"));
const QCommandLineOption kSecrets(QStringLiteral("secrets"),
                                  QStringLiteral("The encrypted secret file (default: secrets.json beside the database)."),
                                  QStringLiteral("FILE"));
const QCommandLineOption kNoKeychain(QStringLiteral("no-keychain"), QStringLiteral("Do not try the OS keychain."));

} // namespace

QList<QCommandLineOption> storedCredentialOptions()
{
    return {kMaster, kSecrets, kNoKeychain};
}

bool usesStoredCredentials(const QCommandLineParser &parser)
{
    // optionNames(): the options on this command line, so a command without --snmp-version asks no undefined option.
    const QStringList given = parser.optionNames();
    return !given.contains(QStringLiteral("community")) && !given.contains(QStringLiteral("user"))
           && !given.contains(QStringLiteral("snmp-version"));
}

Core::Result<std::unique_ptr<Auth::SecretStore>> openSecretStore(const QCommandLineParser &parser, const QString &secretsFolder)
{
    Auth::SecretStoreChoice choice;
    choice.tryKeychain = !parser.isSet(kNoKeychain) && qEnvironmentVariable("PRINTWATCH_NO_KEYCHAIN") != QLatin1String("1");
    choice.filePath = parser.isSet(kSecrets) ? parser.value(kSecrets) : QDir(secretsFolder).filePath(QStringLiteral("secrets.json"));
    const QString masterFile = parser.isSet(kMaster) ? parser.value(kMaster) : qEnvironmentVariable("PRINTWATCH_MASTER_PASSWORD_FILE");
    if (!masterFile.isEmpty()) {
        const auto password = AuthCli::readSecretLine(masterFile, QStringLiteral("the master password"));
        if (!password)
            return Core::Error{QStringLiteral("the master password file %1 could not be read").arg(masterFile)};
        choice.masterPassword = *password;
    }
    return Auth::openSecretStore(choice);
}

Core::Result<Auth::StoredCredentials> loadStoredCredentials(const QCommandLineParser &parser, const QString &secretsFolder)
{
    // The console's own settings file: the layout of the sets, without their secrets.
    QSettings settings;
    // Nothing stored: no secret store to open (a keychain that is not there can take a while to say so).
    class NoSecrets final : public Auth::SecretStore
    {
    public:
        QString backendName() const override { return {}; }
        Core::Result<void> write(const QString &, const QByteArray &) override { return {}; }
        Core::Result<std::optional<QByteArray>> read(const QString &) override { return std::optional<QByteArray>(); }
        Core::Result<void> remove(const QString &) override { return {}; }
    } none;
    if (Auth::CredentialVault(settings, none).secretKeys().isEmpty())
        return Auth::StoredCredentials{};

    auto store = openSecretStore(parser, secretsFolder);
    if (!store)
        return Core::Error{QStringLiteral("the stored SNMP credentials (%1) cannot be read: %2")
                               .arg(settings.fileName(), store.error())};
    auto loaded = Auth::CredentialVault(settings, *store.value()).load();
    if (!loaded)
        return Core::Error{QStringLiteral("the stored SNMP credentials (%1): %2").arg(settings.fileName(), loaded.error())};
    return loaded.value();
}

QList<Core::SnmpCredential> storedCredentialsFor(const Auth::StoredCredentials &stored, const QString &address,
                                                 const Core::SnmpCredential &transport)
{
    QList<Core::SnmpCredential> tried;
    for (const Core::CredentialSet &set : Core::credentialSetsFor(stored.sets, address)) {
        for (Core::SnmpCredential credential : set.credentials) {
            credential.port = transport.port;
            credential.timeoutMs = transport.timeoutMs;
            credential.retries = transport.retries;
            tried << credential;
        }
    }
    if (tried.isEmpty()) {
        Core::SnmpCredential fallback = transport;
        if (!stored.defaultCommunity.isEmpty())
            fallback.community = stored.defaultCommunity;
        tried << fallback;
    }
    return tried;
}

} // namespace Printwatch::Cli
