// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/credentialvault.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>

namespace Printwatch::Auth {

namespace {

const QString kSetsArray = QStringLiteral("snmp/credentialSets");
const QString kDefaultKey = QStringLiteral("snmp/default-community");
const QString kDefaultStored = QStringLiteral("snmp/defaultCommunityStored");

// One secret of one credential: where it lives in the store and which field it fills.
struct SecretField
{
    QString key;
    QString Core::SnmpCredential::*field;
};

QList<SecretField> secretFields(const Core::SnmpCredential &credential, const QString &prefix)
{
    if (credential.version != Core::SnmpVersion::V3)
        return {{prefix + QStringLiteral("/community"), &Core::SnmpCredential::community}};
    QList<SecretField> fields;
    if (credential.securityLevel != Core::SnmpSecurityLevel::NoAuthNoPriv)
        fields.append({prefix + QStringLiteral("/auth-password"), &Core::SnmpCredential::authPassword});
    if (credential.securityLevel == Core::SnmpSecurityLevel::AuthPriv)
        fields.append({prefix + QStringLiteral("/priv-password"), &Core::SnmpCredential::privPassword});
    return fields;
}

QString credentialPrefix(int set, int index)
{
    return QStringLiteral("snmp/set/%1/%2").arg(set).arg(index);
}

QString writePrefix(int set)
{
    return QStringLiteral("snmp/set/%1/write").arg(set);
}

// The parts that are not secret, written under the current QSettings group/array element.
void saveShape(QSettings &settings, const QString &group, const Core::SnmpCredential &credential)
{
    settings.setValue(group + QStringLiteral("version"), Core::snmpVersionKey(credential.version));
    settings.setValue(group + QStringLiteral("label"), credential.name);
    settings.setValue(group + QStringLiteral("user"), credential.user);
    settings.setValue(group + QStringLiteral("level"), Core::snmpSecurityLevelKey(credential.securityLevel));
    settings.setValue(group + QStringLiteral("authProtocol"), Core::snmpAuthProtocolKey(credential.authProtocol));
    settings.setValue(group + QStringLiteral("privProtocol"), Core::snmpPrivProtocolKey(credential.privProtocol));
    settings.setValue(group + QStringLiteral("context"), credential.contextName);
}

Core::SnmpCredential loadShape(const QSettings &settings, const QString &group)
{
    Core::SnmpCredential credential;
    credential.version = Core::snmpVersionFromKey(settings.value(group + QStringLiteral("version")).toString())
                             .value_or(Core::SnmpVersion::V2c);
    if (credential.version != Core::SnmpVersion::V3)
        credential.community.clear(); // filled from the secret store, never defaulted to "public" here
    credential.name = settings.value(group + QStringLiteral("label")).toString();
    credential.user = settings.value(group + QStringLiteral("user")).toString();
    credential.securityLevel = Core::snmpSecurityLevelFromKey(settings.value(group + QStringLiteral("level")).toString())
                                   .value_or(Core::SnmpSecurityLevel::NoAuthNoPriv);
    credential.authProtocol =
        Core::snmpAuthProtocolFromKey(settings.value(group + QStringLiteral("authProtocol")).toString())
            .value_or(Core::SnmpAuthProtocol::None);
    credential.privProtocol =
        Core::snmpPrivProtocolFromKey(settings.value(group + QStringLiteral("privProtocol")).toString())
            .value_or(Core::SnmpPrivProtocol::None);
    credential.contextName = settings.value(group + QStringLiteral("context")).toString();
    return credential;
}

// Every (key, value) a layout puts into the secret store.
QList<QPair<QString, QString>> secretsOf(const StoredCredentials &credentials)
{
    QList<QPair<QString, QString>> secrets;
    if (!credentials.defaultCommunity.isEmpty())
        secrets.append({kDefaultKey, credentials.defaultCommunity});
    for (int s = 0; s < credentials.sets.size(); ++s) {
        const Core::CredentialSet &set = credentials.sets.at(s);
        for (int c = 0; c < set.credentials.size(); ++c) {
            const Core::SnmpCredential &credential = set.credentials.at(c);
            for (const SecretField &field : secretFields(credential, credentialPrefix(s, c)))
                secrets.append({field.key, credential.*field.field});
        }
        if (set.writeCredential) {
            for (const SecretField &field : secretFields(*set.writeCredential, writePrefix(s)))
                secrets.append({field.key, (*set.writeCredential).*field.field});
        }
    }
    return secrets;
}

} // namespace

QStringList CredentialVault::secretKeys() const
{
    QStringList keys;
    if (m_settings.value(kDefaultStored).toBool())
        keys += kDefaultKey;
    const int sets = m_settings.beginReadArray(kSetsArray);
    for (int s = 0; s < sets; ++s) {
        m_settings.setArrayIndex(s);
        const int count = m_settings.beginReadArray(QStringLiteral("credentials"));
        for (int c = 0; c < count; ++c) {
            m_settings.setArrayIndex(c);
            for (const SecretField &field : secretFields(loadShape(m_settings, {}), credentialPrefix(s, c)))
                keys += field.key;
        }
        m_settings.endArray();
        if (m_settings.value(QStringLiteral("hasWrite")).toBool()) {
            for (const SecretField &field : secretFields(loadShape(m_settings, QStringLiteral("write/")), writePrefix(s)))
                keys += field.key;
        }
    }
    m_settings.endArray();
    return keys;
}

Core::Result<void> CredentialVault::save(const StoredCredentials &credentials)
{
    const QStringList oldKeys = secretKeys();
    QSet<QString> newKeys;
    for (const auto &[key, value] : secretsOf(credentials)) {
        if (auto written = m_secrets.write(key, value.toUtf8()); !written)
            return Core::Error{tr("The SNMP credentials were not saved: %1").arg(written.error())};
        newKeys.insert(key);
    }

    m_settings.setValue(kDefaultStored, !credentials.defaultCommunity.isEmpty());
    m_settings.remove(kSetsArray);
    m_settings.beginWriteArray(kSetsArray, int(credentials.sets.size()));
    for (int s = 0; s < credentials.sets.size(); ++s) {
        const Core::CredentialSet &set = credentials.sets.at(s);
        m_settings.setArrayIndex(s);
        m_settings.setValue(QStringLiteral("name"), set.name);
        m_settings.setValue(QStringLiteral("scope"), set.scope);
        m_settings.beginWriteArray(QStringLiteral("credentials"), int(set.credentials.size()));
        for (int c = 0; c < set.credentials.size(); ++c) {
            m_settings.setArrayIndex(c);
            saveShape(m_settings, {}, set.credentials.at(c));
        }
        m_settings.endArray();
        m_settings.setValue(QStringLiteral("hasWrite"), set.writeCredential.has_value());
        if (set.writeCredential)
            saveShape(m_settings, QStringLiteral("write/"), *set.writeCredential);
    }
    m_settings.endArray();
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return Core::Error{tr("The SNMP credential sets were not saved: cannot write the settings file %1.")
                               .arg(m_settings.fileName())};

    for (const QString &key : oldKeys) {
        if (newKeys.contains(key))
            continue;
        if (auto removed = m_secrets.remove(key); !removed)
            return Core::Error{tr("The SNMP credentials were saved, but an old secret could not be removed: %1")
                                   .arg(removed.error())};
    }
    return {};
}

Core::Result<StoredCredentials> CredentialVault::load()
{
    StoredCredentials loaded;
    const auto readSecret = [this](const QString &key, const QString &what) -> Core::Result<QString> {
        auto value = m_secrets.read(key);
        if (!value)
            return Core::Error{value.error()};
        if (!value->has_value())
            return Core::Error{tr("%1 is missing from the secret store (%2): enter it again in Settings.")
                                   .arg(what, m_secrets.backendName())};
        return QString::fromUtf8(**value);
    };
    if (m_settings.value(kDefaultStored).toBool()) {
        auto community = readSecret(kDefaultKey, tr("The default SNMP community"));
        if (!community)
            return Core::Error{community.error()};
        loaded.defaultCommunity = community.value();
    }

    // The layout first (QSettings arrays cannot be left half-read), then the secrets.
    const int sets = m_settings.beginReadArray(kSetsArray);
    for (int s = 0; s < sets; ++s) {
        m_settings.setArrayIndex(s);
        Core::CredentialSet set;
        set.name = m_settings.value(QStringLiteral("name")).toString();
        set.scope = m_settings.value(QStringLiteral("scope")).toString();
        const int count = m_settings.beginReadArray(QStringLiteral("credentials"));
        for (int c = 0; c < count; ++c) {
            m_settings.setArrayIndex(c);
            set.credentials.append(loadShape(m_settings, {}));
        }
        m_settings.endArray();
        if (m_settings.value(QStringLiteral("hasWrite")).toBool())
            set.writeCredential = loadShape(m_settings, QStringLiteral("write/"));
        loaded.sets.append(set);
    }
    m_settings.endArray();

    for (int s = 0; s < loaded.sets.size(); ++s) {
        Core::CredentialSet &set = loaded.sets[s];
        for (int c = 0; c < set.credentials.size(); ++c) {
            Core::SnmpCredential &credential = set.credentials[c];
            for (const SecretField &field : secretFields(credential, credentialPrefix(s, c))) {
                auto value = readSecret(field.key, tr("A secret of credential %1 in the set “%2”").arg(c + 1).arg(set.name));
                if (!value)
                    return Core::Error{value.error()};
                credential.*field.field = value.value();
            }
        }
        if (set.writeCredential) {
            for (const SecretField &field : secretFields(*set.writeCredential, writePrefix(s))) {
                auto value = readSecret(field.key, tr("The write credential of the set “%1”").arg(set.name));
                if (!value)
                    return Core::Error{value.error()};
                (*set.writeCredential).*field.field = value.value();
            }
        }
    }
    return loaded;
}

} // namespace Printwatch::Auth
