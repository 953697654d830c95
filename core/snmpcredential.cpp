// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/snmpcredential.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Printwatch::Core {

QString snmpVersionKey(SnmpVersion version)
{
    switch (version) {
    case SnmpVersion::V1: return QStringLiteral("1");
    case SnmpVersion::V2c: return QStringLiteral("2c");
    case SnmpVersion::V3: return QStringLiteral("3");
    }
    return QStringLiteral("2c");
}

std::optional<SnmpVersion> snmpVersionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("1") || k == QLatin1String("v1"))
        return SnmpVersion::V1;
    if (k == QLatin1String("2c") || k == QLatin1String("v2c") || k == QLatin1String("2"))
        return SnmpVersion::V2c;
    if (k == QLatin1String("3") || k == QLatin1String("v3"))
        return SnmpVersion::V3;
    return std::nullopt;
}

} // namespace Printwatch::Core

namespace Printwatch::Core {

namespace {
QString trCredential(const char *text)
{
    return QCoreApplication::translate("Printwatch::Core::SnmpCredential", text);
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::pair<Enum, const char *> (&table)[N], const QString &key)
{
    const QString k = key.trimmed();
    for (const auto &[value, name] : table) {
        if (k.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString name(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[v, n] : table) {
        if (v == value)
            return QLatin1String(n);
    }
    return {};
}

const std::pair<SnmpSecurityLevel, const char *> kLevels[] = {
    {SnmpSecurityLevel::NoAuthNoPriv, "noAuthNoPriv"},
    {SnmpSecurityLevel::AuthNoPriv, "authNoPriv"},
    {SnmpSecurityLevel::AuthPriv, "authPriv"},
};
const std::pair<SnmpAuthProtocol, const char *> kAuth[] = {
    {SnmpAuthProtocol::None, "none"},      {SnmpAuthProtocol::Md5, "MD5"},         {SnmpAuthProtocol::Sha1, "SHA"},
    {SnmpAuthProtocol::Sha224, "SHA-224"}, {SnmpAuthProtocol::Sha256, "SHA-256"}, {SnmpAuthProtocol::Sha384, "SHA-384"},
    {SnmpAuthProtocol::Sha512, "SHA-512"},
};
const std::pair<SnmpAuthProtocol, const char *> kAuthAliases[] = {
    {SnmpAuthProtocol::Sha1, "SHA1"},     {SnmpAuthProtocol::Sha1, "SHA-1"},    {SnmpAuthProtocol::Sha224, "SHA224"},
    {SnmpAuthProtocol::Sha256, "SHA256"}, {SnmpAuthProtocol::Sha384, "SHA384"}, {SnmpAuthProtocol::Sha512, "SHA512"},
};
const std::pair<SnmpPrivProtocol, const char *> kPriv[] = {
    {SnmpPrivProtocol::None, "none"},          {SnmpPrivProtocol::Des, "DES"},
    {SnmpPrivProtocol::Aes128, "AES"},         {SnmpPrivProtocol::Aes192, "AES-192"},
    {SnmpPrivProtocol::Aes256, "AES-256"},     {SnmpPrivProtocol::Aes192Reeder, "AES-192-C"},
    {SnmpPrivProtocol::Aes256Reeder, "AES-256-C"},
};
const std::pair<SnmpPrivProtocol, const char *> kPrivAliases[] = {
    {SnmpPrivProtocol::Aes128, "AES-128"},       {SnmpPrivProtocol::Aes128, "AES128"},
    {SnmpPrivProtocol::Aes192, "AES192"},        {SnmpPrivProtocol::Aes256, "AES256"},
    {SnmpPrivProtocol::Aes192Reeder, "AES192C"}, {SnmpPrivProtocol::Aes256Reeder, "AES256C"},
};
} // namespace

QString snmpSecurityLevelKey(SnmpSecurityLevel level)
{
    return name(kLevels, level);
}

std::optional<SnmpSecurityLevel> snmpSecurityLevelFromKey(const QString &key)
{
    return lookup(kLevels, key);
}

QString snmpAuthProtocolKey(SnmpAuthProtocol protocol)
{
    return name(kAuth, protocol);
}

std::optional<SnmpAuthProtocol> snmpAuthProtocolFromKey(const QString &key)
{
    if (auto found = lookup(kAuth, key))
        return found;
    return lookup(kAuthAliases, key);
}

QString snmpPrivProtocolKey(SnmpPrivProtocol protocol)
{
    return name(kPriv, protocol);
}

std::optional<SnmpPrivProtocol> snmpPrivProtocolFromKey(const QString &key)
{
    if (auto found = lookup(kPriv, key))
        return found;
    return lookup(kPrivAliases, key);
}

QString snmpAuthProtocolExplanation(SnmpAuthProtocol protocol)
{
    switch (protocol) {
    case SnmpAuthProtocol::None: return trCredential("No authentication: anyone can read and forge the answers.");
    case SnmpAuthProtocol::Md5: return trCredential("HMAC-MD5: the oldest choice, for printers that offer nothing else.");
    case SnmpAuthProtocol::Sha1: return trCredential("HMAC-SHA-1: what most printers call \"SHA\".");
    case SnmpAuthProtocol::Sha224:
    case SnmpAuthProtocol::Sha256:
    case SnmpAuthProtocol::Sha384:
    case SnmpAuthProtocol::Sha512:
        return trCredential("HMAC-SHA-2 (RFC 7860): the strongest, when the printer offers it.");
    }
    return {};
}

QString snmpPrivProtocolExplanation(SnmpPrivProtocol protocol)
{
    switch (protocol) {
    case SnmpPrivProtocol::None: return trCredential("No encryption: the answers travel in clear text.");
    case SnmpPrivProtocol::Des: return trCredential("DES: weak, only for old printers that offer nothing else.");
    case SnmpPrivProtocol::Aes128: return trCredential("AES-128 (RFC 3826): the standard choice; most printers call it \"AES\".");
    case SnmpPrivProtocol::Aes192:
    case SnmpPrivProtocol::Aes256:
        return trCredential("AES-192/256 with the key extension of the IETF draft (Blumenthal), net-snmp's \"%1\". "
                            "If the printer answers discovery and then stays silent, try the \"-C\" variant.")
            .arg(snmpPrivProtocolKey(protocol));
    case SnmpPrivProtocol::Aes192Reeder:
    case SnmpPrivProtocol::Aes256Reeder:
        return trCredential("AES-192/256 with Cisco's \"3DES-style\" key extension (Reeder), net-snmp's \"%1\", used by "
                            "many network vendors. If the printer stays silent, try the variant without \"-C\".")
            .arg(snmpPrivProtocolKey(protocol));
    }
    return {};
}

QString SnmpCredential::describe() const
{
    QString text = name.isEmpty() ? QString() : name + QStringLiteral(": ");
    if (version != SnmpVersion::V3)
        return text + u'v' + snmpVersionKey(version);
    text += QStringLiteral("v3 %1 user '%2'").arg(snmpSecurityLevelKey(securityLevel), user);
    if (securityLevel != SnmpSecurityLevel::NoAuthNoPriv)
        text += u' ' + snmpAuthProtocolKey(authProtocol);
    if (securityLevel == SnmpSecurityLevel::AuthPriv)
        text += u'/' + snmpPrivProtocolKey(privProtocol);
    if (!contextName.isEmpty())
        text += QStringLiteral(" context '%1'").arg(contextName);
    return text;
}

QString SnmpCredential::validate() const
{
    if (version != SnmpVersion::V3)
        return {};
    if (user.isEmpty())
        return trCredential("SNMPv3 needs a user name");
    if (user.toUtf8().size() > 32)
        return trCredential("the SNMPv3 user name is longer than 32 bytes");
    if (securityLevel != SnmpSecurityLevel::NoAuthNoPriv) {
        if (authProtocol == SnmpAuthProtocol::None)
            return trCredential("%1 needs an authentication protocol").arg(snmpSecurityLevelKey(securityLevel));
        // RFC 3414 section 11.2: shorter passwords are refused by agents (and by net-snmp).
        if (authPassword.toUtf8().size() < 8)
            return trCredential("the authentication password must have 8 characters or more");
    }
    if (securityLevel == SnmpSecurityLevel::AuthPriv) {
        if (privProtocol == SnmpPrivProtocol::None)
            return trCredential("authPriv needs a privacy protocol");
        if (privPassword.toUtf8().size() < 8)
            return trCredential("the privacy password must have 8 characters or more");
    }
    return {};
}

namespace {

SnmpCredential withTransport(SnmpCredential credential, const SnmpCredential &transport)
{
    credential.port = transport.port;
    credential.timeoutMs = transport.timeoutMs;
    credential.retries = transport.retries;
    return credential;
}

} // namespace

bool CredentialSet::appliesTo(const QString &address) const
{
    return !CredentialResolver({*this}).setsFor(address).isEmpty();
}

QStringList CredentialSet::validate() const
{
    QStringList problems;
    const QString label = name.trimmed().isEmpty() ? trCredential("A credential set") : trCredential("Set “%1”").arg(name);
    if (name.trimmed().isEmpty())
        problems += trCredential("A credential set needs a name.");
    if (credentials.isEmpty())
        problems += trCredential("%1 has no credentials: add a community or an SNMPv3 user.").arg(label);
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const SnmpCredential &credential = credentials.at(i);
        if (credential.version != SnmpVersion::V3 && credential.community.isEmpty())
            problems += trCredential("%1, credential %2: enter the community.").arg(label).arg(i + 1);
        else if (const QString problem = credential.validate(); !problem.isEmpty())
            problems += trCredential("%1, credential %2: %3.").arg(label).arg(i + 1).arg(problem);
    }
    if (!isGlobal()) {
        if (auto parsed = parseTargets(scope); !parsed)
            problems += trCredential("%1: the addresses it applies to are not valid: %2").arg(label, parsed.error());
    }
    if (writeCredential) {
        const SnmpCredential &write = *writeCredential;
        if (write.version != SnmpVersion::V3 && write.community.isEmpty())
            problems += trCredential("%1: enter the write community, or remove the write credential.").arg(label);
        else if (write.version == SnmpVersion::V3 && write.securityLevel != SnmpSecurityLevel::AuthPriv)
            problems += trCredential("%1: an SNMPv3 write user must use authentication and privacy (authPriv), so the "
                                     "reset cannot be forged or read on the wire.")
                            .arg(label);
        else if (const QString problem = write.validate(); !problem.isEmpty())
            problems += trCredential("%1, write credential: %2.").arg(label, problem);
    }
    return problems;
}

QStringList validateCredentialSets(const QList<CredentialSet> &sets)
{
    QStringList problems;
    QStringList names;
    for (const CredentialSet &set : sets) {
        problems += set.validate();
        const QString key = set.name.trimmed().toCaseFolded();
        if (!key.isEmpty() && names.contains(key))
            problems += trCredential("Two credential sets are called “%1”: give each its own name.").arg(set.name.trimmed());
        names += key;
    }
    return problems;
}

CredentialResolver::CredentialResolver(const QList<CredentialSet> &sets)
{
    QList<Scope> global;
    for (const CredentialSet &set : sets) {
        Scope scope{set, {}, {}};
        if (set.isGlobal()) {
            global.append(scope);
            continue;
        }
        auto parsed = parseTargets(set.scope);
        if (!parsed)
            continue; // validate() names it; an unparsable scope holds no address
        scope.ipv4 = parsed->ipv4;
        std::sort(scope.ipv4.begin(), scope.ipv4.end());
        for (const QString &host : std::as_const(parsed->hostNames))
            scope.hostNames += host.toLower();
        m_scopes.append(scope);
    }
    m_scopes += global;
}

QList<CredentialSet> CredentialResolver::setsFor(const QString &address) const
{
    const std::optional<quint32> ipv4 = ipv4FromString(address);
    const QString host = address.toLower();
    QList<CredentialSet> sets;
    for (const Scope &scope : m_scopes) {
        const bool in = scope.set.isGlobal()
                        || (ipv4 ? std::binary_search(scope.ipv4.cbegin(), scope.ipv4.cend(), *ipv4)
                                 : scope.hostNames.contains(host));
        if (in)
            sets.append(scope.set);
    }
    return sets;
}

std::optional<SnmpCredential> CredentialResolver::read(const QString &address, std::optional<SnmpVersion> version,
                                                       const SnmpCredential &transport) const
{
    for (const CredentialSet &set : setsFor(address)) {
        for (const SnmpCredential &credential : set.credentials) {
            if (!version || credential.version == *version)
                return withTransport(credential, transport);
        }
    }
    return std::nullopt;
}

std::optional<SnmpCredential> CredentialResolver::write(const QString &address, const SnmpCredential &transport) const
{
    for (const CredentialSet &set : setsFor(address)) {
        if (set.writeCredential)
            return withTransport(*set.writeCredential, transport);
    }
    return std::nullopt;
}

QList<PollTarget> withCredentialSets(QList<PollTarget> targets, const QList<CredentialSet> &sets)
{
    if (sets.isEmpty())
        return targets;
    const CredentialResolver resolver(sets);
    for (PollTarget &target : targets) {
        if (auto credential = resolver.read(target.address, target.credential.version, target.credential))
            target.credential = *credential;
    }
    return targets;
}

QList<CredentialSet> credentialSetsFor(const QList<CredentialSet> &sets, const QString &address)
{
    return CredentialResolver(sets).setsFor(address);
}

std::optional<SnmpCredential> readCredentialFor(const QList<CredentialSet> &sets, const QString &address,
                                                std::optional<SnmpVersion> version, const SnmpCredential &transport)
{
    return CredentialResolver(sets).read(address, version, transport);
}

std::optional<SnmpCredential> writeCredentialFor(const QList<CredentialSet> &sets, const QString &address,
                                                 const SnmpCredential &transport)
{
    return CredentialResolver(sets).write(address, transport);
}

} // namespace Printwatch::Core
