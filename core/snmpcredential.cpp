// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/snmpcredential.h"

#include <QCoreApplication>

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

} // namespace Printwatch::Core
